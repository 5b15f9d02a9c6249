"""A bounded, in-memory record of notification deliveries, for the inspector (``/_mock/``).

Both notifiers add one entry per attempt (answered or not); the pending tables forget what was
delivered, so without this record nobody could see what the partner was sent. Entries carry ids,
results and the answer's status, never the API key. ``POST /_mock/reset`` clears it.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from clubcollect_mock.ids import now_iso

MAX_KEPT = 200  # newest attempts kept; older ones drop off


@dataclass(frozen=True, slots=True)
class Delivery:
    """One POST to the partner's notification URL."""

    at: str
    partner: int
    kind: str  # "change" (invoice and import ids) or "payment"
    object_ids: tuple[str, ...]  # invoice ids, then import ids; or the payment id
    status: int | None  # the answer's status; None when nothing answered
    detail: str  # payment result, or the connection error's name, or ""
    company_id: str | None = None  # payments name their company; change notifications do not

    @property
    def delivered(self) -> bool:
        return self.status == 200


class DeliveryLog:
    def __init__(self, max_kept: int = MAX_KEPT) -> None:
        self._entries: deque[Delivery] = deque(maxlen=max_kept)

    def add(
        self,
        partner: int,
        kind: str,
        object_ids: tuple[str, ...],
        status: int | None,
        detail: str = "",
        company_id: str | None = None,
    ) -> None:
        self._entries.append(Delivery(now_iso(), partner, kind, object_ids, status, detail, company_id))

    def newest_first(self) -> list[Delivery]:
        return list(reversed(self._entries))

    def clear(self) -> None:
        self._entries.clear()
