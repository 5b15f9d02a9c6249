"""Invoice endpoints (invoice and invoice-line pages; DECISIONS A13-A18)."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from clubcollect_mock.api.common import (
    ApiRequest,
    authenticate,
    find_invoice,
    json_body,
    parse_object,
    read_body,
    require_json_content_type,
    unknown_id,
)
from clubcollect_mock.errors import dumps, invalid, json_bytes, json_response, no_content
from clubcollect_mock.ids import is_id, new_invoice_ids, now_iso
from clubcollect_mock.ledger import append_line, build_invoice, make_line, partner_line_ids
from clubcollect_mock.schemas.invoice import invoice_create, invoice_update
from clubcollect_mock.schemas.invoice_fast import quick_invoice_create
from clubcollect_mock.schemas.tickets import credit_and_retract
from clubcollect_mock.store import Store

# Vendor-assigned invoice numbers are sequential; the offset only makes them look realistic.
INVOICE_NUMBER_OFFSET = 100_000


class InvoiceRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store

    def routes(self) -> list[Route]:
        return [
            Route("/invoices", self.create, methods=["POST"]),
            Route("/invoices/{invoice_id}", self.show, methods=["GET"]),
            Route("/invoices/{invoice_id}", self.update, methods=["PUT"]),
            Route("/invoices/{invoice_id}", self.delete, methods=["DELETE"]),
            Route("/invoices/{invoice_id}/credit_and_retract", self.credit_and_retract, methods=["POST"]),
            Route("/invoices/{invoice_id}/lines", self.lines, methods=["GET"]),
        ]

    # The two hot operations come in two layers: ``*_body`` answers the 200 body's bytes (or
    # raises ApiError), which the fast path (fastpath.py) sends without building a Response;
    # the Starlette endpoint wraps the same bytes in one.

    async def show(self, request: ApiRequest) -> Response:
        return json_bytes(await self.show_body(request))

    async def show_body(self, request: ApiRequest) -> bytes:
        partner = authenticate(request, self.store)
        invoice_id: str = request.path_params["invoice_id"]
        doc = self.store.invoice_doc(invoice_id, partner)
        if doc is None:
            raise unknown_id("invalid_invoice_id", "invoice_id", "invoice")
        return doc

    async def create(self, request: ApiRequest) -> Response:
        return json_bytes(await self.create_body(request))

    async def create_body(self, request: ApiRequest) -> bytes:
        partner = authenticate(request, self.store)
        raw = await read_body(request)
        require_json_content_type(request)
        # The usual valid body is read by the quick reader; anything else by the judge, with
        # the judge's decoder (what json_body would do).
        data = quick_invoice_create(raw) or invoice_create(parse_object(raw))
        store = self.store
        target = store.import_row(data.import_id, partner) if is_id(data.import_id) else None
        if target is None:
            raise unknown_id("invalid_import_id", "import_id", "import", status=422)
        if target.transmitted_at is not None:
            raise invalid(
                "import_already_transmitted",
                "the import is transmitted: no invoice can be added",
                field="import_id",
            )
        chosen = data.chosen_line_ids
        if chosen and store.line_ids_taken(partner, chosen):
            raise invalid(
                "duplicate_invoice_line_id",
                "an invoice_line_id of this body is already used by another line of this partner",
                field="invoice_lines",
            )
        seq = store.reserve_invoice_seq()
        invoice_id, line_ids = new_invoice_ids(seq, len(data.lines))
        number = str(INVOICE_NUMBER_OFFSET + seq)
        doc = build_invoice(invoice_id, target.import_id, number, data, now_iso(), line_ids)
        body = dumps(doc)
        store.insert_invoice(seq, invoice_id, target.seq, partner, body, chosen)
        return body

    async def update(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        raw = await read_body(request)
        row = find_invoice(request, self.store, partner)
        doc = json.loads(row.doc)
        fields, customer = invoice_update(json_body(request, raw), doc)
        doc.update(fields)
        doc["customer"] = customer
        body = dumps(doc)
        self.store.save_invoice(row, body)
        return json_bytes(body)

    async def delete(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        row = find_invoice(request, self.store, partner)
        if self.store.import_by_seq(row.import_seq).transmitted_at is not None:
            raise invalid(
                "invoice_already_transmitted",
                "the invoice's import is transmitted: the invoice cannot be deleted (credit_and_retract it)",
                field="invoice_id",
            )
        self.store.delete_invoice(row, partner_line_ids(json.loads(row.doc)))
        return no_content()

    async def credit_and_retract(self, request: Request) -> Response:
        """Credit the whole outstanding amount with one line and retract (FACTS 4)."""
        partner = authenticate(request, self.store)
        raw = await read_body(request)
        row = find_invoice(request, self.store, partner)
        data = credit_and_retract(json_body(request, raw))
        doc = json.loads(row.doc)
        if doc["retracted_at"] is not None:
            raise invalid(
                "already_retracted", "the invoice was already credited and retracted", field="invoice_id"
            )
        if row.paying:
            raise invalid(
                "payment_in_progress",
                "a payment of this invoice is in progress: wait for its outcome",
                field="invoice_id",
            )
        now = now_iso()
        append_line(
            doc, make_line("CREDIT-LINE", -doc["amount_total_cents"], now, description=data.description)
        )
        doc["retracted_at"] = now
        doc["retraction_reason"] = data.retraction_reason
        doc["show_retraction_reason_to_customer"] = data.show_retraction_reason_to_customer
        body = dumps(doc)
        self.store.save_invoice(row, body)
        return json_bytes(body)

    async def lines(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        doc = json.loads(find_invoice(request, self.store, partner).doc)
        return json_response(
            {
                "import_id": doc["import_id"],
                "invoice_id": doc["invoice_id"],
                "invoice_lines": doc["invoice_lines"],
                "amount_total_cents": doc["amount_total_cents"],
            }
        )
