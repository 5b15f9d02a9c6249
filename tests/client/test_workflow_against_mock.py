"""The integration guide's workflow through the generated client, over real HTTP to the mock.

Every one of the 20 operations is called at least once, sync and (for a few) async.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import TypeVar

import pytest

from clubcollect_client import AuthenticatedClient, errors
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
    CreateInvoiceUnprocessableError,
    CreateTicketRequest,
    CreditAndRetractRequest,
    EmptyRequest,
    Import,
    Invoice,
    InvoiceLineList,
    InvoiceTickets,
    LineType,
    Ticket,
    TicketSender,
    TicketStatus,
    UpdateImportRequest,
    UpdateInvoiceRequest,
)
from clubcollect_client.pagination import aiter_company_imports, iter_company_imports
from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread as serve

T = TypeVar("T")
API_KEY = secrets.token_hex(20)
COMPANY_ID = secrets.token_hex(20)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve(create_app([Partner(api_key=API_KEY, company_id=COMPANY_ID)])) as root:
        yield f"{root}/api/v2"


@pytest.fixture
def client(base_url: str) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=base_url, token=API_KEY, raise_on_error=True) as c:
        yield c


def invoice_request(import_id: str, *amounts: int, number: str = "2026-0001") -> CreateInvoiceRequest:
    return CreateInvoiceRequest.from_dict(
        {
            "import_id": import_id,
            "external_invoice_number": number,
            "customer": {
                "name": {"first_name": "Anna", "last_name": "Jansen"},
                "email": {"email_address": "anna.jansen@example.com"},
            },
            "invoice_lines": [{"amount_cents": a, "description": f"line {i}"} for i, a in enumerate(amounts)],
            "amount_total_cents": sum(amounts),
        }
    )


def expect(value: object, cls: type[T]) -> T:
    """Narrow an operation's union answer to the model the step must produce."""
    assert isinstance(value, cls), value
    return value


def test_company_lifecycle(client: AuthenticatedClient) -> None:
    body = CompanyRequest.from_dict(
        {
            "name": "HC Voorbeeld",
            "brand": "clubcollect",
            "email": "treasurer@example.com",
            "locale": "nl",
            "country_code": "NL",
            "currency": "EUR",
        }
    )
    created = expect(create_company.sync(client=client, body=body), Company)
    shown = expect(get_company.sync(company_id=created.company_id, client=client), Company)
    assert shown.name == "HC Voorbeeld"
    body.name = "HC Voorbeeld 1912"
    updated = expect(update_company.sync(company_id=created.company_id, client=client, body=body), Company)
    assert updated.name == "HC Voorbeeld 1912"
    seeded = expect(get_company.sync(company_id=COMPANY_ID, client=client), Company)
    assert seeded.company_id == COMPANY_ID


def test_import_invoice_ticket_workflow(client: AuthenticatedClient) -> None:
    batch = expect(
        create_import.sync(client=client, body=CreateImportRequest(company_id=COMPANY_ID, title="Fees 2026")),
        Import,
    )
    assert batch.transmitted is False
    updated = expect(
        update_import.sync(
            import_id=batch.import_id, client=client, body=UpdateImportRequest(expected_invoices_count=2)
        ),
        Import,
    )
    assert updated.import_id == batch.import_id

    invoice = expect(
        create_invoice.sync(client=client, body=invoice_request(batch.import_id, 10_000, -1_000)), Invoice
    )
    assert invoice.amount_total_cents == 9_000
    assert [line.type_ for line in invoice.invoice_lines] == [LineType.INVOICE_LINE, LineType.CREDIT_LINE]

    shown = expect(get_invoice.sync(invoice_id=invoice.invoice_id, client=client), Invoice)
    lines = expect(list_invoice_lines.sync(invoice_id=invoice.invoice_id, client=client), InvoiceLineList)
    assert [line.invoice_line_id for line in lines.invoice_lines] == [
        line.invoice_line_id for line in shown.invoice_lines
    ]
    assert lines.amount_total_cents == shown.amount_total_cents

    changed = update_invoice.sync(
        invoice_id=invoice.invoice_id,
        client=client,
        body=UpdateInvoiceRequest.from_dict({"external_invoice_number": "2026-0001-B"}),
    )
    assert expect(changed, Invoice).external_invoice_number == "2026-0001-B"

    ticket = expect(
        create_invoice_ticket.sync(
            invoice_id=invoice.invoice_id,
            client=client,
            body=CreateTicketRequest(message="Please pay by the 30th"),
        ),
        Ticket,
    )
    assert ticket.sender == TicketSender.COMPANY
    listed = expect(list_invoice_tickets.sync(invoice_id=invoice.invoice_id, client=client), InvoiceTickets)
    assert [t.ticket_id for t in listed.tickets] == [ticket.ticket_id]
    answered = expect(
        list_company_tickets.sync(company_id=COMPANY_ID, status=TicketStatus.ANSWERED, client=client),
        CompanyTicketsPage,
    )
    assert ticket.ticket_id in [t.ticket_id for t in answered.tickets]
    assert (
        assign_invoice_tickets_to_support.sync_detailed(
            invoice_id=invoice.invoice_id, client=client, body=EmptyRequest()
        ).status_code
        == 204
    )
    assert (
        archive_invoice_tickets.sync_detailed(
            invoice_id=invoice.invoice_id, client=client, body=EmptyRequest()
        ).status_code
        == 204
    )
    archived = expect(
        list_company_tickets.sync(company_id=COMPANY_ID, status=TicketStatus.ARCHIVED, client=client),
        CompanyTicketsPage,
    )
    assert ticket.ticket_id in [t.ticket_id for t in archived.tickets]

    credited = credit_and_retract_invoice.sync(
        invoice_id=invoice.invoice_id,
        client=client,
        body=CreditAndRetractRequest(external_invoice_number="CN-1", description="Paid in cash"),
    )
    credited = expect(credited, Invoice)
    assert credited.amount_total_cents == 0
    assert len(credited.invoice_lines) == len(shown.invoice_lines) + 1
    assert credited.retracted_at is not None
    with pytest.raises(errors.AlreadyRetracted):
        credit_and_retract_invoice.sync(
            invoice_id=invoice.invoice_id,
            client=client,
            body=CreditAndRetractRequest(external_invoice_number="CN-2", description="again"),
        )

    second = expect(
        create_invoice.sync(client=client, body=invoice_request(batch.import_id, 2_500, number="2")), Invoice
    )
    assert delete_invoice.sync_detailed(invoice_id=second.invoice_id, client=client).status_code == 204
    with pytest.raises(errors.InvalidInvoiceId):
        get_invoice.sync(invoice_id=second.invoice_id, client=client)

    transmitted = expect(transmit_import.sync(import_id=batch.import_id, client=client), Import)
    assert transmitted.transmitted is True  # C25: the Import comes back
    closed = expect(get_import.sync(import_id=batch.import_id, client=client), Import)
    assert closed.transmitted is True
    assert closed.invoice_ids == [invoice.invoice_id]
    with pytest.raises(errors.ImportAlreadyTransmitted):
        create_invoice.sync(client=client, body=invoice_request(batch.import_id, 100, number="3"))
    with pytest.raises(errors.ImportAlreadyTransmitted):
        delete_import.sync_detailed(import_id=batch.import_id, client=client)

    listed_imports = expect(
        list_company_imports.sync(company_id=COMPANY_ID, client=client, page_size=100), CompanyImportsPage
    )
    assert batch.import_id in [i.import_id for i in listed_imports.imports]
    assert batch.import_id in [i.import_id for i in iter_company_imports(client, COMPANY_ID, page_size=1)]


def test_delete_import_removes_its_invoices(client: AuthenticatedClient) -> None:
    batch = expect(create_import.sync(client=client, body=CreateImportRequest(company_id=COMPANY_ID)), Import)
    invoice = expect(create_invoice.sync(client=client, body=invoice_request(batch.import_id, 500)), Invoice)
    assert delete_import.sync_detailed(import_id=batch.import_id, client=client).status_code == 204
    with pytest.raises(errors.InvalidImportId):
        get_import.sync(import_id=batch.import_id, client=client)
    with pytest.raises(errors.InvalidInvoiceId):
        get_invoice.sync(invoice_id=invoice.invoice_id, client=client)


def test_typed_errors_without_raising(base_url: str) -> None:
    with AuthenticatedClient(base_url=base_url, token=API_KEY) as plain:
        body = invoice_request("f" * 40, 100)
        answer = create_invoice.sync(client=plain, body=body)
    assert expect(answer, CreateInvoiceUnprocessableError).error == "invalid_import_id"


def test_wrong_key_is_unauthorized(base_url: str) -> None:
    wrong = AuthenticatedClient(base_url=base_url, token="0" * 40, raise_on_error=True)
    with wrong, pytest.raises(errors.Unauthorized) as caught:
        get_company.sync(company_id=COMPANY_ID, client=wrong)
    assert caught.value.status_code == 401


def test_deprecated_query_auth_works_when_asked(base_url: str) -> None:
    with AuthenticatedClient(base_url=base_url, token=API_KEY, auth_location="query") as old:
        assert isinstance(get_company.sync(company_id=COMPANY_ID, client=old), Company)


@pytest.mark.anyio
async def test_async_operations(base_url: str) -> None:
    async with AuthenticatedClient(base_url=base_url, token=API_KEY, raise_on_error=True) as client:
        batch = await create_import.asyncio(client=client, body=CreateImportRequest(company_id=COMPANY_ID))
        assert isinstance(batch, Import)
        invoice = await create_invoice.asyncio(client=client, body=invoice_request(batch.import_id, 700))
        assert isinstance(invoice, Invoice)
        shown = await get_invoice.asyncio(invoice_id=invoice.invoice_id, client=client)
        assert isinstance(shown, Invoice)
        assert shown.amount_total_cents == 700
        seen = [i.import_id async for i in aiter_company_imports(client, COMPANY_ID, page_size=2)]
        assert batch.import_id in seen
        assert len(seen) == len(set(seen))
