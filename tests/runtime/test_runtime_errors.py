"""Mapping error responses to typed exceptions, and the response hooks that raise them."""

from __future__ import annotations

import pickle
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from client_runtime.errors import (
    ApiError,
    ClubCollectError,
    UnexpectedStatusError,
    async_raise_for_response_hook,
    error_code_of,
    error_from_response,
    raise_for_response_hook,
    registry_of,
)

CANARY = "canary-0123456789abcdef0123456789abcdef"
BASE = "https://app.clubcollect.com/api"


class InvalidImportId(ApiError):
    code = "invalid_import_id"


class InvalidAmountTotalCents(ApiError):
    code = "invalid_amount_total_cents"


REGISTRY = registry_of([InvalidImportId, InvalidAmountTotalCents])


def response(
    status: int, body: bytes, method: str = "GET", url: str = f"{BASE}/v2/imports/abc"
) -> httpx.Response:
    return httpx.Response(status, content=body, request=httpx.Request(method, url))


# --- error_code_of --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b'{"error": "invalid_import_id"}', "invalid_import_id"),
        (b'{"errors": "invalid_import_id"}', "invalid_import_id"),  # documented plural key
        (b'{"errors": "not_found", "extra": [1, 2]}', "not_found"),
        (b'{"error": 5, "errors": "not_found"}', "not_found"),  # a junk singular falls through
        (b'{"error": "a", "errors": "b"}', "a"),
    ],
)
def test_error_code_of_reads_either_key(body: bytes, code: str) -> None:
    assert error_code_of(body) == code


JUNK_BODIES = [
    b"",
    b"<html><body>502 Bad Gateway</body></html>",
    b"[]",
    b'["invalid_import_id"]',
    b'"invalid_import_id"',
    b"null",
    b"{",
    b'{"error": null}',
    b'{"error": 422}',
    b'{"error": ""}',
    b'{"error": {"code": "invalid_import_id"}}',
    b'{"errors": ["invalid_import_id"]}',
    b'{"error": "two words"}',
    b'{"error": "<script>alert(1)</script>"}',
    b'{"error": "' + b"x" * 500 + b'"}',
    b'{"message": "invalid_import_id"}',
    b"\xff\xfe\x00junk",
    b"[" * 100_000,  # nesting deep enough for RecursionError
    b'{"error": "invalid_import_id", "pad": "' + b"p" * 70_000 + b'"}',  # too large to parse
]


@pytest.mark.parametrize("body", JUNK_BODIES)
def test_error_code_of_junk_is_none(body: bytes) -> None:
    assert error_code_of(body) is None


@pytest.mark.parametrize("body", JUNK_BODIES)
def test_junk_bodies_map_to_unexpected_status(body: bytes) -> None:
    error = error_from_response(response(500, body), REGISTRY)
    assert type(error) is UnexpectedStatusError
    assert error.error_code is None
    assert error.content == body


# --- error_from_response --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'{"error": "invalid_import_id"}', InvalidImportId),
        (b'{"errors": "invalid_import_id"}', InvalidImportId),
        (b'{"error": "invalid_amount_total_cents"}', InvalidAmountTotalCents),
    ],
)
def test_registered_code_picks_its_class(body: bytes, expected: type[ApiError]) -> None:
    error = error_from_response(response(404, body), REGISTRY)
    assert type(error) is expected
    assert isinstance(error, ApiError)
    assert isinstance(error, ClubCollectError)
    assert error.error_code == expected.code
    assert (error.status_code, error.method, error.path) == (404, "GET", "/api/v2/imports/abc")
    assert error.content == body


def test_unregistered_code_gives_plain_api_error() -> None:
    error = error_from_response(response(422, b'{"error": "brand_new_code"}'), REGISTRY)
    assert type(error) is ApiError
    assert error.error_code == "brand_new_code"
    assert str(error) == "GET /api/v2/imports/abc -> 422 brand_new_code"


def test_empty_registry_still_maps_codes() -> None:
    assert type(error_from_response(response(404, b'{"error": "invalid_import_id"}'), {})) is ApiError


def test_message_format() -> None:
    error = error_from_response(
        response(422, b'{"error": "invalid_amount_total_cents"}', "POST", f"{BASE}/v2/invoices"), REGISTRY
    )
    assert str(error) == "POST /api/v2/invoices -> 422 invalid_amount_total_cents"
    assert error.args == ("POST /api/v2/invoices -> 422 invalid_amount_total_cents",)


@pytest.mark.parametrize(
    ("status", "phrase"),
    [(520, None), (599, None), (999, None), (503, "Service Unavailable"), (418, "I'm a Teapot")],
)
def test_statuses_without_code_including_non_iana(status: int, phrase: str | None) -> None:
    error = error_from_response(response(status, b"<html>origin error</html>"), REGISTRY)
    assert type(error) is UnexpectedStatusError
    assert error.reason_phrase == phrase
    assert str(error) == f"GET /api/v2/imports/abc -> {status}" + (f" {phrase}" if phrase else "")


def test_non_iana_status_with_a_code_keeps_the_code() -> None:
    error = error_from_response(response(520, b'{"error": "invalid_import_id"}'), REGISTRY)
    assert type(error) is InvalidImportId
    assert str(error) == "GET /api/v2/imports/abc -> 520 invalid_import_id"


def test_query_string_and_body_stay_out_of_the_message() -> None:
    url = f"{BASE}/v2/invoices?api_key={CANARY}&page_number=2"
    body = b'{"error": "invalid_import_id", "echo": "' + CANARY.encode() + b'"}'
    error = error_from_response(response(404, body, url=url), REGISTRY)
    assert error.path == "/api/v2/invoices"
    for text in (str(error), repr(error), *map(str, error.args)):
        assert CANARY not in text
        assert "?" not in text
        assert "echo" not in text
    assert CANARY.encode() in error.content  # still there for whoever debugs on purpose


def test_response_without_request_does_not_crash() -> None:
    error = error_from_response(httpx.Response(500, content=b"{}"), REGISTRY)
    assert str(error) == "? ? -> 500 Internal Server Error"


def test_unread_streaming_response_maps_without_body() -> None:
    def stream() -> httpx.SyncByteStream:
        return httpx.ByteStream(b'{"error": "invalid_import_id"}')

    unread = httpx.Response(404, stream=stream(), request=httpx.Request("GET", f"{BASE}/v2/imports/x"))
    error = error_from_response(unread, REGISTRY)
    assert type(error) is UnexpectedStatusError
    assert error.content == b""


def test_errors_survive_pickling() -> None:
    error = error_from_response(response(404, b'{"error": "invalid_import_id"}'), REGISTRY)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is InvalidImportId
    assert (copy.status_code, copy.error_code, copy.method, copy.path, copy.content, str(copy)) == (
        error.status_code,
        error.error_code,
        error.method,
        error.path,
        error.content,
        str(error),
    )


def test_registry_of_refuses_missing_and_duplicate_codes() -> None:
    class Duplicate(ApiError):
        code = "invalid_import_id"

    with pytest.raises(ValueError, match="registered twice"):
        registry_of([InvalidImportId, Duplicate])
    with pytest.raises(ValueError, match="has no code"):
        registry_of([ApiError])
    assert {
        "invalid_import_id": InvalidImportId,
        "invalid_amount_total_cents": InvalidAmountTotalCents,
    } == REGISTRY


# --- hooks ----------------------------------------------------------------------------------


class UnreadBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives only when read, like a real network response."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self.body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.body


def serve(status: int, body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, stream=UnreadBody(body)))


def test_sync_hook_raises_mapped_error_with_body() -> None:
    body = b'{"error": "invalid_amount_total_cents"}'
    hooks = {"response": [raise_for_response_hook(REGISTRY)]}
    with (
        httpx.Client(transport=serve(422, body), event_hooks=hooks, base_url=BASE) as client,
        pytest.raises(InvalidAmountTotalCents) as caught,
    ):
        client.post("/v2/invoices", params={"api_key": CANARY}, json={})
    assert str(caught.value) == "POST /api/v2/invoices -> 422 invalid_amount_total_cents"
    assert caught.value.content == body


def test_sync_hook_reads_streamed_responses_first() -> None:
    hooks = {"response": [raise_for_response_hook(REGISTRY)]}
    transport = serve(404, b'{"errors": "invalid_import_id"}')
    with (
        httpx.Client(transport=transport, event_hooks=hooks, base_url=BASE) as client,
        pytest.raises(InvalidImportId) as caught,
        client.stream("GET", "/v2/imports/abc"),
    ):
        pass  # pragma: no cover - the hook raises before the block runs
    assert caught.value.content == b'{"errors": "invalid_import_id"}'


@pytest.mark.parametrize("status", [400, 401, 404, 422, 500, 503])
def test_sync_hook_raises_for_every_error_status(status: int) -> None:
    hooks = {"response": [raise_for_response_hook(REGISTRY)]}
    with (
        httpx.Client(transport=serve(status, b'{"error": "invalid_json"}'), event_hooks=hooks) as client,
        pytest.raises(ApiError) as caught,
    ):
        client.get(f"{BASE}/v2/imports/abc")
    assert (caught.value.status_code, caught.value.error_code) == (status, "invalid_json")


@pytest.mark.parametrize("status", [200, 204, 302, 399])
def test_sync_hook_ignores_non_error_statuses(status: int) -> None:
    hooks = {"response": [raise_for_response_hook(REGISTRY)]}
    with httpx.Client(
        transport=serve(status, b'{"error": "invalid_import_id"}'), event_hooks=hooks
    ) as client:
        assert client.get(f"{BASE}/v2/imports/abc").status_code == status


def test_sync_hook_raises_unexpected_status_for_520() -> None:
    hooks = {"response": [raise_for_response_hook(REGISTRY)]}
    with (
        httpx.Client(transport=serve(520, b"origin down"), event_hooks=hooks) as client,
        pytest.raises(UnexpectedStatusError, match=r"^DELETE /api/v2/imports/abc -> 520$"),
    ):
        client.delete(f"{BASE}/v2/imports/abc")


@pytest.mark.anyio
async def test_async_hook_raises_mapped_error() -> None:
    hooks = {"response": [async_raise_for_response_hook(REGISTRY)]}
    transport = serve(404, b'{"error": "invalid_import_id"}')
    async with httpx.AsyncClient(transport=transport, event_hooks=hooks, base_url=BASE) as client:
        with pytest.raises(InvalidImportId) as caught:
            async with client.stream("GET", "/v2/imports/abc", params={"api_key": CANARY}):
                pass  # pragma: no cover
    assert caught.value.content == b'{"error": "invalid_import_id"}'
    assert CANARY not in str(caught.value)


@pytest.mark.anyio
async def test_async_hook_passes_success() -> None:
    hooks = {"response": [async_raise_for_response_hook(REGISTRY)]}
    async with httpx.AsyncClient(transport=serve(200, b"{}"), event_hooks=hooks) as client:
        assert (await client.get(f"{BASE}/v2/imports/abc")).status_code == 200
