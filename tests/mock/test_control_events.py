"""Simulated vendor-side events through /_mock/ and the lines they produce."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import API_KEY, COMPANY_ID

pytestmark = pytest.mark.mock_control
NewInvoice = Callable[..., dict[str, Any]]
METHODS = [
    "ideal",
    "sdd",
    "bank_transfer",
    "credit_card",
    "bancontact",
    "bacs",
    "sofort",
    "paypal",
    "external",
]


def _assert_consistent(invoice: dict[str, Any]) -> None:
    assert invoice["amount_total_cents"] == sum(line["amount_cents"] for line in invoice["invoice_lines"])


@pytest.mark.parametrize("method", METHODS)
def test_payment_line_per_method(control: httpx.Client, new_invoice: NewInvoice, method: str) -> None:
    invoice_id = new_invoice(amounts=(10000,))["invoice_id"]
    response = control.post(
        f"/invoices/{invoice_id}/payments", json={"amount_cents": 2500, "payment_method": method}
    )
    assert response.status_code == 200
    invoice = response.json()
    line = invoice["invoice_lines"][-1]
    assert line["type"] == "PAYMENT"
    assert line["subtype"] is None
    assert line["amount_cents"] == -2500
    assert line["payment_method"] == method
    assert line["description"] is None
    assert invoice["amount_total_cents"] == 7500
    _assert_consistent(invoice)


@pytest.mark.parametrize(
    ("target", "line_type", "subtype"),
    [
        ("invoice", "PAYMENT", None),
        ("donation", "PAYMENT", "donation"),
        ("installment_fee", "PAYMENT-INSTALLMENT-FEE", None),
        ("chargeback_fee", "PAYMENT-CHARGEBACK-FEE", None),
        ("late_payment_fee", "PAYMENT-LATE-PAYMENT-FEE", None),
    ],
)
def test_payment_targets(
    control: httpx.Client, new_invoice: NewInvoice, target: str, line_type: str, subtype: str | None
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    body = {"amount_cents": 100, "payment_method": "sdd", "target": target}
    line = control.post(f"/invoices/{invoice_id}/payments", json=body).json()["invoice_lines"][-1]
    assert (line["type"], line["subtype"], line["amount_cents"]) == (line_type, subtype, -100)


@pytest.mark.parametrize(
    ("target", "line_type", "subtype"),
    [
        ("invoice", "CHARGEBACK", None),
        ("donation", "CHARGEBACK", "DONATION"),
        ("installment_fee", "CHARGEBACK-INSTALLMENT-FEE", None),
        ("chargeback_fee", "CHARGEBACK-CHARGEBACK-FEE", None),
        ("late_payment_fee", "CHARGEBACK-LATE-PAYMENT-FEE", None),
    ],
)
def test_chargeback_targets(
    control: httpx.Client, new_invoice: NewInvoice, target: str, line_type: str, subtype: str | None
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    invoice = control.post(
        f"/invoices/{invoice_id}/chargebacks", json={"amount_cents": 300, "target": target}
    ).json()
    line = invoice["invoice_lines"][-1]
    assert (line["type"], line["subtype"], line["amount_cents"]) == (line_type, subtype, 300)
    assert "payment_method" not in line
    _assert_consistent(invoice)


@pytest.mark.parametrize(
    ("kind", "line_type"),
    [
        ("late_payment", "LATE-PAYMENT-FEE"),
        ("installment", "INSTALLMENT-FEE"),
        ("chargeback", "CHARGEBACK-FEE"),
    ],
)
def test_fees(control: httpx.Client, new_invoice: NewInvoice, kind: str, line_type: str) -> None:
    invoice_id = new_invoice(amounts=(1000,))["invoice_id"]
    invoice = control.post(f"/invoices/{invoice_id}/fees", json={"kind": kind, "amount_cents": 250}).json()
    line = invoice["invoice_lines"][-1]
    assert (line["type"], line["amount_cents"], line["description"]) == (line_type, 250, None)
    assert invoice["amount_total_cents"] == 1250


def test_donation_is_a_regular_line(control: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice(amounts=(1000,))["invoice_id"]
    invoice = control.post(f"/invoices/{invoice_id}/donations", json={"amount_cents": 500}).json()
    line = invoice["invoice_lines"][-1]
    assert (line["type"], line["subtype"], line["amount_cents"]) == ("INVOICE-LINE", "DONATION", 500)
    assert line["description"] == "Donation"
    assert invoice["amount_total_cents"] == 1500


def test_messages(control: httpx.Client, api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    for kind in ("EMAIL", "SMS", "LETTER"):
        control.post(
            f"/invoices/{invoice_id}/messages", json={"type": kind, "description": f"{kind} reminder"}
        )
    messages = api.get(f"/invoices/{invoice_id}").json()["messages"]
    assert [m["type"] for m in messages] == ["EMAIL", "SMS", "LETTER"]
    assert set(messages[0]) == {"message_id", "type", "description", "date"}


def test_events_show_through_the_api(
    control: httpx.Client, api: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice = new_invoice(amounts=(1000,))
    control.post(
        f"/invoices/{invoice['invoice_id']}/payments", json={"amount_cents": 1000, "payment_method": "ideal"}
    )
    shown = api.get(f"/invoices/{invoice['invoice_id']}").json()
    assert shown["amount_total_cents"] == 0
    lines = api.get(f"/invoices/{invoice['invoice_id']}/lines").json()
    assert lines["invoice_lines"] == shown["invoice_lines"]
    imported = api.get(f"/imports/{invoice['import_id']}").json()
    assert imported["settled_amount_cents"] == 1000


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("payments", {"amount_cents": 100, "payment_method": "cash"}, "payment_method"),
        ("payments", {"amount_cents": 0, "payment_method": "ideal"}, "amount_cents"),
        ("payments", {"amount_cents": True, "payment_method": "ideal"}, "amount_cents"),
        ("payments", {"amount_cents": 100, "payment_method": "ideal", "target": "other"}, "target"),
        ("chargebacks", {"amount_cents": -5}, "amount_cents"),
        ("fees", {"kind": "penalty", "amount_cents": 5}, "kind"),
        ("donations", {"amount_cents": "5"}, "amount_cents"),
        ("messages", {"type": "FAX", "description": "x"}, "type"),
        ("payment-in-progress", {"in_progress": 1}, "in_progress"),
    ],
)
def test_control_validation(
    control: httpx.Client,
    api: httpx.Client,
    new_invoice: NewInvoice,
    path: str,
    body: dict[str, Any],
    field: str,
) -> None:
    """The control API is ours: its refusals name the field in the body too."""
    invoice = new_invoice()
    response = control.post(f"/invoices/{invoice['invoice_id']}/{path}", json=body)
    answer = response.json()
    assert (response.status_code, answer["error"], answer["field"]) == (422, "invalid_request", field)
    assert answer["reason"] and response.headers["x-mock-reason"].startswith(f"{field}: ")
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == invoice


def test_control_unknown_invoice(control: httpx.Client) -> None:
    response = control.post(
        "/invoices/" + "0" * 40 + "/fees", json={"kind": "installment", "amount_cents": 1}
    )
    assert (response.status_code, response.json()["error"]) == (404, "invalid_invoice_id")
    assert response.json()["field"] == "invoice_id"


def test_reset_returns_to_the_seeded_state(
    control: httpx.Client, api: httpx.Client, new_invoice: NewInvoice, root_url: str
) -> None:
    invoice = new_invoice()
    made = control.post("/partners", json={}).json()
    assert control.post("/reset").json() == {"status": "reset"}
    assert api.get(f"/invoices/{invoice['invoice_id']}").status_code == 404
    assert api.get(f"/companies/{COMPANY_ID}").status_code == 200
    with httpx.Client(trust_env=False) as plain:
        gone = plain.get(
            f"{root_url}/api/v2/companies/{made['company_id']}",
            headers={"Authorization": f"ApiKey {made['api_key']}"},
        )
    assert gone.status_code == 401


def test_partner_with_empty_body_gets_random_credentials(control: httpx.Client, root_url: str) -> None:
    made = control.post("/partners").json()
    assert len(made["api_key"]) == len(made["company_id"]) == 40
    with httpx.Client(trust_env=False, headers={"Authorization": f"ApiKey {made['api_key']}"}) as plain:
        assert plain.get(f"{root_url}/api/v2/companies/{made['company_id']}").status_code == 200


def test_control_reports_unknown_invoice_before_bad_body(control: httpx.Client) -> None:
    for path in ("customer-tickets", "payment-in-progress", "payments"):
        response = control.post("/invoices/" + "0" * 40 + f"/{path}", json={"bogus": 1})
        assert (response.status_code, response.json()["error"]) == (404, "invalid_invoice_id"), path
        assert response.json()["field"] == "invoice_id", path
    malformed = control.post("/invoices/" + "0" * 40 + "/payments", content=b"{")
    assert (malformed.status_code, malformed.json()["error"]) == (400, "invalid_json")


def test_partner_creation(control: httpx.Client, root_url: str) -> None:
    company_id = "ab" * 20
    made = control.post("/partners", json={"api_key": "my-test-key", "company_id": company_id})
    assert made.json() == {"api_key": "my-test-key", "company_id": company_id}
    with httpx.Client(trust_env=False, headers={"Authorization": "ApiKey my-test-key"}) as plain:
        assert plain.get(f"{root_url}/api/v2/companies/{company_id}").status_code == 200
    assert control.post("/partners", json={"api_key": "my-test-key"}).status_code == 409
    assert control.post("/partners", json={"company_id": COMPANY_ID}).status_code == 409
    assert control.post("/partners", json={"api_key": API_KEY}).status_code == 409
    bad = control.post("/partners", json={"company_id": "not-hex"})
    assert (bad.status_code, bad.json()["error"], bad.json()["field"]) == (
        422,
        "invalid_request",
        "company_id",
    )


def test_control_needs_no_key_but_api_does(control: httpx.Client, root_url: str) -> None:
    with httpx.Client(trust_env=False) as plain:
        assert plain.get(f"{root_url}/_mock/health").status_code == 200
        assert plain.get(f"{root_url}/api/v2/companies/{COMPANY_ID}").status_code == 401
