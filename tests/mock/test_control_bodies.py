"""The control API's bodies at their edges: long texts, given descriptions, empty credentials."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from clubcollect_mock.config import MAX_LONG_TEXT

pytestmark = pytest.mark.mock_control
NewInvoice = Callable[..., dict[str, Any]]


def refusal(response: httpx.Response) -> tuple[int, str, str | None, str]:
    answer = response.json()
    return response.status_code, answer["error"], answer.get("field"), answer.get("reason", "")


@pytest.mark.parametrize("description", ["Gift from the team", "d" * MAX_LONG_TEXT])
def test_a_donation_keeps_its_description(
    control: httpx.Client, new_invoice: NewInvoice, description: str
) -> None:
    invoice_id = new_invoice(amounts=(1000,))["invoice_id"]
    body = {"amount_cents": 500, "description": description}
    response = control.post(f"/invoices/{invoice_id}/donations", json=body)
    assert response.status_code == 200, response.text
    line = response.json()["invoice_lines"][-1]
    assert (line["subtype"], line["amount_cents"], line["description"]) == ("DONATION", 500, description)


def test_a_message_may_be_long(control: httpx.Client, api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    text = "m" * MAX_LONG_TEXT
    response = control.post(f"/invoices/{invoice_id}/messages", json={"type": "EMAIL", "description": text})
    assert response.status_code == 200, response.text
    (message,) = api.get(f"/invoices/{invoice_id}").json()["messages"]
    assert (message["type"], message["description"]) == ("EMAIL", text)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("donations", {"amount_cents": 500, "description": "d" * (MAX_LONG_TEXT + 1)}),
        ("messages", {"type": "SMS", "description": "m" * (MAX_LONG_TEXT + 1)}),
    ],
)
def test_a_text_past_the_long_limit_is_refused_without_change(
    control: httpx.Client, api: httpx.Client, new_invoice: NewInvoice, path: str, body: dict[str, Any]
) -> None:
    invoice = new_invoice()
    response = control.post(f"/invoices/{invoice['invoice_id']}/{path}", json=body)
    assert refusal(response) == (
        422,
        "invalid_request",
        "description",
        f"longer than {MAX_LONG_TEXT} characters ({MAX_LONG_TEXT + 1})",
    )
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == invoice


@pytest.mark.parametrize("field", ["api_key", "company_id", "sso_salt", "sso_key"])
def test_a_new_partners_credentials_may_not_be_empty(control: httpx.Client, field: str) -> None:
    response = control.post("/partners", json={field: ""})
    assert refusal(response) == (422, "invalid_request", field, "must not be empty")
