"""A deleted invoice is gone: its pending change notification is dropped with it, as a deleted
import's are (test_notifications.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

NewInvoice = Callable[..., dict[str, Any]]


def test_deleting_an_invoice_drops_its_pending_notification(
    api: httpx.Client, control: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice = new_invoice()
    kept = new_invoice(invoice["import_id"])
    paid = {"amount_cents": 100, "payment_method": "ideal"}
    for made in (invoice, kept):
        control.post(f"/invoices/{made['invoice_id']}/payments", json=paid).raise_for_status()
    assert sorted(control.get("/notifications").json()["invoice_ids"]) == sorted(
        [invoice["invoice_id"], kept["invoice_id"]]
    )
    assert api.delete(f"/invoices/{invoice['invoice_id']}").status_code == 204
    assert control.get("/notifications").json()["invoice_ids"] == [kept["invoice_id"]]
