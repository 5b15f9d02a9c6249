"""Every operation through the facade, sync and async, over real HTTP to the mock."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Iterator

import pytest

from clubcollect_client import AsyncClubCollect, ClubCollect, NotFoundError, UnprocessableEntityError, errors
from clubcollect_client.models import CustomerUpdateRequest, TicketStatus
from clubcollect_client.params import CustomerRequestParam
from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread

API_KEY = secrets.token_hex(20)
COMPANY_ID = secrets.token_hex(20)
CUSTOMER: CustomerRequestParam = {
    "name": {"first_name": "Anna", "last_name": "Jansen"},
    "email": {"email_address": "anna@example.com"},
}


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with serve_in_thread(create_app([Partner(api_key=API_KEY, company_id=COMPANY_ID)])) as root:
        yield f"{root}/api/v2"


@pytest.fixture
def cc(base_url: str) -> Iterator[ClubCollect]:
    with ClubCollect(api_key=API_KEY, base_url=base_url) as client:
        yield client


def test_companies(cc: ClubCollect) -> None:
    created = cc.companies.create(
        name="HC Voorbeeld",
        brand="clubcollect",
        email="treasurer@example.com",
        locale="nl",
        country_code="NL",
        currency="EUR",
        city=None,
    )
    assert cc.companies.get(created.company_id).name == "HC Voorbeeld"
    updated = cc.companies.update(
        created.company_id,
        name="HC Voorbeeld 1912",
        brand="clubcollect",
        email="treasurer@example.com",
        locale="nl",
        country_code="NL",
        currency="EUR",
        city="Utrecht",
    )
    assert (updated.name, updated.city) == ("HC Voorbeeld 1912", "Utrecht")
    with pytest.raises(errors.NotFound) as caught:
        cc.companies.get("f" * 40)
    assert isinstance(caught.value, NotFoundError)


def test_imports_and_invoices(cc: ClubCollect) -> None:
    batch = cc.imports.create(company_id=COMPANY_ID, title="Fees", expected_invoices_count=1)
    assert cc.imports.update(batch.import_id, expected_invoices_count=2).import_id == batch.import_id
    invoice = cc.invoices.create(
        import_id=batch.import_id,
        external_invoice_number="A-1",
        customer=CUSTOMER,
        invoice_lines=[{"amount_cents": 2_000, "description": "Membership"}],
        amount_total_cents=2_000,
    )
    updated = cc.invoices.update(
        invoice.invoice_id,
        external_invoice_number="A-1",
        reference="ref-1",
        customer=CustomerUpdateRequest.from_dict({"phone": {"phone_number": "0612345678"}}),
    )
    assert updated.reference == "ref-1"
    assert cc.invoices.get(invoice.invoice_id).customer.phone.phone_number == "0612345678"
    assert [line.amount_cents for line in cc.invoices.lines(invoice.invoice_id)] == [2_000]
    assert cc.imports.get(batch.import_id).invoice_ids == [invoice.invoice_id]
    with pytest.raises(errors.InvalidImportIdUnprocessableEntity) as refused:
        cc.invoices.create(
            import_id="e" * 40,
            external_invoice_number="A-2",
            customer=CUSTOMER,
            invoice_lines=[{"amount_cents": 1}],
            amount_total_cents=1,
        )
    assert isinstance(refused.value, UnprocessableEntityError)
    cc.invoices.delete(invoice.invoice_id)
    cc.imports.delete(batch.import_id)
    with pytest.raises(errors.InvalidImportIdNotFound):
        cc.imports.get(batch.import_id)


def test_tickets(cc: ClubCollect) -> None:
    batch = cc.imports.create(company_id=COMPANY_ID)
    invoice = cc.invoices.create(
        import_id=batch.import_id,
        external_invoice_number="T-1",
        customer=CUSTOMER,
        invoice_lines=[{"amount_cents": 500}],
        amount_total_cents=500,
    )
    ticket = cc.tickets.create(invoice.invoice_id, message="Please pay")
    assert [t.ticket_id for t in cc.tickets.list(invoice.invoice_id)] == [ticket.ticket_id]
    assert ticket.ticket_id in [
        t.ticket_id for t in cc.tickets.list_for_company(COMPANY_ID, TicketStatus.ANSWERED)
    ]
    cc.tickets.archive(invoice.invoice_id)
    assert ticket.ticket_id in [t.ticket_id for t in cc.tickets.list_for_company(COMPANY_ID, "archived")]
    cc.tickets.assign_to_support(invoice.invoice_id)
    with pytest.raises(errors.InvalidAction):
        cc.tickets.list_for_company(COMPANY_ID, "closed")  # type: ignore[arg-type]
    raw = cc.tickets.with_raw_response.create(invoice.invoice_id, message="Again")
    assert raw.status_code == 200 and raw.parse().message == "Again"


def test_the_wrong_key_is_an_authentication_error(base_url: str) -> None:
    with (
        ClubCollect(api_key="0" * 40, base_url=base_url) as wrong,
        pytest.raises(errors.Unauthorized) as caught,
    ):
        wrong.imports.list(COMPANY_ID)
    assert caught.value.status_code == 401


def test_a_refusal_by_the_mock_says_why(cc: ClubCollect) -> None:
    batch = cc.imports.create(company_id=COMPANY_ID, title="Reasons")
    with pytest.raises(errors.InvalidAmountTotalCents) as caught:
        cc.invoices.create(
            import_id=batch.import_id,
            external_invoice_number="R-1",
            customer=CUSTOMER,
            invoice_lines=[{"amount_cents": 500}],
            amount_total_cents=400,
        )
    assert str(caught.value) == (
        "POST /api/v2/invoices -> 422 invalid_amount_total_cents: "
        "amount_total_cents: 400 is not the sum of the invoice_lines amounts (500)"
    )


def test_every_resource_async(base_url: str) -> None:
    async def scenario() -> None:
        async with AsyncClubCollect(api_key=API_KEY, base_url=base_url) as acc:
            company = await acc.companies.get(COMPANY_ID)
            batch = await acc.imports.create(company_id=company.company_id, title="Async")
            invoice = await acc.invoices.create(
                import_id=batch.import_id,
                external_invoice_number="X-1",
                customer=CUSTOMER,
                invoice_lines=[{"amount_cents": 700}],
                amount_total_cents=700,
            )
            await acc.tickets.create(invoice.invoice_id, message="Hi")
            assert len(await acc.tickets.list(invoice.invoice_id)) == 1
            await acc.tickets.archive(invoice.invoice_id)
            await acc.tickets.assign_to_support(invoice.invoice_id)
            lines = await acc.invoices.lines(invoice.invoice_id)
            assert [line.amount_cents for line in lines] == [700]
            retracted = await acc.invoices.credit_and_retract(
                invoice.invoice_id, external_invoice_number="X-1-C", description="Cancelled"
            )
            assert retracted.amount_total_cents == 0
            await acc.imports.transmit(batch.import_id)
            assert (await acc.imports.get(batch.import_id)).transmitted is True
            with pytest.raises(errors.ImportAlreadyTransmitted):
                await acc.imports.update(batch.import_id, expected_invoices_count=3)
            page = await acc.imports.list(COMPANY_ID, page_size=100)
            assert batch.import_id in [item.import_id for item in page.items]

    asyncio.run(scenario())
