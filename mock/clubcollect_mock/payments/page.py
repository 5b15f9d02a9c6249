"""The checkout page: plain server-rendered HTML, no scripts, no external assets.

It stands in for a payment provider's test mode: the developer picks the outcome with one of
five buttons, and the form's answer sends the browser back to the partner.
"""

from __future__ import annotations

import json
from html import escape

from clubcollect_mock.payments.records import PaymentRow
from clubcollect_mock.payments.rules import RESULTS

# Nothing may load from elsewhere; inline styles only. (No form-action: Chrome would then
# block the redirect to the partner that follows the form's answer.)
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
}
_STYLE = (
    "body{font-family:sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}"
    "button{display:block;width:100%;margin:.4rem 0;padding:.6rem;font-size:1rem}"
    "dt{font-weight:bold}dd{margin:0 0 .5rem}"
)
_LABELS = {
    "authorized": "Pay (authorized)",
    "pending": "Leave pending",
    "cancelled": "Cancel",
    "refused": "Refuse",
    "error": "Provider error",
}


def _document(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1>{body}</body></html>"
    )


def _amount(row: PaymentRow, company_doc: bytes) -> str:
    currency = json.loads(company_doc)["currency"]  # required of every company
    return f"{currency} {row.amount // 100}.{row.amount % 100:02d}"


def checkout_page(row: PaymentRow, company_doc: bytes, action: str) -> str:
    details = (
        "<dl>"
        f"<dt>Amount</dt><dd id='amount'>{escape(_amount(row, company_doc))}</dd>"
        f"<dt>Method</dt><dd id='method'>{escape(row.method)}</dd>"
        f"<dt>Payment</dt><dd id='payment-id'>{escape(row.payment_id)}</dd>"
        "</dl>"
    )
    buttons = "".join(
        f"<button type='submit' name='payment_result' value='{result}' id='pay-{result}'>"
        f"{escape(_LABELS[result])}</button>"
        for result in RESULTS
    )
    form = f"<form method='post' action='{escape(action)}'>{buttons}</form>"
    note = "<p>ClubCollect mock: pick the outcome the payment provider reports.</p>"
    return _document("Mock checkout", note + details + form)


def finished_page(row: PaymentRow, back_url: str) -> str:
    body = (
        f"<p id='result'>This payment is {escape(row.result or 'pending')}.</p>"
        f"<p><a id='back' href='{escape(back_url)}'>Back to the shop</a></p>"
    )
    return _document("Payment finished", body)


def message_page(title: str, text: str) -> str:
    return _document(title, f"<p id='message'>{escape(text)}</p>")
