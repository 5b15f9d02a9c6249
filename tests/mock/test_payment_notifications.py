"""Payment notifications to the partner's endpoint: sent at once, re-sent until answered 200 (P12)."""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread as serve

from .conftest import client
from .payment_helpers import pay, query_of
from .receiver import UNCONFIRMING_STATUSES, Receiver, receiving

pytestmark = pytest.mark.mock_control
KEY = secrets.token_hex(20)
COMPANY = secrets.token_hex(20)


@pytest.fixture
def world() -> Iterator[tuple[httpx.Client, httpx.Client, Receiver]]:
    with receiving() as receiver:
        # A long interval: only the immediate attempt and explicit flushes deliver here.
        app = create_app([Partner(KEY, COMPANY)], notify_url=receiver.url, notify_interval=3600)
        with serve(app) as root, client(root + "/api/v2") as api, client(root + "/_mock") as control:
            yield api, control, receiver


def wait_for(receiver: Receiver, count: int) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 10
    while len(receiver.bodies) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    return list(receiver.bodies)


def test_checkout_outcome_is_notified_at_once(world: tuple[httpx.Client, httpx.Client, Receiver]) -> None:
    api, control, receiver = world
    result = query_of(pay(api, COMPANY, KEY, "pending", external_invoice_number="INV-9"))
    (body,) = wait_for(receiver, 1)
    assert body == {
        "api_key": KEY,
        "company_id": COMPANY,
        "invoice_id": result["invoice_id"],
        "external_invoice_number": "INV-9",
        "payment_id": result["payment_id"],
        "payment_method": "ideal",
        "payment_result": "pending",
    }
    later = control.post(
        f"/companies/{COMPANY}/payments/{result['payment_id']}/result", json={"payment_result": "authorized"}
    )
    assert later.status_code == 200
    assert wait_for(receiver, 2)[1]["payment_result"] == "authorized"
    assert control.get("/payments/notifications").json() == []  # all confirmed


@pytest.mark.parametrize("status", UNCONFIRMING_STATUSES)
def test_unconfirmed_notifications_are_sent_again(
    world: tuple[httpx.Client, httpx.Client, Receiver], status: int
) -> None:
    api, control, receiver = world
    receiver.statuses = [status]
    payment_id = query_of(pay(api, COMPANY, KEY, "cancelled"))["payment_id"]
    wait_for(receiver, 1)
    (waiting,) = control.get("/payments/notifications").json()
    assert waiting["payment_id"] == payment_id and "api_key" not in waiting
    flushed = control.post("/payments/notifications/flush").json()["deliveries"]
    assert flushed == [{"payment_id": payment_id, "payment_result": "cancelled", "status": 200}]
    assert [body["payment_id"] for body in receiver.bodies] == [payment_id, payment_id]
    assert control.get("/payments/notifications").json() == []


def test_without_a_notify_url_nothing_is_sent() -> None:
    with serve(create_app([Partner(KEY, COMPANY)])) as root, client(root + "/api/v2") as api:
        pay(api, COMPANY, KEY, "authorized")
        with client(root + "/_mock") as control:
            assert len(control.get("/payments/notifications").json()) == 1
            assert control.post("/payments/notifications/flush").status_code == 409
