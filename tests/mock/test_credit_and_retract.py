"""credit_and_retract (FACTS 4)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

NewInvoice = Callable[..., dict[str, Any]]
CREDIT = {"external_invoice_number": "CN-1", "description": "Paid cash", "retraction_reason": "Cash"}


def test_credit_appends_one_line_and_zeroes_the_total(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice = new_invoice(amounts=(10000, -1000))
    response = api.post(
        f"/invoices/{invoice['invoice_id']}/credit_and_retract",
        json={**CREDIT, "show_retraction_reason_to_customer": True},
    )
    assert response.status_code == 200
    credited = response.json()
    assert credited["amount_total_cents"] == 0
    assert credited["invoice_lines"][:2] == invoice["invoice_lines"]
    assert len(credited["invoice_lines"]) == 3
    line = credited["invoice_lines"][2]
    assert (line["type"], line["amount_cents"], line["description"]) == ("CREDIT-LINE", -9000, "Paid cash")
    assert credited["retracted_at"] is not None
    assert credited["retraction_reason"] == "Cash"
    assert credited["show_retraction_reason_to_customer"] is True
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == credited
    lines = api.get(f"/invoices/{invoice['invoice_id']}/lines").json()
    assert sum(item["amount_cents"] for item in lines["invoice_lines"]) == lines["amount_total_cents"] == 0


def test_second_credit_is_refused(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    assert api.post(f"/invoices/{invoice_id}/credit_and_retract", json=CREDIT).status_code == 200
    before = api.get(f"/invoices/{invoice_id}").json()
    again = api.post(f"/invoices/{invoice_id}/credit_and_retract", json=CREDIT)
    assert (again.status_code, again.json()) == (422, {"error": "already_retracted"})
    assert api.get(f"/invoices/{invoice_id}").json() == before


def test_credit_works_after_transmission(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice = new_invoice()
    api.put(f"/imports/{invoice['import_id']}/transmit")
    response = api.post(f"/invoices/{invoice['invoice_id']}/credit_and_retract", json=CREDIT)
    assert (response.status_code, response.json()["amount_total_cents"]) == (200, 0)


def test_credit_defaults(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    body = {"external_invoice_number": "CN-2", "description": "Duplicate"}
    credited = api.post(f"/invoices/{invoice_id}/credit_and_retract", json=body).json()
    assert credited["retraction_reason"] is None
    assert credited["show_retraction_reason_to_customer"] is False


def test_payment_in_progress_blocks_credit(
    api: httpx.Client, control: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    control.post(f"/invoices/{invoice_id}/payment-in-progress", json={"in_progress": True}).raise_for_status()
    response = api.post(f"/invoices/{invoice_id}/credit_and_retract", json=CREDIT)
    assert (response.status_code, response.json()) == (422, {"error": "payment_in_progress"})
    assert api.get(f"/invoices/{invoice_id}").json()["retracted_at"] is None
    control.post(
        f"/invoices/{invoice_id}/payment-in-progress", json={"in_progress": False}
    ).raise_for_status()
    assert api.post(f"/invoices/{invoice_id}/credit_and_retract", json=CREDIT).status_code == 200


def test_credit_covers_fees_and_payments(
    api: httpx.Client, control: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice_id = new_invoice(amounts=(5000,))["invoice_id"]
    control.post(f"/invoices/{invoice_id}/fees", json={"kind": "late_payment", "amount_cents": 500})
    control.post(f"/invoices/{invoice_id}/payments", json={"amount_cents": 2000, "payment_method": "ideal"})
    credited = api.post(f"/invoices/{invoice_id}/credit_and_retract", json=CREDIT).json()
    assert credited["invoice_lines"][-1]["amount_cents"] == -3500
    assert credited["amount_total_cents"] == 0


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"description": "x"}, "invalid_external_invoice_number"),
        ({**CREDIT, "external_invoice_number": ""}, "invalid_external_invoice_number"),
        ({"external_invoice_number": "CN"}, "invalid_description"),
        ({**CREDIT, "description": ""}, "invalid_description"),
        ({**CREDIT, "description": 3}, "invalid_description"),
        ({**CREDIT, "show_retraction_reason_to_customer": "yes"}, "invalid_request"),
        ({**CREDIT, "show_retraction_reason_to_customer": 1}, "invalid_request"),
        ({**CREDIT, "amount_cents": 5}, "invalid_request"),
    ],
)
def test_credit_validation(
    api: httpx.Client, new_invoice: NewInvoice, body: dict[str, Any], code: str
) -> None:
    invoice = new_invoice()
    response = api.post(f"/invoices/{invoice['invoice_id']}/credit_and_retract", json=body)
    assert (response.status_code, response.json()) == (422, {"error": code})
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == invoice


def test_credit_unknown_invoice(api: httpx.Client) -> None:
    response = api.post("/invoices/" + "0" * 40 + "/credit_and_retract", json=CREDIT)
    assert (response.status_code, response.json()) == (404, {"error": "invalid_invoice_id"})


def test_credit_texts_take_up_to_5000_characters(api: httpx.Client, new_invoice: NewInvoice) -> None:
    # The description and retraction reason are long texts (5000), not short strings (255).
    invoice_id = new_invoice()["invoice_id"]
    long_texts = {"description": "d" * 5000, "retraction_reason": "r" * 5000}
    response = api.post(f"/invoices/{invoice_id}/credit_and_retract", json={**CREDIT, **long_texts})
    assert response.status_code == 200, response.text
    stored = api.get(f"/invoices/{invoice_id}").json()
    assert stored["invoice_lines"][-1]["description"] == long_texts["description"]
    assert stored["retraction_reason"] == long_texts["retraction_reason"]
