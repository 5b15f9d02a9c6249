"""Vendor-side events (payments, chargebacks, fees, donations, messages) keep invoices consistent.

The events are simulated through the mock's control API; every answer is also checked against
the spec, so each line type, subtype and payment method the server shows must be documented.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_tests.api import Api
from contract_tests.world import new_invoice

PAYMENT_METHODS = [
    "ideal", "sdd", "bank_transfer", "credit_card", "bancontact", "bacs", "sofort", "paypal", "external"
]  # fmt: skip
TARGETS = ["invoice", "donation", "installment_fee", "chargeback_fee", "late_payment_fee"]
AMOUNT = st.integers(min_value=1, max_value=50_000)
PAYMENT_LINE = "payment_method"
DESCRIBED_TYPES = {"INVOICE-LINE", "CREDIT-LINE"}

events = st.one_of(
    st.builds(
        lambda a, m, t: ("payments", {"amount_cents": a, "payment_method": m, "target": t}),
        AMOUNT,
        st.sampled_from(PAYMENT_METHODS),
        st.sampled_from(TARGETS),
    ),
    st.builds(
        lambda a, t: ("chargebacks", {"amount_cents": a, "target": t}), AMOUNT, st.sampled_from(TARGETS)
    ),
    st.builds(
        lambda a, k: ("fees", {"amount_cents": a, "kind": k}),
        AMOUNT,
        st.sampled_from(["late_payment", "installment", "chargeback"]),
    ),
    st.builds(lambda a: ("donations", {"amount_cents": a}), AMOUNT),
    st.builds(
        lambda t: ("messages", {"type": t, "description": "Reminder"}),
        st.sampled_from(["EMAIL", "SMS", "LETTER"]),
    ),
)


def _check_lines(api: Api, invoice_id: str) -> dict[str, Any]:
    shown = api.call("GET", f"/invoices/{invoice_id}")
    invoice: dict[str, Any] = api.ok_json(shown, "vendor-events")
    lines = invoice.get("invoice_lines") or []
    api.expect(
        invoice.get("amount_total_cents") == sum(line.get("amount_cents", 0) for line in lines),
        shown,
        "vendor-events",
        "amount_total_cents must equal the sum of all lines",
    )
    for line in lines:
        is_payment = str(line.get("type", "")).startswith("PAYMENT")
        api.expect(
            (line.get(PAYMENT_LINE) is not None) == is_payment,
            shown,
            "vendor-events",
            f"payment_method must be set on payment lines only (D1) ({line.get('type')})",
        )
        api.expect(
            line.get("description") is None or line.get("type") in DESCRIBED_TYPES,
            shown,
            "vendor-events",
            f"description must be null except on invoice and credit lines ({line.get('type')})",
        )
    listed = api.call("GET", f"/invoices/{invoice_id}/lines")
    api.expect(
        (listed.json() or {}).get("invoice_lines") == lines,
        listed,
        "lines-consistent",
        "lines endpoint differs",
    )
    return invoice


@pytest.mark.mock_control
@given(sequence=st.lists(events, min_size=1, max_size=6))
def test_vendor_events_keep_invoice_consistent(api: Api, mock_control: Any, sequence: list[Any]) -> None:
    invoice_id = new_invoice(api)["invoice_id"]
    for kind, body in sequence:
        mock_control.event(invoice_id, kind, body)
        _check_lines(api, invoice_id)
    before = _check_lines(api, invoice_id)
    body = {"external_invoice_number": "CR", "description": "credit all"}
    exchange = api.call("POST", f"/invoices/{invoice_id}/credit_and_retract", body=body)
    credited = api.ok_json(exchange, "credit-and-retract")
    api.expect(
        credited.get("amount_total_cents") == 0,
        exchange,
        "credit-and-retract",
        f"crediting an invoice with outstanding {before.get('amount_total_cents')} must leave 0",
    )


@pytest.mark.mock_control
def test_payment_in_progress_blocks_credit(api: Api, mock_control: Any) -> None:
    invoice_id = new_invoice(api)["invoice_id"]
    mock_control.payment_in_progress(invoice_id, True)
    body = {"external_invoice_number": "CR", "description": "credit all"}
    blocked = api.call("POST", f"/invoices/{invoice_id}/credit_and_retract", body=body)
    api.expect_error(blocked, 422, "payment_in_progress", "credit-and-retract")
    mock_control.payment_in_progress(invoice_id, False)
    api.expect_status(
        api.call("POST", f"/invoices/{invoice_id}/credit_and_retract", body=body),
        200,
        "credit-and-retract",
        "credit works once no payment is in progress",
    )
