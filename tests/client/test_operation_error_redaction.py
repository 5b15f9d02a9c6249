"""No error of an ordinary operation carries the API key, low-level or through the facade.

The shared error paths every operation goes through: an undocumented status
(``errors.unexpected_status``, ``errors.http_status`` for one outside the IANA list), a documented
error status (the ``raise_on_error`` hook, the facade's status errors, a documented error body the
reader cannot read) and an unreadable 2xx (the runtime reader, the facade's safety net). Each is
answered with a body and a header that echo the key in each form a server could echo it:
``ApiKey <key>``, ``api_key=<key>`` and bare. The canary must appear nowhere reachable from the
error: its text, attributes, pickle, and every exception of its ``__cause__``/``__context__`` chain.
``get_invoice`` stands for every operation: they share the template and the runtime.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from clubcollect_client import AsyncClubCollect, AuthenticatedClient, ClubCollect
from clubcollect_client.api.invoices import get_invoice
from clubcollect_client.client import AuthLocation
from clubcollect_client.resources import invoices as invoice_resources
from clubcollect_client.runtime.errors import (
    APIConnectionError,
    APIStatusError,
    ClubCollectError,
    ResponseValidationError,
    UnexpectedStatusError,
)
from clubcollect_client.runtime.redaction import REDACTED
from tests.client.key_leaks import BASE, CANARY, MODES, answering, async_answering, chain, client_for, leaks

INVOICE_ID = "1000000000000000000000000000000000000042"

#: How an answer may echo the key.
FORMS = {
    "authorization": f"Authorization: ApiKey {CANARY}",
    "query": f"GET /api/v2/invoices/{INVOICE_ID}?api_key={CANARY}",
    "bare": CANARY,
}
#: Undocumented statuses for get_invoice: a common one, one without a status class, one outside
#: the IANA list (errors.http_status refuses it before any parser runs).
UNDOCUMENTED = [500, 409, 520]
#: The error statuses get_invoice documents.
DOCUMENTED = [401, 404]


def error_body(form: str) -> bytes:
    # The bare form also fills the error field, where a code is looked for.
    error = CANARY if form == "bare" else "invalid_invoice_id"
    return json.dumps({"error": error, "detail": f"refused {FORMS[form]}"}).encode()


def unreadable_body(form: str) -> bytes:
    return f"<html>{FORMS[form]} is not welcome</html>".encode()


def assert_clean(error: BaseException, form: str) -> None:
    assert leaks(error) == []
    # Nothing unredacted hides behind the error: it is the whole chain.
    assert error.__cause__ is None and error.__context__ is None
    assert isinstance(error, APIStatusError | ResponseValidationError)
    assert error.content, "redacted, not dropped"
    assert REDACTED.encode() in error.content
    if isinstance(error, APIStatusError):
        assert error.headers["x-echo"] == FORMS[form].replace(CANARY, REDACTED)
        assert error.error_code != CANARY


# ----------------------------------------------------------------------------- low level


def low_level_call(client: AuthenticatedClient) -> object:
    return get_invoice.sync_detailed(INVOICE_ID, client=client)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mode", ["default", "raising"])
@pytest.mark.parametrize("status", UNDOCUMENTED)
def test_an_undocumented_status_never_carries_the_key(status: int, mode: str, form: str) -> None:
    client = client_for(answering(status, error_body(form), FORMS[form]), **MODES[mode])
    with client, pytest.raises(UnexpectedStatusError) as caught:
        low_level_call(client)
    assert caught.value.status_code == status
    assert_clean(caught.value, form)


@pytest.mark.parametrize("form", FORMS)
def test_a_status_outside_the_iana_list_never_carries_the_key_even_when_returning(form: str) -> None:
    client = client_for(answering(520, error_body(form), FORMS[form]), **MODES["returning"])
    with client, pytest.raises(UnexpectedStatusError) as caught:
        low_level_call(client)
    assert_clean(caught.value, form)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("status", DOCUMENTED)
def test_a_documented_error_status_raised_by_the_hook_never_carries_the_key(status: int, form: str) -> None:
    client = client_for(answering(status, error_body(form), FORMS[form]), **MODES["raising"])
    with client, pytest.raises(APIStatusError) as caught:
        low_level_call(client)
    assert caught.value.status_code == status
    if status == 404 and form != "bare":
        assert caught.value.error_code == "invalid_invoice_id"
    assert_clean(caught.value, form)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("mode", ["default", "returning"])
@pytest.mark.parametrize("status", [*DOCUMENTED, 200])
def test_an_unreadable_answer_never_carries_the_key(status: int, mode: str, form: str) -> None:
    # The reader refuses the body (not JSON): the decoder's error holds the whole body as .doc.
    client = client_for(answering(status, unreadable_body(form), FORMS[form]), **MODES[mode])
    with client, pytest.raises(ResponseValidationError) as caught:
        low_level_call(client)
    assert caught.value.problem == "the body is not JSON (JSONDecodeError)"
    assert_clean(caught.value, form)


@pytest.mark.anyio
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("status", "body", "mode"),
    [(500, error_body, "default"), (404, error_body, "raising"), (200, unreadable_body, "default")],
)
async def test_the_async_operation_never_carries_the_key(
    status: int, body: Callable[[str], bytes], mode: str, form: str
) -> None:
    async with client_for(async_answering(status, body(form), FORMS[form]), **MODES[mode]) as client:
        with pytest.raises(ClubCollectError) as caught:
            await get_invoice.asyncio_detailed(INVOICE_ID, client=client)
    assert_clean(caught.value, form)


# ----------------------------------------------------------------------------- facade


def facade_call(transport: httpx.MockTransport, auth_location: AuthLocation) -> object:
    with ClubCollect(
        api_key=CANARY, base_url=BASE, transport=transport, max_retries=0, auth_location=auth_location
    ) as cc:
        return cc.invoices.get(INVOICE_ID)


@pytest.mark.parametrize("auth_location", ["header", "query"])
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("status", [*UNDOCUMENTED, *DOCUMENTED])
def test_a_facade_status_error_never_carries_the_key(
    status: int, form: str, auth_location: AuthLocation
) -> None:
    with pytest.raises(APIStatusError) as caught:
        facade_call(answering(status, error_body(form), FORMS[form]), auth_location)
    assert caught.value.status_code == status
    assert_clean(caught.value, form)


@pytest.mark.parametrize("auth_location", ["header", "query"])
@pytest.mark.parametrize("form", FORMS)
def test_an_unreadable_facade_answer_never_carries_the_key(form: str, auth_location: AuthLocation) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        facade_call(answering(200, unreadable_body(form), FORMS[form]), auth_location)
    assert caught.value.problem == "the body is not JSON (JSONDecodeError)"
    assert_clean(caught.value, form)


@pytest.mark.parametrize("form", FORMS)
def test_a_facade_parser_failure_quoting_the_key_never_carries_it(
    form: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The facade's safety net: a bare parser exception (generator drift) quoting what it choked on.
    def choke(**_: Any) -> None:
        raise KeyError(f"{FORMS[form]} is not a member")

    monkeypatch.setattr(invoice_resources, "_parse_get_invoice", choke)
    with pytest.raises(ResponseValidationError) as caught:
        facade_call(answering(200, unreadable_body(form), FORMS[form]), "header")
    assert caught.value.problem.startswith("KeyError: ")
    assert REDACTED in caught.value.problem
    assert_clean(caught.value, form)


@pytest.mark.anyio
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("status", "body"), [(404, error_body), (520, error_body), (200, unreadable_body)])
async def test_the_async_facade_never_carries_the_key(
    status: int, body: Callable[[str], bytes], form: str
) -> None:
    transport = async_answering(status, body(form), FORMS[form])
    async with AsyncClubCollect(api_key=CANARY, base_url=BASE, transport=transport, max_retries=0) as cc:
        with pytest.raises(ClubCollectError) as caught:
            await cc.invoices.get(INVOICE_ID)
    assert_clean(caught.value, form)


# ----------------------------------------------------------------------------- no answer


@pytest.mark.parametrize("auth_location", ["header", "query"])
@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ReadTimeout])
def test_a_facade_connection_error_never_carries_the_key(
    failure: type[httpx.TransportError], auth_location: AuthLocation
) -> None:
    # The httpx error's request carries the key (Authorization header, or the URL with query
    # auth); the facade chains a detached copy, never the original.
    def refuse(request: httpx.Request) -> httpx.Response:
        raise failure(f"refused {request.url} ({request.headers.get('Authorization')})", request=request)

    with pytest.raises(APIConnectionError) as caught:
        facade_call(httpx.MockTransport(refuse), auth_location)
    error = caught.value
    assert leaks(error) == []
    assert error.__context__ is None
    cause = error.__cause__
    assert type(cause) is failure, "the httpx error's type stays visible"
    assert REDACTED in str(cause)
    assert [link.__cause__ or link.__context__ for link in chain(cause)] == [None]
    with pytest.raises(RuntimeError):
        cause.request  # noqa: B018 - detached: no request (with its key) to reach
