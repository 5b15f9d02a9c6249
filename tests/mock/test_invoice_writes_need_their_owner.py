"""Changing an invoice (update, credit_and_retract, a new ticket) needs a key, and only its own partner's key
finds it: without one the answer is 401, with another partner's 404 as if it did not exist
(DECISIONS A1, A3). Reads are covered in test_auth.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

NewInvoice = Callable[..., dict[str, Any]]
WRITES = [
    ("PUT", "", {"description": "changed"}),
    ("POST", "/credit_and_retract", {"external_invoice_number": "CN-1", "description": "Paid cash"}),
    ("POST", "/tickets", {"message": "Please pay"}),
]
KINDS = ["update", "credit_and_retract", "ticket"]


@pytest.mark.parametrize(("method", "suffix", "body"), WRITES, ids=KINDS)
def test_an_invoice_write_without_a_key_is_refused(
    anonymous: httpx.Client,
    api: httpx.Client,
    new_invoice: NewInvoice,
    method: str,
    suffix: str,
    body: dict[str, Any],
) -> None:
    invoice = new_invoice()
    response = anonymous.request(method, f"/invoices/{invoice['invoice_id']}{suffix}", json=body)
    assert (response.status_code, response.json()) == (401, {"error": "unauthorized"})
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == invoice


@pytest.mark.parametrize(("method", "suffix", "body"), WRITES, ids=KINDS)
def test_another_partners_invoice_is_not_found_for_a_write(
    other_partner: tuple[httpx.Client, str],
    api: httpx.Client,
    new_invoice: NewInvoice,
    method: str,
    suffix: str,
    body: dict[str, Any],
) -> None:
    other, _ = other_partner
    invoice = new_invoice()
    response = other.request(method, f"/invoices/{invoice['invoice_id']}{suffix}", json=body)
    assert (response.status_code, response.json()) == (404, {"error": "invalid_invoice_id"})
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == invoice
