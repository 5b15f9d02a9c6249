"""Request plumbing shared by every API handler: auth, body reading, pagination."""

from __future__ import annotations

import json
import math
import re
from typing import Any, Protocol

import orjson
from starlette.datastructures import QueryParams
from starlette.requests import ClientDisconnect
from starlette.types import Receive, Scope

from clubcollect_mock.config import DEFAULT_PAGE_SIZE, INT32_MAX, MAX_BODY_BYTES, MAX_PAGE_SIZE
from clubcollect_mock.errors import ApiError, invalid, json_type, quoted_name
from clubcollect_mock.schemas.fields import JsonObject
from clubcollect_mock.store import InvoiceRow, Store


class ApiRequest(Protocol):
    """What the handlers use of a request: Starlette's ``Request`` or the fast path's own."""

    @property
    def scope(self) -> Scope: ...

    @property
    def receive(self) -> Receive: ...

    @property
    def path_params(self) -> dict[str, Any]: ...

    @property
    def query_params(self) -> QueryParams: ...


_PAGE_VALUE = re.compile(r"[0-9]{1,10}", re.ASCII)


def raw_header(request: ApiRequest, name: bytes) -> bytes | None:
    """First value of a header straight from the ASGI scope (names arrive lower-cased);
    cheaper than building Starlette's ``Headers`` on the hot path."""
    for key, value in request.scope["headers"]:
        if key == name:
            return bytes(value)
    return None


def authenticate(request: ApiRequest, store: Store) -> int:
    """The caller's partner; the header wins over the deprecated query key (DECISIONS A1, A2)."""
    header = raw_header(request, b"authorization")
    if header is not None:
        scheme, _, key = header.decode("latin-1").partition(" ")
        partner = store.partner_for_key(key.strip()) if scheme.lower() == "apikey" else None
    else:
        query_key = request.query_params.get("api_key")
        partner = store.partner_for_key(query_key) if query_key else None
    if partner is None:
        raise ApiError(
            401, "unauthorized", headers={"WWW-Authenticate": "ApiKey"}, reason=_auth_problem(header, request)
        )
    return partner


def _auth_problem(header: bytes | None, request: ApiRequest) -> str:
    """Why no partner was found; never quotes the key."""
    if header is not None:
        scheme = header.decode("latin-1").partition(" ")[0]
        if scheme.lower() != "apikey":
            return "the Authorization header must use the ApiKey scheme: 'Authorization: ApiKey <key>'"
        return "the API key in the Authorization header belongs to no partner"
    if "api_key" in request.query_params:
        return "the api_key query parameter names no partner"
    return "no API key: send 'Authorization: ApiKey <key>'"


async def read_body(request: ApiRequest) -> bytes:
    """The raw body, refused past 1 MiB without buffering more (DECISIONS A6)."""
    declared = raw_header(request, b"content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _too_large()
    chunks: list[bytes] = []
    size = 0
    receive = request.receive
    while True:
        message = await receive()
        if message["type"] != "http.request":
            raise ClientDisconnect
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _too_large()
        chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _too_large() -> ApiError:
    return ApiError(
        413, "request_too_large", reason=f"the body is larger than {MAX_BODY_BYTES} bytes (1 MiB)"
    )


def require_json_content_type(request: ApiRequest) -> None:
    """``application/json``, parameters allowed, compared case-insensitively (DECISIONS A9)."""
    value = raw_header(request, b"content-type") or b""
    if value.partition(b";")[0].strip().lower() != b"application/json":
        given = value.decode("latin-1")
        raise invalid(
            "invalid_content_type",
            f"Content-Type must be application/json, got {quoted_name(given)}"
            if given
            else "no Content-Type: send 'Content-Type: application/json'",
        )


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


# The reference decoder: ``json.loads`` with hooks would build a new one each call.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant, parse_float=_finite_float)


# orjson reads an integer outside [-2**63, 2**64) as a float, rounding it; the reference decoder
# reads every integer exactly, so the bounds rules (A10) refuse it instead of a rounded value
# passing. Every such integer is written with at least 19 digits: a body holding a run of 19
# digits anywhere (inside a string too, which is merely slower) goes to the reference decoder.
# translate + a substring search costs about 1 us on a create body; a regex search costs 9.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_DIGIT_RUN = b"0" * 19


def _decode(raw: bytes) -> Any:
    # orjson reads a create body in half the standard library's time. It is stricter, never
    # looser: whatever it refuses (NaN, lone surrogate escapes, a byte order mark, deep nesting)
    # goes to the reference decoder, so every answer stays what that decoder implies.
    if _LONG_DIGIT_RUN not in raw.translate(_DIGITS_AS_ZERO):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return _DECODER.decode(raw.decode("utf-8"))


def parse_object(raw: bytes) -> JsonObject:
    """A UTF-8 JSON object, else 400 ``invalid_json`` (DECISIONS A5)."""
    try:
        value = _decode(raw)
    except (ValueError, RecursionError) as exc:
        raise ApiError(400, "invalid_json", reason=_json_problem(raw, exc)) from None
    if type(value) is not dict:
        raise ApiError(400, "invalid_json", reason=f"the body must be a JSON object, got {json_type(value)}")
    return value


def _json_problem(raw: bytes, exc: Exception) -> str:
    """What the reference decoder says, which gives a position but never quotes the text."""
    if not raw.strip():
        return "the body is empty: a JSON object is expected"
    if isinstance(exc, RecursionError):
        return "the body is nested too deeply to read"
    if isinstance(exc, json.JSONDecodeError):
        return f"the body is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
    if isinstance(exc, UnicodeDecodeError):
        return f"the body is not UTF-8 (byte {exc.start})"
    return "the body is not valid JSON: NaN, Infinity and numbers too large for a float are refused"


def json_body(request: ApiRequest, raw: bytes) -> JsonObject:
    require_json_content_type(request)
    return parse_object(raw)


async def ignored_action_body(request: ApiRequest) -> None:
    """Ticket actions carry no data: the JSON content type is still required (A9), and the body
    is either empty (what the one public client sends) or a JSON object whose content is
    ignored (B5); anything else is ``invalid_json`` (A5)."""
    require_json_content_type(request)
    raw = await read_body(request)
    if raw:
        parse_object(raw)


def page_params(request: ApiRequest) -> tuple[int, int]:
    """``page_number`` >= 1 and ``page_size`` 1..100 (DECISIONS A11)."""
    params = request.query_params
    number = _page_value(params.get("page_number"), 1, "page_number")
    size = _page_value(params.get("page_size"), DEFAULT_PAGE_SIZE, "page_size")
    if not 1 <= number <= INT32_MAX:
        raise invalid(reason=f"out of range: must be from 1 to {INT32_MAX}", field="page_number")
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise invalid(reason=f"out of range: must be from 1 to {MAX_PAGE_SIZE}", field="page_size")
    return number, size


def _page_value(text: str | None, default: int, name: str) -> int:
    if text is None:
        return default
    if _PAGE_VALUE.fullmatch(text) is None:
        raise invalid(reason="expected a whole number written in decimal digits", field=name)
    return int(text)


def page_info(number: int, size: int, total: int) -> dict[str, int]:
    return {
        "page_number": number,
        "page_size": size,
        "total_entries": total,
        "total_pages": -(-total // size),
    }


def find_invoice(request: ApiRequest, store: Store, partner: int | None) -> InvoiceRow:
    """The invoice named in the path, else 404 ``invalid_invoice_id`` (DECISIONS A3, A4)."""
    invoice_id: str = request.path_params["invoice_id"]
    row = store.invoice_row(invoice_id, partner)
    if row is None:
        raise unknown_id("invalid_invoice_id", "invoice_id", "invoice")
    return row


def unknown_id(code: str, field: str, what: str, status: int = 404, key: str = "error") -> ApiError:
    """An id that names nothing this caller may see (DECISIONS A3: another partner's is unknown too)."""
    return ApiError(status, code, key, reason=f"no {what} with this id belongs to this partner", field=field)
