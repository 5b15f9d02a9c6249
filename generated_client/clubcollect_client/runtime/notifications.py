# Copied from client_runtime/notifications.py, do not edit here. Regenerate: python -m generator regen
"""Parsing and authenticating the notifications ClubCollect POSTs to a partner's endpoint.

A notification only lists ids of changed invoices and imports; the partner fetches each one
through the API. Its sole proof of origin is the partner's own API key echoed in the body, so
the key is compared in constant time and never appears in an error message.

Ids are checked for a conservative character set rather than the 40-hex-digit form every
server id has in practice: the vendor's own notification example contains a non-hex id, and
refusing a real notification would make the vendor resend it forever. What matters is that an
id is safe to put into ``/v2/invoices/{id}`` (no ``/``, ``..``, ``?`` or whitespace). Callers
that want the exact form pass ``strict_ids=True``.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from .redaction import Secret

__all__ = ["MAX_NOTIFICATION_BYTES", "InvalidNotification", "Notification", "parse_notification"]

MAX_NOTIFICATION_BYTES = 1024 * 1024
_SAFE_ID = re.compile(r"[A-Za-z0-9_-]{1,255}")
_STRICT_ID = re.compile(r"[0-9a-f]{40}")


class InvalidNotification(ValueError):
    """The body is not a well-formed notification, or its api_key is not ours."""


@dataclass(frozen=True)
class Notification:
    """The ids named by one notification, in the order sent."""

    invoice_ids: tuple[str, ...]
    import_ids: tuple[str, ...]


def parse_notification(
    body: bytes | str | Mapping[str, object],
    *,
    expected_api_key: str | Secret,
    strict_ids: bool = False,
) -> Notification:
    """Validate a notification body (raw bytes, text or decoded JSON) and return its ids.

    The key is checked before the ids, so nothing from an unauthenticated body is inspected
    further. Missing id lists count as empty; any other deviation raises InvalidNotification.
    """
    expected = expected_api_key.reveal() if isinstance(expected_api_key, Secret) else expected_api_key
    if not isinstance(expected, str) or not expected:
        # A configuration mistake, not a bad notification: an empty key would match any
        # body that also sends an empty key.
        raise ValueError("expected_api_key must be a non-empty string")
    document = _decode(body)
    _verify_key(document.get("api_key"), expected)
    return Notification(
        invoice_ids=_ids(document, "invoice_ids", strict_ids),
        import_ids=_ids(document, "import_ids", strict_ids),
    )


_NOT_JSON = object()


def _decode(body: bytes | str | Mapping[str, object]) -> Mapping[str, object]:
    if isinstance(body, Mapping):
        document: object = body
    elif isinstance(body, bytes | bytearray | str):
        if len(body) > MAX_NOTIFICATION_BYTES:
            raise InvalidNotification("notification body is too large")
        document = _NOT_JSON
        try:
            text = body if isinstance(body, str) else bytes(body).decode("utf-8")
            document = json.loads(text)
        except (ValueError, RecursionError):
            pass
        if document is _NOT_JSON:
            # Raised outside the handler: the decode error keeps the whole body (and so the key)
            # in .doc, and would stay reachable as __context__ even with "from None".
            raise InvalidNotification("notification body is not valid UTF-8 JSON")
    else:
        raise InvalidNotification(f"notification body has unsupported type {type(body).__name__}")
    if not isinstance(document, Mapping):
        raise InvalidNotification("notification body is not a JSON object")
    return document


def _verify_key(received: object, expected: str) -> None:
    if not isinstance(received, str) or not received:
        raise InvalidNotification("notification api_key is missing or not a string")
    if not hmac.compare_digest(received.encode("utf-8"), expected.encode("utf-8")):
        raise InvalidNotification("notification api_key does not match")


def _ids(document: Mapping[str, object], field: str, strict: bool) -> tuple[str, ...]:
    value = document.get(field, [])
    if not isinstance(value, list):
        raise InvalidNotification(f"notification {field} is not a list")
    pattern = _STRICT_ID if strict else _SAFE_ID
    for position, item in enumerate(value):
        if not isinstance(item, str):
            raise InvalidNotification(f"notification {field}[{position}] is not a string")
        if not pattern.fullmatch(item):
            raise InvalidNotification(f"notification {field}[{position}] is not a valid id")
    return tuple(value)
