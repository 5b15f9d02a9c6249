"""The reasons the shared field readers give (X-Mock-Reason), at the edges where two could apply."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from clubcollect_mock.config import INT32_MAX
from clubcollect_mock.errors import ApiError
from clubcollect_mock.schemas.fields import opt_int

from .conftest import COMPANY_ID, invoice_body

pytestmark = pytest.mark.mock_control
NewImport = Callable[..., dict[str, Any]]
NewInvoice = Callable[..., dict[str, Any]]
COMPANY = {
    "name": "HC Example",
    "brand": "knltb",
    "email": "board@example.com",
    "locale": "en",
    "country_code": "GB",
    "currency": "GBP",
}


def test_an_address_that_is_no_e_mail_says_so(api: httpx.Client) -> None:
    response = api.put(f"/companies/{COMPANY_ID}", json={**COMPANY, "email": "board.example.com"})
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})
    assert response.headers["x-mock-reason"] == "email: not an e-mail address (expected something@domain.tld)"


def test_a_lone_surrogate_at_the_length_limit_is_named_as_such(
    api: httpx.Client, new_import: NewImport
) -> None:
    body = invoice_body(new_import()["import_id"], reference="x" * 254 + "\ud800")  # 255 characters
    # json.dumps writes the surrogate as a \ud800 escape, as a JSON text can carry it.
    response = api.post("/invoices", content=json.dumps(body), headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.headers["x-mock-reason"] == "reference: not Unicode text (a lone surrogate escape)"


def test_text_beyond_ascii_is_text(api: httpx.Client, new_import: NewImport) -> None:
    body = invoice_body(new_import()["import_id"], reference="Zoë, 日本")
    response = api.post("/invoices", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["reference"] == "Zoë, 日本"


def control_refusal(response: httpx.Response) -> tuple[int, str, str | None, str]:
    """The control API is ours: its refusals carry the field and the reason in the body."""
    answer = response.json()
    return response.status_code, answer["error"], answer.get("field"), answer.get("reason", "")


@pytest.mark.parametrize("amount", [0, INT32_MAX + 1])
def test_an_amount_out_of_range_names_both_bounds(
    control: httpx.Client, new_invoice: NewInvoice, amount: int
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    response = control.post(f"/invoices/{invoice_id}/donations", json={"amount_cents": amount})
    assert control_refusal(response) == (
        422,
        "invalid_request",
        "amount_cents",
        f"out of range: must be from 1 to {INT32_MAX}",
    )


def test_an_amount_at_the_upper_bound_is_taken(control: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice(amounts=(1000,))["invoice_id"]
    response = control.post(f"/invoices/{invoice_id}/donations", json={"amount_cents": INT32_MAX})
    assert response.status_code == 200, response.text
    assert response.json()["invoice_lines"][-1]["amount_cents"] == INT32_MAX


def test_a_missing_required_integer_is_named(control: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    response = control.post(f"/invoices/{invoice_id}/donations", json={"description": "Gift"})
    assert control_refusal(response) == (422, "invalid_request", "amount_cents", "required")


def test_the_integer_reader_refuses_with_the_generic_code_unless_told_otherwise() -> None:
    # Every reader of this module defaults to invalid_request, the code of a field without one of its own.
    with pytest.raises(ApiError) as refusal:
        opt_int({"count": "3"}, "count")
    assert (refusal.value.code, refusal.value.field) == ("invalid_request", "count")
