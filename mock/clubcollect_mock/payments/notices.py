"""Payment notifications to the partner's endpoint (P12).

A change of result queues the payment; delivery is tried at once in the background, then again
in every later round (the periodic loop, ``POST /_mock/payments/notifications/flush``) until the
endpoint answers 200. Each notification carries the payment's state at the time it is sent.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

import httpx

from clubcollect_mock.deliveries import DeliveryLog
from clubcollect_mock.notifications import LoopLock
from clubcollect_mock.payments.flow import PaymentDesk
from clubcollect_mock.payments.records import PaymentRow

log = logging.getLogger(__name__)
DELIVERY_TIMEOUT_SECONDS = 5.0


class PaymentNotifier:
    def __init__(self, desk: PaymentDesk, url: str | None, deliveries: DeliveryLog | None = None) -> None:
        self.desk = desk
        self.url = url
        self.deliveries = deliveries if deliveries is not None else DeliveryLog()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._round_lock = LoopLock()

    def _queued(self) -> list[tuple[PaymentRow, int]]:
        records = self.desk.records
        found = []
        for seq, version in records.notices():
            row = records.by_seq(seq)
            if row is not None:
                found.append((row, version))
        return found

    def pending(self) -> list[dict[str, Any]]:
        """What would be sent, without the key."""
        return [self.desk.status_doc(row) for row, _ in self._queued()]

    def deliver_soon(self) -> None:
        """Start a round in the background (no-op without a notify URL)."""
        if self.url is None:
            return
        task = asyncio.get_running_loop().create_task(self._background_round())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _background_round(self) -> None:
        try:
            await self.flush()
        except Exception:  # the notices stay queued for the next round
            log.exception("payment notification round failed")

    async def flush(self) -> list[dict[str, Any]]:
        """Send every queued notification once; returns what was sent (without keys) and answers."""
        if self.url is None:
            return []
        async with self._round_lock.get():
            results = []
            async with httpx.AsyncClient(timeout=DELIVERY_TIMEOUT_SECONDS, trust_env=False) as client:
                for row, version in self._queued():
                    results.append(await self._deliver(client, self.url, row, version))
            return results

    async def _deliver(
        self, client: httpx.AsyncClient, url: str, row: PaymentRow, version: int
    ) -> dict[str, Any]:
        doc = self.desk.status_doc(row)
        body = {name: doc[name] for name in ("company_id", "invoice_id", "external_invoice_number")}
        body |= {name: doc[name] for name in ("payment_id", "payment_method", "payment_result")}
        result: dict[str, Any] = {"payment_id": row.payment_id, "payment_result": doc["payment_result"]}
        api_key = self.desk.store.partner_key(row.partner)
        if api_key is None:
            result["status"] = None
            return result
        try:
            response = await client.post(url, json={"api_key": api_key, **body})
        except httpx.HTTPError as exc:
            result |= {"status": None, "error": type(exc).__name__}
            self._record(row, None, result["error"])
            return result
        result["status"] = response.status_code
        self._record(row, response.status_code, doc["payment_result"])
        if response.status_code == 200:
            self.desk.records.confirm_notice(row.seq, version)
        return result

    def _record(self, row: PaymentRow, status: int | None, detail: str) -> None:
        self.deliveries.add(row.partner, "payment", (row.payment_id,), status, detail, row.company_id)

    async def run_periodically(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            await self._background_round()

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
