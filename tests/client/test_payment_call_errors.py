"""What the signed payment calls' errors say: the operation, method, path, status, JSON path and
error code of each failure, sync and async; the arguments they refuse; how the feed pages."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from clubcollect_client import AuthenticatedClient
from clubcollect_client.payments import (
    FEED_PAGE_SIZE,
    InvalidPaymentRequest,
    PaymentCallRefused,
    aget_payment,
    aiter_payment_feed,
    apayment_feed_page,
    get_payment,
    iter_payment_feed,
    payment_feed_page,
)
from clubcollect_client.runtime.errors import APIStatusError, ResponseValidationError
from clubcollect_client.runtime.redaction import REDACTED
from tests.client.key_leaks import CANARY, MODES, client_for
from tests.client.test_payment_call_redaction import COMPANY, PAYMENT_ID, patch_parsers, refusal_body

STATUS_PATH = f"/payments/{PAYMENT_ID}"
FEED_PATH = "/payments/notifications"


def payment(number: int) -> dict[str, Any]:
    return {
        "company_id": COMPANY,
        "invoice_id": "1" * 40,
        "payment_id": f"order-{number:010d}",
        "payment_method": "ideal",
        "payment_result": "authorized",
        "external_invoice_number": None,
        "created_at": "2026-01-01T00:00:00+00:00",
        "updated_at": "2026-01-01T00:00:00+00:00",
    }


class Server:
    """A MockTransport handler: answers from ``answer(request)``, remembers each request."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)


def fixed(status: int, body: bytes, **headers: str) -> Server:
    return Server(lambda request: httpx.Response(status, content=body, headers=headers, request=request))


def feed(total: int) -> Server:
    """A feed of ``total`` payments, FEED_PAGE_SIZE a page."""

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        numbers = range((page - 1) * FEED_PAGE_SIZE, min(page * FEED_PAGE_SIZE, total))
        return httpx.Response(200, json=[payment(n) for n in numbers], request=request)

    return Server(answer)


def client(server: Server, **options: Any) -> AuthenticatedClient:
    return client_for(httpx.MockTransport(server), **options)


def status_call(c: AuthenticatedClient) -> object:
    return get_payment(c, PAYMENT_ID, company_id=COMPANY)


def feed_call(c: AuthenticatedClient) -> object:
    return payment_feed_page(c, COMPANY)


async def astatus_call(c: AuthenticatedClient) -> object:
    return await aget_payment(c, PAYMENT_ID, company_id=COMPANY)


async def afeed_call(c: AuthenticatedClient) -> object:
    return await apayment_feed_page(c, COMPANY)


SYNC = {"get_payment": (status_call, STATUS_PATH), "list_payment_notifications": (feed_call, FEED_PATH)}
ASYNC = {"get_payment": (astatus_call, STATUS_PATH), "list_payment_notifications": (afeed_call, FEED_PATH)}


# --- arguments -----------------------------------------------------------------------------


@pytest.mark.parametrize("payment_id", ["", "notifications", 42])
def test_a_payment_id_that_is_no_id_is_refused_before_sending(payment_id: Any) -> None:
    server = feed(0)
    with pytest.raises(InvalidPaymentRequest) as caught:
        get_payment(client(server), payment_id, company_id=COMPANY)
    assert str(caught.value) == "payment_id must be a payment's id, not empty or a /payments/ path name"
    assert server.requests == []


@pytest.mark.parametrize("company_id", ["", None])
def test_a_missing_company_is_refused_before_sending(company_id: Any) -> None:
    server = feed(0)
    with pytest.raises(InvalidPaymentRequest) as caught:
        get_payment(client(server), PAYMENT_ID, company_id=company_id)
    assert str(caught.value) == "company_id must be a non-empty string"
    assert server.requests == []


# --- status errors -------------------------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("call", SYNC)
def test_a_status_error_names_the_request_and_its_code(call: str, mode: str) -> None:
    body = json.dumps({"error": "unauthorized"}).encode()
    do, path = SYNC[call]
    with pytest.raises(APIStatusError) as caught:
        do(client(fixed(401, body, **{"X-Request-Id": "r-1"}), **MODES[mode]))
    error = caught.value
    assert (error.status_code, error.error_code, error.method) == (401, "unauthorized", "GET")
    assert error.path.endswith(path)
    assert error.headers["x-request-id"] == "r-1"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("call", SYNC)
def test_a_refusal_names_the_request_and_keeps_the_headers(call: str, mode: str) -> None:
    do, path = SYNC[call]
    with pytest.raises(PaymentCallRefused) as caught:
        do(client(fixed(422, refusal_body("bare"), **{"X-Request-Id": "r-2"}), **MODES[mode]))
    error = caught.value
    assert (error.status_code, error.error_code, error.method) == (422, "invalid_params", "GET")
    assert error.path.endswith(path)
    assert error.headers["x-request-id"] == "r-2"


# --- unreadable answers --------------------------------------------------------------------


def assert_unreadable(error: ResponseValidationError, operation: str, path: str) -> None:
    assert (error.operation, error.status_code, error.method, error.json_path) == (operation, 200, "GET", "$")
    assert error.path.endswith(path)


@pytest.mark.parametrize("call", SYNC)
def test_a_body_the_reader_refuses_names_the_call(call: str) -> None:
    do, path = SYNC[call]
    with pytest.raises(ResponseValidationError) as caught:
        do(client(fixed(200, f"<html>{CANARY}</html>".encode())))
    assert_unreadable(caught.value, call, path)
    assert REDACTED in caught.value.content.decode()


@pytest.mark.parametrize("call", SYNC)
def test_a_parser_failure_names_the_call(call: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def choke(**_: Any) -> None:
        raise ValueError(f"{CANARY!r} is not a valid PaymentResult")

    patch_parsers(monkeypatch, choke)
    do, path = SYNC[call]
    with pytest.raises(ResponseValidationError) as caught:
        do(client(fixed(200, b"{}")))
    assert_unreadable(caught.value, call, path)
    assert caught.value.problem == f"ValueError: '{REDACTED}' is not a valid PaymentResult"


@pytest.mark.parametrize("call", SYNC)
def test_an_answer_of_the_wrong_shape_names_the_call(call: str, monkeypatch: pytest.MonkeyPatch) -> None:
    patch_parsers(monkeypatch, lambda **_: "not a payment")
    do, path = SYNC[call]
    with pytest.raises(ResponseValidationError) as caught:
        do(client(fixed(200, b"\xff" + CANARY.encode())))
    assert_unreadable(caught.value, call, path)
    # Bytes that are not UTF-8 stay as they were; only the key goes.
    assert caught.value.content == b"\xff" + REDACTED.encode()


@pytest.mark.anyio
@pytest.mark.parametrize("call", ASYNC)
async def test_async_failures_name_the_call(call: str, monkeypatch: pytest.MonkeyPatch) -> None:
    do, path = ASYNC[call]
    async with client(fixed(200, b"<html>")) as c:
        with pytest.raises(ResponseValidationError) as unreadable:
            await do(c)
    assert_unreadable(unreadable.value, call, path)

    async with client(fixed(422, refusal_body("bare")), raise_on_unexpected_status=False) as c:
        with pytest.raises(PaymentCallRefused) as refused:
            await do(c)
    assert refused.value.path.endswith(path)

    def choke(**_: Any) -> None:
        raise ValueError("no")

    patch_parsers(monkeypatch, choke)
    async with client(fixed(200, b"{}")) as c:
        with pytest.raises(ResponseValidationError) as failed:
            await do(c)
    assert_unreadable(failed.value, call, path)

    patch_parsers(monkeypatch, lambda **_: "not a payment")
    async with client(fixed(200, b"{}")) as c:
        with pytest.raises(ResponseValidationError) as wrong:
            await do(c)
    assert_unreadable(wrong.value, call, path)


# --- the feed ------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_a_feed_page_is_page_one_unless_asked() -> None:
    server = feed(3)
    assert len(payment_feed_page(client(server), COMPANY)) == 3
    async with client(server) as c:
        assert len(await apayment_feed_page(c, COMPANY)) == 3
    assert [r.url.params["page"] for r in server.requests] == ["1", "1"]


def test_the_feed_stops_at_a_short_page_and_can_start_later() -> None:
    server = feed(FEED_PAGE_SIZE + 3)
    assert len(list(iter_payment_feed(client(server), COMPANY))) == FEED_PAGE_SIZE + 3
    assert [r.url.params["page"] for r in server.requests] == ["1", "2"]  # no request for page 3
    server.requests.clear()
    assert len(list(iter_payment_feed(client(server), COMPANY, first_page=2))) == 3
    assert [r.url.params["page"] for r in server.requests] == ["2"]


@pytest.mark.anyio
async def test_the_async_feed_stops_at_a_short_page_and_can_start_later() -> None:
    server = feed(FEED_PAGE_SIZE + 3)
    async with client(server) as c:
        assert len([p async for p in aiter_payment_feed(c, COMPANY)]) == FEED_PAGE_SIZE + 3
        assert [r.url.params["page"] for r in server.requests] == ["1", "2"]
        server.requests.clear()
        assert len([p async for p in aiter_payment_feed(c, COMPANY, first_page=2)]) == 3
    assert [r.url.params["page"] for r in server.requests] == ["2"]
