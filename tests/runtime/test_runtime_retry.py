"""RetryTransport / AsyncRetryTransport: which failures are retried, how often, how long it waits."""

from __future__ import annotations

import dataclasses
import email.utils
import logging
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from clubcollect_client.runtime.retry import (
    RETRIES_EXTENSION,
    RETRY_POLICY_EXTENSION,
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    backoff_delay,
    parse_retry_after,
    retry_delay,
)

URL = "https://app.clubcollect.com/api/v2/invoices/0123456789abcdef0123456789abcdef01234567"
NOW = 1_700_000_000.0

Outcome = int | httpx.Response | type[httpx.TransportError]


class TrackedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """An unread response body that remembers whether it was closed (sync or async)."""

    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield b"{}"

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"{}"

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Script:
    """A MockTransport handler answering with a fixed sequence of statuses, responses or errors."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self.responses: list[httpx.Response] = []
        self.streams: list[TrackedStream] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if isinstance(request.stream, httpx.ByteStream):
            self.bodies.append(request.read())
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, type):
            raise outcome("scripted failure", request=request)
        # Streams stay open until closed; a Response built from bytes would be closed already.
        if isinstance(outcome, httpx.Response):
            response = outcome
        else:
            response = httpx.Response(outcome, stream=TrackedStream())
        if isinstance(response.stream, TrackedStream):
            self.streams.append(response.stream)
        self.responses.append(response)
        return response

    @property
    def calls(self) -> int:
        return len(self.requests)


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


def half() -> float:
    return 0.5


def make_transport(script: Script, sleeps: Sleeps, policy: RetryPolicy | None = None) -> RetryTransport:
    return RetryTransport(httpx.MockTransport(script), policy, sleep=sleeps, random=half, clock=lambda: NOW)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


# --- pure delay computation -------------------------------------------------------------


def test_backoff_doubles_and_full_jitter_scales_by_random() -> None:
    policy = RetryPolicy()
    assert [backoff_delay(policy, n, half) for n in range(4)] == [0.25, 0.5, 1.0, 2.0]
    assert [backoff_delay(policy, n, lambda: 0.0) for n in range(3)] == [0.0, 0.0, 0.0]


def test_backoff_without_jitter_is_exponential_and_capped() -> None:
    policy = RetryPolicy(jitter=False, backoff_base=0.5, backoff_max=30.0)
    assert [backoff_delay(policy, n, half) for n in range(8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    assert backoff_delay(policy, 10_000, half) == 30.0  # no OverflowError for huge retry numbers


def test_retry_after_seconds_replaces_backoff() -> None:
    assert retry_delay(RetryPolicy(), 0, retry_after="7", now=NOW, random=half) == 7.0
    assert retry_delay(RetryPolicy(), 2, retry_after=" 0 ", now=NOW, random=half) == 0.0


def test_retry_after_http_date_counts_from_now() -> None:
    header = email.utils.formatdate(NOW + 12, usegmt=True)
    assert retry_delay(RetryPolicy(), 0, retry_after=header, now=NOW, random=half) == 12.0


def test_retry_after_is_capped() -> None:
    assert retry_delay(RetryPolicy(), 0, retry_after="3600", now=NOW, random=half) == 60.0
    policy = RetryPolicy(max_retry_after=5.0)
    far = email.utils.formatdate(NOW + 900, usegmt=True)
    assert retry_delay(policy, 0, retry_after=far, now=NOW, random=half) == 5.0


def test_retry_after_ignored_when_policy_says_so() -> None:
    policy = RetryPolicy(respect_retry_after=False)
    assert retry_delay(policy, 1, retry_after="40", now=NOW, random=half) == 0.5


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("120", 120.0),
        ("1.5", 1.5),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),  # in the past: go now
        (email.utils.formatdate(NOW + 3), 3.0),  # "-0000" zone: a naive datetime, read as UTC
        (email.utils.formatdate(NOW + 4).replace("-0000", "+0000"), 4.0),
        (None, None),
        ("", None),
        ("soon", None),
        ("-5", None),
        ("1e999", None),
        ("Mon, 99 Foo 2023 25:61:00 GMT", None),
        ("\uff11\uff12", None),  # full-width digits
    ],
)
def test_parse_retry_after(header: str | None, expected: float | None) -> None:
    assert parse_retry_after(header, NOW) == expected


def test_zoneless_http_date_is_utc_whatever_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert parse_retry_after(email.utils.formatdate(NOW + 3), NOW) == 3.0
    finally:
        monkeypatch.undo()
        time.tzset()


def test_unusable_retry_after_falls_back_to_backoff() -> None:
    assert retry_delay(RetryPolicy(), 1, retry_after="soon", now=NOW, random=half) == 0.5


def test_policy_validation_and_immutability() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError, match="backoff_base"):
        RetryPolicy(backoff_base=float("nan"))
    policy = RetryPolicy(retry_statuses=frozenset({503}), idempotent_methods=frozenset({"get"}))
    assert policy.is_idempotent("GET")
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.max_retries = 9  # type: ignore[misc]
    assert RetryPolicy.disabled().max_retries == 0
    from_tuple = RetryPolicy(retry_statuses=(503, 503, 429))  # any collection; stored as a set
    assert from_tuple.retry_statuses == frozenset({429, 503})
    assert hash(from_tuple) == hash(RetryPolicy(retry_statuses=[429, 503]))
    assert hash(RetryPolicy()) == hash(RetryPolicy())


def test_default_policy_matches_the_contract() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.backoff_base, policy.backoff_max, policy.max_retry_after) == (
        3,
        0.5,
        30.0,
        60.0,
    )
    assert policy.jitter
    assert policy.retry_statuses == {429, 502, 503, 504}
    assert policy.idempotent_methods == {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}


# --- sync transport -----------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS"])
@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_idempotent_methods_retry_listed_statuses(method: str, status: int, sleeps: Sleeps) -> None:
    script = Script(status, status, 200)
    with httpx.Client(transport=make_transport(script, sleeps)) as client:
        response = client.request(method, URL)
    assert response.status_code == 200
    assert script.calls == 3
    assert sleeps.delays == [0.25, 0.5]


@pytest.mark.parametrize(
    "error",
    [httpx.ReadError, httpx.ReadTimeout, httpx.WriteError, httpx.RemoteProtocolError, httpx.PoolTimeout],
)
@pytest.mark.parametrize("method", ["GET", "PUT"])
def test_idempotent_methods_retry_transport_errors(
    method: str, error: type[httpx.TransportError], sleeps: Sleeps
) -> None:
    script = Script(error, 200)
    with httpx.Client(transport=make_transport(script, sleeps)) as client:
        assert client.request(method, URL).status_code == 200
    assert script.calls == 2
    assert sleeps.delays == [0.25]


@pytest.mark.parametrize(
    "outcome", [503, 429, 502, 504, httpx.ReadTimeout, httpx.ReadError, httpx.WriteError]
)
@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_non_idempotent_methods_never_retry_once_sent(method: str, outcome: Outcome, sleeps: Sleeps) -> None:
    script = Script(outcome, 200)
    with httpx.Client(transport=make_transport(script, sleeps)) as client:
        if isinstance(outcome, int):
            assert client.request(method, URL, json={"amount_total_cents": 100}).status_code == outcome
        else:
            assert isinstance(outcome, type)
            with pytest.raises(outcome):
                client.request(method, URL, json={"amount_total_cents": 100})
    assert script.calls == 1
    assert sleeps.delays == []


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout])
def test_post_retries_when_nothing_was_sent(error: type[httpx.TransportError], sleeps: Sleeps) -> None:
    script = Script(error, error, 200)
    with httpx.Client(transport=make_transport(script, sleeps)) as client:
        response = client.post(URL, json={"external_invoice_number": "F-1"})
    assert response.status_code == 200
    assert script.calls == 3
    assert script.bodies == [b'{"external_invoice_number":"F-1"}'] * 3  # the same body each time


def test_retry_after_header_drives_the_wait(sleeps: Sleeps) -> None:
    date = email.utils.formatdate(NOW + 9, usegmt=True)
    script = Script(
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(503, headers={"Retry-After": date}),
        httpx.Response(503, headers={"Retry-After": "86400"}),
        200,
    )
    with httpx.Client(transport=make_transport(script, sleeps)) as client:
        assert client.get(URL).status_code == 200
    assert sleeps.delays == [2.0, 9.0, 60.0]


def test_gives_up_after_max_retries_and_returns_last_response(sleeps: Sleeps) -> None:
    script = Script(503, 503, 503, httpx.Response(503, content=b'{"error": "down"}'), 200)
    with httpx.Client(transport=make_transport(script, sleeps)) as client:
        response = client.get(URL)
        assert response.status_code == 503
        assert response.content == b'{"error": "down"}'  # the returned one is still readable
    assert script.calls == 4
    assert sleeps.delays == [0.25, 0.5, 1.0]
    assert script.outcomes == [200]


def test_discarded_responses_are_closed_before_retrying(sleeps: Sleeps) -> None:
    script = Script(503, 502, 200)
    with httpx.Client(transport=make_transport(script, sleeps)) as client:
        client.get(URL)
    assert [r.is_closed for r in script.responses[:2]] == [True, True]
    assert [stream.closed for stream in script.streams[:2]] == [True, True]


def test_the_response_handed_back_is_left_open(sleeps: Sleeps) -> None:
    script = Script(503, 503, 503, 503)
    response = make_transport(script, sleeps).handle_request(httpx.Request("GET", URL))
    assert response.status_code == 503
    assert [stream.closed for stream in script.streams] == [True, True, True, False]
    assert response.read() == b"{}"


def test_gives_up_after_max_retries_and_reraises(sleeps: Sleeps) -> None:
    script = Script(*[httpx.ReadTimeout] * 4)
    with httpx.Client(transport=make_transport(script, sleeps)) as client, pytest.raises(httpx.ReadTimeout):
        client.get(URL)
    assert script.calls == 4


def test_custom_max_retries(sleeps: Sleeps) -> None:
    script = Script(503, 503, 200)
    with httpx.Client(transport=make_transport(script, sleeps, RetryPolicy(max_retries=1))) as client:
        assert client.get(URL).status_code == 503
    assert script.calls == 2


@pytest.mark.parametrize("status", [200, 400, 401, 404, 422, 500, 501, 520])
def test_other_statuses_are_not_retried(status: int, sleeps: Sleeps) -> None:
    script = Script(status, 200)
    with httpx.Client(transport=make_transport(script, sleeps)) as client:
        assert client.get(URL).status_code == status
    assert script.calls == 1


@pytest.mark.parametrize("error", [httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.ProxyError])
def test_errors_a_retry_cannot_fix_are_raised_at_once(
    error: type[httpx.TransportError], sleeps: Sleeps
) -> None:
    script = Script(error, 200)
    with httpx.Client(transport=make_transport(script, sleeps)) as client, pytest.raises(error):
        client.get(URL)
    assert script.calls == 1


@pytest.mark.parametrize("outcome", [503, httpx.ConnectError])
def test_disabled_policy_never_retries(outcome: Outcome, sleeps: Sleeps) -> None:
    script = Script(outcome, 200)
    with httpx.Client(transport=make_transport(script, sleeps, RetryPolicy.disabled())) as client:
        if isinstance(outcome, int):
            assert client.get(URL).status_code == outcome
        else:
            with pytest.raises(httpx.ConnectError):
                client.get(URL)
    assert script.calls == 1


def test_streamed_request_body_is_not_replayed(sleeps: Sleeps) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"name": "Club"}'

    script = Script(503, 200)
    with httpx.Client(transport=make_transport(script, sleeps)) as client:
        assert client.put(URL, content=chunks()).status_code == 503
    assert script.calls == 1


def test_retry_log_names_the_path_but_not_the_query(sleeps: Sleeps, caplog: pytest.LogCaptureFixture) -> None:
    canary = "canary-0123456789abcdef0123456789abcdef"
    script = Script(503, 200)
    with (
        caplog.at_level(logging.INFO, logger="clubcollect_client.runtime.retry"),
        httpx.Client(transport=make_transport(script, sleeps)) as client,
    ):
        client.get(URL, params={"api_key": canary})
    retry_lines = [r.getMessage() for r in caplog.records if r.name == "clubcollect_client.runtime.retry"]
    assert retry_lines == [
        "retrying GET /api/v2/invoices/0123456789abcdef0123456789abcdef01234567 after status 503 "
        "(retry 1, waiting 0.25s)"
    ]
    assert canary not in caplog.text


def test_close_is_delegated() -> None:
    closed: list[bool] = []

    class Inner(httpx.MockTransport):
        def close(self) -> None:
            closed.append(True)

    RetryTransport(Inner(Script())).close()
    assert closed == [True]


# --- async transport ----------------------------------------------------------------------


def make_async_transport(
    script: Script, sleeps: Sleeps, policy: RetryPolicy | None = None
) -> AsyncRetryTransport:
    return AsyncRetryTransport(
        httpx.MockTransport(script), policy, sleep=sleeps.asleep, random=half, clock=lambda: NOW
    )


@pytest.mark.anyio
@pytest.mark.parametrize("status", [429, 502, 503, 504])
async def test_async_get_retries_listed_statuses(status: int, sleeps: Sleeps) -> None:
    slow_down = httpx.Response(status, headers={"Retry-After": "3"}, stream=TrackedStream())
    script = Script(status, slow_down, 200)
    async with httpx.AsyncClient(transport=make_async_transport(script, sleeps)) as client:
        assert (await client.get(URL)).status_code == 200
        assert script.calls == 3
        assert sleeps.delays == [0.25, 3.0]
        assert [stream.closed for stream in script.streams[:2]] == [True, True]


@pytest.mark.anyio
@pytest.mark.parametrize("outcome", [503, 429, httpx.ReadTimeout])
async def test_async_post_is_not_retried_once_sent(outcome: Outcome, sleeps: Sleeps) -> None:
    script = Script(outcome, 200)
    async with httpx.AsyncClient(transport=make_async_transport(script, sleeps)) as client:
        if isinstance(outcome, int):
            assert (await client.post(URL, json={})).status_code == outcome
        else:
            assert isinstance(outcome, type)
            with pytest.raises(outcome):
                await client.post(URL, json={})
    assert script.calls == 1
    assert sleeps.delays == []


@pytest.mark.anyio
async def test_async_post_retries_connect_error(sleeps: Sleeps) -> None:
    script = Script(httpx.ConnectError, 200)
    async with httpx.AsyncClient(transport=make_async_transport(script, sleeps)) as client:
        assert (await client.post(URL, json={})).status_code == 200
    assert script.calls == 2


@pytest.mark.anyio
async def test_async_put_retries_read_errors_then_gives_up(sleeps: Sleeps) -> None:
    script = Script(*[httpx.ReadError] * 4)
    async with httpx.AsyncClient(transport=make_async_transport(script, sleeps)) as client:
        with pytest.raises(httpx.ReadError):
            await client.put(URL, json={})
    assert script.calls == 4
    assert sleeps.delays == [0.25, 0.5, 1.0]


@pytest.mark.anyio
async def test_async_disabled_policy(sleeps: Sleeps) -> None:
    script = Script(503, 200)
    transport = make_async_transport(script, sleeps, RetryPolicy.disabled())
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.get(URL)).status_code == 503
    assert script.calls == 1


# --- per-request policy and the retry count ------------------------------------------------


def test_a_policy_in_the_request_extensions_replaces_the_transports(sleeps: Sleeps) -> None:
    script = Script(503, 503, 503, 200)
    with httpx.Client(transport=make_transport(script, sleeps)) as client:
        once = client.get(URL, extensions={RETRY_POLICY_EXTENSION: RetryPolicy.disabled()})
        assert once.status_code == 503 and script.calls == 1
        assert once.extensions[RETRIES_EXTENSION] == 0
        again = client.get(URL)  # the transport's own policy: three retries
        assert again.status_code == 200 and script.calls == 4
        assert again.extensions[RETRIES_EXTENSION] == 2


def test_something_else_in_the_extension_is_ignored(sleeps: Sleeps) -> None:
    script = Script(503, 200)
    with httpx.Client(transport=make_transport(script, sleeps)) as client:
        assert client.get(URL, extensions={RETRY_POLICY_EXTENSION: 0}).status_code == 200
    assert script.calls == 2


@pytest.mark.anyio
async def test_async_per_request_policy_and_retry_count(sleeps: Sleeps) -> None:
    script = Script(502, 502, 200)
    async with httpx.AsyncClient(transport=make_async_transport(script, sleeps)) as client:
        response = await client.get(URL, extensions={RETRY_POLICY_EXTENSION: RetryPolicy(max_retries=5)})
    assert response.status_code == 200
    assert response.extensions[RETRIES_EXTENSION] == 2


@pytest.mark.parametrize("value", ["1.2.3", "9" * 400], ids=["two-dots", "beyond-a-float"])
def test_retry_after_that_is_no_number_of_seconds_is_unusable(value: str) -> None:
    assert parse_retry_after(value, now=0.0) is None
