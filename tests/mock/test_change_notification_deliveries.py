"""What one round of change notifications reports and records: the flush answer per partner
(its ids, the status, the connection error's name) and the delivery log the inspector shows
(kind, ids, status, error). The sender ignores proxy settings in the environment and gives up
on a receiver slower than its delivery timeout."""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from clubcollect_mock import Partner, create_app
from clubcollect_mock import notifications as change_notifications
from clubcollect_mock.app import MockContext
from clubcollect_mock.deliveries import Delivery
from clubcollect_mock.testing import serve_in_thread as serve

from .conftest import client, invoice_body
from .receiver import Receiver, receiving

pytestmark = pytest.mark.mock_control
KEY, COMPANY = secrets.token_hex(20), secrets.token_hex(20)


class Round:
    """A served mock notifying a URL, with one invoice changed (so one notification is pending)."""

    def __init__(self, app: Starlette, control: httpx.Client, import_id: str, invoice_id: str) -> None:
        self.context: MockContext = app.state.mock
        self.control = control
        self.import_id = import_id
        self.invoice_id = invoice_id

    def flush(self) -> list[dict[str, Any]]:
        deliveries: list[dict[str, Any]] = self.control.post("/notifications/flush").json()["deliveries"]
        return deliveries

    def logged(self) -> list[Delivery]:
        return self.context.notifier.deliveries.newest_first()

    def partner(self) -> int | None:
        return self.context.store.partner_for_key(KEY)


def _paid_invoice(root: str, control: httpx.Client) -> tuple[str, str]:
    """An import and an invoice on the served mock, and a payment on it: one change to notify."""
    with client(root + "/api/v2", Authorization=f"ApiKey {KEY}") as api:
        import_id = api.post("/imports", json={"company_id": COMPANY}).json()["import_id"]
        invoice_id = api.post("/invoices", json=invoice_body(import_id)).json()["invoice_id"]
    paid = {"amount_cents": 100, "payment_method": "ideal"}
    control.post(f"/invoices/{invoice_id}/payments", json=paid).raise_for_status()
    return import_id, invoice_id


@contextmanager
def notifying(url: str) -> Iterator[Round]:
    app = create_app([Partner(KEY, COMPANY)], notify_url=url, notify_interval=3600)
    with serve(app) as root, client(root + "/_mock") as control:
        yield Round(app, control, *_paid_invoice(root, control))


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with receiving() as made:
        yield made


def test_a_delivered_round_reports_and_logs_the_ids_and_the_status(receiver: Receiver) -> None:
    with notifying(receiver.url) as round_:
        assert round_.flush() == [
            {"invoice_ids": [round_.invoice_id], "import_ids": [round_.import_id], "status": 200}
        ]
        (entry,) = round_.logged()
        assert (entry.kind, entry.object_ids, entry.status, entry.detail) == (
            "change",
            (round_.invoice_id, round_.import_id),
            200,
            "",
        )
        assert entry.partner == round_.partner()
        # The log the notifier writes is the one the inspector shows.
        assert "delivered (200)" in round_.control.get("/").text


def test_an_unreachable_receiver_is_reported_and_logged_with_the_error() -> None:
    with notifying("http://127.0.0.1:9/closed") as round_:
        assert round_.flush() == [
            {
                "invoice_ids": [round_.invoice_id],
                "import_ids": [round_.import_id],
                "status": None,
                "error": "ConnectError",
            }
        ]
        (entry,) = round_.logged()
        assert (entry.partner, entry.kind, entry.object_ids, entry.status, entry.detail) == (
            round_.partner(),
            "change",
            (round_.invoice_id, round_.import_id),
            None,
            "ConnectError",
        )


def test_proxy_settings_in_the_environment_are_not_used(
    receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A partner's receiver is reached directly: a proxy meant for the test runner's own traffic
    # (here one that refuses every connection) must not swallow the notifications.
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    with notifying(receiver.url) as round_:
        assert [delivery["status"] for delivery in round_.flush()] == [200]


def test_a_receiver_slower_than_the_delivery_timeout_is_given_up(
    receiver: Receiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(change_notifications, "DELIVERY_TIMEOUT_SECONDS", 0.2)
    receiver.while_delivering = lambda body: time.sleep(1.0)
    with notifying(receiver.url) as round_:
        (delivery,) = round_.flush()
        assert (delivery["status"], delivery["error"]) == (None, "ReadTimeout")


async def _two_rounds_at_once(control: httpx.Client) -> list[list[dict[str, Any]]]:
    async with httpx.AsyncClient(base_url=str(control.base_url)) as concurrent:
        answers = await asyncio.gather(*(concurrent.post("/notifications/flush") for _ in range(2)))
    return [answer.json()["deliveries"] for answer in answers]


def test_rounds_run_one_at_a_time_also_when_the_app_is_served_again(receiver: Receiver) -> None:
    # The second round waits for the first (which the slow receiver confirms), then finds nothing
    # left to send: each change is delivered once. The round lock belongs to the event loop it
    # was made on, so an app served again (a new loop) makes a new one.
    receiver.while_delivering = lambda body: time.sleep(0.3)
    app = create_app([Partner(KEY, COMPANY)], notify_url=receiver.url, notify_interval=3600)
    for _ in range(2):
        with serve(app) as root, client(root + "/_mock") as control:
            import_id, _ = _paid_invoice(root, control)
            rounds = asyncio.run(_two_rounds_at_once(control))
            assert sorted(len(deliveries) for deliveries in rounds) == [0, 1]
    assert [body["import_ids"] for body in receiver.bodies][-1] == [import_id]
    assert len(receiver.bodies) == 2
