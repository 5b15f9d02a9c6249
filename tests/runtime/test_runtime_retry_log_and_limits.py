"""The retry transports' log lines for every kind of retry, sync and async, what a policy and a
Retry-After value accept at their edges, and the transport a retry layer wraps by default."""

from __future__ import annotations

import email.utils
import logging

import httpx
import pytest

from clubcollect_client.runtime.retry import (
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    parse_retry_after,
)
from tests.runtime.test_runtime_retry import NOW, URL, Script, Sleeps, make_async_transport, make_transport

RETRY_LOGGER = "clubcollect_client.runtime.retry"
PATH = httpx.URL(URL).path


def retry_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == RETRY_LOGGER]


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def test_each_retry_is_logged_with_its_reason_and_wait(
    sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script(httpx.ConnectError, 503, 200)
    with (
        caplog.at_level(logging.INFO, logger=RETRY_LOGGER),
        httpx.Client(transport=make_transport(script, sleeps)) as client,
    ):
        client.get(URL)
    assert retry_lines(caplog) == [
        f"retrying GET {PATH} after ConnectError (retry 1, waiting 0.25s)",
        f"retrying GET {PATH} after status 503 (retry 2, waiting 0.50s)",
    ]


@pytest.mark.anyio
async def test_async_retries_are_logged_like_sync_ones(
    sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script(httpx.ConnectError, 503, 200)
    with caplog.at_level(logging.INFO, logger=RETRY_LOGGER):
        async with httpx.AsyncClient(transport=make_async_transport(script, sleeps)) as client:
            await client.get(URL)
    assert retry_lines(caplog) == [
        f"retrying GET {PATH} after ConnectError (retry 1, waiting 0.25s)",
        f"retrying GET {PATH} after status 503 (retry 2, waiting 0.50s)",
    ]


@pytest.mark.anyio
async def test_async_retry_after_as_a_date_counts_from_the_clock(sleeps: Sleeps) -> None:
    later = email.utils.formatdate(NOW + 7, usegmt=True)
    script = Script(httpx.Response(503, headers={"Retry-After": later}), 200)
    async with httpx.AsyncClient(transport=make_async_transport(script, sleeps)) as client:
        assert (await client.get(URL)).status_code == 200
    assert sleeps.delays == [7.0]


def test_a_retry_transport_wraps_a_real_http_transport_by_default() -> None:
    assert isinstance(RetryTransport().transport, httpx.HTTPTransport)
    assert isinstance(AsyncRetryTransport().transport, httpx.AsyncHTTPTransport)


@pytest.mark.parametrize("value", ["1.2.3", "1..2", "9" * 400])
def test_retry_after_numbers_that_are_no_finite_delay_are_unusable(value: str) -> None:
    assert parse_retry_after(value, NOW) is None


def test_policy_bounds_allow_zero_and_refuse_negatives() -> None:
    assert RetryPolicy(backoff_base=0, backoff_max=0, max_retry_after=0).backoff_base == 0
    for name in ("backoff_base", "backoff_max", "max_retry_after"):
        with pytest.raises(ValueError, match=rf"^{name} must be a finite number >= 0$"):
            RetryPolicy(**{name: -0.5})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^max_retries must be >= 0$"):
        RetryPolicy(max_retries=-1)
