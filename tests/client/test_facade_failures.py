"""What the facade's errors carry when there is no answer, an answer outside 2xx, or a 2xx answer
it cannot read: the fields a partner reads, and never the key, in any of its encodings."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote, quote_plus

import httpx
import pytest

from clubcollect_client import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClubCollect,
    ResponseValidationError,
)
from clubcollect_client._base_client import LOGGER_NAME
from clubcollect_client.runtime.redaction import REDACTED
from clubcollect_client.runtime.retry import RetryPolicy
from tests.client.test_client_behaviour import CANARY, INVOICE_ID, Recorder, invoice_body, json_response
from tests.client.test_facade_client import BASE, facade

INVOICE_PATH = f"/api/v2/invoices/{INVOICE_ID}"


def raising(error: Exception) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    return handler


# --- no answer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "expected_class", "reason"),
    [
        (httpx.ConnectError("refused"), APIConnectionError, "no answer (ConnectError)"),
        (httpx.ReadTimeout("slow"), APITimeoutError, "timed out (ReadTimeout)"),
    ],
)
def test_no_answer_names_the_request_and_the_httpx_error(
    error: Exception, expected_class: type[APIConnectionError], reason: str
) -> None:
    with pytest.raises(APIConnectionError) as caught:
        facade(raising(error), RetryPolicy.disabled()).invoices.get(INVOICE_ID)
    failure = caught.value
    assert type(failure) is expected_class
    assert (failure.method, failure.path, failure.reason) == ("GET", INVOICE_PATH, reason)
    assert str(failure) == f"GET {INVOICE_PATH}: {reason}"


class ProxyRefused(httpx.TransportError):
    """A transport's own error type whose constructor wants more than a message."""

    def __init__(self, message: str, proxy: str) -> None:
        super().__init__(f"{message} via {proxy}")


def test_an_error_type_with_another_constructor_keeps_its_redacted_message() -> None:
    with pytest.raises(APIConnectionError) as caught:
        facade(raising(ProxyRefused(f"refused {CANARY}", "proxy.test")), RetryPolicy.disabled()).invoices.get(
            INVOICE_ID
        )
    cause = caught.value.__cause__
    assert type(cause) is httpx.TransportError
    assert str(cause) == f"refused {REDACTED} via proxy.test"


# --- answers outside 2xx -------------------------------------------------------------------


@pytest.mark.parametrize("status", [300, 301, 304])
def test_a_3xx_answer_is_not_a_success(status: int) -> None:
    with pytest.raises(APIStatusError) as caught:
        facade(Recorder(json_response(status, {}))).invoices.get(INVOICE_ID)
    assert caught.value.status_code == status


# --- 2xx answers the client cannot read ----------------------------------------------------


# get_invoice documents 200 only: the facade itself refuses a 201, before any reader looks at it.


def test_an_undocumented_success_says_which_request_and_where() -> None:
    with pytest.raises(ResponseValidationError) as caught:
        facade(Recorder(httpx.Response(201, content=b"<html>maintenance</html>"))).invoices.get(INVOICE_ID)
    error = caught.value
    assert (error.operation, error.status_code, error.method, error.path, error.json_path) == (
        "get_invoice",
        201,
        "GET",
        INVOICE_PATH,
        "$",
    )
    assert error.content == b"<html>maintenance</html>"


def test_an_undocumented_success_not_in_utf8_keeps_its_bytes_and_loses_the_key() -> None:
    body = b"\xff\xfe garbage " + CANARY.encode() + b" \xc3("
    with pytest.raises(ResponseValidationError) as caught:
        facade(Recorder(httpx.Response(201, content=body))).invoices.get(INVOICE_ID)
    assert caught.value.content == b"\xff\xfe garbage " + REDACTED.encode() + b" \xc3("


# A key with characters that URL encodings treat differently: "/" (kept by quote's default,
# encoded by quote_plus) and " " (%20 or +).
ODD_KEY = "odd/key with space 0123456789abcdef"


@pytest.mark.parametrize(
    "encoded", [quote(ODD_KEY, safe=""), quote_plus(ODD_KEY)], ids=["quote", "quote_plus"]
)
def test_an_undocumented_success_loses_the_key_in_every_url_encoding(encoded: str) -> None:
    answer = httpx.Response(201, content=f"<html>see https://x.test/?k={encoded}</html>".encode())
    http = httpx.Client(transport=httpx.MockTransport(Recorder(answer)))
    with pytest.raises(ResponseValidationError) as caught:
        ClubCollect(api_key=ODD_KEY, base_url=BASE, http_client=http).invoices.get(INVOICE_ID)
    assert caught.value.content == f"<html>see https://x.test/?k={REDACTED}</html>".encode()


# --- logged bodies -------------------------------------------------------------------------


# Redaction shortens the text: a body of many long keys must not end the shown part in a key. With
# 3290 characters before them, the redacted head is just under the limit plus the key's length.
@pytest.mark.parametrize("filler", [0, 3290])
def test_a_long_logged_body_shows_no_part_of_a_long_key(
    caplog: pytest.LogCaptureFixture, filler: int
) -> None:
    key = "L" * 200
    answer = httpx.Response(200, content=("a" * filler + key * 200).encode())
    http = httpx.Client(transport=httpx.MockTransport(Recorder(answer)))
    with caplog.at_level(logging.DEBUG, logger=LOGGER_NAME), pytest.raises(ResponseValidationError):
        ClubCollect(api_key=key, base_url=BASE, http_client=http).invoices.get(INVOICE_ID)
    (body_line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("response body: ")]
    redacted = "a" * filler + REDACTED * 200
    shown = redacted if len(redacted) <= 4096 else redacted[:4096] + "..."
    assert body_line == "response body: " + shown


def test_a_logged_body_is_clipped_at_4096_characters(caplog: pytest.LogCaptureFixture) -> None:
    ticket = invoice_body(reference="é" * 5000)
    recorder = Recorder(json_response(200, ticket))
    with caplog.at_level(logging.DEBUG, logger=LOGGER_NAME):
        facade(recorder).invoices.get(INVOICE_ID)
    (body_line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("response body: ")]
    shown = body_line.removeprefix("response body: ")
    assert len(shown) == 4096 + len("...") and shown.endswith("...")
