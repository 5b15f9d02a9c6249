"""An app made in the test (not the session's shared one) routes an invoice's calls: update on
PUT, credit_and_retract on POST, the ticket list on GET, a new ticket on POST, the two ticket
actions on POST only; other methods are 405."""

from __future__ import annotations

import secrets

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread as serve

from .conftest import client, invoice_body

KEY, COMPANY = secrets.token_hex(20), secrets.token_hex(20)


def test_a_fresh_app_routes_each_ticket_call_by_its_method() -> None:
    with (
        serve(create_app([Partner(KEY, COMPANY)])) as root,
        client(root + "/api/v2", Authorization=f"ApiKey {KEY}") as api,
    ):
        import_id = api.post("/imports", json={"company_id": COMPANY}).json()["import_id"]
        invoice_id = api.post("/invoices", json=invoice_body(import_id)).json()["invoice_id"]
        ticket = api.post(f"/invoices/{invoice_id}/tickets", json={"message": "Please pay"}).json()
        listed = api.get(f"/invoices/{invoice_id}/tickets")
        assert (listed.status_code, listed.json()) == (200, {"tickets": [ticket]})
        assert api.put(f"/invoices/{invoice_id}/tickets", json={}).status_code == 405
        # An id that is not 40 characters passes the invoice fast path and reaches the router's route.
        short = api.get("/invoices/not-an-id")
        assert (short.status_code, short.json()) == (404, {"error": "invalid_invoice_id"})
        assert (
            api.put(f"/invoices/{invoice_id}", json={"external_invoice_number": "2024-002"}).status_code
            == 200
        )
        credit = {"external_invoice_number": "CN-1", "description": "Paid cash"}
        assert api.post(f"/invoices/{invoice_id}/credit_and_retract", json=credit).status_code == 200
        for action in ("archive", "assign_to_support"):
            assert api.post(f"/invoices/{invoice_id}/tickets/actions/{action}", json={}).status_code == 204
            assert api.get(f"/invoices/{invoice_id}/tickets/actions/{action}").status_code == 405
