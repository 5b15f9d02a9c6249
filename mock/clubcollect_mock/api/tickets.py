"""Ticket endpoints (ticket page; DECISIONS A19, A20)."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from clubcollect_mock.api.common import (
    authenticate,
    find_invoice,
    ignored_action_body,
    json_body,
    page_info,
    page_params,
    read_body,
    unknown_id,
)
from clubcollect_mock.config import TICKET_STATUSES
from clubcollect_mock.errors import dumps, invalid, json_bytes, json_response, no_content
from clubcollect_mock.ids import is_id, new_id, now_iso
from clubcollect_mock.schemas.tickets import ticket_message
from clubcollect_mock.store import InvoiceRow, Store


def record_ticket(
    store: Store, row: InvoiceRow, sender: str, message: str
) -> tuple[InvoiceRow, dict[str, Any]]:
    """Append a ticket to the invoice's thread; the thread's status follows its newest ticket."""
    ticket = {"ticket_id": new_id(), "message": message, "sender": sender, "date": now_iso()}
    doc = json.loads(row.doc)
    doc["tickets"].append(ticket)
    row = row._replace(ticket_status="unanswered" if sender == "CUSTOMER" else "answered", doc=dumps(doc))
    with store.transaction():
        store.save_invoice(row, row.doc)
        store.insert_ticket(
            store.company_seq_of_import(row.import_seq),
            row.seq,
            dumps({"invoice_id": row.invoice_id, **ticket}),
        )
    return row, ticket


class TicketRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store

    def routes(self) -> list[Route]:
        return [
            Route("/invoices/{invoice_id}/tickets", self.invoice_list, methods=["GET"]),
            Route("/invoices/{invoice_id}/tickets", self.create, methods=["POST"]),
            Route("/invoices/{invoice_id}/tickets/actions/archive", self.archive, methods=["POST"]),
            Route(
                "/invoices/{invoice_id}/tickets/actions/assign_to_support",
                self.assign_to_support,
                methods=["POST"],
            ),
            Route("/companies/{company_id}/tickets/{status}", self.company_list, methods=["GET"]),
        ]

    async def invoice_list(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        doc = json.loads(find_invoice(request, self.store, partner).doc)
        return json_response({"tickets": doc["tickets"]})

    async def create(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        raw = await read_body(request)
        row = find_invoice(request, self.store, partner)
        message = ticket_message(json_body(request, raw))
        _, ticket = record_ticket(self.store, row, "COMPANY", message)
        return json_bytes(dumps(ticket))

    async def archive(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        row = find_invoice(request, self.store, partner)
        await ignored_action_body(request)
        # A thread without tickets has no status to change.
        if row.ticket_status is not None:
            self.store.save_invoice(row._replace(ticket_status="archived"), row.doc)
        return no_content()

    async def assign_to_support(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        find_invoice(request, self.store, partner)
        await ignored_action_body(request)
        return no_content()

    async def company_list(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        company_id: str = request.path_params["company_id"]
        company = self.store.company(company_id, partner) if is_id(company_id) else None
        if company is None:
            raise unknown_id("not_found", "company_id", "company")
        status: str = request.path_params["status"]
        if status not in TICKET_STATUSES:
            raise invalid(
                "invalid_action", f"expected one of {', '.join(sorted(TICKET_STATUSES))}", field="status"
            )
        number, size = page_params(request)
        docs, total = self.store.company_tickets(company[0], status, size, (number - 1) * size)
        tickets = [json.loads(doc) for doc in docs]
        return json_response({"tickets": tickets, "page": page_info(number, size, total)})
