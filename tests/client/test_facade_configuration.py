"""How the facade's constructor arguments and per-call options reach the request, for a client it
builds and for one the caller brings, sync and async."""

from __future__ import annotations

import enum
import logging
import secrets
from typing import Any

import httpx
import pytest

from clubcollect_client import NOT_GIVEN, AsyncClubCollect, ClubCollect, ClubCollectError, InvalidNotification
from clubcollect_client._base_client import path_segment, to_wire
from clubcollect_client.api.invoices import get_invoice
from clubcollect_client.runtime.redaction import REDACTED, Secret
from tests.client.test_client_behaviour import CANARY, INVOICE_ID, Recorder, invoice_body, json_response
from tests.client.test_facade_client import BASE, facade


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLUBCOLLECT_API_KEY", "CLUBCOLLECT_BASE_URL", "CLUBCOLLECT_LOG"):
        monkeypatch.delenv(name, raising=False)


def plain_client(recorder: Recorder, **kwargs: Any) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(recorder), **kwargs)


def plain_async_client(recorder: Recorder, **kwargs: Any) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(recorder), **kwargs)


# --- construction --------------------------------------------------------------------------


def test_not_given_is_falsy_and_says_what_it_is() -> None:
    assert not NOT_GIVEN and bool(NOT_GIVEN) is False
    assert repr(NOT_GIVEN) == "NOT_GIVEN"


def test_the_key_can_be_passed_as_a_secret() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    ClubCollect(api_key=Secret(CANARY), base_url=BASE, http_client=plain_client(recorder)).invoices.get(
        INVOICE_ID
    )
    assert recorder.requests[0].headers["Authorization"] == f"ApiKey {CANARY}"


def test_only_trailing_slashes_are_trimmed_from_the_base_url() -> None:
    assert (
        ClubCollect(api_key=CANARY, base_url="https://sandbox.test/PREFIX//").base_url
        == "https://sandbox.test/PREFIX"
    )


def test_repr_names_the_class_and_base_url_not_the_key() -> None:
    assert (
        repr(ClubCollect(api_key=CANARY, base_url=BASE))
        == f"ClubCollect(base_url={BASE!r}, api_key={REDACTED!r})"
    )
    assert repr(AsyncClubCollect(api_key=CANARY, base_url=BASE)) == (
        f"AsyncClubCollect(base_url={BASE!r}, api_key={REDACTED!r})"
    )
    assert repr(ClubCollect(api_key=CANARY, base_url=BASE).notifications) == "Notifications()"


@pytest.mark.parametrize("client_class", [ClubCollect, AsyncClubCollect])
def test_http_client_and_transport_together_are_refused(client_class: Any) -> None:
    http = httpx.AsyncClient() if client_class is AsyncClubCollect else httpx.Client()
    transport = httpx.MockTransport(Recorder(json_response(200, {})))
    with pytest.raises(ClubCollectError) as caught:
        client_class(api_key=CANARY, base_url=BASE, http_client=http, transport=transport)
    assert str(caught.value) == "pass http_client= or transport=, not both"


def test_a_new_client_redacts_its_key_from_the_http_and_client_logs(caplog: pytest.LogCaptureFixture) -> None:
    # A key no earlier test installed, so only this client's own install can redact it.
    key = "fresh" + secrets.token_hex(16)
    recorder = Recorder(json_response(200, invoice_body()))
    with caplog.at_level(logging.INFO):
        ClubCollect(
            api_key=key, base_url=BASE, http_client=plain_client(recorder), auth_location="query"
        ).invoices.get(INVOICE_ID)
        logging.getLogger("clubcollect_client").info("a partner's own line about %s", key)
    assert [r for r in caplog.records if r.name == "httpx"], "httpx logs each request at INFO"
    assert key not in caplog.text
    assert f"a partner's own line about {REDACTED}" in caplog.text


# --- what reaches the request --------------------------------------------------------------


def test_a_brought_client_gets_user_agent_default_headers_and_keeps_its_own_timeout() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    http = plain_client(recorder, timeout=7.0)
    ClubCollect(
        api_key=CANARY, base_url=BASE, http_client=http, default_headers={"X-Team": "fees"}
    ).invoices.get(INVOICE_ID)
    (request,) = recorder.requests
    assert request.headers["User-Agent"].startswith("clubcollect-client/")
    assert request.headers["X-Team"] == "fees"
    assert request.extensions["timeout"] == httpx.Timeout(7.0).as_dict()


def test_default_headers_reach_the_clients_own_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    monkeypatch.setattr(httpx, "HTTPTransport", lambda **_: httpx.MockTransport(recorder))
    with ClubCollect(api_key=CANARY, base_url=BASE, default_headers={"X-Team": "fees"}) as cc:
        cc.invoices.get(INVOICE_ID)
    assert recorder.requests[0].headers["X-Team"] == "fees"


def test_extra_query_alone_is_sent_and_extra_headers_alone_keep_the_timeout() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    cc = facade(recorder)
    cc.invoices.get(INVOICE_ID, extra_query={"debug": "1"})
    cc.invoices.get(INVOICE_ID, extra_headers={"X-Trace": "t-2"})
    first, second = recorder.requests
    assert first.url.params["debug"] == "1"
    assert second.headers["X-Trace"] == "t-2"
    assert second.extensions["timeout"] == cc._core.http.timeout.as_dict()  # the brought client's own


def test_a_per_call_timeout_of_none_waits_forever() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    facade(recorder).invoices.get(INVOICE_ID, timeout=None)
    assert recorder.requests[0].extensions["timeout"] == httpx.Timeout(None).as_dict()


def test_low_level_functions_use_a_brought_client() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    # The low-level functions send paths relative to the httpx client's base_url.
    cc = ClubCollect(api_key=CANARY, base_url=BASE, http_client=plain_client(recorder, base_url=BASE))
    assert cc.low_level.get_httpx_client() is cc._core.http
    parsed = get_invoice.sync(client=cc.low_level, invoice_id=INVOICE_ID)
    assert parsed is not None and len(recorder.requests) == 1


@pytest.mark.anyio
async def test_async_low_level_functions_use_a_brought_client() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    acc = AsyncClubCollect(
        api_key=CANARY, base_url=BASE, http_client=plain_async_client(recorder, base_url=BASE)
    )
    assert acc.low_level.get_async_httpx_client() is acc._core.http
    parsed = await get_invoice.asyncio(client=acc.low_level, invoice_id=INVOICE_ID)
    assert parsed is not None and len(recorder.requests) == 1


# --- request values ------------------------------------------------------------------------


class Shade(enum.Enum):
    """An enum without a str mixin: str() of a member is "Shade.DARK", not its value."""

    DARK = "dark/blue"


def test_path_segments_use_an_enum_members_value_encoded_whole() -> None:
    assert path_segment(Shade.DARK) == "dark%2Fblue"
    assert path_segment("a b/c") == "a%20b%2Fc"


def test_to_wire_names_the_type_it_cannot_send() -> None:
    with pytest.raises(TypeError, match=r"^cannot send a value of type set$"):
        to_wire({1, 2})


# --- notifications -------------------------------------------------------------------------


def test_notification_ids_are_lax_by_default_and_strict_when_asked() -> None:
    cc = ClubCollect(api_key=CANARY, base_url=BASE)
    # The vendor's own example has non-hex ids; strict_ids=True wants the 40-hex-digit form.
    body = {"api_key": CANARY, "invoice_ids": ["invoice-1"], "import_ids": []}
    assert cc.notifications.parse(body).invoice_ids == ("invoice-1",)
    with pytest.raises(InvalidNotification):
        cc.notifications.parse(body, strict_ids=True)
