"""The exact words of refusals tests/mock/test_refusal_reasons.py does not reach: a key with a
space, a transmitted import's delete, a company's ticket list, a company's VAT and locale, the
control API's payment-in-progress flag, a retraction's flag and a customer part's unknown field.
Each reason is the X-Mock-Reason header a partner reads; the body keeps the vendor's shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import COMPANY_ID, client, invoice_body
from .test_companies import company
from .test_refusal_reasons import reason_of

NewInvoice = Callable[..., dict[str, Any]]
NewImport = Callable[..., dict[str, Any]]


def test_a_key_with_spaces_is_an_unknown_key_of_the_right_scheme(
    root_url: str, control: httpx.Client
) -> None:
    with client(root_url + "/api/v2", Authorization="ApiKey not a key") as spaced:
        response = spaced.get(f"/invoices/{'0' * 40}")
    assert (response.status_code, response.json()) == (401, {"error": "unauthorized"})
    assert reason_of(response) == "the API key in the Authorization header belongs to no partner"


def test_deleting_a_transmitted_import_says_why(api: httpx.Client, new_import: NewImport) -> None:
    import_id = new_import()["import_id"]
    api.put(f"/imports/{import_id}/transmit").raise_for_status()
    response = api.delete(f"/imports/{import_id}")
    assert reason_of(response) == "import_id: a transmitted import cannot be deleted"


def test_a_company_ticket_list_names_the_unknown_company_or_the_statuses(api: httpx.Client) -> None:
    unknown = api.get(f"/companies/{'0' * 40}/tickets/answered")
    assert reason_of(unknown) == "company_id: no company with this id belongs to this partner"
    bad_status = api.get(f"/companies/{COMPANY_ID}/tickets/open")
    assert reason_of(bad_status) == "status: expected one of answered, archived, unanswered"


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"vat_percentage": "21"}, "vat_percentage: expected a number, got a string"),
        ({"locale": None}, "locale: required"),
    ],
)
def test_a_companys_vat_and_locale_refusals(api: httpx.Client, changes: dict[str, Any], reason: str) -> None:
    response = api.post("/companies", json=company(**changes))
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})
    assert reason_of(response) == reason


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({}, "in_progress: required"),
        ({"in_progress": None}, "in_progress: required"),
        ({"in_progress": 1}, "in_progress: expected a boolean, got an integer"),
    ],
)
def test_the_payment_in_progress_flag_must_be_a_boolean(
    control: httpx.Client, new_invoice: NewInvoice, body: dict[str, Any], reason: str
) -> None:
    response = control.post(f"/invoices/{new_invoice()['invoice_id']}/payment-in-progress", json=body)
    assert (response.status_code, response.json()["error"]) == (422, "invalid_request")
    assert reason_of(response) == reason


def test_a_retractions_show_flag_must_be_a_boolean(api: httpx.Client, new_invoice: NewInvoice) -> None:
    body = {
        "external_invoice_number": "CN-1",
        "description": "Paid cash",
        "show_retraction_reason_to_customer": 1,
    }
    response = api.post(f"/invoices/{new_invoice()['invoice_id']}/credit_and_retract", json=body)
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})
    assert reason_of(response) == "show_retraction_reason_to_customer: expected a boolean, got an integer"


def test_an_unknown_field_in_a_customer_part_is_named_within_that_part(
    api: httpx.Client, new_import: NewImport
) -> None:
    body = invoice_body(new_import()["import_id"])
    body["customer"]["name"]["nickname"] = "Bo"
    response = api.post("/invoices", json=body)
    assert response.status_code == 422
    assert reason_of(response).startswith("customer.name: unknown field 'nickname'; allowed: ")


def test_a_ticket_message_may_be_as_long_as_a_long_text(api: httpx.Client, new_invoice: NewInvoice) -> None:
    # Longer than a plain string field allows (255), within the 5000 of a long text.
    response = api.post(f"/invoices/{new_invoice()['invoice_id']}/tickets", json={"message": "m" * 5000})
    assert response.status_code == 200
    assert response.json()["message"] == "m" * 5000


def test_updating_an_unknown_company_names_the_id(api: httpx.Client) -> None:
    response = api.put(f"/companies/{'0' * 40}", json=company())
    assert (response.status_code, response.json()) == (404, {"error": "not_found"})
    assert reason_of(response) == "company_id: no company with this id belongs to this partner"


def test_a_body_nested_past_the_readers_depth_says_so(api: httpx.Client) -> None:
    response = api.post("/invoices", content=b"[" * 100_000, headers={"Content-Type": "application/json"})
    assert (response.status_code, response.json()) == (400, {"error": "invalid_json"})
    assert reason_of(response) == "the body is nested too deeply to read"


def test_changing_a_transmitted_imports_count_says_why(api: httpx.Client, new_import: NewImport) -> None:
    import_id = new_import()["import_id"]
    api.put(f"/imports/{import_id}/transmit").raise_for_status()
    response = api.put(f"/imports/{import_id}", json={"expected_invoices_count": 1})
    assert reason_of(response) == "import_id: a transmitted import's expected_invoices_count cannot change"


def test_a_nan_in_the_body_is_named_as_a_refused_number(api: httpx.Client) -> None:
    response = api.post(
        "/invoices", content=b'{"amount_total_cents": NaN}', headers={"Content-Type": "application/json"}
    )
    assert (response.status_code, response.json()) == (400, {"error": "invalid_json"})
    assert reason_of(response) == (
        "the body is not valid JSON: NaN, Infinity and numbers too large for a float are refused"
    )


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ({"page_number": "two"}, "page_number: expected a whole number written in decimal digits"),
        ({"page_size": "ten"}, "page_size: expected a whole number written in decimal digits"),
        ({"page_number": "2147483648"}, "page_number: out of range: must be from 1 to 2147483647"),
    ],
)
def test_paging_refusals_name_the_parameter(api: httpx.Client, params: dict[str, str], reason: str) -> None:
    response = api.get(f"/companies/{COMPANY_ID}/tickets/answered", params=params)
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})
    assert reason_of(response) == reason


def test_the_last_page_number_a_32_bit_integer_holds_is_accepted(api: httpx.Client) -> None:
    response = api.get(f"/companies/{COMPANY_ID}/tickets/answered", params={"page_number": "2147483647"})
    assert response.status_code == 200
    assert (response.json()["tickets"], response.json()["page"]["page_number"]) == ([], 2147483647)


def test_a_second_credit_and_retract_and_one_during_a_payment_say_why(
    api: httpx.Client, control: httpx.Client, new_invoice: NewInvoice
) -> None:
    credit = {"external_invoice_number": "CN-1", "description": "Paid cash"}
    retracted = new_invoice()["invoice_id"]
    first = api.post(f"/invoices/{retracted}/credit_and_retract", json=credit)
    # The credit line is dated when the invoice was retracted.
    assert first.json()["invoice_lines"][-1]["date"] == first.json()["retracted_at"]
    again = api.post(f"/invoices/{retracted}/credit_and_retract", json=credit)
    assert (again.status_code, again.json()) == (422, {"error": "already_retracted"})
    assert reason_of(again) == "invoice_id: the invoice was already credited and retracted"
    paying = new_invoice()["invoice_id"]
    control.post(f"/invoices/{paying}/payment-in-progress", json={"in_progress": True}).raise_for_status()
    during = api.post(f"/invoices/{paying}/credit_and_retract", json=credit)
    assert (during.status_code, during.json()) == (422, {"error": "payment_in_progress"})
    assert reason_of(during) == "invoice_id: a payment of this invoice is in progress: wait for its outcome"


def test_deleting_an_invoice_of_a_transmitted_import_says_what_to_do_instead(
    api: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice = new_invoice()
    api.put(f"/imports/{invoice['import_id']}/transmit").raise_for_status()
    response = api.delete(f"/invoices/{invoice['invoice_id']}")
    assert (response.status_code, response.json()) == (422, {"error": "invoice_already_transmitted"})
    assert reason_of(response) == (
        "invoice_id: the invoice's import is transmitted: "
        "the invoice cannot be deleted (credit_and_retract it)"
    )


@pytest.mark.parametrize("size", ["1", "100"])
def test_page_sizes_from_one_to_a_hundred_are_accepted(api: httpx.Client, size: str) -> None:
    response = api.get(f"/companies/{COMPANY_ID}/tickets/answered", params={"page_size": size})
    assert (response.status_code, response.json()["page"]["page_size"]) == (200, int(size))


@pytest.mark.parametrize("size", ["0", "101"])
def test_a_page_size_outside_one_to_a_hundred_names_the_range(api: httpx.Client, size: str) -> None:
    response = api.get(f"/companies/{COMPANY_ID}/tickets/answered", params={"page_size": size})
    assert reason_of(response) == "page_size: out of range: must be from 1 to 100"


def test_a_company_import_list_names_the_unknown_company(api: httpx.Client) -> None:
    response = api.get(f"/companies/{'0' * 40}/imports")
    assert (response.status_code, response.json()) == (404, {"error": "not_found"})
    assert reason_of(response) == "company_id: no company with this id belongs to this partner"


def test_a_control_payment_of_one_cent_is_accepted_and_an_unknown_target_named(
    api: httpx.Client, control: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    one_cent = control.post(
        f"/invoices/{invoice_id}/payments", json={"amount_cents": 1, "payment_method": "ideal"}
    )
    assert one_cent.status_code == 200
    assert api.get(f"/invoices/{invoice_id}").json()["invoice_lines"][-1]["amount_cents"] == -1
    other = control.post(
        f"/invoices/{invoice_id}/payments",
        json={"amount_cents": 1, "payment_method": "ideal", "target": "other"},
    )
    assert reason_of(other) == (
        "target: expected one of chargeback_fee, donation, installment_fee, invoice, late_payment_fee, "
        "got a string"
    )


def test_an_unknown_invoice_is_named_as_no_invoice_of_this_partner(api: httpx.Client) -> None:
    response = api.get(f"/invoices/{'0' * 40}/tickets")
    assert (response.status_code, response.json()) == (404, {"error": "invalid_invoice_id"})
    assert reason_of(response) == "invoice_id: no invoice with this id belongs to this partner"
