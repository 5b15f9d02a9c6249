"""The background loops behind both kinds of notification: a payment notice that was not
confirmed is sent again by the periodic round (no flush needed), a change round that fails is
logged and the loop goes on, stopping a loop ends its task quietly, and a notifier writes to the
delivery log it is given (the inspector's)."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from typing import Any, cast

import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.deliveries import DeliveryLog
from clubcollect_mock.notifications import Notifier
from clubcollect_mock.payments.flow import PaymentDesk
from clubcollect_mock.payments.notices import PaymentNotifier
from clubcollect_mock.store import open_store
from clubcollect_mock.testing import serve_in_thread as serve

from .conftest import client
from .payment_helpers import pay
from .receiver import receiving

pytestmark = pytest.mark.mock_control
KEY, COMPANY = secrets.token_hex(20), secrets.token_hex(20)


def test_an_unconfirmed_payment_notice_is_sent_again_on_the_interval() -> None:
    with receiving() as receiver:
        receiver.statuses = [500]  # the immediate attempt is not confirmed
        app = create_app([Partner(KEY, COMPANY)], notify_url=receiver.url, notify_interval=0.2)
        with serve(app) as root, client(root + "/api/v2") as api:
            pay(api, COMPANY, KEY, "pending")
            # The change round of the same interval notifies the new invoice too: count payment notices.
            deadline = time.monotonic() + 10
            while len(notices(receiver.bodies)) < 2 and time.monotonic() < deadline:
                time.sleep(0.02)
    first, again = notices(receiver.bodies)[:2]
    assert again == first


def notices(bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [body for body in bodies if "payment_id" in body]


class FailingRound(Notifier):
    """A change notifier whose every round fails; counts its rounds."""

    def __init__(self) -> None:
        self.interval = 0.01
        self.rounds = 0

    async def flush(self) -> list[dict[str, Any]]:
        self.rounds += 1
        raise RuntimeError("receiver exploded")


def test_a_failed_change_round_is_logged_and_the_loop_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    notifier = FailingRound()

    async def run_three_rounds() -> None:
        task = asyncio.create_task(notifier.run_periodically())
        while notifier.rounds < 3:
            await asyncio.sleep(0.01)
        await notifier.stop(task)
        assert task.cancelled()

    with caplog.at_level(logging.ERROR, logger="clubcollect_mock"):
        asyncio.run(run_three_rounds())
    failures = [record for record in caplog.records if record.getMessage() == "notification round failed"]
    assert len(failures) >= 2 and all(record.exc_info for record in failures)


def test_a_notifier_keeps_its_own_delivery_log_unless_given_one() -> None:
    store = open_store(None, [Partner(KEY, COMPANY)])
    shared = DeliveryLog()
    assert Notifier(store, None, 1.0, shared).deliveries is shared
    assert isinstance(Notifier(store, None, 1.0).deliveries, DeliveryLog)


def test_a_payment_notifier_keeps_its_own_delivery_log_unless_given_one() -> None:
    desk = PaymentDesk(open_store(None, [Partner(KEY, COMPANY)]))
    shared = DeliveryLog()
    assert PaymentNotifier(desk, None, shared).deliveries is shared
    assert isinstance(PaymentNotifier(desk, None).deliveries, DeliveryLog)


def test_stopping_right_after_a_payment_round_was_scheduled_cancels_it_quietly() -> None:
    async def schedule_then_stop() -> asyncio.Task[Any]:
        # The round is cancelled before it starts, so it never reaches the desk.
        notifier = PaymentNotifier(cast(PaymentDesk, None), "http://127.0.0.1:9/closed")
        notifier.deliver_soon()
        (task,) = notifier._tasks
        await notifier.stop()
        return task

    assert asyncio.run(schedule_then_stop()).cancelled()
