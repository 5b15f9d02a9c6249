"""What the delivery log (the inspector's) records of each payment notification attempt: the
partner, the payment id, the answer's status, the result sent (or the connection error's name)
and the payment's company; and that the sender gives up on a receiver slower than its delivery
timeout."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.app import MockContext
from clubcollect_mock.deliveries import Delivery
from clubcollect_mock.payments import notices
from clubcollect_mock.testing import serve_in_thread as serve

from .conftest import client
from .payment_helpers import pay, query_of
from .receiver import receiving
from .test_payment_notifications import closed_port, wait_for

pytestmark = pytest.mark.mock_control
KEY, COMPANY = secrets.token_hex(20), secrets.token_hex(20)


class Served:
    def __init__(self, context: MockContext, api: httpx.Client, control: httpx.Client) -> None:
        self.context = context
        self.api = api
        self.control = control

    def pay(self, outcome: str) -> str:
        payment_id: str = query_of(pay(self.api, COMPANY, KEY, outcome))["payment_id"]
        return payment_id

    def flush(self) -> list[dict[str, object]]:
        """One round (after the one under way, if any); its deliveries."""
        answer = self.control.post("/payments/notifications/flush")
        answer.raise_for_status()
        deliveries: list[dict[str, object]] = answer.json()["deliveries"]
        return deliveries

    def logged(self) -> list[Delivery]:
        return [entry for entry in self.context.notifier.deliveries.newest_first() if entry.kind == "payment"]

    def partner(self) -> int | None:
        return self.context.store.partner_for_key(KEY)


@contextmanager
def notifying(url: str) -> Iterator[Served]:
    app = create_app([Partner(KEY, COMPANY)], notify_url=url, notify_interval=3600)
    with serve(app) as root, client(root + "/api/v2") as api, client(root + "/_mock") as control:
        yield Served(app.state.mock, api, control)


def test_an_answered_notification_is_logged_with_its_result_and_company() -> None:
    with receiving() as receiver, notifying(receiver.url) as served:
        receiver.statuses = [503]
        payment_id = served.pay("refused")
        wait_for(receiver, 1)
        served.flush()  # waits for the immediate attempt, then delivers again (200)
        assert [
            (entry.partner, entry.object_ids, entry.status, entry.detail, entry.company_id)
            for entry in served.logged()
        ] == [
            (served.partner(), (payment_id,), 200, "refused", COMPANY),
            (served.partner(), (payment_id,), 503, "refused", COMPANY),
        ]


def test_an_unreachable_endpoint_is_logged_with_the_error_and_company() -> None:
    with notifying(f"http://127.0.0.1:{closed_port()}/hook") as served:
        payment_id = served.pay("cancelled")
        served.flush()
        attempts = served.logged()
        assert attempts, "no attempt logged"
        assert {
            (entry.partner, entry.object_ids, entry.status, entry.detail, entry.company_id)
            for entry in attempts
        } == {(served.partner(), (payment_id,), None, "ConnectError", COMPANY)}


def test_a_receiver_slower_than_the_delivery_timeout_is_given_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notices, "DELIVERY_TIMEOUT_SECONDS", 0.2)
    with receiving() as receiver:
        receiver.statuses = [503]  # the immediate attempt is answered at once and not confirmed
        with notifying(receiver.url) as served:
            payment_id = served.pay("authorized")
            wait_for(receiver, 1)
            receiver.while_delivering = lambda body: time.sleep(1.0)
            (delivery,) = served.flush()
            assert delivery == {
                "payment_id": payment_id,
                "payment_result": "authorized",
                "status": None,
                "error": "ReadTimeout",
            }
