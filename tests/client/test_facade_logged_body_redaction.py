"""The key kept out of our logger: a logged body whose head is mostly key is redacted whole, bad
bytes and all, and a client puts its key into the redaction filter of the ``clubcollect_client``
logger itself, so a line any code logs there is scrubbed too."""

from __future__ import annotations

import logging

import httpx
import pytest

from clubcollect_client import ClubCollect, ResponseValidationError, _base_client
from clubcollect_client._base_client import LOGGER_NAME
from clubcollect_client.runtime.redaction import REDACTED, RedactingFilter
from tests.client.test_client_behaviour import CANARY, INVOICE_ID, Recorder
from tests.client.test_facade_client import BASE
from tests.client.test_facade_details import debug_lines, plain

LOGGED = _base_client._LOGGED_BODY_CHARS


def test_a_body_of_keys_with_bad_bytes_past_the_head_is_logged_redacted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Redacted, the first 16 KiB of keys are too short to show a cut key safely, so the whole body
    # is redacted instead: its invalid byte (beyond those 16 KiB) must not stop the log line.
    keys = (LOGGED * 4) // len(CANARY) + 2
    body = CANARY.encode() * keys + b"\xff tail"
    with pytest.raises(ResponseValidationError):
        debug_lines(caplog, httpx.Response(200, content=body))
    whole = REDACTED * keys + "\ufffd tail"
    assert len(whole) > LOGGED
    assert [r.getMessage() for r in caplog.records if r.name == LOGGER_NAME][1:] == [
        f"response body: {whole[:LOGGED]}..."
    ]


def test_a_client_scrubs_its_key_from_lines_logged_on_our_logger(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    ours = logging.getLogger(LOGGER_NAME)
    # Start from a logger no earlier client has touched (monkeypatch puts the filters back).
    monkeypatch.setattr(ours, "filters", [f for f in ours.filters if not isinstance(f, RedactingFilter)])
    ClubCollect(api_key=CANARY, base_url=BASE)
    with caplog.at_level(logging.INFO, logger=LOGGER_NAME):
        ours.info("an extension logs %s", CANARY)
    assert [r.getMessage() for r in caplog.records] == [f"an extension logs {REDACTED}"]


def test_a_url_encoded_key_cut_by_the_clip_is_not_shown_in_part(caplog: pytest.LogCaptureFixture) -> None:
    # A key with URL-special characters is three times longer URL-encoded: the head read for
    # redaction must reach past the clip by the longest form, or the encoded key is cut unredacted.
    key = "k/" * 10
    encoded = "k%2F" * 10
    body = "\U0001f600" * 4092 + encoded + "z" * 100
    with caplog.at_level(logging.DEBUG, logger=LOGGER_NAME):
        cc = ClubCollect(
            api_key=key, base_url=BASE, http_client=plain(Recorder(httpx.Response(200, content=body)))
        )
        with pytest.raises(ResponseValidationError):
            cc.invoices.get(INVOICE_ID)
    shown = [r.getMessage() for r in caplog.records if r.name == LOGGER_NAME][1:]
    assert shown == ["response body: " + "\U0001f600" * 4092 + REDACTED[:4] + "..."]
