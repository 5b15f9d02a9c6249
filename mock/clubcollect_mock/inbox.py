"""A notification endpoint for tests: receives what the mock POSTs to its notify URL and keeps it.

The mock delivers change notifications (``invoice_ids``/``import_ids``) and payment notifications
(one payment's result) to one URL, each body carrying the partner's API key (FACTS 5, P12).
The inbox files each body under that key, so every test reads only its own partner's
notifications, and answers 200 so the mock marks them delivered.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

NOTIFY_PATH = "/notifications"


@dataclass(frozen=True)
class DeliveredNotification:
    """One notification body exactly as the mock delivered it.

    ``body`` holds the partner's API key, as the vendor's notifications do: hand it to your
    notification handler or to ``cc.notifications.parse(body)`` /
    ``cc.payments.parse_notification(body)``, but do not print it. The repr leaves it out.
    """

    kind: Literal["change", "payment"]
    body: bytes = field(repr=False)
    invoice_ids: tuple[str, ...] = ()
    import_ids: tuple[str, ...] = ()
    payment_id: str | None = None
    payment_result: str | None = None

    def json(self) -> dict[str, Any]:
        """The parsed body (key included)."""
        parsed: dict[str, Any] = json.loads(self.body)
        return parsed


def _read(body: bytes) -> tuple[str, DeliveredNotification] | None:
    try:
        parsed = json.loads(body)
    except ValueError:
        return None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("api_key"), str):
        return None
    if "payment_id" in parsed:
        return parsed["api_key"], DeliveredNotification(
            "payment", body, payment_id=parsed["payment_id"], payment_result=parsed.get("payment_result")
        )
    return parsed["api_key"], DeliveredNotification(
        "change",
        body,
        invoice_ids=tuple(parsed.get("invoice_ids") or ()),
        import_ids=tuple(parsed.get("import_ids") or ()),
    )


class NotificationInbox:
    """Bodies received, by API key, in arrival order. Thread-safe: served in one thread, read in another."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_key: defaultdict[str, list[DeliveredNotification]] = defaultdict(list)

    def app(self) -> Starlette:
        return Starlette(routes=[Route(NOTIFY_PATH, self._receive, methods=["POST"])])

    async def _receive(self, request: Request) -> Response:
        received = _read(await request.body())
        if received is None:  # not something the mock sends: say so, keep nothing
            return Response(status_code=400)
        with self._lock:
            self._by_key[received[0]].append(received[1])
        return Response(status_code=200)

    def take(self, api_key: str | None) -> list[DeliveredNotification]:
        """Remove and return what arrived for ``api_key`` (for every key when None)."""
        with self._lock:
            if api_key is not None:
                return self._by_key.pop(api_key, [])
            everything = [item for items in self._by_key.values() for item in items]
            self._by_key.clear()
            return everything
