"""Ticket endpoints (ticket page; DECISIONS A19, A20)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import COMPANY_ID

NewInvoice = Callable[..., dict[str, Any]]
UNKNOWN = "0" * 40


def _statuses(api: httpx.Client) -> dict[str, list[str]]:
    return {
        status: [
            t["ticket_id"] for t in api.get(f"/companies/{COMPANY_ID}/tickets/{status}").json()["tickets"]
        ]
        for status in ("unanswered", "answered", "archived")
    }


def test_create_ticket_is_from_the_company(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    response = api.post(f"/invoices/{invoice_id}/tickets", json={"message": "Please pay before the 30th"})
    assert response.status_code == 200
    ticket = response.json()
    assert set(ticket) == {"ticket_id", "message", "sender", "date"}
    assert (ticket["sender"], ticket["message"]) == ("COMPANY", "Please pay before the 30th")
    assert api.get(f"/invoices/{invoice_id}/tickets").json() == {"tickets": [ticket]}
    assert api.get(f"/invoices/{invoice_id}").json()["tickets"] == [ticket]


@pytest.mark.parametrize(
    "body", [{}, {"message": ""}, {"message": 5}, {"message": "x" * 5001}, {"message": None}]
)
def test_invalid_message(api: httpx.Client, new_invoice: NewInvoice, body: dict[str, Any]) -> None:
    invoice_id = new_invoice()["invoice_id"]
    response = api.post(f"/invoices/{invoice_id}/tickets", json=body)
    assert (response.status_code, response.json()) == (422, {"error": "invalid_message"})
    assert api.get(f"/invoices/{invoice_id}/tickets").json() == {"tickets": []}


def test_ticket_endpoints_on_unknown_invoice(api: httpx.Client) -> None:
    for method, suffix in [
        ("GET", "tickets"),
        ("POST", "tickets"),
        ("POST", "tickets/actions/archive"),
        ("POST", "tickets/actions/assign_to_support"),
    ]:
        response = api.request(method, f"/invoices/{UNKNOWN}/{suffix}", json={"message": "hi"})
        assert (response.status_code, response.json()) == (404, {"error": "invalid_invoice_id"}), suffix


def test_thread_status_follows_newest_ticket_and_archive(
    api: httpx.Client, control: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    control.post(f"/invoices/{invoice_id}/customer-tickets", json={"message": "I don't want to pay"})
    customer_ticket = api.get(f"/invoices/{invoice_id}/tickets").json()["tickets"][0]
    assert customer_ticket["sender"] == "CUSTOMER"
    assert _statuses(api) == {"unanswered": [customer_ticket["ticket_id"]], "answered": [], "archived": []}

    reply = api.post(f"/invoices/{invoice_id}/tickets", json={"message": "You really must pay"}).json()
    both = [customer_ticket["ticket_id"], reply["ticket_id"]]
    assert _statuses(api) == {"unanswered": [], "answered": both, "archived": []}

    archived = api.post(f"/invoices/{invoice_id}/tickets/actions/archive", json={})
    assert (archived.status_code, archived.content) == (204, b"")
    assert _statuses(api) == {"unanswered": [], "answered": [], "archived": both}

    control.post(f"/invoices/{invoice_id}/customer-tickets", json={"message": "Still no"})
    assert len(_statuses(api)["unanswered"]) == 3


def test_company_ticket_items_carry_invoice_id_and_page(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    for n in range(3):
        api.post(f"/invoices/{invoice_id}/tickets", json={"message": f"note {n}"})
    page = api.get(
        f"/companies/{COMPANY_ID}/tickets/answered", params={"page_size": 2, "page_number": 2}
    ).json()
    assert [t["message"] for t in page["tickets"]] == ["note 2"]
    assert page["tickets"][0]["invoice_id"] == invoice_id
    assert set(page["tickets"][0]) == {"invoice_id", "ticket_id", "message", "sender", "date"}
    assert page["page"] == {"page_number": 2, "page_size": 2, "total_entries": 3, "total_pages": 2}


def test_assign_to_support_answers_204_and_changes_nothing(
    api: httpx.Client, new_invoice: NewInvoice
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    api.post(f"/invoices/{invoice_id}/tickets", json={"message": "hello"})
    before = api.get(f"/invoices/{invoice_id}").json()
    response = api.post(
        f"/invoices/{invoice_id}/tickets/actions/assign_to_support",
        json={},
    )
    assert (response.status_code, response.content) == (204, b"")
    assert api.get(f"/invoices/{invoice_id}").json() == before
    assert len(_statuses(api)["answered"]) == 1


@pytest.mark.parametrize("action", ["archive", "assign_to_support"])
def test_ticket_actions_need_json_content_type(
    api: httpx.Client, new_invoice: NewInvoice, action: str
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    response = api.post(f"/invoices/{invoice_id}/tickets/actions/{action}")
    assert (response.status_code, response.json()) == (422, {"error": "invalid_content_type"})


def test_create_ticket_needs_json_content_type(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    response = api.post(f"/invoices/{invoice_id}/tickets", content=b'{"message": "x"}')
    assert (response.status_code, response.json()) == (422, {"error": "invalid_content_type"})


def test_company_tickets_unknown_status_and_company(api: httpx.Client) -> None:
    bad_status = api.get(f"/companies/{COMPANY_ID}/tickets/open")
    assert (bad_status.status_code, bad_status.json()) == (422, {"error": "invalid_action"})
    unknown = api.get(f"/companies/{UNKNOWN}/tickets/answered")
    assert (unknown.status_code, unknown.json()) == (404, {"error": "not_found"})
    paging = api.get(f"/companies/{COMPANY_ID}/tickets/answered", params={"page_size": 101})
    assert (paging.status_code, paging.json()) == (422, {"error": "invalid_request"})


def test_deleting_an_invoice_removes_its_tickets(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    api.post(f"/invoices/{invoice_id}/tickets", json={"message": "hello"})
    api.delete(f"/invoices/{invoice_id}")
    assert _statuses(api)["answered"] == []


def test_archive_without_tickets_is_204_and_lists_nothing(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice_id = new_invoice()["invoice_id"]
    response = api.post(f"/invoices/{invoice_id}/tickets/actions/archive", json={})
    assert response.status_code == 204
    assert _statuses(api) == {"unanswered": [], "answered": [], "archived": []}


@pytest.mark.parametrize("action", ["archive", "assign_to_support"])
@pytest.mark.parametrize("body", [b"null", b"[]", b'"x"', b"{", b" ", b"0"])
def test_a_ticket_action_body_that_is_given_must_be_an_object(
    api: httpx.Client, new_invoice: NewInvoice, action: str, body: bytes
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    api.post(f"/invoices/{invoice_id}/tickets", json={"message": "hello"})
    before = _statuses(api)
    response = api.post(
        f"/invoices/{invoice_id}/tickets/actions/{action}",
        content=body,
        headers={"Content-Type": "application/json"},
    )
    assert (response.status_code, response.json()) == (400, {"error": "invalid_json"})
    assert _statuses(api) == before


@pytest.mark.parametrize("action", ["archive", "assign_to_support"])
def test_ticket_action_ignores_an_object_body(
    api: httpx.Client, new_invoice: NewInvoice, action: str
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    response = api.post(f"/invoices/{invoice_id}/tickets/actions/{action}", json={"anything": [1, 2]})
    assert response.status_code == 204


@pytest.mark.parametrize("action", ["archive", "assign_to_support"])
def test_ticket_action_takes_an_empty_body(api: httpx.Client, new_invoice: NewInvoice, action: str) -> None:
    # What the PHP library sends: POST, Content-Type application/json, no body at all.
    invoice_id = new_invoice()["invoice_id"]
    ticket = api.post(f"/invoices/{invoice_id}/tickets", json={"message": "hello"}).json()
    response = api.post(
        f"/invoices/{invoice_id}/tickets/actions/{action}",
        headers={"Content-Type": "application/json", "Accept": "application/json", "Content-Length": "0"},
    )
    assert (response.status_code, response.content) == (204, b"")
    expected = {"archive": "archived", "assign_to_support": "answered"}[action]
    assert _statuses(api)[expected] == [ticket["ticket_id"]]


@pytest.mark.parametrize("action", ["archive", "assign_to_support"])
def test_empty_ticket_action_body_still_needs_json_content_type(
    api: httpx.Client, new_invoice: NewInvoice, action: str
) -> None:
    invoice_id = new_invoice()["invoice_id"]
    api.post(f"/invoices/{invoice_id}/tickets", json={"message": "hello"})
    for content_type in ("text/plain", ""):
        response = api.post(
            f"/invoices/{invoice_id}/tickets/actions/{action}", headers={"Content-Type": content_type}
        )
        assert (response.status_code, response.json()) == (422, {"error": "invalid_content_type"})
    assert _statuses(api)["answered"] != []


@pytest.mark.parametrize("action", ["archive", "assign_to_support"])
@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "ApiKey wrong"}, {"Authorization": "Bearer wrong"}],
    ids=["missing", "unknown", "other-scheme"],
)
def test_ticket_actions_refuse_a_missing_or_wrong_key(
    api: httpx.Client,
    anonymous: httpx.Client,
    new_invoice: NewInvoice,
    action: str,
    headers: dict[str, str],
) -> None:
    # DECISIONS A1: every operation needs the partner's key; the thread is left as it was.
    invoice_id = new_invoice()["invoice_id"]
    ticket = api.post(f"/invoices/{invoice_id}/tickets", json={"message": "hello"}).json()
    before = api.get(f"/invoices/{invoice_id}").json()
    response = anonymous.post(f"/invoices/{invoice_id}/tickets/actions/{action}", json={}, headers=headers)
    assert (response.status_code, response.json()) == (401, {"error": "unauthorized"})
    assert response.headers["WWW-Authenticate"] == "ApiKey"
    assert api.get(f"/invoices/{invoice_id}").json() == before
    assert _statuses(api) == {"unanswered": [], "answered": [ticket["ticket_id"]], "archived": []}


@pytest.mark.parametrize("action", ["archive", "assign_to_support"])
def test_ticket_actions_on_another_partners_invoice_are_unknown(
    api: httpx.Client,
    other_partner: tuple[httpx.Client, str],
    new_invoice: NewInvoice,
    action: str,
) -> None:
    # DECISIONS A3: another partner's invoice is answered as an unknown one, and stays untouched.
    other, _ = other_partner
    invoice_id = new_invoice()["invoice_id"]
    ticket = api.post(f"/invoices/{invoice_id}/tickets", json={"message": "hello"}).json()
    before = api.get(f"/invoices/{invoice_id}").json()
    response = other.post(f"/invoices/{invoice_id}/tickets/actions/{action}", json={})
    assert (response.status_code, response.json()) == (404, {"error": "invalid_invoice_id"})
    assert api.get(f"/invoices/{invoice_id}").json() == before
    assert _statuses(api) == {"unanswered": [], "answered": [ticket["ticket_id"]], "archived": []}
