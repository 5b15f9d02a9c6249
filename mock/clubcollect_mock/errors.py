"""Error type raised by handlers and the JSON response helpers every route uses.

Every refusal names what was wrong in an ``X-Mock-Reason`` header (``invoice_lines[0].amount_cents:
expected an integer, got a string``): the body keeps the vendor's shape, the header is the mock's
own. Reasons are built only when a request is refused, so accepted requests never pay for them,
and they never quote a value the caller sent (values may be secrets), only field names.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
from starlette.responses import Response

REASON_HEADER = "x-mock-reason"
# A reason is a single header line: printable ASCII, bounded.
MAX_REASON = 300
_PRINTABLE = frozenset(range(0x20, 0x7F))

_fallback_encoder = json.JSONEncoder(separators=(",", ":"))


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON.

    orjson encodes an invoice document about ten times faster than the standard library, which
    is most of a create's cost. The few values it refuses (integers past 64 bits, lone
    surrogates; request validation keeps both out of stored documents) go to the standard
    library, whose ASCII escapes are just as valid JSON.
    """
    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        return _fallback_encoder.encode(value).encode("ascii")


def json_bytes(body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(body, status_code=status, headers=headers, media_type="application/json")


def json_response(value: Any, status: int = 200) -> Response:
    return json_bytes(dumps(value), status)


def no_content() -> Response:
    return Response(status_code=204)


def header_text(text: str) -> str:
    """``text`` as one safe header value: non-ASCII and control characters escaped, clipped."""
    escaped = text.encode("ascii", "backslashreplace")
    if not _PRINTABLE.issuperset(escaped):
        escaped = bytes(b if b in _PRINTABLE else 0x3F for b in escaped)  # "?"
    clipped = escaped.decode("ascii")
    return clipped if len(clipped) <= MAX_REASON else clipped[: MAX_REASON - 3] + "..."


def quoted_name(name: str) -> str:
    """A caller-chosen name (an unknown field, a path) shown in a reason, escaped and clipped."""
    return repr(name[:60] + ("..." if len(name) > 60 else ""))


def json_type(value: Any) -> str:
    """The JSON type of a parsed value, with its article, for "expected X, got Y"."""
    if value is None:
        return "null"
    if type(value) is bool:
        return "a boolean"
    if type(value) is int:
        return "an integer"
    if type(value) is float:
        return "a number"
    if type(value) is str:
        return "a string"
    if type(value) is list:
        return "an array"
    return "an object"


class ApiError(Exception):
    """An error answer: HTTP status plus the documented error code.

    ``key`` is ``"error"`` except where the docs show the plural ``"errors"``. ``reason`` says
    in words what was refused and ``field`` the JSON path of the value at fault (``None`` when
    the refusal is not about one field); both go into the ``X-Mock-Reason`` header.
    """

    def __init__(
        self,
        status: int,
        code: str,
        key: str = "error",
        headers: dict[str, str] | None = None,
        *,
        reason: str | None = None,
        field: str | None = None,
    ):
        super().__init__(code)
        self.status = status
        self.code = code
        self.key = key
        self.headers = headers
        self.reason = reason
        self.field = field

    def within(self, parent: str) -> ApiError:
        """The same error, its field path prefixed with ``parent`` (an object key or ``[i]``)."""
        if self.field is None:
            self.field = parent
        else:
            self.field = f"{parent}{'' if self.field.startswith('[') else '.'}{self.field}"
        return self

    def describe(self) -> str:
        """The reason as shown to the caller: ``field: reason``."""
        reason = self.reason or _DEFAULT_REASONS.get(self.code) or f"refused ({self.code})"
        return header_text(f"{self.field}: {reason}" if self.field else reason)

    def response(self, *, detailed: bool = False) -> Response:
        """The answer. ``detailed`` (the control API, which is ours) also puts ``field`` and
        ``reason`` in the body; the API's bodies keep exactly the vendor's shape."""
        headers = dict(self.headers or {})
        headers[REASON_HEADER] = self.describe()
        body: dict[str, Any] = {self.key: self.code}
        if detailed:
            body["field"] = self.field
            body["reason"] = self.reason or _DEFAULT_REASONS.get(self.code) or f"refused ({self.code})"
        return json_bytes(dumps(body), self.status, headers)


def invalid(
    code: str = "invalid_request", reason: str | None = None, *, field: str | None = None
) -> ApiError:
    """A 422 validation failure (DECISIONS A7)."""
    return ApiError(422, code, reason=reason, field=field)


# Used when a refusal was raised without words of its own.
_DEFAULT_REASONS = {
    "unauthorized": "no valid API key: send 'Authorization: ApiKey <key>'",
    "invalid_json": "the body is not a JSON object",
    "request_too_large": "the body is larger than 1 MiB (1048576 bytes)",
    "invalid_content_type": "Content-Type must be application/json",
    "not_found": "nothing with this id, or no such path",
    "method_not_allowed": "this path does not take that method",
    "invalid_request": "the request does not have the documented shape",
    "import_already_transmitted": "the import is already transmitted and can no longer change",
    "invoice_already_transmitted": "the invoice's import is already transmitted",
}
