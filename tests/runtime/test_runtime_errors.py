"""Mapping error responses to typed exceptions, and the response hooks that raise them."""

from __future__ import annotations

import pickle
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from clubcollect_client.runtime.errors import (
    APIConnectionError,
    ApiError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClubCollectError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnexpectedInternalServerError,
    UnexpectedNotFoundError,
    UnexpectedStatusError,
    UnexpectedUnprocessableEntityError,
    UnprocessableEntityError,
    async_raise_for_response_hook,
    decode_body,
    error_class_for,
    error_code_of,
    error_from_response,
    raise_for_response_hook,
    registry_of,
    status_class,
    unexpected_status_class,
    unexpected_status_error,
)
from clubcollect_client.runtime.redaction import REDACTED

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
    assert type(error) is UnexpectedInternalServerError
    assert isinstance(error, InternalServerError) and isinstance(error, UnexpectedStatusError)
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


def test_unregistered_code_gives_the_unexpected_twin_of_its_status_class() -> None:
    error = error_from_response(response(422, b'{"error": "brand_new_code"}'), REGISTRY)
    assert type(error) is UnexpectedUnprocessableEntityError
    assert not isinstance(error, ApiError)
    assert error.error_code == "brand_new_code"
    assert str(error) == "GET /api/v2/imports/abc -> 422 brand_new_code"


def test_empty_registry_still_reads_codes() -> None:
    error = error_from_response(response(404, b'{"error": "invalid_import_id"}'), {})
    assert type(error) is UnexpectedNotFoundError
    assert error.error_code == "invalid_import_id"


def test_message_format() -> None:
    error = error_from_response(
        response(422, b'{"error": "invalid_amount_total_cents"}', "POST", f"{BASE}/v2/invoices"), REGISTRY
    )
    assert str(error) == "POST /api/v2/invoices -> 422 invalid_amount_total_cents"
    assert error.args == ("POST /api/v2/invoices -> 422 invalid_amount_total_cents",)


def test_the_mock_reason_header_joins_the_message_redacted() -> None:
    reason = f"invoice_lines[0].amount_cents: expected an integer (sent with ApiKey {CANARY})\x07"
    answer = httpx.Response(
        422,
        content=b'{"error": "invalid_request"}',
        headers={"X-Mock-Reason": reason},
        request=httpx.Request("POST", f"{BASE}/v2/invoices"),
    )
    error = error_from_response(answer, REGISTRY, secrets=[CANARY])
    assert str(error) == (
        "POST /api/v2/invoices -> 422 invalid_request: invoice_lines[0].amount_cents: "
        f"expected an integer (sent with ApiKey {REDACTED})?"
    )
    assert CANARY not in repr(error) + str(pickle.loads(pickle.dumps(error)))
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_a_long_mock_reason_is_clipped() -> None:
    answer = httpx.Response(400, headers={"X-Mock-Reason": "x" * 1000}, request=httpx.Request("GET", BASE))
    assert str(error_from_response(answer, REGISTRY)).endswith(": " + "x" * 300)


@pytest.mark.parametrize(
    ("status", "phrase"),
    [(520, None), (599, None), (999, None), (503, "Service Unavailable"), (418, "I'm a Teapot")],
)
def test_statuses_without_code_including_non_iana(status: int, phrase: str | None) -> None:
    error = error_from_response(response(status, b"<html>origin error</html>"), REGISTRY)
    assert type(error) is unexpected_status_class(status)
    assert isinstance(error, UnexpectedStatusError)
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
    assert type(error) is UnexpectedNotFoundError
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
    # Built here too, not only at import: each code maps to its class.
    assert registry_of([InvalidAmountTotalCents, InvalidImportId]) == REGISTRY


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
        pytest.raises(APIStatusError) as caught,
    ):
        client.get(f"{BASE}/v2/imports/abc")
    assert (caught.value.status_code, caught.value.error_code) == (status, "invalid_json")
    assert isinstance(caught.value, status_class(status))


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


# --- the exception tree ---------------------------------------------------------------------


class InvoiceGone(ApiError, NotFoundError):
    """A code documented under one status only."""

    code = "invoice_gone"
    statuses = frozenset({404})


class EitherWay(ApiError):
    """A code documented under two statuses: one subclass per status."""

    code = "either_way"
    statuses = frozenset({404, 422})


class EitherWayNotFound(EitherWay, NotFoundError):
    pass


class EitherWayUnprocessable(EitherWay, UnprocessableEntityError):
    pass


EitherWay.status_variants = {404: EitherWayNotFound, 422: EitherWayUnprocessable}
DOCUMENTED = registry_of([InvoiceGone, EitherWay])


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (409, APIStatusError),
        (302, APIStatusError),
    ],
)
def test_every_status_has_its_class_and_an_unexpected_twin(status: int, cls: type[APIStatusError]) -> None:
    assert status_class(status) is cls
    twin = unexpected_status_class(status)
    assert issubclass(twin, cls) and issubclass(twin, UnexpectedStatusError)
    error = error_from_response(response(status, b"{}"), DOCUMENTED)
    assert type(error) is twin
    assert isinstance(error, ClubCollectError)


def test_documented_code_raises_its_class_only_under_its_documented_status() -> None:
    gone = error_from_response(response(404, b'{"error": "invoice_gone"}'), DOCUMENTED)
    assert type(gone) is InvoiceGone and isinstance(gone, NotFoundError)
    # The same code with a status it is not documented under is an unexpected answer of that status.
    odd = error_from_response(response(422, b'{"error": "invoice_gone"}'), DOCUMENTED)
    assert type(odd) is UnexpectedUnprocessableEntityError
    assert odd.error_code == "invoice_gone"


def test_a_code_documented_under_two_statuses_picks_the_variant_of_the_status() -> None:
    as_404 = error_from_response(response(404, b'{"error": "either_way"}'), DOCUMENTED)
    as_422 = error_from_response(response(422, b'{"error": "either_way"}'), DOCUMENTED)
    assert type(as_404) is EitherWayNotFound and type(as_422) is EitherWayUnprocessable
    assert isinstance(as_404, EitherWay) and isinstance(as_422, EitherWay)
    assert not isinstance(as_404, UnprocessableEntityError)
    assert not isinstance(as_422, NotFoundError)
    assert error_class_for("either_way", 400, DOCUMENTED) is unexpected_status_class(400)
    assert error_class_for(None, 404, DOCUMENTED) is UnexpectedNotFoundError


def test_status_errors_carry_body_and_headers() -> None:
    answer = httpx.Response(
        422,
        content=b'{"error": "invoice_gone", "detail": [1]}',
        headers={"X-Request-Id": "r1"},
        request=httpx.Request("POST", f"{BASE}/v2/invoices"),
    )
    error = error_from_response(answer, DOCUMENTED)
    assert error.body == {"error": "invoice_gone", "detail": [1]}
    assert error.headers["x-request-id"] == "r1"
    assert decode_body(b"<html>x</html>") == "<html>x</html>"
    assert decode_body(b"") is None


def test_content_and_headers_can_be_replaced_for_redaction() -> None:
    answer = response(404, b'{"error": "invoice_gone", "echo": "' + CANARY.encode() + b'"}')
    error = error_from_response(
        answer, DOCUMENTED, content=b'{"error": "invoice_gone"}', headers=httpx.Headers({"a": "b"})
    )
    assert type(error) is InvoiceGone
    assert CANARY.encode() not in error.content
    assert dict(error.headers) == {"a": "b"}


ECHOES = [f"ApiKey {CANARY}", f"/v2/imports?api_key={CANARY}&page=1", CANARY]


@pytest.mark.parametrize("echo", ECHOES)
@pytest.mark.parametrize("build", ["error_from_response", "unexpected_status_error"])
def test_the_key_is_redacted_from_body_headers_and_code(build: str, echo: str) -> None:
    # The bare key also fills the error field, where a code is looked for.
    error_field = CANARY if echo == CANARY else "invoice_gone"
    body = b'{"error": "%s", "echo": "%s"}' % (error_field.encode(), echo.encode())
    answer = httpx.Response(
        404, content=body, headers={"X-Echo": echo}, request=httpx.Request("GET", f"{BASE}/v2/imports/abc")
    )
    if build == "error_from_response":
        error = error_from_response(answer, DOCUMENTED, secrets=[CANARY])
    else:
        error = unexpected_status_error(answer, secrets=[CANARY])
        assert type(error) is UnexpectedNotFoundError
    shown = [str(error), repr(error), repr(vars(error)), repr(error.headers.multi_items())]
    assert all(CANARY not in text for text in shown)
    assert CANARY.encode() not in error.content + pickle.dumps(error)
    assert error.content == body.replace(CANARY.encode(), REDACTED.encode())
    assert error.headers["x-echo"] == echo.replace(CANARY, REDACTED)
    assert error.error_code == ("invoice_gone" if echo != CANARY else None)


def test_the_hooks_redact_the_key_they_are_given() -> None:
    body = b'{"error": "invalid_import_id", "echo": "' + CANARY.encode() + b'"}'
    hooks = {"response": [raise_for_response_hook(REGISTRY, [CANARY])]}
    with (
        httpx.Client(transport=serve(404, body), event_hooks=hooks, base_url=BASE) as client,
        pytest.raises(InvalidImportId) as caught,
    ):
        client.get("/v2/imports/abc")
    assert caught.value.content == body.replace(CANARY.encode(), REDACTED.encode())
    assert caught.value.__context__ is None


@pytest.mark.anyio
async def test_the_async_hook_redacts_the_key_it_is_given() -> None:
    hooks = {"response": [async_raise_for_response_hook(REGISTRY, [CANARY])]}
    transport = serve(500, b"down \xff: ApiKey " + CANARY.encode())
    async with httpx.AsyncClient(transport=transport, event_hooks=hooks, base_url=BASE) as client:
        with pytest.raises(UnexpectedInternalServerError) as caught:
            await client.get("/v2/imports/abc")
    # Bytes that are not UTF-8 stay as they were; only the key goes.
    assert caught.value.content == b"down \xff: ApiKey " + REDACTED.encode()


@pytest.mark.parametrize("status", [404, 422, 429, 503, 409])
def test_every_status_error_survives_pickling(status: int) -> None:
    answer = httpx.Response(
        status,
        content=b'{"error": "either_way"}',
        headers=[("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")],
        request=httpx.Request("GET", f"{BASE}/v2/x"),
    )
    error = error_from_response(answer, DOCUMENTED)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.status_code, copy.error_code, copy.path, copy.content, str(copy)) == (
        error.status_code,
        error.error_code,
        error.path,
        error.content,
        str(error),
    )
    assert copy.headers.get_list("set-cookie") == ["a=1", "b=2"]


def test_connection_errors() -> None:
    refused = APIConnectionError(method="GET", path="/api/v2/invoices/x", reason="ConnectError")
    slow = APITimeoutError(method="PUT", path="/api/v2/imports/y")
    assert str(refused) == "GET /api/v2/invoices/x: ConnectError"
    assert str(slow) == "PUT /api/v2/imports/y: timed out"
    assert isinstance(slow, APIConnectionError) and isinstance(slow, ClubCollectError)
    assert not isinstance(slow, APIStatusError)
    for error in (refused, slow):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)


def test_response_validation_error_is_no_status_error() -> None:
    error = ResponseValidationError(
        operation="get_invoice",
        status_code=200,
        method="GET",
        path="/api/v2/invoices/x",
        json_path="$.invoice_lines[0].amount_cents",
        problem="expected integer",
        content=b"{}",
    )
    assert isinstance(error, ClubCollectError)
    assert not issubclass(ResponseValidationError, APIStatusError)
    no_body = ResponseValidationError(
        operation="get_invoice", status_code=200, method="GET", path="/", json_path="$", problem="empty"
    )
    assert no_body.content == b""  # no body given: none attached
    assert error.error_code is None
    assert str(error) == (
        "get_invoice: GET /api/v2/invoices/x -> 200: cannot read the response at "
        "$.invoice_lines[0].amount_cents: expected integer"
    )
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.json_path, copy.content) == (
        ResponseValidationError,
        str(error),
        error.json_path,
        b"{}",
    )


def test_the_base_class_pickles_with_a_plain_message() -> None:
    copy = pickle.loads(pickle.dumps(ClubCollectError("no API key")))
    assert type(copy) is ClubCollectError and str(copy) == "no API key"


# --- edges: the first error status, the parse limit, bad bytes, defaults ---------------------


@pytest.mark.anyio
async def test_async_hook_raises_from_400_up_and_passes_399() -> None:
    hooks = {"response": [async_raise_for_response_hook(REGISTRY)]}
    async with httpx.AsyncClient(transport=serve(400, b"{}"), event_hooks=hooks) as client:
        with pytest.raises(BadRequestError):
            await client.get(f"{BASE}/v2/imports/abc")
    async with httpx.AsyncClient(transport=serve(399, b"{}"), event_hooks=hooks) as client:
        assert (await client.get(f"{BASE}/v2/imports/abc")).status_code == 399


def test_decode_body_parses_json_up_to_the_limit_and_keeps_bad_bytes_readable() -> None:
    at_limit = b'{"a": "' + b"x" * (64 * 1024 - 10) + b'"}'
    assert len(at_limit) == 64 * 1024 - 1
    assert decode_body(at_limit + b" ") == {"a": "x" * (64 * 1024 - 10)}  # exactly the limit
    assert decode_body(b"oops \xff") == "oops \ufffd"


def test_registry_of_indexes_each_class_by_its_code() -> None:
    assert {
        "invalid_import_id": InvalidImportId,
        "invalid_amount_total_cents": InvalidAmountTotalCents,
    } == REGISTRY


def test_a_connection_error_without_a_reason_says_connection_error() -> None:
    error = APIConnectionError(method="GET", path="/v2/imports/abc")
    assert (str(error), error.reason) == ("GET /v2/imports/abc: connection error", "connection error")
