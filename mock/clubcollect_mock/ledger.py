"""Invoice documents: building them and appending lines so the total always equals their sum.

Line vocabulary follows the invoice-line page's type tables: amounts that lower what the
customer owes (payments, credits) are negative; fees and chargebacks are positive.
"""

from __future__ import annotations

from typing import Any

from clubcollect_mock.config import INT64_MAX, INT64_MIN
from clubcollect_mock.errors import invalid
from clubcollect_mock.ids import new_id
from clubcollect_mock.schemas.invoice import InvoiceInput

InvoiceDoc = dict[str, Any]

PAYMENT_TYPES: dict[str, tuple[str, str | None]] = {
    "invoice": ("PAYMENT", None),
    "donation": ("PAYMENT", "donation"),
    "installment_fee": ("PAYMENT-INSTALLMENT-FEE", None),
    "chargeback_fee": ("PAYMENT-CHARGEBACK-FEE", None),
    "late_payment_fee": ("PAYMENT-LATE-PAYMENT-FEE", None),
}
CHARGEBACK_TYPES: dict[str, tuple[str, str | None]] = {
    "invoice": ("CHARGEBACK", None),
    "donation": ("CHARGEBACK", "DONATION"),
    "installment_fee": ("CHARGEBACK-INSTALLMENT-FEE", None),
    "chargeback_fee": ("CHARGEBACK-CHARGEBACK-FEE", None),
    "late_payment_fee": ("CHARGEBACK-LATE-PAYMENT-FEE", None),
}
FEE_TYPES = {
    "late_payment": "LATE-PAYMENT-FEE",
    "installment": "INSTALLMENT-FEE",
    "chargeback": "CHARGEBACK-FEE",
}


def make_line(
    line_type: str,
    amount_cents: int,
    date: str,
    *,
    subtype: str | None = None,
    description: str | None = None,
    line_id: str | None = None,
    payment_method: str | None = None,
) -> dict[str, Any]:
    line: dict[str, Any] = {
        "invoice_line_id": line_id or new_id(),
        "type": line_type,
        "subtype": subtype,
        "amount_cents": amount_cents,
        "description": description,
        "date": date,
    }
    if payment_method is not None:
        line["payment_method"] = payment_method
    return line


def build_invoice(
    invoice_id: str,
    import_id: str,
    invoice_number: str,
    data: InvoiceInput,
    now: str,
    server_ids: list[str],
) -> InvoiceDoc:
    """The full response document of a new invoice; every field present (DECISIONS A18).

    ``server_ids`` has one fresh id per line, used where the partner chose none; lines without
    a date get ``now``. ``data.lines`` are completed in place and become the document's."""
    fields = data.fields
    lines = data.lines
    for line, server_id in zip(lines, server_ids, strict=True):
        if line["invoice_line_id"] is None:
            line["invoice_line_id"] = server_id
        if line["date"] is None:
            line["date"] = now
    return {
        "invoice_id": invoice_id,
        "import_id": import_id,
        "external_invoice_number": fields["external_invoice_number"],
        "reference": fields["reference"],
        "invoice_number": invoice_number,
        "direct_debit_iban": fields["direct_debit_iban"],
        "federation_membership_number": fields["federation_membership_number"],
        "club_membership_number": fields["club_membership_number"],
        "member_external_id": fields["member_external_id"],
        "external_membership_number": fields["external_membership_number"],
        "locale": fields["locale"],
        "customer": data.customer,
        "invoice_lines": lines,
        "amount_total_cents": data.amount_total_cents,
        "messages": [],
        "tickets": [],
        "retracted_at": None,
        "retraction_reason": None,
        "show_retraction_reason_to_customer": False,
    }


def append_line(doc: InvoiceDoc, line: dict[str, Any]) -> None:
    """Add ``line`` and keep ``amount_total_cents`` equal to the sum of all lines."""
    total = doc["amount_total_cents"] + line["amount_cents"]
    if not INT64_MIN <= total <= INT64_MAX:
        raise invalid(
            reason=f"the invoice's amount_total_cents would leave the range {INT64_MIN} to {INT64_MAX}",
            field="amount_cents",
        )
    doc["invoice_lines"].append(line)
    doc["amount_total_cents"] = total


def partner_line_ids(doc: InvoiceDoc) -> list[str]:
    """Line ids that may have been chosen by the partner (server-made ones are harmless too)."""
    return [line["invoice_line_id"] for line in doc["invoice_lines"]]
