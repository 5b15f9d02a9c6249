"""Every operation called through the generated client (``clubcollect_client``), with a valid request."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from clubcollect_client import AuthenticatedClient
from clubcollect_client.api.companies import create_company, get_company, update_company
from clubcollect_client.api.imports import (
    create_import,
    delete_import,
    get_import,
    list_company_imports,
    transmit_import,
    update_import,
)
from clubcollect_client.api.invoices import (
    create_invoice,
    credit_and_retract_invoice,
    delete_invoice,
    get_invoice,
    list_invoice_lines,
    update_invoice,
)
from clubcollect_client.api.tickets import (
    archive_invoice_tickets,
    assign_invoice_tickets_to_support,
    create_invoice_ticket,
    list_company_tickets,
    list_invoice_tickets,
)
from clubcollect_client.models import (
    Company,
    CompanyImportsPage,
    CompanyRequest,
    CompanyTicketsPage,
    CreateImportRequest,
    CreateInvoiceRequest,
    CreateTicketRequest,
    CreditAndRetractRequest,
    EmptyRequest,
    Import,
    Invoice,
    InvoiceLineList,
    InvoiceTickets,
    Ticket,
    TicketStatus,
    UpdateImportRequest,
    UpdateInvoiceRequest,
)
from contract_tests.api import Api
from contract_tests.factories import invoice_body
from contract_tests.world import company_body, new_invoice, open_import

ClientCall = Callable[[AuthenticatedClient, Api], Any]


def _invoice(api: Api) -> str:
    return str(new_invoice(api)["invoice_id"])


CALLS: dict[str, tuple[ClientCall, int, type | None]] = {
    "get_company": (lambda c, a: get_company.sync_detailed(a.credentials.company_id, client=c), 200, Company),
    "create_company": (
        lambda c, a: create_company.sync_detailed(client=c, body=CompanyRequest.from_dict(company_body())),
        200,
        Company,
    ),
    "update_company": (
        lambda c, a: update_company.sync_detailed(
            a.credentials.company_id, client=c, body=CompanyRequest.from_dict(company_body())
        ),
        200,
        Company,
    ),
    "get_import": (lambda c, a: get_import.sync_detailed(open_import(a), client=c), 200, Import),
    "create_import": (
        lambda c, a: create_import.sync_detailed(
            client=c,
            body=CreateImportRequest.from_dict({"company_id": a.credentials.company_id, "title": "t"}),
        ),
        200,
        Import,
    ),
    "update_import": (
        lambda c, a: update_import.sync_detailed(
            open_import(a), client=c, body=UpdateImportRequest.from_dict({"expected_invoices_count": 2})
        ),
        200,
        Import,
    ),
    "delete_import": (lambda c, a: delete_import.sync_detailed(open_import(a), client=c), 204, None),
    "transmit_import": (lambda c, a: transmit_import.sync_detailed(open_import(a), client=c), 200, Import),
    "list_company_imports": (
        lambda c, a: list_company_imports.sync_detailed(a.credentials.company_id, client=c, page_size=5),
        200,
        CompanyImportsPage,
    ),
    "get_invoice": (lambda c, a: get_invoice.sync_detailed(_invoice(a), client=c), 200, Invoice),
    "create_invoice": (
        lambda c, a: create_invoice.sync_detailed(
            client=c, body=CreateInvoiceRequest.from_dict(invoice_body(open_import(a)))
        ),
        200,
        Invoice,
    ),
    "update_invoice": (
        lambda c, a: update_invoice.sync_detailed(
            _invoice(a),
            client=c,
            body=UpdateInvoiceRequest(external_invoice_number="EXT-client", reference="via client"),
        ),
        200,
        Invoice,
    ),
    "delete_invoice": (lambda c, a: delete_invoice.sync_detailed(_invoice(a), client=c), 204, None),
    "credit_and_retract_invoice": (
        lambda c, a: credit_and_retract_invoice.sync_detailed(
            _invoice(a),
            client=c,
            body=CreditAndRetractRequest.from_dict(
                {"external_invoice_number": "CR", "description": "credit"}
            ),
        ),
        200,
        Invoice,
    ),
    "list_invoice_lines": (
        lambda c, a: list_invoice_lines.sync_detailed(_invoice(a), client=c),
        200,
        InvoiceLineList,
    ),
    "list_invoice_tickets": (
        lambda c, a: list_invoice_tickets.sync_detailed(_invoice(a), client=c),
        200,
        InvoiceTickets,
    ),
    "create_invoice_ticket": (
        lambda c, a: create_invoice_ticket.sync_detailed(
            _invoice(a), client=c, body=CreateTicketRequest.from_dict({"message": "hello"})
        ),
        200,
        Ticket,
    ),
    "archive_invoice_tickets": (
        lambda c, a: archive_invoice_tickets.sync_detailed(_invoice(a), client=c, body=EmptyRequest()),
        204,
        None,
    ),
    "assign_invoice_tickets_to_support": (
        lambda c, a: assign_invoice_tickets_to_support.sync_detailed(
            _invoice(a), client=c, body=EmptyRequest()
        ),
        204,
        None,
    ),
    "list_company_tickets": (
        lambda c, a: list_company_tickets.sync_detailed(
            a.credentials.company_id, TicketStatus.ANSWERED, client=c
        ),
        200,
        CompanyTicketsPage,
    ),
}
