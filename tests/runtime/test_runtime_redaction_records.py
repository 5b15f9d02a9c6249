"""What the redacting log filter leaves of records an application really logs: broken format
strings, exceptions with and without a traceback, and a filter that holds no secret yet."""

from __future__ import annotations

import logging
import secrets
import sys

import pytest

from clubcollect_client.runtime.redaction import REDACTED, RedactingFilter, Secret, install_log_redaction

KEY = "rk-" + "0123456789abcdef" * 2


def record(msg: object, args: object = (), exc_info: object = None) -> logging.LogRecord:
    return logging.LogRecord("app", logging.ERROR, __file__, 1, msg, args, exc_info)  # type: ignore[arg-type]


def test_a_filter_without_secrets_passes_records_through() -> None:
    item = record("plain %s", ("text",))
    assert RedactingFilter().filter(item) and item.getMessage() == "plain text"


def test_a_broken_format_string_is_scrubbed_part_by_part() -> None:
    short = record(f"{KEY} %s %s", (KEY,))
    RedactingFilter([KEY]).filter(short)
    assert (short.msg, short.args) == (f"{REDACTED} %s %s", (REDACTED,))
    keyed = record("%(missing)s", ({"key": KEY},))
    RedactingFilter([KEY]).filter(keyed)
    assert keyed.args == (str({"key": REDACTED}),)


def test_an_exception_without_traceback_is_scrubbed_keeping_its_text() -> None:
    error = ValueError(f"bad key {KEY} tail  ")
    item = record("failed", exc_info=(ValueError, error, None))
    RedactingFilter([KEY]).filter(item)
    assert item.exc_info is None
    assert item.exc_text == f"ValueError: bad key {REDACTED} tail  "


def test_a_raised_exception_keeps_its_traceback_text() -> None:
    try:
        raise ValueError(f"bad key {KEY} endsX")
    except ValueError:
        item = record("failed", exc_info=sys.exc_info())
    RedactingFilter([KEY]).filter(item)
    text = item.exc_text or ""
    assert text.startswith("Traceback (most recent call last):\n")
    assert text.endswith(f"ValueError: bad key {REDACTED} endsX") and "XXXX" not in text


def test_install_adds_the_given_secret(caplog: pytest.LogCaptureFixture) -> None:
    fresh = "fresh-" + secrets.token_hex(16)
    name = "tests.redaction." + secrets.token_hex(4)
    install_log_redaction(Secret(fresh), [name])
    with caplog.at_level(logging.INFO, logger=name):
        logging.getLogger(name).info("key %s", fresh)
    assert fresh not in caplog.text and f"key {REDACTED}" in caplog.text


def test_a_secret_holds_only_text() -> None:
    with pytest.raises(TypeError) as caught:
        Secret(b"bytes")  # type: ignore[arg-type]
    assert str(caught.value) == "Secret value must be a str"


def test_an_empty_secret_is_not_counted() -> None:
    active = RedactingFilter()
    active.add_secret("")
    active.add_secret(Secret(""))
    assert active.secret_count == 0
