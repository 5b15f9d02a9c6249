"""Every refusal names what was wrong in ``X-Mock-Reason``; the body keeps the vendor's shape."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import API_KEY, COMPANY_ID, invoice_body
from .payment_helpers import feed, status

NewInvoice = Callable[..., dict[str, Any]]
NewImport = Callable[..., dict[str, Any]]
JSON = {"Content-Type": "application/json"}


def reason_of(response: httpx.Response) -> str:
    assert 400 <= response.status_code < 500, response.text
    reason: str | None = response.headers.get("x-mock-reason")
    assert reason, f"{response.request.method} {response.request.url.path}: no X-Mock-Reason"
    return reason


def test_a_string_amount_names_the_line_and_field(api: httpx.Client, new_import: NewImport) -> None:
    body = invoice_body(new_import()["import_id"])
    body["invoice_lines"][0]["amount_cents"] = "100"
    response = api.post("/invoices", json=body)
    # The vendor's body, untouched: the words are in the header only.
    assert response.json() == {"error": "invalid_request"}
    assert reason_of(response) == "invoice_lines[0].amount_cents: expected an integer, got a string"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda b: b["invoice_lines"][1].update(colour="red"),
            "invoice_lines[1]: unknown field 'colour'; "
            "allowed: amount_cents, date, description, invoice_line_id",
        ),
        (lambda b: b["invoice_lines"][1].pop("amount_cents"), "invoice_lines[1].amount_cents: required"),
        (
            lambda b: b["invoice_lines"][0].update(amount_cents=2**31),
            "invoice_lines[0].amount_cents: out of range: must be from -2147483648 to 2147483647",
        ),
        (
            lambda b: b["invoice_lines"][1].update(date="yesterday"),
            "invoice_lines[1].date: "
            "expected an RFC 3339 date-time with an offset (2026-01-31T12:00:00+01:00)",
        ),
        (
            lambda b: b.update(invoice_lines=[]),
            "invoice_lines: expected a non-empty array of lines, got an array",
        ),
        (lambda b: b.update(invoice_lines=["x"]), "invoice_lines[0]: expected a line object, got a string"),
        (lambda b: b.pop("external_invoice_number"), "external_invoice_number: required"),
        (lambda b: b.update(reference=7), "reference: expected a string, got an integer"),
        (
            lambda b: b.update(locale="xx"),
            "locale: expected one of de, en, fr, it, nl (any letter case), got a string",
        ),
        (
            lambda b: b["customer"]["email"].update(email_address="nope"),
            "customer.email.email_address: not an e-mail address (expected something@domain.tld)",
        ),
        (
            lambda b: b["customer"]["name"].update(last_name=""),
            "customer.name.last_name: required, not empty",
        ),
        (lambda b: b["customer"].update(name=[]), "customer.name: expected an object, got an array"),
        (
            lambda b: b["customer"]["phone"] if b["customer"].update(shoe={}) else None,
            "customer: unknown field 'shoe'; allowed: address, email, name, phone",
        ),
        (
            lambda b: b.update(amount_total_cents=1),
            "amount_total_cents: 1 is not the sum of the invoice_lines amounts (9000)",
        ),
    ],
)
def test_field_rules_name_their_path(
    api: httpx.Client, new_import: NewImport, change: Callable[[dict[str, Any]], object], expected: str
) -> None:
    body = invoice_body(new_import()["import_id"])
    change(body)
    response = api.post("/invoices", json=body)
    assert response.status_code == 422
    assert set(response.json()) == {"error"}
    assert reason_of(response) == expected


NO_CONTACT = "give an e-mail address, a phone number, or an address with address1 and city"


@pytest.mark.parametrize(
    ("parts", "code", "expected"),
    [
        ({}, "invalid_customer_email", f"customer: no way to reach the customer: {NO_CONTACT}"),
        (
            {"phone": {"country_code": "NL"}},
            "invalid_customer_phone",
            f"customer.phone.phone_number: required: {NO_CONTACT}",
        ),
        (
            {"address": {"address1": "Dorpsstraat"}},
            "invalid_customer_address",
            f"customer.address: address1 and city are both needed: {NO_CONTACT}",
        ),
    ],
)
def test_a_customer_nobody_can_reach_is_told_how_to_be_reached(
    api: httpx.Client, new_import: NewImport, parts: dict[str, Any], code: str, expected: str
) -> None:
    customer = {"name": {"last_name": "Doe"}, **parts}
    response = api.post("/invoices", json=invoice_body(new_import()["import_id"], customer=customer))
    assert (response.json(), reason_of(response)) == ({"error": code}, expected)


def test_an_invoice_create_refused_for_its_import_or_line_ids_says_why(
    api: httpx.Client, new_import: NewImport
) -> None:
    unknown = api.post("/invoices", json=invoice_body("0" * 40))
    assert (unknown.status_code, unknown.json(), reason_of(unknown)) == (
        422,
        {"error": "invalid_import_id"},
        "import_id: no import with this id belongs to this partner",
    )
    lines = [{"invoice_line_id": "L-1", "amount_cents": 100}]
    taken = invoice_body(new_import()["import_id"], invoice_lines=lines, amount_total_cents=100)
    assert api.post("/invoices", json=taken).status_code == 200
    again = api.post("/invoices", json=taken)
    assert reason_of(again) == (
        "invoice_lines: an invoice_line_id of this body is already used by another line of this partner"
    )
    closed = new_import()["import_id"]
    assert api.put(f"/imports/{closed}/transmit").status_code == 200
    transmitted = api.post("/invoices", json=invoice_body(closed))
    assert reason_of(transmitted) == "import_id: the import is transmitted: no invoice can be added"


def test_a_long_line_reason_is_clipped_and_escaped(api: httpx.Client, new_import: NewImport) -> None:
    body = invoice_body(new_import()["import_id"])
    body["invoice_lines"][0]["\u00e9\r\n" + "x" * 500] = 1
    reason = reason_of(api.post("/invoices", json=body))
    assert reason.startswith("invoice_lines[0]: unknown field '\\xe9\\r\\nxxx")
    assert len(reason) <= 300 and reason.isascii() and "\n" not in reason


def test_values_are_never_quoted(api: httpx.Client, new_import: NewImport) -> None:
    canary = "canary-" + secrets.token_hex(8)
    body = invoice_body(new_import()["import_id"], reference=canary * 40)
    response = api.post("/invoices", json=body)
    assert reason_of(response) == "reference: longer than 255 characters (920)"
    assert canary not in response.headers["x-mock-reason"]


@pytest.mark.parametrize(
    ("headers", "params", "expected"),
    [
        ({}, {}, "no API key: send 'Authorization: ApiKey <key>'"),
        (
            {"Authorization": API_KEY},
            {},
            "the Authorization header must use the ApiKey scheme: 'Authorization: ApiKey <key>'",
        ),
        (
            {"Authorization": f"ApiKey {API_KEY}x"},
            {},
            "the API key in the Authorization header belongs to no partner",
        ),
        ({}, {"api_key": API_KEY + "x"}, "the api_key query parameter names no partner"),
    ],
    ids=["missing", "no-scheme", "unknown-header", "unknown-query"],
)
def test_auth_refusals_explain_without_the_key(
    anonymous: httpx.Client, headers: dict[str, str], params: dict[str, str], expected: str
) -> None:
    response = anonymous.get(f"/companies/{COMPANY_ID}", headers=headers, params=params)
    assert response.status_code == 401
    assert reason_of(response) == expected
    assert API_KEY not in response.headers["x-mock-reason"]


def test_request_plumbing_refusals(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    path = f"/invoices/{invoice_id}"
    too_large = api.put(path, content=b" " * (1024 * 1024 + 1), headers=JSON)
    assert (too_large.status_code, reason_of(too_large)) == (
        413,
        "the body is larger than 1048576 bytes (1 MiB)",
    )
    wrong_type = api.put(path, content=b"{}", headers={"Content-Type": "text/plain"})
    assert reason_of(wrong_type) == "Content-Type must be application/json, got 'text/plain'"
    no_type = api.put(path, content=b"{}", headers={"Content-Type": ""})
    assert reason_of(no_type) == "no Content-Type: send 'Content-Type: application/json'"
    truncated = api.put(path, content=b'{"a": ', headers=JSON)
    assert reason_of(truncated) == "the body is not valid JSON: Expecting value at line 1 column 7"
    array = api.put(path, content=b"[]", headers=JSON)
    assert reason_of(array) == "the body must be a JSON object, got an array"
    empty = api.put(path, content=b"", headers=JSON)
    assert reason_of(empty) == "the body is empty: a JSON object is expected"


def test_unknown_ids_and_wrong_states(
    api: httpx.Client, new_invoice: NewInvoice, new_import: NewImport
) -> None:
    unknown = "0" * 40
    # The fast path (show and create invoice) explains itself as well as the routed operations.
    shown = api.get(f"/invoices/{unknown}")
    assert reason_of(shown) == "invoice_id: no invoice with this id belongs to this partner"
    created = api.post("/invoices", json=invoice_body(unknown))
    assert reason_of(created) == "import_id: no import with this id belongs to this partner"
    assert (
        reason_of(api.get(f"/imports/{unknown}"))
        == "import_id: no import with this id belongs to this partner"
    )
    assert reason_of(api.get(f"/companies/{unknown}")).startswith("company_id: no company")
    made = new_import()
    assert api.put(f"/imports/{made['import_id']}/transmit").status_code == 200
    again = api.put(f"/imports/{made['import_id']}/transmit")
    assert reason_of(again) == "import_id: the import was transmitted before; it is transmitted only once"
    late = api.post("/invoices", json=invoice_body(made["import_id"]))
    assert reason_of(late) == "import_id: the import is transmitted: no invoice can be added"
    page = api.get(f"/companies/{COMPANY_ID}/imports", params={"page_size": 101})
    assert reason_of(page) == "page_size: out of range: must be from 1 to 100"


def test_routing_refusals(api: httpx.Client, root_url: str) -> None:
    wrong_method = api.request("PATCH", "/invoices/" + "0" * 40)
    said, _, allowed = reason_of(wrong_method).partition("; allowed: ")
    assert said == f"'PATCH' is not allowed on '/api/v2/invoices/{'0' * 40}'"
    assert set(allowed.split(", ")) == {"GET", "HEAD", "PUT", "DELETE"}
    assert reason_of(api.get("/nothing")) == "no route '/api/v2/nothing'"
    with httpx.Client(trust_env=False) as plain:
        no_prefix = plain.get(f"{root_url}/invoices")
    assert reason_of(no_prefix) == (
        "no route '/invoices'; the API lives under /api/v2 (base URL http://host:port/api/v2)"
    )


def test_injected_throttling_says_so(api: httpx.Client, control: httpx.Client) -> None:
    control.put("/faults", json={"fail_next": 1, "fail_next_status": 429})
    throttled = api.get(f"/companies/{COMPANY_ID}")
    assert reason_of(throttled) == "injected by the mock's fault settings (GET /_mock/faults)"


@pytest.mark.parametrize(
    ("sent", "reason"),
    [
        (-1, "out of range: must be from 0 to 2147483647"),
        (2**31, "out of range: must be from 0 to 2147483647"),
        ("1" + "0" * 10, "out of range: must be from 0 to 2147483647"),  # more digits than 2**31 has
        (True, "expected an integer, got a boolean"),
    ],
)
def test_a_bad_expected_count_says_why(api: httpx.Client, sent: Any, reason: str) -> None:
    response = api.post("/imports", json={"company_id": COMPANY_ID, "expected_invoices_count": sent})
    assert (response.json(), reason_of(response)) == (
        {"error": "invalid_request"},
        f"expected_invoices_count: {reason}",
    )


def test_an_import_for_an_unknown_company_names_the_company_id(api: httpx.Client) -> None:
    response = api.post("/imports", json={"company_id": "0" * 40})
    assert (response.status_code, response.json(), reason_of(response)) == (
        422,
        {"error": "invalid_company_id"},
        "company_id: no company with this id belongs to this partner",
    )


def test_other_bodies_name_their_fields(api: httpx.Client, new_invoice: NewInvoice) -> None:
    company = {"name": "Club", "brand": "knltb", "email": "a@b.nl", "locale": "nl", "country_code": "NL"}
    missing_currency = api.post("/companies", json=company)
    assert reason_of(missing_currency) == "currency: required"
    vat = api.post("/companies", json={**company, "currency": "EUR", "vat_percentage": 101})
    assert reason_of(vat) == "vat_percentage: out of range: must be from 0 to 100"
    count = api.post("/imports", json={"company_id": COMPANY_ID, "expected_invoices_count": "3x"})
    assert reason_of(count) == "expected_invoices_count: expected an integer or a string of decimal digits"
    invoice_id = new_invoice()["invoice_id"]
    ticket = api.post(f"/invoices/{invoice_id}/tickets", json={"message": ""})
    assert (ticket.json(), reason_of(ticket)) == ({"error": "invalid_message"}, "message: must not be empty")
    credit = api.post(f"/invoices/{invoice_id}/credit_and_retract", json={"external_invoice_number": "1"})
    assert reason_of(credit) == "description: required"


def test_payment_refusals_explain_themselves(anonymous: httpx.Client, root_url: str) -> None:
    unknown = status(anonymous, "0" * 40, API_KEY, "p" * 12)
    assert unknown.json()["error_code"] == "invalid_params"
    assert reason_of(unknown) == "company_id: no company with this id (given once) has a partner"
    wrong_key = status(anonymous, COMPANY_ID, "not-the-key", "p" * 12)
    assert reason_of(wrong_key).startswith("signature: ")
    no_payment = status(anonymous, COMPANY_ID, API_KEY, "p" * 12)
    assert reason_of(no_payment) == "payment_id: no payment with this id in this company"
    page = feed(anonymous, COMPANY_ID, API_KEY, page=0)
    assert reason_of(page).startswith("page: ")
    bad_redirect = anonymous.get("/payments/ideal", params={"company_id": COMPANY_ID})
    assert reason_of(bad_redirect) == "redirect_url: required, an absolute http(s) URL with a host"
    with httpx.Client(trust_env=False) as plain:
        checkout_page = plain.get(f"{root_url}/_mock/checkout/{'0' * 40}")
    assert (checkout_page.status_code, reason_of(checkout_page)) == (
        404,
        "token: no checkout with this token",
    )
