"""Payments in the mock: signed start links, checkout, the signed redirect back, status, feed (part P)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx
import pytest

from clubcollect_mock.payments.signing import signature_of
from contract_tests.payments import DOCUMENTED_KEY, DOCUMENTED_PARAMS, DOCUMENTED_SIGNATURE

from .conftest import API_KEY, COMPANY_ID
from .payment_helpers import (
    RETURN_URL,
    checkout,
    feed,
    pay,
    query_of,
    result_is_signed,
    signed,
    start,
    start_params,
    status,
)

pytestmark = pytest.mark.mock_control


def test_the_mock_signs_the_documented_example() -> None:
    assert signature_of(DOCUMENTED_PARAMS, DOCUMENTED_KEY) == DOCUMENTED_SIGNATURE


def test_authorized_payment_end_to_end(anonymous: httpx.Client, api: httpx.Client) -> None:
    started = start(
        anonymous,
        "ideal",
        start_params(
            COMPANY_ID, API_KEY, payment_reference="Membership 2026", external_invoice_number="INV-7"
        ),
    )
    assert started.status_code == 302
    location = started.headers["location"]
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/_mock/checkout/[0-9a-f]{40}", location)

    page = anonymous.get(location)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "EUR 25.00" in page.text
    assert re.findall(r"(?:src|href)=", page.text) == []  # nothing loads from elsewhere
    for outcome in ("authorized", "pending", "cancelled", "refused", "error"):
        assert f"id='pay-{outcome}'" in page.text

    back = checkout(anonymous, location, "authorized")
    assert back.status_code == 303
    url = back.headers["location"]
    assert url.startswith("https://shop.example/paid?order=42&")  # the partner's own query kept
    assert result_is_signed(url, API_KEY)
    result = query_of(url)
    assert result["payment_result"] == "authorized" and result["payment_method"] == "ideal"
    assert result["company_id"] == COMPANY_ID and result["external_invoice_number"] == "INV-7"
    assert re.fullmatch(r"[0-9a-f]{40}", result["payment_id"])

    invoice = api.get(f"/invoices/{result['invoice_id']}").json()
    assert [(line["type"], line["amount_cents"]) for line in invoice["invoice_lines"]] == [
        ("INVOICE-LINE", 2500),
        ("PAYMENT", -2500),
    ]
    assert invoice["invoice_lines"][0]["description"] == "Membership 2026"
    assert invoice["invoice_lines"][1]["payment_method"] == "ideal"
    assert invoice["amount_total_cents"] == 0  # nothing outstanding any more
    assert invoice["customer"]["name"]["last_name"] == "Jansen"
    batch = api.get(f"/imports/{invoice['import_id']}").json()
    assert batch["title"] == f"iDEAL ({datetime.now(UTC):%Y-%m})"
    assert batch["settled_amount_cents"] == 2500 and batch["transmitted"] is False

    shown = status(anonymous, COMPANY_ID, API_KEY, result["payment_id"])
    assert shown.status_code == 200
    assert shown.json() | {"created_at": None, "updated_at": None} == {
        "company_id": COMPANY_ID,
        "invoice_id": result["invoice_id"],
        "payment_id": result["payment_id"],
        "payment_method": "ideal",
        "payment_result": "authorized",
        "external_invoice_number": "INV-7",
        "created_at": None,
        "updated_at": None,
    }
    assert feed(anonymous, COMPANY_ID, API_KEY).json() == [shown.json()]


def test_the_months_payments_share_one_import(anonymous: httpx.Client, api: httpx.Client) -> None:
    first = query_of(pay(anonymous, COMPANY_ID, API_KEY, "pending"))
    second = query_of(pay(anonymous, COMPANY_ID, API_KEY, "cancelled", method="sofort"))
    imports = [api.get(f"/invoices/{q['invoice_id']}").json()["import_id"] for q in (first, second)]
    assert imports[0] == imports[1]
    assert api.get(f"/imports/{imports[0]}").json()["settled_amount_cents"] == 0


def test_pay_what_is_due_on_an_existing_invoice(
    anonymous: httpx.Client, api: httpx.Client, new_invoice: Callable[..., dict[str, Any]]
) -> None:
    invoice = new_invoice()  # 10000 - 1000
    params = signed(
        {
            "company_id": COMPANY_ID,
            "redirect_url": RETURN_URL,
            "invoice_id": invoice["invoice_id"],
            "city": "x" * 99,
        },
        API_KEY,
    )  # with invoice_id the payee fields are ignored, even a too-long city (P6)
    started = start(anonymous, "bancontact", params)
    assert started.status_code == 302 and "/_mock/checkout/" in started.headers["location"]
    result = query_of(checkout(anonymous, started.headers["location"], "authorized").headers["location"])
    assert result["invoice_id"] == invoice["invoice_id"] and result["external_invoice_number"] == "2024-001"
    paid = api.get(f"/invoices/{invoice['invoice_id']}").json()
    assert paid["invoice_lines"][-1]["amount_cents"] == -9000 and paid["amount_total_cents"] == 0
    again = start(anonymous, "bancontact", params)  # nothing left to pay
    assert query_of(again.headers["location"])["error_details"] == "invalid_invoice_id"


def refusal(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 302, response.text
    location = response.headers["location"]
    assert location.startswith(RETURN_URL + "&")
    return query_of(location)


@pytest.mark.parametrize(
    ("tamper", "details"),
    [
        (lambda p: {**p, "company_id": "0" * 40}, "invalid_signature;invalid_partner"),
        (lambda p: {**p, "amount_cents": "2600"}, "invalid_signature"),
        (lambda p: {k: v for k, v in p.items() if k != "signature"}, "invalid_signature"),
        (lambda p: {**p, "signature": p["signature"].upper()}, None),  # hex case is no change (P3)
    ],
    ids=["unknown-company", "tampered", "unsigned", "upper-case-hex"],
)
def test_signature_is_checked(anonymous: httpx.Client, tamper: Any, details: str | None) -> None:
    response = start(anonymous, "ideal", tamper(start_params(COMPANY_ID, API_KEY)))
    if details is None:
        assert "/_mock/checkout/" in response.headers["location"]
        return
    refused = refusal(response)
    assert refused["error_code"] == "unprocessable_entity" and refused["error_details"] == details
    assert refused["payment_method"] == "ideal" and "signature" not in refused
    assert feed(anonymous, COMPANY_ID, API_KEY).json() == []  # nothing was created


def test_another_partners_key_does_not_sign(anonymous: httpx.Client, other_partner: Any) -> None:
    _, other_company = other_partner
    refused = refusal(start(anonymous, "ideal", start_params(other_company, API_KEY)))
    assert refused["error_details"] == "invalid_signature"


@pytest.mark.parametrize(
    ("extra", "details"),
    [
        ({"amount_cents": 99}, "invalid_amount_cents"),
        ({"amount_cents": "12.50"}, "invalid_amount_cents"),
        ({"amount_cents": None, "last_name": None}, "invalid_last_name;invalid_amount_cents"),
        ({"payment_id": "short"}, "invalid_payment_id"),
        ({"payment_id": "notifications"}, "invalid_payment_id"),
        ({"zipcode": "1" * 16, "city": "c" * 35}, "invalid_zipcode;invalid_city"),
        ({"locale": "es", "email_address": "nope"}, "invalid_locale;invalid_email_address"),
        ({"phone_number": "0612345678", "country_code": "NLD"}, "invalid_country_code;invalid_phone_number"),
        ({"invoice_id": "0" * 40}, "invalid_invoice_id"),
    ],
)
def test_signed_but_invalid_parameters(anonymous: httpx.Client, extra: dict[str, Any], details: str) -> None:
    refused = refusal(start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY, **extra)))
    assert refused["error_details"] == details
    assert feed(anonymous, COMPANY_ID, API_KEY).json() == []


def test_a_repeated_parameter_is_refused(anonymous: httpx.Client) -> None:
    params = start_params(COMPANY_ID, API_KEY)
    query = urlencode(params) + "&last_name=Jansen"
    refused = refusal(anonymous.get(f"/payments/ideal?{query}"))
    assert refused["error_details"] == "invalid_last_name"


def test_payment_ids_are_unique_per_company(anonymous: httpx.Client, other_partner: Any) -> None:
    chosen = "order-2026-000123"
    pay(anonymous, COMPANY_ID, API_KEY, "pending", payment_id=chosen)
    refused = refusal(start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY, payment_id=chosen)))
    assert refused["error_details"] == "invalid_payment_id"


@pytest.mark.parametrize(
    "redirect_url", [None, "", "/relative", "mailto:x@example.com", "https://x/" + "a" * 2048]
)
def test_without_a_usable_redirect_url_the_refusal_is_json(
    anonymous: httpx.Client, redirect_url: str | None
) -> None:
    params = start_params(COMPANY_ID, API_KEY, redirect_url=redirect_url)
    response = start(anonymous, "paypal", params)
    assert response.status_code == 422
    assert response.json() == {
        "company_id": COMPANY_ID,
        "payment_method": "paypal",
        "error_code": "unprocessable_entity",
        "error_details": "invalid_redirect_url",
    }


def test_status_refusals(anonymous: httpx.Client, other_partner: Any) -> None:
    payment_id = query_of(pay(anonymous, COMPANY_ID, API_KEY, "refused"))["payment_id"]
    assert status(anonymous, COMPANY_ID, API_KEY, payment_id).json()["payment_result"] == "refused"

    def details(response: httpx.Response) -> str:
        assert response.status_code == 422
        body = response.json()
        assert body["error_code"] == "invalid_params"
        return str(body["error_details"])

    assert details(status(anonymous, "0" * 40, API_KEY, payment_id)) == "invalid_company_id"
    assert details(status(anonymous, COMPANY_ID, API_KEY + "x", payment_id)) == "invalid_signature"
    assert details(status(anonymous, COMPANY_ID, API_KEY, "a" * 40)) == "invalid_payment_id"
    _, other_company = other_partner
    # Our key does not sign for another partner's company.
    assert details(status(anonymous, other_company, API_KEY, payment_id)) == "invalid_signature"
    unsigned = anonymous.get(f"/payments/{payment_id}", params={"company_id": COMPANY_ID})
    assert details(unsigned) == "invalid_signature"
    assert unsigned.json()["company_id"] == COMPANY_ID
    missing = anonymous.get(f"/payments/{payment_id}")
    assert missing.json() == {
        "company_id": None,
        "error_code": "invalid_params",
        "error_details": "invalid_company_id",
    }


def test_any_other_path_name_is_a_status_lookup(anonymous: httpx.Client) -> None:
    # P1: /payments/bitcoin is no start path, so it names a payment that does not exist.
    response = status(anonymous, COMPANY_ID, API_KEY, "bitcoin")
    assert response.status_code == 422 and response.json()["error_details"] == "invalid_payment_id"


def test_feed_is_newest_first_in_pages_of_25(anonymous: httpx.Client) -> None:
    made = [query_of(pay(anonymous, COMPANY_ID, API_KEY, "pending"))["payment_id"] for _ in range(27)]
    first = feed(anonymous, COMPANY_ID, API_KEY).json()
    assert [p["payment_id"] for p in first] == made[::-1][:25]
    assert feed(anonymous, COMPANY_ID, API_KEY, page=1).json() == first
    second = feed(anonymous, COMPANY_ID, API_KEY, page=2).json()
    assert [p["payment_id"] for p in second] == made[1::-1]
    assert feed(anonymous, COMPANY_ID, API_KEY, page=3).json() == []


@pytest.mark.parametrize("page", ["0", "-1", "x", "01", "99999999999", ""])
def test_feed_page_must_be_a_number_from_one(anonymous: httpx.Client, page: str) -> None:
    response = anonymous.get(
        "/payments/notifications", params=signed({"company_id": COMPANY_ID, "page": page}, API_KEY)
    )
    assert response.status_code == 422 and response.json()["error_details"] == "invalid_page"


def test_feed_signature_covers_the_page(anonymous: httpx.Client) -> None:
    params = signed({"company_id": COMPANY_ID}, API_KEY) | {"page": "2"}
    response = anonymous.get("/payments/notifications", params=params)
    assert response.status_code == 422 and response.json()["error_details"] == "invalid_signature"


def result_control(control: httpx.Client, payment_id: str, result: str) -> httpx.Response:
    return control.post(
        f"/companies/{COMPANY_ID}/payments/{payment_id}/result", json={"payment_result": result}
    )


def test_later_outcomes_through_the_control_api(
    anonymous: httpx.Client, api: httpx.Client, control: httpx.Client
) -> None:
    pending = query_of(pay(anonymous, COMPANY_ID, API_KEY, "pending"))
    moved = result_control(control, pending["payment_id"], "authorized")
    assert moved.status_code == 200
    assert moved.json()["payment"]["payment_result"] == "authorized"
    assert result_is_signed(moved.json()["redirect_url"], API_KEY)
    assert api.get(f"/invoices/{pending['invoice_id']}").json()["amount_total_cents"] == 0
    assert result_control(control, pending["payment_id"], "refused").status_code == 409  # final

    cancelled = query_of(pay(anonymous, COMPANY_ID, API_KEY, "cancelled"))["payment_id"]
    assert result_control(control, cancelled, "refused").status_code == 409
    assert result_control(control, cancelled, "authorized").status_code == 200  # late authorization
    refused = query_of(pay(anonymous, COMPANY_ID, API_KEY, "refused"))["payment_id"]
    assert result_control(control, refused, "authorized").status_code == 409


def test_control_refuses_bad_input_without_change(anonymous: httpx.Client, control: httpx.Client) -> None:
    payment_id = query_of(pay(anonymous, COMPANY_ID, API_KEY, "pending"))["payment_id"]
    assert result_control(control, payment_id, "paid").status_code == 422
    url = f"/companies/{COMPANY_ID}/payments/{payment_id}/result"
    assert control.post(url, content=b"{").status_code == 400
    assert control.post(url, json={"payment_result": "authorized", "x": 1}).status_code == 422
    assert result_control(control, "unknown-payment", "authorized").status_code == 404
    assert status(anonymous, COMPANY_ID, API_KEY, payment_id).json()["payment_result"] == "pending"


def test_browserless_outcome_straight_from_the_start(anonymous: httpx.Client, control: httpx.Client) -> None:
    started = start(anonymous, "credit_card", start_params(COMPANY_ID, API_KEY, payment_id="my-payment-0001"))
    assert status(anonymous, COMPANY_ID, API_KEY, "my-payment-0001").json()["payment_result"] == "pending"
    decided = result_control(control, "my-payment-0001", "error")
    assert decided.json()["payment"]["payment_result"] == "error"
    finished = anonymous.get(started.headers["location"])  # the page now shows the outcome
    assert "This payment is error." in finished.text and "id='back'" in finished.text


def test_checkout_page_refusals(anonymous: httpx.Client) -> None:
    location = start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY)).headers["location"]
    assert checkout(anonymous, location, "paid").status_code == 400
    assert checkout(anonymous, location, "authorized").status_code == 303
    assert checkout(anonymous, location, "refused").status_code == 409
    root = location.split("/_mock/")[0]
    assert anonymous.get(f"{root}/_mock/checkout/{'0' * 40}").status_code == 404
    assert anonymous.get(f"{root}/_mock/checkout/not-a-token").status_code == 404


def test_reset_forgets_payments(anonymous: httpx.Client, control: httpx.Client) -> None:
    location = start(anonymous, "ideal", start_params(COMPANY_ID, API_KEY)).headers["location"]
    control.post("/reset").raise_for_status()
    assert anonymous.get(location).status_code == 404
    assert feed(anonymous, COMPANY_ID, API_KEY).json() == []


def test_the_api_key_header_is_neither_needed_nor_harmful(api: httpx.Client) -> None:
    started = start(api, "ideal", start_params(COMPANY_ID, API_KEY))
    assert urlsplit(started.headers["location"]).path.startswith("/_mock/checkout/")


def test_an_authorized_payment_is_dated_and_notified_as_a_change(
    anonymous: httpx.Client,
    api: httpx.Client,
    control: httpx.Client,
    new_invoice: Callable[..., dict[str, Any]],
) -> None:
    # P10: the authorization pays into the invoice with a PAYMENT line dated at the decision, and
    # both the invoice and its import are queued for the change notification (FACTS 5).
    invoice = new_invoice()
    assert control.get("/notifications").json() == {"invoice_ids": [], "import_ids": []}
    params = signed(
        {"company_id": COMPANY_ID, "redirect_url": RETURN_URL, "invoice_id": invoice["invoice_id"]}, API_KEY
    )
    location = start(anonymous, "ideal", params).headers["location"]
    result = query_of(checkout(anonymous, location, "authorized").headers["location"])
    shown = status(anonymous, COMPANY_ID, API_KEY, result["payment_id"]).json()
    paid = api.get(f"/invoices/{invoice['invoice_id']}").json()["invoice_lines"][-1]
    assert (paid["type"], paid["subtype"], paid["amount_cents"]) == ("PAYMENT", None, -9000)
    assert paid["date"] == shown["updated_at"]
    assert datetime.fromisoformat(paid["date"]).tzinfo is not None
    assert control.get("/notifications").json() == {
        "invoice_ids": [invoice["invoice_id"]],
        "import_ids": [invoice["import_id"]],
    }


def test_a_one_cent_invoice_can_be_paid(
    anonymous: httpx.Client, api: httpx.Client, new_invoice: Callable[..., dict[str, Any]]
) -> None:
    # P11: anything above zero is left to pay; the boundary is one cent.
    invoice = new_invoice(amounts=(1,))
    assert invoice["amount_total_cents"] == 1
    params = signed(
        {"company_id": COMPANY_ID, "redirect_url": RETURN_URL, "invoice_id": invoice["invoice_id"]}, API_KEY
    )
    started = start(anonymous, "ideal", params)
    assert started.status_code == 302 and "/_mock/checkout/" in started.headers["location"]
    checkout(anonymous, started.headers["location"], "authorized")
    paid = api.get(f"/invoices/{invoice['invoice_id']}").json()
    assert paid["invoice_lines"][-1]["amount_cents"] == -1 and paid["amount_total_cents"] == 0


@pytest.mark.parametrize(
    ("page", "answer"),
    [("2147483647", []), ("2147483648", "invalid_page"), ("9999999999", "invalid_page")],
    ids=["int32-max", "past-int32", "ten-nines"],
)
def test_feed_page_reaches_up_to_int32_max(anonymous: httpx.Client, page: str, answer: Any) -> None:
    # P9: a ten-digit page is read as a number and refused only past 2**31 - 1.
    response = feed(anonymous, COMPANY_ID, API_KEY, page=int(page))
    if answer == []:
        assert (response.status_code, response.json()) == (200, [])
    else:
        assert response.status_code == 422
        assert response.json() == {
            "company_id": COMPANY_ID,
            "error_code": "invalid_params",
            "error_details": answer,
        }


@pytest.mark.parametrize(
    ("name", "details"),
    [("page", "invalid_page"), ("company_id", "invalid_company_id"), ("signature", "invalid_signature")],
)
def test_feed_refuses_a_repeated_parameter(anonymous: httpx.Client, name: str, details: str) -> None:
    # P8: every parameter is the last value given; one given twice is refused, even when both agree
    # and the signature fits the value used.
    params = signed({"company_id": COMPANY_ID, "page": "1"}, API_KEY)
    query = urlencode(params) + "&" + urlencode({name: params[name]})
    response = anonymous.get(f"/payments/notifications?{query}")
    assert (response.status_code, response.json()["error_details"]) == (422, details)


def test_control_result_refusals_name_their_error(anonymous: httpx.Client, control: httpx.Client) -> None:
    payment_id = query_of(pay(anonymous, COMPANY_ID, API_KEY, "refused"))["payment_id"]
    url = f"/companies/{COMPANY_ID}/payments/{payment_id}/result"
    json_type = {"Content-Type": "application/json"}
    for body in (b"{", b"[]", b'"authorized"', b"null"):
        response = control.post(url, content=body, headers=json_type)
        assert (response.status_code, response.json()["error"]) == (400, "invalid_json"), body
    unknown_company = f"/companies/{'0' * 40}/payments/{payment_id}/result"
    unknown_payment = f"/companies/{COMPANY_ID}/payments/unknown-payment/result"
    for path, field, reason in (
        (unknown_company, "company_id", "no company with this id"),
        (unknown_payment, "payment_id", "no payment with this id in a company of that id"),
    ):
        response = control.post(path, json={"payment_result": "authorized"})
        answer = response.json()
        assert (response.status_code, answer["error"], answer["field"]) == (404, "not_found", field), path
        assert (answer["reason"], response.headers["x-mock-reason"]) == (reason, f"{field}: {reason}")
    final = result_control(control, payment_id, "authorized")  # refused is final (P10)
    assert (final.status_code, final.json()["error"]) == (409, "invalid_transition")
    assert final.json()["reason"] == "a payment cannot go refused -> authorized"
    assert final.headers["x-mock-reason"] == "payment_result: a payment cannot go refused -> authorized"
    for empty in (b"", b" \r\n"):  # no body at all is an object without payment_result
        response = control.post(url, content=empty, headers=json_type)
        assert (response.status_code, response.json()["field"]) == (422, "payment_result"), empty
    assert status(anonymous, COMPANY_ID, API_KEY, payment_id).json()["payment_result"] == "refused"


def test_checkout_page_shows_the_amount_in_the_companys_currency(api: httpx.Client) -> None:
    body = {
        "name": "HC Example",
        "brand": "knltb",
        "email": "board@example.com",
        "locale": "en",
        "country_code": "GB",
        "currency": "GBP",
        "vat_percentage": 20.0,
    }
    company_id = api.post("/companies", json=body).json()["company_id"]
    started = start(api, "ideal", start_params(company_id, API_KEY, amount_cents=2505))
    page = api.get(started.headers["location"])
    assert page.status_code == 200
    assert "<dd id='amount'>GBP 25.05</dd>" in page.text


def test_a_repeated_redirect_url_is_refused_as_json(anonymous: httpx.Client) -> None:
    # Both copies usable and signed alike: still refused, since which one counts is ambiguous (P8).
    query = urlencode(start_params(COMPANY_ID, API_KEY)) + "&" + urlencode({"redirect_url": RETURN_URL})
    response = anonymous.get(f"/payments/ideal?{query}")
    assert (response.status_code, response.headers["x-mock-reason"]) == (
        422,
        "redirect_url: given more than once",
    )
    assert response.json() == {
        "company_id": COMPANY_ID,
        "payment_method": "ideal",
        "error_code": "unprocessable_entity",
        "error_details": "invalid_redirect_url",
    }


@pytest.mark.parametrize(
    ("name", "details"),
    [("company_id", "invalid_signature;invalid_partner"), ("signature", "invalid_signature")],
)
def test_a_start_link_refuses_a_repeated_company_or_signature(
    anonymous: httpx.Client, name: str, details: str
) -> None:
    params = start_params(COMPANY_ID, API_KEY)
    query = urlencode(params) + "&" + urlencode({name: params[name]})  # the same value twice
    assert refusal(anonymous.get(f"/payments/ideal?{query}"))["error_details"] == details
    assert feed(anonymous, COMPANY_ID, API_KEY).json() == []


@pytest.mark.parametrize("company_id", [None, "0" * 40], ids=["absent", "unknown"])
def test_a_start_refusal_is_exactly_these_parameters(anonymous: httpx.Client, company_id: str | None) -> None:
    given = {"company_id": company_id} if company_id else {}
    params = signed({**given, "redirect_url": RETURN_URL, "amount_cents": 2500}, API_KEY)
    assert refusal(start(anonymous, "bancontact", params)) == {
        "order": "42",  # the partner's own
        "company_id": company_id or "",
        "payment_method": "bancontact",
        "error_code": "unprocessable_entity",
        "error_details": "invalid_signature;invalid_partner",
    }


def test_the_checkout_link_is_on_the_host_the_caller_named(anonymous: httpx.Client) -> None:
    query = urlencode(start_params(COMPANY_ID, API_KEY))
    response = anonymous.get(f"/payments/ideal?{query}", headers={"Host": "CHECKOUT.BOX"})
    assert re.fullmatch(r"http://CHECKOUT\.BOX/_mock/checkout/[0-9a-f]{40}", response.headers["location"])
