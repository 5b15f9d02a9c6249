"""The checkout page and its answers, byte for byte: what a payee's browser gets from the mock (P4, P5)."""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

import httpx
import pytest

from .conftest import API_KEY, COMPANY_ID
from .payment_helpers import checkout, query_of, start, start_params

pytestmark = pytest.mark.mock_control

# The page's own stylesheet; nothing else may load (its Content-Security-Policy says so).
STYLE = (
    "body{font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}"
    "button{display:block;width:100%;margin:.4rem 0;padding:.6rem;font-size:1rem}"
    "dt{font-weight:bold}dd{margin:0 0 .5rem}"
)
PAGE_HEADERS = {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
}


def document(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title}</title><style>{STYLE}</style></head>"
        f"<body><h1>{title}</h1>{body}</body></html>"
    )


def message(title: str, text: str) -> str:
    return document(title, f"<p id='message'>{text}</p>")


def assert_page(response: httpx.Response, status: int, text: str, reason: str | None = None) -> None:
    assert (response.status_code, response.text) == (status, text)
    assert {name: response.headers.get(name) for name in PAGE_HEADERS} == PAGE_HEADERS
    assert response.headers.get("x-mock-reason") == reason


def gbp_company(api: httpx.Client) -> str:
    body = {
        "name": "HC Example",
        "brand": "knltb",
        "email": "board@example.com",
        "locale": "en",
        "country_code": "GB",
        "currency": "GBP",
        "vat_percentage": 20.0,
    }
    company_id: str = api.post("/companies", json=body).json()["company_id"]
    return company_id


def test_the_checkout_page_is_exactly_this_document(api: httpx.Client) -> None:
    company_id = gbp_company(api)
    params = start_params(company_id, API_KEY, amount_cents=2505, payment_id="pay_0000000042")
    location = start(api, "sofort", params).headers["location"]
    path = urlsplit(location).path
    buttons = (
        "<button type='submit' name='payment_result' value='authorized' id='pay-authorized'>"
        "Pay (authorized)</button>"
        "<button type='submit' name='payment_result' value='cancelled' id='pay-cancelled'>Cancel</button>"
        "<button type='submit' name='payment_result' value='pending' id='pay-pending'>Leave pending</button>"
        "<button type='submit' name='payment_result' value='refused' id='pay-refused'>Refuse</button>"
        "<button type='submit' name='payment_result' value='error' id='pay-error'>Provider error</button>"
    )
    body = (
        "<p>ClubCollect mock: pick the outcome the payment provider reports.</p>"
        "<dl><dt>Amount</dt><dd id='amount'>GBP 25.05</dd>"
        "<dt>Method</dt><dd id='method'>sofort</dd>"
        "<dt>Payment</dt><dd id='payment-id'>pay_0000000042</dd></dl>"
        f"<form method='post' action='{path}'>{buttons}</form>"
    )
    assert_page(api.get(location), 200, document("Mock checkout", body))


def test_a_decided_checkout_shows_the_outcome_and_the_way_back(anonymous: httpx.Client) -> None:
    location = start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY)).headers["location"]
    back = checkout(anonymous, location, "refused").headers["location"]
    assert query_of(back)["payment_result"] == "refused"
    body = (
        "<p id='result'>This payment is refused.</p>"
        f"<p><a id='back' href='{escape(back)}'>Back to the shop</a></p>"
    )
    assert_page(anonymous.get(location), 200, document("Payment finished", body))


def test_the_checkout_refusals_are_these_pages(anonymous: httpx.Client, root_url: str) -> None:
    unknown = message("Unknown checkout", "No payment waits at this address.")
    no_token = "token: no checkout with this token"
    for token in ("0" * 40, "not-a-token"):
        address = f"{root_url}/_mock/checkout/{token}"
        assert_page(anonymous.get(address), 404, unknown, no_token)
        assert_page(checkout(anonymous, address, "authorized"), 404, unknown, no_token)

    location = start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY)).headers["location"]
    expected = "payment_result: expected one of authorized, cancelled, pending, refused, error"
    outcome = message("Unknown outcome", "Pick one of the listed outcomes.")
    assert_page(checkout(anonymous, location, "paid"), 400, outcome, expected)
    assert checkout(anonymous, location, "pending").status_code == 303
    decided = message("Already decided", "This payment is pending.")
    assert_page(
        checkout(anonymous, location, "authorized"), 409, decided, "the payment is already decided (pending)"
    )


def form_post(client: httpx.Client, location: str, body: bytes) -> httpx.Response:
    return client.post(location, content=body, headers={"Content-Type": "application/x-www-form-urlencoded"})


def test_the_last_payment_result_of_the_form_counts_even_when_blank(anonymous: httpx.Client) -> None:
    location = start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY)).headers["location"]
    refused = form_post(anonymous, location, b"payment_result=authorized&payment_result=")
    assert (refused.status_code, refused.headers["x-mock-reason"][:16]) == (400, "payment_result: ")
    assert form_post(anonymous, location, b"payment_result=&payment_result=cancelled").status_code == 303


def test_a_form_that_is_not_utf8_is_an_unknown_outcome(anonymous: httpx.Client) -> None:
    location = start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY)).headers["location"]
    for body in (b"payment_result=authorized\xff", b"\xfe\xffpayment_result=authorized", b"payment_result"):
        assert form_post(anonymous, location, body).status_code == 400, body
    assert anonymous.get(location).text.count("id='pay-") == 5  # still undecided
