"""The signed payment calls never carry the API key (which also signs them) into their errors.

Every error path of ``get_payment``/``payment_feed_page`` (a status other than 200, a refused
call, an unreadable 2xx) is answered with a body and a header that echo the key in each form a
server could echo it: ``ApiKey <key>``, ``api_key=<key>`` and bare. The canary must appear in
none of the error's text, attributes, cause chain or pickle, nor in the log.
"""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Callable
from typing import Any

import pytest

from clubcollect_client import AuthenticatedClient, ClubCollect
from clubcollect_client.api.payments import get_payment as get_payment_operation
from clubcollect_client.api.payments import list_payment_notifications
from clubcollect_client.models import GetPaymentUnprocessableError, GetPaymentUnprocessableErrorCode
from clubcollect_client.payments import PaymentCallRefused, aget_payment, get_payment, payment_feed_page
from clubcollect_client.runtime.errors import APIStatusError, ResponseValidationError
from clubcollect_client.runtime.redaction import REDACTED
from tests.client.key_leaks import BASE, CANARY, MODES, answering, client_for, leaks

COMPANY = secrets.token_hex(20)
PAYMENT_ID = "order-0000000042"

#: How an answer may echo the key.
FORMS = {
    "authorization": f"Authorization: ApiKey {CANARY}",
    "query": f"GET /api/v2/payments/notifications?api_key={CANARY}&page=1",
    "bare": CANARY,
}
#: Sync and async payment calls, each as (client -> raises).
Call = Callable[[AuthenticatedClient], object]
CALLS: dict[str, Call] = {
    "get_payment": lambda client: get_payment(client, PAYMENT_ID, company_id=COMPANY),
    "payment_feed_page": lambda client: payment_feed_page(client, COMPANY),
}


def error_body(form: str) -> bytes:
    # The bare form also fills the error field, where a code is looked for.
    error = CANARY if form == "bare" else "unauthorized"
    return json.dumps({"error": error, "detail": f"refused {FORMS[form]}"}).encode()


def refusal_body(form: str) -> bytes:
    details = f"invalid_signature;{FORMS[form]}"
    return json.dumps(
        {"company_id": COMPANY, "error_code": "invalid_params", "error_details": details}
    ).encode()


def patch_parsers(monkeypatch: pytest.MonkeyPatch, parse: Callable[..., object]) -> None:
    """Replace the generated operations' parser (a stand-in for generator drift)."""
    for module in (get_payment_operation, list_payment_notifications):
        monkeypatch.setattr(module, "_parse_response", parse)


def assert_redacted_content(error: APIStatusError | ResponseValidationError) -> None:
    assert error.content, "redacted, not dropped"
    assert REDACTED.encode() in error.content


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [401, 500, 201])
@pytest.mark.parametrize("call", CALLS)
def test_a_status_error_never_carries_the_key(call: str, status: int, mode: str, form: str) -> None:
    client = client_for(answering(status, error_body(form), FORMS[form]), **MODES[mode])
    with client, pytest.raises(APIStatusError) as caught:
        CALLS[call](client)
    error = caught.value
    assert error.status_code == status
    assert leaks(error) == []
    assert_redacted_content(error)
    assert error.headers["x-echo"] == FORMS[form].replace(CANARY, REDACTED)
    assert error.error_code != CANARY


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("call", CALLS)
def test_a_refused_call_never_carries_the_key(call: str, mode: str, form: str) -> None:
    client = client_for(answering(422, refusal_body(form), FORMS[form]), **MODES[mode])
    with client, pytest.raises(PaymentCallRefused) as caught:
        CALLS[call](client)
    error = caught.value
    assert leaks(error) == []
    assert_redacted_content(error)
    assert error.error_details[0] == "invalid_signature"
    assert (error.status_code, error.error_code) == (422, "invalid_params")


@pytest.mark.anyio
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("status", "body"), [(422, refusal_body), (401, error_body)])
async def test_the_async_call_never_carries_the_key(
    status: int, body: Callable[[str], bytes], mode: str, form: str
) -> None:
    async with client_for(answering(status, body(form), FORMS[form]), **MODES[mode]) as client:
        with pytest.raises(APIStatusError) as caught:
            await aget_payment(client, PAYMENT_ID, company_id=COMPANY)
    assert caught.value.status_code == status
    assert leaks(caught.value) == []


# ----------------------------------------------------------------------------- unreadable 2xx


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("call", CALLS)
def test_an_unreadable_body_never_carries_the_key(call: str, form: str) -> None:
    # Refused by the generated reader, whose error the payment call passes on.
    body = f"<html>{FORMS[form]} is not welcome</html>".encode()
    with (
        client_for(answering(200, body, FORMS[form])) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        CALLS[call](client)
    assert leaks(caught.value) == []
    assert_redacted_content(caught.value)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("call", CALLS)
def test_an_answer_of_the_wrong_shape_never_carries_the_key(
    call: str, form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A parser that hands back something else than the call's model (generator drift).
    wrong = GetPaymentUnprocessableError(
        company_id=COMPANY, error_code=GetPaymentUnprocessableErrorCode.INVALID_PARAMS, error_details=""
    )
    patch_parsers(monkeypatch, lambda **_: wrong)
    body = json.dumps({"echo": FORMS[form]}).encode()
    with (
        client_for(answering(200, body, FORMS[form])) as client,
        pytest.raises(ResponseValidationError) as caught,
    ):
        CALLS[call](client)
    assert caught.value.problem.startswith("expected")
    assert leaks(caught.value) == []
    assert_redacted_content(caught.value)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("call", CALLS)
def test_a_parser_failure_quoting_the_key_never_carries_it(
    call: str, form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bare parser exception whose message quotes the value it choked on.
    def choke(**_: Any) -> None:
        raise ValueError(f"{FORMS[form]!r} is not a valid PaymentResult")

    patch_parsers(monkeypatch, choke)
    with client_for(answering(200, b"{}", "")) as client, pytest.raises(ResponseValidationError) as caught:
        CALLS[call](client)
    assert caught.value.problem.startswith("ValueError: ")
    assert REDACTED in caught.value.problem
    assert leaks(caught.value) == []


# ----------------------------------------------------------------------------- logging


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("answer", ["refused", "status", "wrong-shape"])
def test_nothing_logged_at_debug_carries_the_key(
    answer: str, form: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("CLUBCOLLECT_LOG", "debug")
    caplog.set_level(logging.DEBUG)
    if answer == "refused":
        transport = answering(422, refusal_body(form), FORMS[form])
    elif answer == "status":
        transport = answering(401, error_body(form), FORMS[form])
    else:
        patch_parsers(
            monkeypatch,
            lambda **_: GetPaymentUnprocessableError(
                COMPANY, GetPaymentUnprocessableErrorCode.INVALID_PARAMS, ""
            ),
        )
        transport = answering(200, json.dumps({"echo": FORMS[form]}).encode(), FORMS[form])
    failures: list[APIStatusError | ResponseValidationError] = []
    with ClubCollect(api_key=CANARY, base_url=BASE, transport=transport, max_retries=0) as cc:
        calls: list[Callable[[], object]] = [
            lambda: cc.payments.get(PAYMENT_ID, company_id=COMPANY),
            lambda: list(cc.payments.feed(COMPANY)),
        ]
        for call in calls:
            with pytest.raises((APIStatusError, ResponseValidationError)) as caught:
                call()
            assert isinstance(caught.value, APIStatusError | ResponseValidationError)
            failures.append(caught.value)
    app_log = logging.getLogger("payment_app")
    for failure in failures:
        # What an application does with a failed call: log it, with the answer for debugging.
        app_log.error("the payment call failed", exc_info=failure)
        app_log.debug("the answer was %r", failure.content)
    assert any(record.name.startswith("httpx") for record in caplog.records), "the calls were logged"
    for record in caplog.records:
        shown = [record.getMessage(), str(record.exc_text), str(record.stack_info)]
        assert all(CANARY not in text for text in shown), record.name
    assert CANARY not in caplog.text
