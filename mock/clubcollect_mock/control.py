"""The /_mock/ test-control API: not part of ClubCollect's API and unauthenticated.

It exists so local tests can drive what the real vendor does on its own (payments,
chargebacks, fees, customer tickets, notifications) and reset or break the server on purpose.
Never expose it beyond the test machine.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from clubcollect_mock.api.common import find_invoice, parse_object, read_body
from clubcollect_mock.api.tickets import record_ticket
from clubcollect_mock.config import Partner, PartnerRefused
from clubcollect_mock.control_openapi import CONTROL_DOCUMENT_BYTES
from clubcollect_mock.errors import ApiError, dumps, invalid, json_bytes, json_response
from clubcollect_mock.faults import FaultState
from clubcollect_mock.ids import new_id, now_iso
from clubcollect_mock.ledger import (
    CHARGEBACK_TYPES,
    FEE_TYPES,
    PAYMENT_TYPES,
    InvoiceDoc,
    append_line,
    make_line,
)
from clubcollect_mock.notifications import Notifier
from clubcollect_mock.schemas import control as bodies
from clubcollect_mock.schemas.fields import JsonObject
from clubcollect_mock.schemas.tickets import ticket_message
from clubcollect_mock.store import ConflictError, InvoiceRow, Store

PREFIX = "/_mock"

# An invoice event: changes the parsed document, returns the import's settled-amount change.
InvoiceEvent = Callable[[JsonObject, InvoiceDoc, str], int]


def _payment(body: JsonObject, doc: InvoiceDoc, now: str) -> int:
    amount, method, target = bodies.payment(body)
    line_type, subtype = PAYMENT_TYPES[target]
    append_line(doc, make_line(line_type, -amount, now, subtype=subtype, payment_method=method))
    return amount


def _chargeback(body: JsonObject, doc: InvoiceDoc, now: str) -> int:
    amount, target = bodies.chargeback(body)
    line_type, subtype = CHARGEBACK_TYPES[target]
    append_line(doc, make_line(line_type, amount, now, subtype=subtype))
    return -amount


def _fee(body: JsonObject, doc: InvoiceDoc, now: str) -> int:
    amount, kind = bodies.fee(body)
    append_line(doc, make_line(FEE_TYPES[kind], amount, now))
    return 0


def _donation(body: JsonObject, doc: InvoiceDoc, now: str) -> int:
    amount, description = bodies.donation(body)
    append_line(doc, make_line("INVOICE-LINE", amount, now, subtype="DONATION", description=description))
    return 0


def _message(body: JsonObject, doc: InvoiceDoc, now: str) -> int:
    message_type, description = bodies.message(body)
    doc["messages"].append(
        {"message_id": new_id(), "type": message_type, "description": description, "date": now}
    )
    return 0


def notify_url_not_set() -> ApiError:
    return ApiError(
        409,
        "notify_url_not_set",
        reason="the mock was started without a notify URL (--notify-url): nowhere to deliver",
    )


class ControlRoutes:
    def __init__(
        self, store: Store, seeded: Sequence[Partner], notifier: Notifier, faults: FaultState
    ) -> None:
        self.store = store
        self.seeded = tuple(seeded)
        self.notifier = notifier
        self.faults = faults

    def routes(self) -> list[Route]:
        events: dict[str, InvoiceEvent] = {
            "payments": _payment,
            "chargebacks": _chargeback,
            "fees": _fee,
            "donations": _donation,
            "messages": _message,
        }
        routes = [
            Route(PREFIX + "/openapi.json", self.openapi, methods=["GET"]),
            Route(PREFIX + "/health", self.health, methods=["GET"]),
            Route(PREFIX + "/reset", self.reset, methods=["POST"]),
            Route(PREFIX + "/partners", self.add_partner, methods=["POST"]),
            Route(PREFIX + "/notifications", self.pending, methods=["GET"]),
            Route(PREFIX + "/notifications/flush", self.flush, methods=["POST"]),
            Route(PREFIX + "/faults", self.show_faults, methods=["GET"]),
            Route(PREFIX + "/faults", self.set_faults, methods=["PUT"]),
            Route(PREFIX + "/invoices/{invoice_id}/customer-tickets", self.customer_ticket, methods=["POST"]),
            Route(
                PREFIX + "/invoices/{invoice_id}/payment-in-progress",
                self.payment_in_progress,
                methods=["POST"],
            ),
        ]
        for name, event in events.items():
            routes.append(
                Route(
                    f"{PREFIX}/invoices/{{invoice_id}}/{name}", self._event_endpoint(event), methods=["POST"]
                )
            )
        return routes

    async def _body(self, request: Request) -> JsonObject:
        raw = await read_body(request)
        return parse_object(raw) if raw.strip() else {}  # an empty body means "no options"

    async def openapi(self, request: Request) -> Response:
        return json_bytes(CONTROL_DOCUMENT_BYTES)

    async def health(self, request: Request) -> Response:
        return json_response({"status": "ok"})

    async def reset(self, request: Request) -> Response:
        self.store.reset(self.seeded)
        self.faults.reset()
        self.notifier.deliveries.clear()  # the inspector's delivery history goes with the state
        return json_response({"status": "reset"})

    async def add_partner(self, request: Request) -> Response:
        given = bodies.new_partner(await self._body(request))
        try:
            partner = Partner(
                given.api_key or new_id(), given.company_id or new_id(), given.sso_salt, given.sso_key
            )
        except PartnerRefused as refused:
            # Partner's messages name the rule, never the value.
            raise invalid(reason=str(refused), field=refused.field) from None
        try:
            self.store.add_partner(partner)
        except ConflictError:
            raise ApiError(
                409, "conflict", reason="that api_key or company_id is already taken by a partner"
            ) from None
        return json_response({"api_key": partner.api_key, "company_id": partner.company_id})

    def _event_endpoint(self, event: InvoiceEvent) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            body = await self._body(request)
            row = find_invoice(request, self.store, None)
            doc = json.loads(row.doc)
            settled = event(body, doc, now_iso())
            return self._save(row, doc, settled)

        return endpoint

    def _save(self, row: InvoiceRow, doc: InvoiceDoc, settled: int) -> Response:
        payload = dumps(doc)
        store = self.store
        with store.transaction():
            store.save_invoice(row, payload)
            store.mark_changed(row.partner, "invoice", row.invoice_id)
            if settled:
                target = store.import_by_seq(row.import_seq)
                store.add_settled(target.seq, settled)
                store.mark_changed(row.partner, "import", target.import_id)
        return json_bytes(payload)

    async def customer_ticket(self, request: Request) -> Response:
        body = await self._body(request)
        row = find_invoice(request, self.store, None)
        message = ticket_message(body)
        with self.store.transaction():
            row, _ = record_ticket(self.store, row, "CUSTOMER", message)
            self.store.mark_changed(row.partner, "invoice", row.invoice_id)
        return json_bytes(row.doc)

    async def payment_in_progress(self, request: Request) -> Response:
        body = await self._body(request)
        row = find_invoice(request, self.store, None)
        row = row._replace(paying=int(bodies.in_progress(body)))
        self.store.save_invoice(row, row.doc)
        return json_bytes(row.doc)

    async def pending(self, request: Request) -> Response:
        return json_response(self.notifier.pending())

    async def flush(self, request: Request) -> Response:
        if self.notifier.url is None:
            raise notify_url_not_set()
        return json_response({"deliveries": await self.notifier.flush()})

    async def show_faults(self, request: Request) -> Response:
        return json_response(asdict(self.faults.config))

    async def set_faults(self, request: Request) -> Response:
        self.faults.config = bodies.faults(await self._body(request), self.faults.config)
        return json_response(asdict(self.faults.config))
