"""Start links at their edges: the bounds of each parameter, what a link with an invoice_id still
checks, the redirect URL's shape, and the invoice a link without one makes (P5-P7, P10-P13)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from clubcollect_mock.config import INT32_MAX, MAX_STRING

from .conftest import API_KEY, COMPANY_ID
from .payment_helpers import RETURN_URL, checkout, query_of, result_is_signed, signed, start, start_params

pytestmark = pytest.mark.mock_control
NewInvoice = Callable[..., dict[str, Any]]


def outcome(response: httpx.Response) -> str:
    """``"checkout"`` for a started payment, else the refusal's ``error_details``."""
    assert response.status_code == 302, response.text
    location = response.headers["location"]
    if "/_mock/checkout/" in location:
        return "checkout"
    return query_of(location)["error_details"]


@pytest.mark.parametrize(
    ("extra", "answer"),
    [
        ({"amount_cents": 100}, "checkout"),  # the smallest amount (P6)
        ({"amount_cents": INT32_MAX}, "checkout"),
        ({"amount_cents": INT32_MAX + 1}, "invalid_amount_cents"),
        ({"zipcode": "1" * 15, "city": "c" * 34}, "checkout"),  # each at its own limit
        ({"last_name": "J" * MAX_STRING, "payment_reference": "r" * MAX_STRING}, "checkout"),
        ({"last_name": "J" * (MAX_STRING + 1)}, "invalid_last_name"),
        ({"locale": "nl"}, "checkout"),
        ({"locale": "NL"}, "checkout"),  # a locale's letter case carries no meaning
        ({"country_code": "nl", "email_address": "a@b.nl", "phone_number": "+31612345678"}, "checkout"),
        ({"payment_id": "p" * 10}, "checkout"),
        ({"payment_id": "p" * 9}, "invalid_payment_id"),
    ],
    ids=[
        "amount-100",
        "amount-int32-max",
        "amount-past-int32",
        "zipcode-city-at-limit",
        "text-at-limit",
        "text-past-limit",
        "locale-lower",
        "locale-upper",
        "contact-fields",
        "payment-id-10",
        "payment-id-9",
    ],
)
def test_each_parameter_at_its_bounds(anonymous: httpx.Client, extra: dict[str, Any], answer: str) -> None:
    assert outcome(start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY, **extra))) == answer


@pytest.mark.parametrize(
    ("extra", "details"),
    [
        ({"locale": "es"}, "invalid_locale"),
        ({"payment_id": "short"}, "invalid_payment_id"),
        ({"city": "c" * 99, "locale": "es"}, "invalid_locale"),
    ],
    ids=["locale", "payment-id", "ignored-city-then-locale"],
)
def test_with_an_invoice_id_the_payment_id_and_locale_are_still_checked(
    anonymous: httpx.Client, new_invoice: NewInvoice, extra: dict[str, Any], details: str
) -> None:
    # P6: the payee fields only build a new invoice, so they are skipped; payment_id and locale
    # come after them in the table and still count.
    invoice_id = new_invoice()["invoice_id"]
    params = signed(
        {"company_id": COMPANY_ID, "redirect_url": RETURN_URL, "invoice_id": invoice_id, **extra}, API_KEY
    )
    assert outcome(start(anonymous, "ideal", params)) == details


@pytest.mark.parametrize("redirect_url", ["//shop.example/paid", "ftp://shop.example/paid", "https:///paid"])
def test_a_redirect_url_needs_an_http_scheme_and_a_host(anonymous: httpx.Client, redirect_url: str) -> None:
    response = start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY, redirect_url=redirect_url))
    assert response.status_code == 422
    assert response.json()["error_details"] == "invalid_redirect_url"


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_the_result_goes_to_a_redirect_url_without_a_query(anonymous: httpx.Client, scheme: str) -> None:
    back_to = f"{scheme}://shop.example/paid"
    started = start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY, redirect_url=back_to))
    url = checkout(anonymous, started.headers["location"], "cancelled").headers["location"]
    assert url.startswith(back_to + "?company_id=")  # no stray "&" before the first parameter
    assert result_is_signed(url, API_KEY)
    assert query_of(url)["external_invoice_number"] == ""  # none was given: present, but empty


def test_the_invoice_a_link_makes(
    anonymous: httpx.Client, api: httpx.Client, control: httpx.Client, new_invoice: NewInvoice
) -> None:
    earlier = new_invoice()
    payee = {
        "prefix": "Dr.",
        "first_name": "Anna",
        "infix": "van",
        "address1": "Dorpsstraat",
        "address2": "achter",
        "house_number": "7a",
        "zipcode": "1234 AB",
        "city": "Utrecht",
        "country_code": "NL",
        "email_address": "anna@example.com",
        "phone_number": "+31612345678",
    }
    params = start_params(
        COMPANY_ID, API_KEY, locale="NL", payment_reference="Kit 2026", external_invoice_number="K-1", **payee
    )
    started = start(anonymous, "sofort", params)
    result = query_of(checkout(anonymous, started.headers["location"], "authorized").headers["location"])
    shown = anonymous.get(
        f"/payments/{result['payment_id']}",
        params=signed({"id": result["payment_id"], "company_id": COMPANY_ID}, API_KEY),
    ).json()

    invoice = api.get(f"/invoices/{result['invoice_id']}").json()
    assert invoice["locale"] == "nl"
    assert invoice["external_invoice_number"] == "K-1"
    assert invoice["invoice_number"] == str(int(earlier["invoice_number"]) + 1)  # the next number
    assert invoice["customer"]["name"] == {
        "prefix": "Dr.",
        "first_name": "Anna",
        "infix": "van",
        "last_name": "Jansen",
        "organization": None,
    }
    assert invoice["customer"]["address"] == {
        **{name: payee[name] for name in ("address1", "address2", "house_number", "zipcode", "city")},
        "country_code": "NL",
        "house_number_extension": None,
        "locality": None,
        "state": None,
    }
    assert invoice["customer"]["email"]["email_address"] == "anna@example.com"
    assert invoice["customer"]["phone"]["phone_number"] == "+31612345678"
    charged, paid = invoice["invoice_lines"]
    assert (charged["amount_cents"], charged["description"], charged["date"]) == (
        2500,
        "Kit 2026",
        shown["created_at"],
    )
    assert (paid["type"], paid["subtype"], paid["payment_method"]) == ("PAYMENT", None, "sofort")
    assert (paid["amount_cents"], paid["date"]) == (-2500, shown["updated_at"])
    changed = control.get("/notifications").json()
    assert changed == {"invoice_ids": [invoice["invoice_id"]], "import_ids": [invoice["import_id"]]}


def test_a_link_without_a_locale_makes_an_invoice_without_one(
    anonymous: httpx.Client, api: httpx.Client
) -> None:
    started = start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY))
    result = query_of(checkout(anonymous, started.headers["location"], "pending").headers["location"])
    assert api.get(f"/invoices/{result['invoice_id']}").json()["locale"] is None


def test_a_decision_answers_with_its_time_and_queues_that_payments_notice(
    anonymous: httpx.Client, control: httpx.Client
) -> None:
    # Two undecided payments; deciding the second queues a notice for it, not for the first.
    first, second = (
        start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY, payment_id=chosen))
        for chosen in ("first-payment-1", "second-payment-2")
    )
    assert first.status_code == second.status_code == 302
    assert control.get("/payments/notifications").json() == []
    decided = control.post(
        f"/companies/{COMPANY_ID}/payments/second-payment-2/result", json={"payment_result": "pending"}
    )
    assert decided.status_code == 200, decided.text
    payment = decided.json()["payment"]
    waiting = control.get("/payments/notifications").json()
    assert [notice["payment_id"] for notice in waiting] == ["second-payment-2"]
    shown = anonymous.get(
        "/payments/second-payment-2",
        params=signed({"id": "second-payment-2", "company_id": COMPANY_ID}, API_KEY),
    ).json()
    assert payment["updated_at"] == shown["updated_at"] and payment["updated_at"] is not None
    again = control.post(
        f"/companies/{COMPANY_ID}/payments/second-payment-2/result", json={"payment_result": "authorized"}
    )
    assert again.status_code == 200
    waiting = control.get("/payments/notifications").json()
    assert [(n["payment_id"], n["payment_result"]) for n in waiting] == [("second-payment-2", "authorized")]


def test_a_repeated_invoice_id_is_refused_even_when_both_name_the_invoice(
    anonymous: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    params = signed({"company_id": COMPANY_ID, "redirect_url": RETURN_URL, "invoice_id": invoice_id}, API_KEY)
    response = anonymous.get(f"/payments/ideal?{urlencode(params)}&{urlencode({'invoice_id': invoice_id})}")
    assert outcome(response) == "invalid_invoice_id"


def test_deleting_a_paid_invoices_import_drops_the_changes_the_payment_queued(
    anonymous: httpx.Client, api: httpx.Client, control: httpx.Client, new_invoice: NewInvoice
) -> None:
    # An authorization marks the invoice and its import as changed (P10); the import's deletion
    # takes both marks with it, as it does for any other change.
    invoice = new_invoice()
    params = signed(
        {"company_id": COMPANY_ID, "redirect_url": RETURN_URL, "invoice_id": invoice["invoice_id"]}, API_KEY
    )
    checkout(anonymous, start(anonymous, "ideal", params).headers["location"], "authorized")
    assert control.get("/notifications").json() == {
        "invoice_ids": [invoice["invoice_id"]],
        "import_ids": [invoice["import_id"]],
    }
    assert api.delete(f"/imports/{invoice['import_id']}").status_code == 204
    assert control.get("/notifications").json() == {"invoice_ids": [], "import_ids": []}
