"""The SDK's types say what its values are: typing_surface.py passes mypy --strict and runs true.

Also the small things a partner meets first: ``UNSET`` prints as itself, a value the spec does
not list reads as ``UnknownEnumValue``, ``PaymentLink`` comes from ``clubcollect_client.payments``,
and a 404 from a base URL without ``/api/v2`` says so.
"""

from __future__ import annotations

import asyncio
import copy
import pickle
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from clubcollect_client import AsyncClubCollect, ClubCollect, NotFoundError
from clubcollect_client.errors import InvalidInvoiceId
from clubcollect_client.models import InvoiceLine, LineType, PaymentMethod
from clubcollect_client.resources import AsyncImportsListPage, ImportsListPage, TicketsListForCompanyPage
from clubcollect_client.types import UNSET, UnknownEnumValue, Unset
from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread
from tests.client import typing_surface

ROOT = Path(__file__).parents[2]
SURFACE = Path(typing_surface.__file__)
MISSING_INVOICE = "f" * 40


@dataclass
class Mock:
    root: str
    api_key: str
    company_id: str

    @property
    def api_url(self) -> str:
        return f"{self.root}/api/v2"


@pytest.fixture(scope="module")
def mock() -> Iterator[Mock]:
    api_key, company_id = secrets.token_hex(20), secrets.token_hex(20)
    with serve_in_thread(create_app([Partner(api_key=api_key, company_id=company_id)])) as root:
        yield Mock(root, api_key, company_id)


def test_the_surface_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", str(SURFACE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_page_counts_are_the_types_mypy_says(mock: Mock) -> None:
    with ClubCollect(api_key=mock.api_key, base_url=mock.api_url) as cc:
        for title in ("Fees 2026", "Fees 2027", "Fees 2028"):
            cc.imports.create(company_id=mock.company_id, title=title)
        assert typing_surface.import_page_counts(cc, mock.company_id) == [3, 3, 3]
        pages = list(cc.imports.list(mock.company_id, page_size=1).iter_pages())
        assert [type(page) for page in pages] == [ImportsListPage] * 3
        assert all(type(page.total_pages) is int for page in pages)
        tickets = cc.tickets.list_for_company(mock.company_id, "unanswered")
        assert type(tickets) is TicketsListForCompanyPage and tickets.total_pages == 0
        assert typing_surface.pages_after_the_last(cc, mock.company_id) == 0

    async def run() -> list[int]:
        async with AsyncClubCollect(api_key=mock.api_key, base_url=mock.api_url) as acc:
            first = await acc.imports.list(mock.company_id, page_size=2)
            assert (
                type(first) is AsyncImportsListPage
                and type(await first.get_next_page()) is AsyncImportsListPage
            )
            return await typing_surface.async_import_page_counts(acc, mock.company_id)

    assert asyncio.run(run()) == [3, 3, 3]


def test_a_paid_line_carries_the_enum(mock: Mock) -> None:
    with ClubCollect(api_key=mock.api_key, base_url=mock.api_url) as cc:
        batch = cc.imports.create(company_id=mock.company_id, title="Fees")
        invoice = cc.invoices.create(
            import_id=batch.import_id,
            external_invoice_number="2026-0001",
            customer={"name": {"last_name": "Jansen"}, "email": {"email_address": "jansen@example.com"}},
            invoice_lines=[{"amount_cents": 12_500, "description": "Membership 2026"}],
            amount_total_cents=12_500,
        )
        cc.imports.transmit(batch.import_id)
        paid = {"amount_cents": 5_000, "payment_method": "ideal"}
        url = f"{mock.root}/_mock/invoices/{invoice.invoice_id}/payments"
        httpx.post(url, json=paid).raise_for_status()
        lines = cc.invoices.lines(invoice.invoice_id)
    assert typing_surface.payment_methods(lines) == ["ideal"]
    (payment,) = [line for line in lines if line.payment_method not in (None, UNSET)]
    assert payment.payment_method is PaymentMethod.IDEAL
    assert payment.type_ is LineType.PAYMENT and typing_surface.line_kind(payment) == "PAYMENT"


def line(**fields: object) -> InvoiceLine:
    body = {
        "invoice_line_id": "1",
        "amount_cents": 100,
        "description": None,
        "date": "2026-01-01T00:00:00+00:00",
    }
    return InvoiceLine.from_dict({**body, **fields})


def test_a_value_the_spec_does_not_list_reads_as_unknown_enum_value() -> None:
    new = line(type="CRYPTO-PAYMENT", payment_method="apple_pay")
    assert type(new.type_) is UnknownEnumValue and type(new.payment_method) is UnknownEnumValue
    assert new.type_ == "CRYPTO-PAYMENT" and new.type_.value == "CRYPTO-PAYMENT"
    assert typing_surface.line_kind(new) == "new: CRYPTO-PAYMENT"
    assert typing_surface.payment_methods([new]) == ["apple_pay"]
    assert repr(new.type_) == "UnknownEnumValue('CRYPTO-PAYMENT')"
    # Written back exactly as it came, as a plain JSON string.
    assert new.to_dict()["type"] == "CRYPTO-PAYMENT" and new.to_dict()["payment_method"] == "apple_pay"
    known = line(type="PAYMENT-LINE")
    assert known.type_ is LineType.PAYMENT_LINE and typing_surface.line_kind(known) == "PAYMENT_LINE"
    assert typing_surface.line_kind(line()) == "not given"


def test_unset_prints_as_unset() -> None:
    assert repr(UNSET) == "UNSET" and str(UNSET) == "UNSET"
    assert isinstance(UNSET, Unset) and not UNSET
    assert "payment_method=UNSET" in repr(line())


def test_unset_survives_copies_and_pickles() -> None:
    original = line(type="PAYMENT-LINE")
    for copied in (copy.deepcopy(original), pickle.loads(pickle.dumps(original))):
        assert copied.payment_method is UNSET
        assert copied.to_dict() == original.to_dict()
        assert "payment_method" not in copied.to_dict()


def test_the_package_root_exports_the_value_types() -> None:
    import clubcollect_client

    assert clubcollect_client.UNSET is UNSET and clubcollect_client.Unset is Unset
    assert clubcollect_client.UnknownEnumValue is UnknownEnumValue
    assert {"UNSET", "Unset", "UnknownEnumValue"} <= set(clubcollect_client.__all__)


def test_payment_link_is_exported_from_payments() -> None:
    from clubcollect_client import payments
    from clubcollect_client.payment_resource import PaymentLink

    assert "PaymentLink" in payments.__all__ and payments.PaymentLink is PaymentLink
    assert {"payment_method", "company_id", "redirect_url"} <= payments.PaymentLink.__required_keys__


def test_a_base_url_without_the_api_prefix_gets_a_hint(mock: Mock) -> None:
    cc = ClubCollect(api_key=mock.api_key, base_url=mock.root, max_retries=0)
    with cc, pytest.raises(NotFoundError) as caught:
        cc.imports.list(mock.company_id)
    message = str(caught.value)
    assert message.startswith(f"GET /companies/{mock.company_id}/imports -> 404")
    assert "the request path has no /api/v2: check the base URL" in message
    assert mock.api_key not in message


def test_a_vendor_404_under_the_prefix_gets_no_hint(mock: Mock) -> None:
    cc = ClubCollect(api_key=mock.api_key, base_url=mock.api_url, max_retries=0)
    with cc, pytest.raises(InvalidInvoiceId) as caught:
        cc.invoices.get(MISSING_INVOICE)
    assert "/api/v2" not in str(caught.value).split("->", 1)[1]
    # The mock's X-Mock-Reason may follow the code; the base-URL hint must not.
    assert str(caught.value).startswith(f"GET /api/v2/invoices/{MISSING_INVOICE} -> 404 invalid_invoice_id")
    assert "base URL" not in str(caught.value)


@pytest.mark.parametrize(
    ("base", "hinted"),
    [
        ("https://proxy.example/clubcollect/api/v2", False),  # a prefix in front of /api/v2 is fine
        ("https://proxy.example/clubcollect", True),
        ("https://app.clubcollect.com", True),
    ],
)
def test_a_bare_404_is_hinted_only_outside_the_prefix(base: str, hinted: bool) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, text="Not Found")

    transport = httpx.MockTransport(answer)
    cc = ClubCollect(api_key="k" * 40, base_url=base, transport=transport, max_retries=0)
    with cc, pytest.raises(NotFoundError) as caught:
        cc.imports.get("a" * 40)
    assert str(caught.value).startswith(
        f"GET {httpx.URL(base).path.rstrip('/')}/imports/{'a' * 40} -> 404 Not Found"
    )
    assert ("check the base URL" in str(caught.value)) is hinted
