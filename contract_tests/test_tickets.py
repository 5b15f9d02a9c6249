"""Tickets: creation, the three views that must agree, status threads (A19) and their pages."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests.api import Api
from contract_tests.paging import walk
from contract_tests.world import fresh_company, new_invoice, open_import


def _create_ticket(api: Api, invoice_id: str, message: str) -> dict[str, Any]:
    exchange = api.call("POST", f"/invoices/{invoice_id}/tickets", body={"message": message})
    ticket: dict[str, Any] = api.ok_json(exchange, "create-ticket")
    api.expect(
        ticket.get("sender") == "COMPANY" and ticket.get("message") == message,
        exchange,
        "create-ticket",
        "an API ticket has sender COMPANY and the sent message",
    )
    return ticket


def _company_tickets(api: Api, company_id: str, status: str, page_size: int | None = None) -> list[Any]:
    items, _ = walk(api, f"/companies/{company_id}/tickets/{status}", "tickets", page_size, "ticket-pages")
    return items


def test_ticket_views_agree(api: Api) -> None:
    company_id = fresh_company(api)
    import_id = open_import(api, company_id)
    invoices = [new_invoice(api, import_id)["invoice_id"] for _ in range(3)]
    made: list[tuple[str, str]] = []
    for invoice_id in invoices:
        for n in range(2):
            made.append(
                (invoice_id, _create_ticket(api, invoice_id, f"note {n} on {invoice_id[:6]}")["ticket_id"])
            )
    for invoice_id in invoices:
        listed = api.call("GET", f"/invoices/{invoice_id}/tickets")
        tickets = (listed.json() or {}).get("tickets")
        shown = api.call("GET", f"/invoices/{invoice_id}")
        api.expect(
            isinstance(tickets, list) and tickets == (shown.json() or {}).get("tickets"),
            listed,
            "ticket-views",
            "the invoice's tickets and the ticket list disagree",
        )
        api.expect(
            [t.get("ticket_id") for t in tickets or []] == [t for i, t in made if i == invoice_id],
            listed,
            "ticket-views",
            "the ticket list does not hold exactly the created tickets, oldest first",
        )
    for page_size in (None, 4):
        answered = _company_tickets(api, company_id, "answered", page_size)
        api.expect(
            [(t.get("invoice_id"), t.get("ticket_id")) for t in answered] == made,
            api.call("GET", f"/companies/{company_id}/tickets/answered"),
            "ticket-views",
            "company tickets 'answered' must list every COMPANY-last thread's tickets, oldest first (A19)",
        )


def test_archive_moves_a_thread(api: Api) -> None:
    company_id = fresh_company(api)
    import_id = open_import(api, company_id)
    first, second = (new_invoice(api, import_id)["invoice_id"] for _ in range(2))
    _create_ticket(api, first, "one")
    _create_ticket(api, second, "two")
    archived = api.call("POST", f"/invoices/{first}/tickets/actions/archive", body={})
    api.expect_status(archived, 204, "ticket-status", "archiving tickets")
    assigned = api.call("POST", f"/invoices/{second}/tickets/actions/assign_to_support", body={})
    api.expect_status(assigned, 204, "ticket-status", "assigning tickets to support")
    in_archive = {t.get("invoice_id") for t in _company_tickets(api, company_id, "archived")}
    in_answered = {t.get("invoice_id") for t in _company_tickets(api, company_id, "answered")}
    probe = api.call("GET", f"/companies/{company_id}/tickets/archived")
    api.expect(
        in_archive == {first}, probe, "ticket-status", "archived must hold exactly the archived thread"
    )
    api.expect(in_answered == {second}, probe, "ticket-status", "answered must hold the other thread only")


@pytest.mark.parametrize(
    "body", [b"", b"{}", b'{"note": "ignored"}'], ids=["empty", "empty-object", "object"]
)
@pytest.mark.parametrize("action", ["archive", "assign_to_support"])
def test_ticket_actions_take_an_empty_body_or_any_object(api: Api, action: str, body: bytes) -> None:
    """B5: the public client sends these with the JSON content type and no body at all."""
    invoice_id = new_invoice(api)["invoice_id"]
    _create_ticket(api, invoice_id, "hello")
    exchange = api.call(
        "POST",
        f"/invoices/{invoice_id}/tickets/actions/{action}",
        content=body,
        headers={"Content-Type": "application/json"},
    )
    api.expect_status(exchange, 204, "ticket-actions", f"{action} with the body {body!r}")


@pytest.mark.mock_control
def test_customer_ticket_makes_thread_unanswered(api: Api, mock_control: Any) -> None:
    company_id = fresh_company(api)
    invoice_id = new_invoice(api, open_import(api, company_id))["invoice_id"]
    _create_ticket(api, invoice_id, "please pay")
    mock_control.customer_ticket(invoice_id, "I paid already")
    unanswered = _company_tickets(api, company_id, "unanswered")
    probe = api.call("GET", f"/companies/{company_id}/tickets/unanswered")
    api.expect(
        [t.get("sender") for t in unanswered] == ["COMPANY", "CUSTOMER"],
        probe,
        "ticket-status",
        "a thread whose newest ticket is from the customer is unanswered, with all its tickets (A19)",
    )
