"""Payment notifications to the partner's endpoint: sent at once, re-sent until answered 200 (P12)."""

from __future__ import annotations

import logging
import secrets
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
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


def waiting_after_confirmation(control: httpx.Client) -> list[Any]:
    """The waiting list once the mock has read the receiver's answer (it does so just after the
    receiver has the body), or what still waits after 10 s."""
    deadline = time.monotonic() + 10
    waiting: list[Any] = control.get("/payments/notifications").json()
    while waiting and time.monotonic() < deadline:
        time.sleep(0.02)
        waiting = control.get("/payments/notifications").json()
    return waiting


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
    assert waiting_after_confirmation(control) == []  # all confirmed


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


def waiting_ids(control: httpx.Client) -> list[str]:
    return [doc["payment_id"] for doc in control.get("/payments/notifications").json()]


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def test_an_unreachable_endpoint_is_reported_and_retried() -> None:
    app = create_app([Partner(KEY, COMPANY)], notify_url=f"http://127.0.0.1:{closed_port()}/hook")
    with serve(app) as root, client(root + "/api/v2") as api, client(root + "/_mock") as control:
        payment_id = query_of(pay(api, COMPANY, KEY, "refused"))["payment_id"]
        flushed = control.post("/payments/notifications/flush")
        assert flushed.json() == {
            "deliveries": [
                {
                    "payment_id": payment_id,
                    "payment_result": "refused",
                    "status": None,
                    "error": "ConnectError",
                }
            ]
        }
        assert waiting_ids(control) == [payment_id]


def test_the_environments_proxy_settings_are_ignored(
    world: tuple[httpx.Client, httpx.Client, Receiver], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A partner's CI often sets a proxy for the outside world; the notifications go straight out.
    api, control, receiver = world
    dead_proxy = f"http://127.0.0.1:{closed_port()}"
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, dead_proxy)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    payment_id = query_of(pay(api, COMPANY, KEY, "authorized"))["payment_id"]
    wait_for(receiver, 1)
    control.post("/payments/notifications/flush").raise_for_status()  # waits for the round under way
    assert [body["payment_id"] for body in receiver.bodies] == [payment_id]
    assert control.get("/payments/notifications").json() == []


def test_each_waiting_payment_is_listed_once_in_order() -> None:
    with serve(create_app([Partner(KEY, COMPANY)])) as root, client(root + "/api/v2") as api:
        made = [query_of(pay(api, COMPANY, KEY, outcome))["payment_id"] for outcome in ("pending", "refused")]
        with client(root + "/_mock") as control:
            waiting = control.get("/payments/notifications").json()
    assert [(doc["payment_id"], doc["payment_result"]) for doc in waiting] == [
        (made[0], "pending"),
        (made[1], "refused"),
    ]


class _Problems(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")


@contextmanager
def logged_problems() -> Iterator[list[str]]:
    """Warnings and errors logged anywhere meanwhile (uvicorn's own loggers do not propagate)."""
    handler = _Problems()
    loggers = [logging.getLogger(), logging.getLogger("uvicorn")]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def test_a_mock_that_delivered_stops_without_an_error_logged() -> None:
    with logged_problems() as problems, receiving() as receiver:
        app = create_app([Partner(KEY, COMPANY)], notify_url=receiver.url, notify_interval=3600)
        with serve(app) as root, client(root + "/api/v2") as api, client(root + "/_mock") as control:
            pay(api, COMPANY, KEY, "pending")
            wait_for(receiver, 1)
            control.post("/payments/notifications/flush").raise_for_status()  # the first round is over
    assert problems == []


def test_a_failed_round_is_logged_and_the_notice_kept() -> None:
    # A notify URL httpx cannot even parse fails the whole round, not one delivery.
    round_failed = "clubcollect_mock.payments.notices: payment notification round failed"
    with logged_problems() as problems:
        app = create_app([Partner(KEY, COMPANY)], notify_url="http://[::1/hook", notify_interval=3600)
        with serve(app) as root, client(root + "/api/v2") as api, client(root + "/_mock") as control:
            payment_id = query_of(pay(api, COMPANY, KEY, "cancelled"))["payment_id"]
            deadline = time.monotonic() + 10
            while round_failed not in problems and time.monotonic() < deadline:
                time.sleep(0.02)
            assert waiting_ids(control) == [payment_id]
    assert round_failed in problems
