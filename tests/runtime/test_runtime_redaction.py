"""The API key never shows in reprs, formatted strings, log output or logged tracebacks."""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from clubcollect_client.runtime.redaction import (
    HTTP_LOGGER_NAMES,
    REDACTED,
    RedactingFilter,
    Secret,
    install_log_redaction,
    redact,
)

CANARY = "canary-0123456789abcdef0123456789abcdef"
SECOND = "second-fedcba9876543210fedcba9876543210"
API = "https://app.clubcollect.com/api/v2/invoices"


@pytest.fixture(autouse=True)
def clean_http_loggers() -> Iterator[None]:
    """Leave the process-wide httpx/httpcore loggers as they were found."""
    saved = {
        name: (list(logging.getLogger(name).filters), logging.getLogger(name).level)
        for name in HTTP_LOGGER_NAMES
    }
    yield
    for name, (filters, level) in saved.items():
        logger = logging.getLogger(name)
        logger.filters[:] = filters
        logger.setLevel(level)


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Output of a handler on the httpx logger, formatted like a typical application does."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    logger = logging.getLogger("httpx")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield stream
    logger.removeHandler(handler)


# --- Secret ----------------------------------------------------------------------------------


def test_secret_shows_only_the_marker() -> None:
    secret = Secret(CANARY)

    @dataclass
    class Settings:
        api_key: Secret

    renderings = [
        str(secret),
        repr(secret),
        f"{secret}",
        f"{secret!r}",
        f"{secret:>60}",
        "%s %r" % (secret, secret),  # noqa: UP031 - the old operator is what logging uses
        "{}".format(secret),  # noqa: UP032
        repr([secret]),
        repr({"key": secret}),
        repr(Settings(secret)),
    ]
    for text in renderings:
        assert CANARY not in text
        assert REDACTED in text
    assert str(secret) == REDACTED
    assert secret.reveal() == CANARY


def test_secret_is_not_a_string() -> None:
    secret = Secret(CANARY)
    assert str not in type(secret).__mro__
    with pytest.raises(TypeError):
        _ = "prefix" + secret  # type: ignore[operator]
    with pytest.raises(TypeError):
        Secret(123)  # type: ignore[arg-type]


def test_secret_equality_and_truth() -> None:
    assert Secret(CANARY) == Secret(CANARY)
    assert Secret(CANARY) != Secret(SECOND)
    assert Secret(CANARY) != CANARY  # no accidental comparison with plain strings
    assert hash(Secret(CANARY)) == hash(Secret(CANARY))
    assert bool(Secret(CANARY))
    assert not Secret("")


# --- redact ----------------------------------------------------------------------------------


def test_redact_replaces_given_secrets_in_all_their_forms() -> None:
    odd = "k/ey+with=chars&more"
    text = f"raw {CANARY} quoted {httpx.URL(API, params={'x': odd})} plus k%2Fey%2Bwith%3Dchars%26more"
    clean = redact(text, [Secret(CANARY), odd])
    assert CANARY not in clean
    assert "k%2Fey" not in clean
    assert "chars" not in clean
    assert clean.startswith(f"raw {REDACTED} quoted {API}?x={REDACTED}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{API}?api_key=unknownkey&page_number=2", f"{API}?api_key={REDACTED}&page_number=2"),
        (f"{API}?API_KEY=unknownkey", f"{API}?API_KEY={REDACTED}"),
        (f"{API}?api%5Fkey=unknownkey", f"{API}?api%5Fkey={REDACTED}"),
        ("Authorization: ApiKey unknownkey", f"Authorization: ApiKey {REDACTED}"),
        (
            "headers={'authorization': 'apikey unknownkey'}",
            f"headers={{'authorization': 'apikey {REDACTED}'}}",
        ),
        ('{"api_key": "unknownkey", "invoice_ids": []}', f'{{"api_key": "{REDACTED}", "invoice_ids": []}}'),
        ("{'api_key': 'unknownkey'}", f"{{'api_key': '{REDACTED}'}}"),
    ],
)
def test_redact_recognises_credentials_by_context(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"GET {API}?page_number=2&page_size=30",
        "invoice 0123456789abcdef0123456789abcdef01234567 paid",
        "my_api_keys are fine",
        "",
    ],
)
def test_redact_leaves_harmless_text_alone(text: str) -> None:
    assert redact(text, [CANARY]) == text


def test_redact_ignores_empty_secrets() -> None:
    assert redact("nothing to hide", ["", Secret("")]) == "nothing to hide"


# --- RedactingFilter on real loggers ---------------------------------------------------------


def test_httpx_request_log_in_query_mode_is_scrubbed(captured: io.StringIO) -> None:
    install_log_redaction(Secret(CANARY))
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    with httpx.Client(transport=transport) as client:
        client.get(API, params={"api_key": CANARY, "page_number": 1})
    output = captured.getvalue()
    assert "HTTP Request: GET" in output  # the record still arrives
    assert CANARY not in output
    assert f"api_key={REDACTED}&page_number=1" in output


def test_message_and_arguments_are_scrubbed(captured: io.StringIO) -> None:
    install_log_redaction(CANARY)
    logger = logging.getLogger("httpx")
    logger.info("key %s in %s", CANARY, httpx.URL(API, params={"api_key": CANARY}))
    logger.info(f"inline {CANARY}")
    logger.info({"api_key": CANARY})
    output = captured.getvalue()
    assert CANARY not in output
    assert output.count(REDACTED) >= 4


def test_exception_text_and_traceback_are_scrubbed(captured: io.StringIO) -> None:
    install_log_redaction(Secret(CANARY))
    logger = logging.getLogger("httpx")
    try:
        try:
            raise KeyError(f"lookup of {CANARY} failed")
        except KeyError as inner:
            raise RuntimeError(f"wrapped: Authorization: ApiKey {CANARY}") from inner
    except RuntimeError:
        logger.exception("request failed")
    output = captured.getvalue()
    assert CANARY not in output
    assert "Traceback (most recent call last)" in output
    assert "RuntimeError: wrapped: Authorization: ApiKey <redacted>" in output
    assert "KeyError" in output  # the chained cause is kept, scrubbed


def test_exc_info_is_kept_when_it_holds_no_secret() -> None:
    redacting = RedactingFilter([CANARY])
    try:
        raise ValueError("harmless")
    except ValueError:
        record = logging.LogRecord("httpx", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    assert redacting.filter(record)
    assert record.exc_info is not None
    assert record.exc_text is None


def test_secret_in_exc_info_drops_the_live_exception() -> None:
    redacting = RedactingFilter([CANARY])
    try:
        raise ValueError(CANARY)
    except ValueError:
        record = logging.LogRecord("httpx", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    redacting.filter(record)
    assert record.exc_info is None  # no handler can format the raw exception any more
    assert record.exc_text is not None
    assert CANARY not in record.exc_text
    assert "ValueError: <redacted>" in record.exc_text
    assert CANARY not in logging.Formatter().format(record)


def test_precomputed_exc_text_and_stack_info_are_scrubbed() -> None:
    record = logging.LogRecord("httpx", logging.ERROR, __file__, 1, "failed", None, None)
    record.exc_text = f"Traceback ... ValueError: {CANARY}"
    record.stack_info = f'File "x.py", line 1, in f\n    call({CANARY!r})'
    RedactingFilter([CANARY]).filter(record)
    assert CANARY not in record.exc_text
    assert CANARY not in record.stack_info


def test_broken_format_string_is_scrubbed_without_raising() -> None:
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, f"%s %s {CANARY}", (CANARY,), None)
    assert RedactingFilter([CANARY]).filter(record)
    assert CANARY not in str(record.msg)
    assert CANARY not in str(record.args)

    mapping_args = logging.LogRecord("httpx", logging.INFO, __file__, 1, "%(missing)s", None, None)
    mapping_args.args = {"key": CANARY}
    RedactingFilter([CANARY]).filter(mapping_args)
    assert CANARY not in str(mapping_args.args)


def test_filter_keeps_records_and_plain_messages_unchanged() -> None:
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "page %d of %d", (2, 5), None)
    assert RedactingFilter([CANARY]).filter(record)
    assert (record.msg, record.args) == ("page %d of %d", (2, 5))  # structured form kept
    assert record.getMessage() == "page 2 of 5"


def test_install_covers_httpcore_module_loggers() -> None:
    installed = install_log_redaction(CANARY)
    for name in ("httpx", "httpcore", "httpcore.http11", "httpcore.connection", "httpcore.http2"):
        assert installed in logging.getLogger(name).filters


def test_installing_again_extends_the_same_filter(captured: io.StringIO) -> None:
    first = install_log_redaction(CANARY)
    second = install_log_redaction(Secret(SECOND))
    assert first is second
    assert sum(isinstance(f, RedactingFilter) for f in logging.getLogger("httpx").filters) == 1
    logging.getLogger("httpx").warning("%s and %s", CANARY, SECOND)
    output = captured.getvalue()
    assert CANARY not in output
    assert SECOND not in output


def test_installing_the_same_key_repeatedly_does_not_grow_the_filter() -> None:
    # The filter is process-wide: earlier tests may have installed keys of their own.
    before = install_log_redaction(CANARY).secret_count
    for _ in range(500):  # e.g. a client built per request
        installed = install_log_redaction(CANARY)
        install_log_redaction(Secret(CANARY))
    assert installed.secret_count == before


def test_custom_logger_names() -> None:
    installed = install_log_redaction(CANARY, loggers=["clubcollect.test.custom"])
    target = logging.getLogger("clubcollect.test.custom")
    try:
        assert target.filters == [installed]
        assert installed not in logging.getLogger("httpx").filters
    finally:
        target.removeFilter(installed)


def test_broken_format_string_keeps_its_parts_scrubbed_for_the_handler_to_print() -> None:
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, f"%s %s {CANARY}", (CANARY,), None)
    RedactingFilter([CANARY]).filter(record)
    assert (record.msg, record.args) == (f"%s %s {REDACTED}", (REDACTED,))

    mapping_args = logging.LogRecord("httpx", logging.INFO, __file__, 1, "%(missing)s", None, None)
    mapping_args.args = {"key": CANARY}
    RedactingFilter([CANARY]).filter(mapping_args)
    scrubbed: object = mapping_args.args
    assert scrubbed == (f"{{'key': '{REDACTED}'}}",)


def test_a_filter_without_secrets_passes_records_through() -> None:
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "page %d", (2,), None)
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "page 2"


def test_an_exception_logged_without_being_raised_is_scrubbed_too() -> None:
    # logger.error("...", exc_info=error) with an error never raised: it has no traceback.
    error = ValueError(f"refused {CANARY}")
    record = logging.LogRecord("httpx", logging.ERROR, __file__, 1, "failed", None, (ValueError, error, None))
    RedactingFilter([CANARY]).filter(record)
    assert record.exc_info is None
    assert record.exc_text == f"ValueError: refused {REDACTED}"


@pytest.mark.parametrize("ending", ["  ", "X"], ids=["trailing-spaces", "trailing-X"])
def test_a_scrubbed_traceback_reads_as_the_formatter_would_print_it(ending: str) -> None:
    try:
        raise ValueError(f"refused {CANARY}{ending}")
    except ValueError:
        exc_info = sys.exc_info()
    record = logging.LogRecord("httpx", logging.ERROR, __file__, 1, "failed", None, exc_info)
    expected = logging.Formatter().formatException(exc_info).replace(CANARY, REDACTED)
    RedactingFilter([CANARY]).filter(record)
    assert record.exc_text == expected
