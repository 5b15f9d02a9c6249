"""The facade's finer promises: timeouts as given, the async twin's options, exact log lines and
error texts, redaction of odd bodies. Each test pins behaviour a caller can see."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from clubcollect_client import (
    APIConnectionError,
    APITimeoutError,
    AsyncClubCollect,
    ClubCollect,
    ClubCollectError,
    InvalidNotification,
    ResponseValidationError,
    _base_client,
)
from clubcollect_client._base_client import LOGGER_NAME, NOT_GIVEN, NotGiven
from clubcollect_client.api.invoices import get_invoice
from clubcollect_client.pages import AsyncPage, PageInfo, SyncPage
from clubcollect_client.payments import FEED_PAGE_SIZE
from clubcollect_client.runtime.retry import RetryPolicy
from tests.client.test_client_behaviour import (
    CANARY,
    IMPORT_ID,
    INVOICE_ID,
    Recorder,
    invoice_body,
    json_response,
)
from tests.client.test_facade_client import BASE, async_facade, facade
from tests.client.test_payment_call_errors import feed as payment_feed
from tests.client.test_payment_call_redaction import COMPANY

LOGGED = _base_client._LOGGED_BODY_CHARS


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLUBCOLLECT_API_KEY", "CLUBCOLLECT_BASE_URL", "CLUBCOLLECT_LOG"):
        monkeypatch.delenv(name, raising=False)


class FakeClock:
    """perf_counter for the facade's timing: each call 0.25 s after the one before."""

    def __init__(self) -> None:
        self.now = 100.0

    def perf_counter(self) -> float:
        self.now += 0.25
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(_base_client, "time", fake)
    return fake


@pytest.fixture
def info_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.INFO, logger=LOGGER_NAME):
        yield caplog


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == LOGGER_NAME]


def plain(handler: Any) -> httpx.Client:
    """An httpx client with no retry layer: its answers carry no retry count."""
    return httpx.Client(transport=httpx.MockTransport(handler))


# --- timeouts ------------------------------------------------------------------------------


def test_a_timeout_object_is_kept_as_given() -> None:
    given = httpx.Timeout(7.0, connect=1.5)
    recorder = Recorder(json_response(200, invoice_body()))
    facade(recorder, timeout=given).invoices.get(INVOICE_ID)
    facade(recorder).invoices.get(INVOICE_ID, timeout=given)
    assert [r.extensions["timeout"] for r in recorder.requests] == [given.as_dict()] * 2


def test_timeout_none_waits_forever_even_over_a_clients_own_timeout() -> None:
    forever = httpx.Timeout(None).as_dict()
    recorder = Recorder(json_response(200, invoice_body()))
    brought = httpx.Client(transport=httpx.MockTransport(recorder), timeout=3.0)
    ClubCollect(api_key=CANARY, base_url=BASE, http_client=brought, timeout=None).invoices.get(INVOICE_ID)
    facade(recorder).invoices.get(INVOICE_ID, timeout=None)
    assert [r.extensions["timeout"] for r in recorder.requests] == [forever] * 2


def test_not_given_is_falsy_and_named() -> None:
    assert NotGiven() is NOT_GIVEN
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"  # as it shows in help() signatures


# --- the async client's own options --------------------------------------------------------


@pytest.mark.anyio
async def test_async_client_sends_its_timeout_and_default_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    monkeypatch.setattr(httpx, "AsyncHTTPTransport", lambda **_: httpx.MockTransport(recorder))
    async with AsyncClubCollect(
        api_key=CANARY, base_url=BASE, timeout=4.0, default_headers={"X-Team": "fees"}
    ) as acc:
        await acc.invoices.get(INVOICE_ID)
    (request,) = recorder.requests
    assert request.extensions["timeout"] == httpx.Timeout(4.0).as_dict()
    assert request.headers["X-Team"] == "fees"


@pytest.mark.anyio
async def test_async_low_level_functions_use_the_callers_client() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    http = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(recorder))
    acc = AsyncClubCollect(api_key=CANARY, base_url=BASE, http_client=http)
    parsed = await get_invoice.asyncio(client=acc.low_level, invoice_id=INVOICE_ID)
    assert parsed is not None and len(recorder.requests) == 1


@pytest.mark.anyio
async def test_async_client_refuses_http_client_and_transport_together() -> None:
    with pytest.raises(ClubCollectError) as caught:
        AsyncClubCollect(
            api_key=CANARY, http_client=httpx.AsyncClient(), transport=httpx.MockTransport(Recorder())
        )
    assert str(caught.value) == "pass http_client= or transport=, not both"


# --- logging -------------------------------------------------------------------------------


def test_info_log_line_of_an_answer(info_log: pytest.LogCaptureFixture, clock: FakeClock) -> None:
    cc = ClubCollect(
        api_key=CANARY, base_url=BASE, http_client=plain(Recorder(json_response(200, invoice_body())))
    )
    cc.invoices.get(INVOICE_ID)
    assert messages(info_log) == [
        f"GET /api/v2/invoices/{INVOICE_ID} -> 200 in 250.0 ms (get_invoice, 0 retries)"
    ]


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


def test_info_log_line_of_no_answer(info_log: pytest.LogCaptureFixture, clock: FakeClock) -> None:
    with pytest.raises(APIConnectionError):
        facade(refuse, RetryPolicy.disabled()).imports.get(IMPORT_ID)
    assert messages(info_log) == [
        f"GET /api/v2/imports/{IMPORT_ID} -> no answer in 250.0 ms (get_import, ConnectError)"
    ]


@pytest.mark.anyio
async def test_async_info_log_lines(info_log: pytest.LogCaptureFixture, clock: FakeClock) -> None:
    await async_facade(Recorder(json_response(200, invoice_body())), RetryPolicy.disabled()).invoices.get(
        INVOICE_ID
    )
    with pytest.raises(APIConnectionError):
        await async_facade(refuse, RetryPolicy.disabled()).imports.get(IMPORT_ID)
    assert messages(info_log) == [
        f"GET /api/v2/invoices/{INVOICE_ID} -> 200 in 250.0 ms (get_invoice, 0 retries)",
        f"GET /api/v2/imports/{IMPORT_ID} -> no answer in 250.0 ms (get_import, ConnectError)",
    ]


def debug_lines(caplog: pytest.LogCaptureFixture, answer: httpx.Response, **call: Any) -> list[str]:
    with caplog.at_level(logging.DEBUG, logger=LOGGER_NAME):
        cc = ClubCollect(api_key=CANARY, base_url=BASE, http_client=plain(Recorder(answer)))
        if call:
            cc.tickets.create(INVOICE_ID, **call)
        else:
            cc.invoices.get(INVOICE_ID)
    return messages(caplog)[1:]


def test_debug_logs_both_bodies_verbatim_when_short(caplog: pytest.LogCaptureFixture) -> None:
    answer = httpx.Response(200, content=b'{"ticket_id": "x"}')
    with pytest.raises(ResponseValidationError):
        debug_lines(caplog, answer, message="hi")
    assert messages(caplog)[1:] == ['request body: {"message":"hi"}', 'response body: {"ticket_id": "x"}']


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        (b"a" * LOGGED, "a" * LOGGED),
        (b"a" * (LOGGED + 1), "a" * LOGGED + "..."),
        # Four bytes a character: the body is clipped though its first bytes decode to LOGGED characters.
        ("\U0001f600".encode() * (LOGGED + 1), "\U0001f600" * LOGGED + "..."),
        (b"bad \xff byte", "bad \ufffd byte"),
        # A key the clip would cut is redacted whole first: no part of it shows.
        (b"a" * (LOGGED - 4) + CANARY.encode() + b"z", "a" * (LOGGED - 4) + "<red..."),
    ],
    ids=["exactly-the-limit", "one-over", "wide-characters-over", "invalid-utf8", "key-at-the-clip"],
)
def test_debug_log_clips_long_bodies_and_survives_bad_bytes(
    caplog: pytest.LogCaptureFixture, body: bytes, shown: str
) -> None:
    with pytest.raises(ResponseValidationError):
        debug_lines(caplog, httpx.Response(200, content=body))
    assert messages(caplog)[1:] == [f"response body: {shown}"]


# --- errors --------------------------------------------------------------------------------


def test_connection_error_texts_name_the_request_and_the_reason() -> None:
    with pytest.raises(APIConnectionError) as refused:
        facade(refuse, RetryPolicy.disabled()).imports.get(IMPORT_ID)
    assert str(refused.value) == f"GET /api/v2/imports/{IMPORT_ID}: no answer (ConnectError)"
    assert (refused.value.method, refused.value.reason) == ("GET", "no answer (ConnectError)")

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(APITimeoutError) as timed_out:
        facade(slow, RetryPolicy.disabled()).imports.get(IMPORT_ID)
    assert str(timed_out.value) == f"GET /api/v2/imports/{IMPORT_ID}: timed out (ReadTimeout)"
    assert timed_out.value.path == f"/api/v2/imports/{IMPORT_ID}"


@pytest.mark.anyio
async def test_async_connection_error_names_the_method() -> None:
    with pytest.raises(APIConnectionError) as caught:
        await async_facade(refuse, RetryPolicy.disabled()).imports.get(IMPORT_ID)
    assert str(caught.value) == f"GET /api/v2/imports/{IMPORT_ID}: no answer (ConnectError)"


class ProxyRefused(httpx.TransportError):
    """A transport error whose constructor takes more than a message (as some proxies' do)."""

    def __init__(self, message: str, proxy: str) -> None:
        super().__init__(f"{message} via {proxy}")


def test_a_transport_error_with_another_constructor_keeps_its_redacted_message() -> None:
    def failing(request: httpx.Request) -> httpx.Response:
        raise ProxyRefused(f"refused {CANARY}", "proxy.test")

    with pytest.raises(APIConnectionError) as caught:
        facade(failing, RetryPolicy.disabled()).imports.get(IMPORT_ID)
    cause = caught.value.__cause__
    assert type(cause) is httpx.TransportError
    assert str(cause) == "refused <redacted> via proxy.test"


def test_an_unreadable_answer_names_the_request_and_keeps_odd_bytes() -> None:
    body = b"\xff<html>" + CANARY.encode() + b"</html>"
    with pytest.raises(ResponseValidationError) as caught:
        # 201 is no documented success of this call: the facade itself reports it, body attached.
        facade(Recorder(httpx.Response(201, content=body))).invoices.get(INVOICE_ID)
    error = caught.value
    assert (error.method, error.path, error.json_path) == ("GET", f"/api/v2/invoices/{INVOICE_ID}", "$")
    assert error.content == b"\xff<html><redacted></html>"


# --- notifications and repr ----------------------------------------------------------------


def test_notifications_accept_any_safe_id_unless_strict() -> None:
    cc = ClubCollect(api_key=CANARY, base_url=BASE)
    body = json.dumps({"api_key": CANARY, "invoice_ids": ["INV-1"], "import_ids": []})
    assert cc.notifications.parse(body).invoice_ids == ("INV-1",)
    with pytest.raises(InvalidNotification, match=r"invoice_ids\[0\] is not a valid id"):
        cc.notifications.parse(body, strict_ids=True)
    assert repr(cc.notifications) == "Notifications()"  # the key it checks against is not shown


def test_a_clients_repr_names_its_class_and_url_not_its_key() -> None:
    assert repr(ClubCollect(api_key=CANARY, base_url=BASE)) == (
        f"ClubCollect(base_url='{BASE}', api_key='<redacted>')"
    )
    assert repr(AsyncClubCollect(api_key=CANARY, base_url=BASE)).startswith("AsyncClubCollect(")


# --- pages ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_an_async_page_without_totals_stops_at_a_short_page() -> None:
    fetched: list[int] = []

    async def fetch(number: int) -> AsyncPage[int]:
        fetched.append(number)
        items = [number * 10, number * 10 + 1] if number == 1 else [number * 10]
        return AsyncPage(items=items, page_number=number, requested_page_size=2, info=PageInfo(), fetch=fetch)

    first = await fetch(1)
    assert first.page_size == 2 and first.has_next_page()
    second = await first.get_next_page()
    assert not second.has_next_page()
    with pytest.raises(RuntimeError) as caught:
        await second.get_next_page()
    assert str(caught.value) == "this is the last page: check has_next_page() before get_next_page()"
    assert fetched == [1, 2]


def test_the_last_page_says_to_check_has_next_page() -> None:
    def fetch(number: int) -> SyncPage[int]:
        return SyncPage(items=[1], page_number=number, requested_page_size=2, info=PageInfo(), fetch=fetch)

    with pytest.raises(RuntimeError) as caught:
        fetch(1).get_next_page()
    assert str(caught.value) == "this is the last page: check has_next_page() before get_next_page()"
    assert repr(fetch(1)) == "SyncPage(page_number=1, items=1, total_pages=None, total_entries=None)"


# --- payments resource ---------------------------------------------------------------------


def test_the_payments_feed_can_start_at_a_later_page() -> None:
    server = payment_feed(FEED_PAGE_SIZE + 3)
    with ClubCollect(api_key=CANARY, base_url=BASE, transport=httpx.MockTransport(server)) as cc:
        assert len(list(cc.payments.feed(COMPANY, first_page=2))) == 3
        assert repr(cc.payments) == "Payments()"
    assert [r.url.params["page"] for r in server.requests] == ["2"]


@pytest.mark.anyio
async def test_the_async_payments_feed_can_start_at_a_later_page() -> None:
    server = payment_feed(FEED_PAGE_SIZE + 3)
    async with AsyncClubCollect(api_key=CANARY, base_url=BASE, transport=httpx.MockTransport(server)) as acc:
        assert len([p async for p in acc.payments.feed(COMPANY, first_page=2)]) == 3
        assert repr(acc.payments) == "AsyncPayments()"
    assert [r.url.params["page"] for r in server.requests] == ["2"]
