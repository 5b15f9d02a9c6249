"""Change notifications to the partner's endpoint, with re-send after a failed round (FACTS 5)."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread as serve

from .conftest import client, invoice_body
from .payment_helpers import RETURN_URL, checkout, signed, start
from .receiver import UNCONFIRMING_STATUSES, Receiver, receiving

pytestmark = pytest.mark.mock_control
KEY_A, KEY_B = secrets.token_hex(20), secrets.token_hex(20)
COMPANY_A, COMPANY_B = secrets.token_hex(20), secrets.token_hex(20)


class Setup:
    def __init__(self, root: str, receiver: Receiver) -> None:
        self.receiver = receiver
        self.control = client(root + "/_mock")
        self.a = client(root + "/api/v2", Authorization=f"ApiKey {KEY_A}")
        self.b = client(root + "/api/v2", Authorization=f"ApiKey {KEY_B}")

    def invoice(self, api: httpx.Client, company_id: str) -> dict[str, Any]:
        import_id = api.post("/imports", json={"company_id": company_id}).json()["import_id"]
        result: dict[str, Any] = api.post("/invoices", json=invoice_body(import_id)).json()
        return result

    def close(self) -> None:
        for made in (self.control, self.a, self.b):
            made.close()


def _start(interval: float) -> Iterator[Setup]:
    with receiving() as receiver:
        app = create_app(
            [Partner(KEY_A, COMPANY_A), Partner(KEY_B, COMPANY_B)],
            notify_url=receiver.url,
            notify_interval=interval,
        )
        with serve(app) as root:
            setup = Setup(root, receiver)
            yield setup
            setup.close()


@pytest.fixture
def on_demand() -> Iterator[Setup]:
    yield from _start(interval=3600)


def test_flush_sends_one_body_per_partner_with_its_own_key(on_demand: Setup) -> None:
    invoice_a = on_demand.invoice(on_demand.a, COMPANY_A)
    invoice_b = on_demand.invoice(on_demand.b, COMPANY_B)
    assert on_demand.control.get("/notifications").json() == {"invoice_ids": [], "import_ids": []}
    paid = {"amount_cents": 100, "payment_method": "ideal"}
    on_demand.control.post(f"/invoices/{invoice_a['invoice_id']}/payments", json=paid)
    on_demand.control.post(f"/invoices/{invoice_b['invoice_id']}/customer-tickets", json={"message": "?"})
    pending = on_demand.control.get("/notifications").json()
    assert sorted(pending["invoice_ids"]) == sorted([invoice_a["invoice_id"], invoice_b["invoice_id"]])
    assert pending["import_ids"] == [invoice_a["import_id"]]

    flushed = on_demand.control.post("/notifications/flush").json()["deliveries"]
    assert [delivery["status"] for delivery in flushed] == [200, 200]
    assert KEY_A not in str(flushed)
    bodies = {body["api_key"]: body for body in on_demand.receiver.bodies}
    assert bodies[KEY_A] == {
        "api_key": KEY_A,
        "invoice_ids": [invoice_a["invoice_id"]],
        "import_ids": [invoice_a["import_id"]],
    }
    assert bodies[KEY_B] == {"api_key": KEY_B, "invoice_ids": [invoice_b["invoice_id"]], "import_ids": []}
    assert on_demand.control.get("/notifications").json() == {"invoice_ids": [], "import_ids": []}
    assert on_demand.control.post("/notifications/flush").json() == {"deliveries": []}


@pytest.mark.parametrize("status", UNCONFIRMING_STATUSES)
def test_unconfirmed_ids_are_sent_again(on_demand: Setup, status: int) -> None:
    invoice = on_demand.invoice(on_demand.a, COMPANY_A)
    on_demand.control.post(
        f"/invoices/{invoice['invoice_id']}/fees", json={"kind": "installment", "amount_cents": 5}
    )
    on_demand.receiver.statuses = [status]
    first = on_demand.control.post("/notifications/flush").json()["deliveries"]
    assert [delivery["status"] for delivery in first] == [status]
    assert on_demand.control.get("/notifications").json()["invoice_ids"] == [invoice["invoice_id"]]
    second = on_demand.control.post("/notifications/flush").json()["deliveries"]
    assert [delivery["status"] for delivery in second] == [200]
    assert [body["invoice_ids"] for body in on_demand.receiver.bodies] == [[invoice["invoice_id"]]] * 2
    assert on_demand.control.get("/notifications").json()["invoice_ids"] == []


def test_a_change_while_its_notification_is_in_flight_is_notified_again(on_demand: Setup) -> None:
    # The confirmation of a delivery covers the version that was sent: a change made while the
    # partner was still answering must not be cleared by that answer.
    invoice_id = on_demand.invoice(on_demand.a, COMPANY_A)["invoice_id"]
    fee = {"kind": "late_payment", "amount_cents": 5}
    on_demand.control.post(f"/invoices/{invoice_id}/fees", json=fee).raise_for_status()
    changed_meanwhile: list[int] = []

    def change_again(body: dict[str, Any]) -> None:
        if changed_meanwhile:
            return
        with client(str(on_demand.control.base_url)) as other:  # this runs on the receiver's thread
            changed_meanwhile.append(other.post(f"/invoices/{invoice_id}/fees", json=fee).status_code)

    on_demand.receiver.while_delivering = change_again
    first = on_demand.control.post("/notifications/flush").json()["deliveries"]
    assert [(d["status"], d["invoice_ids"]) for d in first] == [(200, [invoice_id])]
    assert changed_meanwhile == [200]
    assert on_demand.control.get("/notifications").json()["invoice_ids"] == [invoice_id]

    second = on_demand.control.post("/notifications/flush").json()["deliveries"]
    assert [(d["status"], d["invoice_ids"]) for d in second] == [(200, [invoice_id])]
    assert on_demand.control.get("/notifications").json() == {"invoice_ids": [], "import_ids": []}
    assert [body["invoice_ids"] for body in on_demand.receiver.bodies] == [[invoice_id]] * 2


def test_unreachable_receiver_keeps_ids_pending() -> None:
    app = create_app([Partner(KEY_A, COMPANY_A)], notify_url="http://127.0.0.1:9/closed")
    with (
        serve(app) as root,
        client(root + "/_mock") as control,
        client(root + "/api/v2", Authorization=f"ApiKey {KEY_A}") as api,
    ):
        import_id = api.post("/imports", json={"company_id": COMPANY_A}).json()["import_id"]
        invoice_id = api.post("/invoices", json=invoice_body(import_id)).json()["invoice_id"]
        control.post(f"/invoices/{invoice_id}/messages", json={"type": "SMS", "description": "reminder"})
        delivery = control.post("/notifications/flush").json()["deliveries"][0]
        assert delivery["status"] is None
        assert delivery["error"]
        assert control.get("/notifications").json()["invoice_ids"] == [invoice_id]


def test_flush_without_url_is_refused(control: httpx.Client) -> None:
    response = control.post("/notifications/flush")
    assert (response.status_code, response.json()["error"]) == (409, "notify_url_not_set")
    assert "--notify-url" in response.json()["reason"]


def test_rounds_run_on_the_interval() -> None:
    for setup in _start(interval=0.2):
        invoice = setup.invoice(setup.a, COMPANY_A)
        setup.control.post(f"/invoices/{invoice['invoice_id']}/chargebacks", json={"amount_cents": 100})
        deadline = time.monotonic() + 5
        while not setup.receiver.bodies and time.monotonic() < deadline:
            time.sleep(0.05)
        assert setup.receiver.bodies[0]["invoice_ids"] == [invoice["invoice_id"]]
        assert setup.receiver.bodies[0]["api_key"] == KEY_A


def test_same_app_can_be_served_again() -> None:
    with receiving() as receiver:
        app = create_app([Partner(KEY_A, COMPANY_A)], notify_url=receiver.url)
        for _ in range(2):
            with (
                serve(app) as root,
                client(root + "/_mock") as control,
                client(root + "/api/v2", Authorization=f"ApiKey {KEY_A}") as api,
            ):
                import_id = api.post("/imports", json={"company_id": COMPANY_A}).json()["import_id"]
                invoice_id = api.post("/invoices", json=invoice_body(import_id)).json()["invoice_id"]
                control.post(f"/invoices/{invoice_id}/donations", json={"amount_cents": 100})
                deliveries = control.post("/notifications/flush").json()["deliveries"]
                assert [delivery["invoice_ids"] for delivery in deliveries] == [[invoice_id]]
        assert len(receiver.bodies) == 2


def test_an_authorized_payment_notifies_its_invoice_and_import(on_demand: Setup) -> None:
    # P10 with FACTS 5: paying through the checkout changes the invoice and its import's settled
    # amount, so the next round tells the partner about both.
    invoice = on_demand.invoice(on_demand.a, COMPANY_A)
    params = signed(
        {"company_id": COMPANY_A, "redirect_url": RETURN_URL, "invoice_id": invoice["invoice_id"]}, KEY_A
    )
    location = start(on_demand.a, "ideal", params).headers["location"]
    assert checkout(on_demand.a, location, "authorized").status_code == 303
    flushed = on_demand.control.post("/notifications/flush").json()["deliveries"]
    assert [delivery["status"] for delivery in flushed] == [200]
    # The payment notice (P12) goes to the same receiver; the change notification is the other body.
    changes = [body for body in on_demand.receiver.bodies if "invoice_ids" in body]
    assert changes == [
        {"api_key": KEY_A, "invoice_ids": [invoice["invoice_id"]], "import_ids": [invoice["import_id"]]}
    ]


def test_deleting_an_import_drops_its_pending_notifications(on_demand: Setup) -> None:
    # A deleted import and its invoices are gone: nothing about them is notified any more.
    invoice = on_demand.invoice(on_demand.a, COMPANY_A)
    paid = {"amount_cents": 100, "payment_method": "ideal"}
    on_demand.control.post(f"/invoices/{invoice['invoice_id']}/payments", json=paid).raise_for_status()
    assert on_demand.control.get("/notifications").json() == {
        "invoice_ids": [invoice["invoice_id"]],
        "import_ids": [invoice["import_id"]],
    }
    assert on_demand.a.delete(f"/imports/{invoice['import_id']}").status_code == 204
    assert on_demand.control.get("/notifications").json() == {"invoice_ids": [], "import_ids": []}
    assert on_demand.control.post("/notifications/flush").json() == {"deliveries": []}
    assert on_demand.receiver.bodies == []
