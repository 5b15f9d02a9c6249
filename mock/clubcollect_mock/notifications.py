"""Batched change notifications to the partner's endpoint (FACTS 5).

Changed invoice and import ids wait in the ``pending`` table. Each round POSTs one body per
partner; ids the receiver did not confirm with a 200 stay pending for the next round.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from typing import Any

import httpx

from clubcollect_mock.deliveries import DeliveryLog
from clubcollect_mock.store import Store

log = logging.getLogger(__name__)
DELIVERY_TIMEOUT_SECONDS = 5.0


class LoopLock:
    """An asyncio lock for one delivery round at a time, made anew when the app is served on a new
    event loop (a lock belongs to the loop it was first used on)."""

    def __init__(self) -> None:
        self._lock: asyncio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def get(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._lock is None or self._loop is not loop:
            self._lock, self._loop = asyncio.Lock(), loop
        return self._lock


class Notifier:
    def __init__(
        self, store: Store, url: str | None, interval: float, deliveries: DeliveryLog | None = None
    ) -> None:
        self.store = store
        self.url = url
        self.interval = interval
        self.deliveries = deliveries if deliveries is not None else DeliveryLog()
        self._round_lock = LoopLock()

    def pending(self) -> dict[str, list[str]]:
        invoice_ids: list[str] = []
        import_ids: list[str] = []
        for _, kind, object_id, _ in self.store.pending():
            (invoice_ids if kind == "invoice" else import_ids).append(object_id)
        return {"invoice_ids": invoice_ids, "import_ids": import_ids}

    async def flush(self) -> list[dict[str, Any]]:
        """Deliver one round now; returns what was sent (without keys) and the answers."""
        if self.url is None:
            return []
        async with self._round_lock.get():
            by_partner: dict[int, list[tuple[int, str, str, int]]] = defaultdict(list)
            for entry in self.store.pending():
                by_partner[entry[0]].append(entry)
            results: list[dict[str, Any]] = []
            async with httpx.AsyncClient(timeout=DELIVERY_TIMEOUT_SECONDS, trust_env=False) as client:
                for partner, entries in by_partner.items():
                    results.append(await self._deliver(client, self.url, partner, entries))
            return results

    async def _deliver(
        self, client: httpx.AsyncClient, url: str, partner: int, entries: list[tuple[int, str, str, int]]
    ) -> dict[str, Any]:
        invoice_ids = [entry[2] for entry in entries if entry[1] == "invoice"]
        import_ids = [entry[2] for entry in entries if entry[1] == "import"]
        result: dict[str, Any] = {"invoice_ids": invoice_ids, "import_ids": import_ids, "status": None}
        api_key = self.store.partner_key(partner)
        if api_key is None:  # the partner went away with a reset
            return result
        try:
            response = await client.post(
                url, json={"api_key": api_key, "invoice_ids": invoice_ids, "import_ids": import_ids}
            )
        except httpx.HTTPError as exc:
            result["error"] = type(exc).__name__
            self.deliveries.add(partner, "change", (*invoice_ids, *import_ids), None, result["error"])
            return result
        result["status"] = response.status_code
        self.deliveries.add(partner, "change", (*invoice_ids, *import_ids), response.status_code)
        if response.status_code == 200:
            self.store.confirm(entries)
        return result

    async def run_periodically(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self.flush()
            except Exception:  # keep the loop alive; the ids stay pending
                log.exception("notification round failed")

    async def stop(self, task: asyncio.Task[None]) -> None:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
