"""The facade's log lines, exactly as an operator reads them: what CLUBCOLLECT_LOG sets up, the
one-line summary of an answer or of no answer (time measured on a fake clock), and the bodies at
debug level, key redacted."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from clubcollect_client import APIConnectionError, AsyncClubCollect, ClubCollect
from clubcollect_client import _base_client as base_client
from clubcollect_client._base_client import LOGGER_NAME
from clubcollect_client.runtime.redaction import REDACTED
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

logger = logging.getLogger(LOGGER_NAME)


class FakeClock:
    """Stands in for the ``time`` module of _base_client: each perf_counter() call reads the next value."""

    def __init__(self, *readings: float) -> None:
        self.readings = list(readings)

    def perf_counter(self) -> float:
        return self.readings.pop(0)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """A request that starts at 100.0 s and is judged at 100.25 s took 250.0 ms."""
    fake = FakeClock(100.0, 100.25)
    monkeypatch.setattr(base_client, "time", fake)
    return fake


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLUBCOLLECT_API_KEY", "CLUBCOLLECT_BASE_URL", "CLUBCOLLECT_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def restored_logger() -> Iterator[logging.Logger]:
    """Our logger's handlers and level put back as they were (CLUBCOLLECT_LOG changes both)."""
    handlers, level = list(logger.handlers), logger.level
    for handler in handlers:
        if getattr(handler, "clubcollect_env", False):
            logger.removeHandler(handler)
    try:
        yield logger
    finally:
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
        for handler in handlers:
            logger.addHandler(handler)
        logger.setLevel(level)


def messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == LOGGER_NAME]


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


# --- CLUBCOLLECT_LOG -----------------------------------------------------------------------


def test_clubcollect_log_writes_timestamped_lines_to_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], restored_logger: logging.Logger
) -> None:
    monkeypatch.setenv("CLUBCOLLECT_LOG", " Info ")
    cc = ClubCollect(
        api_key=CANARY,
        base_url=BASE,
        http_client=httpx.Client(transport=httpx.MockTransport(Recorder(json_response(200, invoice_body())))),
    )
    cc.invoices.get(INVOICE_ID)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    stamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}"
    summary = rf"GET /api/v2/invoices/{INVOICE_ID} -> 200 in [\d.]+ ms \(get_invoice, 0 retries\)"
    pattern = rf"{stamp} clubcollect_client INFO {summary}"
    assert re.fullmatch(pattern, lines[0]), lines[0]


def test_clubcollect_log_keeps_handlers_the_application_added(
    monkeypatch: pytest.MonkeyPatch, restored_logger: logging.Logger
) -> None:
    # A handler of the application's own (no clubcollect_env mark) is not ours: ours is added beside it.
    theirs = logging.NullHandler()
    restored_logger.addHandler(theirs)
    monkeypatch.setenv("CLUBCOLLECT_LOG", "debug")
    ClubCollect(api_key=CANARY, base_url=BASE)
    ours = [handler for handler in restored_logger.handlers if handler is not theirs]
    assert theirs in restored_logger.handlers
    assert len(ours) == 1 and isinstance(ours[0], logging.StreamHandler)
    assert restored_logger.level == logging.DEBUG


@pytest.mark.parametrize("value", ["", "warning", "verbose"])
def test_other_clubcollect_log_values_set_up_nothing(
    monkeypatch: pytest.MonkeyPatch, restored_logger: logging.Logger, value: str
) -> None:
    before = (list(restored_logger.handlers), restored_logger.level)
    monkeypatch.setenv("CLUBCOLLECT_LOG", value)
    ClubCollect(api_key=CANARY, base_url=BASE)
    assert (list(restored_logger.handlers), restored_logger.level) == before


# --- one line per request ------------------------------------------------------------------


def test_the_summary_line_says_what_took_how_long(caplog: pytest.LogCaptureFixture, clock: FakeClock) -> None:
    # A plain httpx client (no retry transport) records no retries: the line says 0.
    http = httpx.Client(transport=httpx.MockTransport(Recorder(json_response(200, invoice_body()))))
    with caplog.at_level(logging.INFO, logger=LOGGER_NAME):
        ClubCollect(api_key=CANARY, base_url=BASE, http_client=http).invoices.get(INVOICE_ID)
    assert messages(caplog) == [
        f"GET /api/v2/invoices/{INVOICE_ID} -> 200 in 250.0 ms (get_invoice, 0 retries)"
    ]
    assert clock.readings == []


def test_no_answer_is_logged_with_its_time_and_reason(
    caplog: pytest.LogCaptureFixture, clock: FakeClock
) -> None:
    with caplog.at_level(logging.INFO, logger=LOGGER_NAME), pytest.raises(APIConnectionError):
        facade(refuse, RetryPolicy.disabled(), auth_location="query").imports.get(IMPORT_ID)
    assert messages(caplog) == [
        f"GET /api/v2/imports/{IMPORT_ID} -> no answer in 250.0 ms (get_import, ConnectError)"
    ]
    assert CANARY not in caplog.text


def test_without_info_logging_the_clock_is_not_read(
    caplog: pytest.LogCaptureFixture, clock: FakeClock
) -> None:
    logger.setLevel(logging.NOTSET)
    with caplog.at_level(logging.WARNING):
        facade(Recorder(json_response(200, invoice_body()))).invoices.get(INVOICE_ID)
        with pytest.raises(APIConnectionError):
            facade(refuse, RetryPolicy.disabled()).imports.get(IMPORT_ID)
    assert messages(caplog) == []
    assert clock.readings == [100.0, 100.25]


def test_debug_lines_show_each_body_exactly_with_the_key_redacted(caplog: pytest.LogCaptureFixture) -> None:
    ticket = {
        "ticket_id": "d" * 40,
        "message": f"echo {CANARY}",
        "sender": "COMPANY",
        "date": "2026-01-01T00:00:00Z",
    }
    recorder = Recorder(json_response(200, ticket))
    with caplog.at_level(logging.DEBUG, logger=LOGGER_NAME):
        facade(recorder, auth_location="query").tickets.create(INVOICE_ID, message=f"my key is {CANARY}")
    sent = recorder.requests[0].content.decode()
    summary, request_line, response_line = messages(caplog)
    assert summary.startswith(f"POST /api/v2/invoices/{INVOICE_ID}/tickets -> 200 in ")
    assert request_line == "request body: " + sent.replace(CANARY, REDACTED)
    assert response_line == "response body: " + json.dumps(ticket).replace(CANARY, REDACTED)
    assert CANARY not in caplog.text  # the summary's path too: the key travels in the query here


def test_a_request_without_a_body_logs_only_the_answer_body(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger=LOGGER_NAME):
        facade(Recorder(json_response(200, invoice_body()))).invoices.get(INVOICE_ID)
    assert messages(caplog)[1:] == ["response body: " + json.dumps(invoice_body())]


# --- async ---------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_summary_lines_match_the_sync_ones(
    caplog: pytest.LogCaptureFixture, clock: FakeClock
) -> None:
    clock.readings += [200.0, 200.5]
    http = httpx.AsyncClient(transport=httpx.MockTransport(Recorder(json_response(200, invoice_body()))))
    with caplog.at_level(logging.INFO, logger=LOGGER_NAME):
        await AsyncClubCollect(api_key=CANARY, base_url=BASE, http_client=http).invoices.get(INVOICE_ID)
        with pytest.raises(APIConnectionError) as caught:
            await async_facade(refuse, RetryPolicy.disabled()).imports.get(IMPORT_ID)
    assert messages(caplog) == [
        f"GET /api/v2/invoices/{INVOICE_ID} -> 200 in 250.0 ms (get_invoice, 0 retries)",
        f"GET /api/v2/imports/{IMPORT_ID} -> no answer in 500.0 ms (get_import, ConnectError)",
    ]
    error: Any = caught.value
    assert (error.method, error.path, error.reason) == (
        "GET",
        f"/api/v2/imports/{IMPORT_ID}",
        "no answer (ConnectError)",
    )
