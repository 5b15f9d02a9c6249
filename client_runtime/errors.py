"""The client's exceptions, and the mapping from an error response to one of them.

Every exception the client raises on purpose is a :class:`ClubCollectError`::

    ClubCollectError
    ├── APIConnectionError            no answer: refused, reset, DNS, TLS ...
    │   └── APITimeoutError           no answer in time
    ├── ResponseValidationError       an answer the client cannot read
    └── APIStatusError                any answer outside 2xx: status_code, error_code, body, headers
        ├── BadRequestError 400       ├── AuthenticationError 401   ├── PermissionDeniedError 403
        ├── NotFoundError 404         ├── UnprocessableEntityError 422
        ├── RateLimitError 429        └── InternalServerError >= 500
        ├── ApiError                  the answer carries an error code documented for its status
        └── UnexpectedStatusError     it does not (an undocumented status, code or body)

The API answers errors with a JSON object naming a machine-readable code: ``{"error": code}``,
or ``{"errors": code}`` on a few 404s. The generated ``errors`` module declares one
:class:`ApiError` subclass per documented code (``InvalidImportId``), which also derives from the
status class its code is documented under (``NotFoundError``), and hands a registry of them to
:func:`error_from_response`. An answer whose code is not documented for its status gets the
``Unexpected...`` twin of its status class, so both ``except NotFoundError`` and
``except UnexpectedStatusError`` see it.

Messages carry method, URL path, status and code only, and the reason the local mock gives in
its ``X-Mock-Reason`` header when there is one. The query string is left out because
the deprecated authentication scheme puts the API key there; the body is left out because it
is arbitrary server text. The body and headers remain reachable as attributes for debugging,
redacted: :func:`error_from_response`, :func:`unexpected_status_error` and the hooks take the
client's key as ``secrets`` and scrub it (and any ``ApiKey``/``api_key=`` credential) from both,
so an answer that echoes the key never carries it into an exception.
"""

from __future__ import annotations

import http
import json
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, ClassVar, cast

import httpx

from .redaction import Secret, redact

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ClubCollectError",
    "ErrorRegistry",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnexpectedAuthenticationError",
    "UnexpectedBadRequestError",
    "UnexpectedInternalServerError",
    "UnexpectedNotFoundError",
    "UnexpectedPermissionDeniedError",
    "UnexpectedRateLimitError",
    "UnexpectedStatusError",
    "UnexpectedUnprocessableEntityError",
    "UnprocessableEntityError",
    "async_raise_for_response_hook",
    "decode_body",
    "error_class_for",
    "error_code_of",
    "error_from_response",
    "raise_for_response_hook",
    "registry_of",
    "status_class",
    "unexpected_status_class",
    "unexpected_status_error",
]

# A code is a short identifier such as "invalid_amount_total_cents"; anything else in the
# error field (HTML, prose, a nested object) is not a code we can branch on.
_CODE_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{0,99}")
# Error bodies are tiny; refusing to parse a large one keeps a hostile proxy page cheap.
_MAX_PARSED_BODY = 64 * 1024


class ClubCollectError(Exception):
    """Base of every exception the client raises on purpose (catch this to catch them all)."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors defeat the default pickling of exceptions (needed by
        # multiprocessing and some task queues), so subclasses rebuild from their attributes.
        fields = self._fields()
        if fields is None:
            return (type(self), self.args)
        return (_rebuild, (type(self), fields))

    def _fields(self) -> dict[str, Any] | None:
        return None


def _rebuild(cls: type[ClubCollectError], fields: dict[str, Any]) -> ClubCollectError:
    return cls(**fields)


# ----------------------------------------------------------------------------- no answer


class APIConnectionError(ClubCollectError):
    """No answer: the connection could not be made or broke off (after any retries).

    The facade sets ``__cause__`` to a copy of the httpx exception (its type and redacted
    message, without the request, which carries the key). ``method`` and ``path`` name the request; the
    query string is left out because the deprecated authentication puts the key there.
    """

    def __init__(self, *, method: str, path: str, reason: str = "connection error") -> None:
        self.method = method
        self.path = path
        self.reason = reason
        super().__init__(f"{method} {path}: {reason}")

    def _fields(self) -> dict[str, Any]:
        return {"method": self.method, "path": self.path, "reason": self.reason}


class APITimeoutError(APIConnectionError):
    """No answer within the timeout (after any retries)."""

    def __init__(self, *, method: str, path: str, reason: str = "timed out") -> None:
        super().__init__(method=method, path=path, reason=reason)


# ----------------------------------------------------------------------------- unreadable answer


class ResponseValidationError(ClubCollectError):
    """A response the client cannot read: not JSON, or not the shape the spec gives it.

    ``json_path`` points at the first problem (``$.invoice_lines[2].amount_cents``), ``problem``
    says what is wrong there, ``operation`` names the spec operation and ``content`` holds the
    body with the API key redacted. Raised instead of a bare ``KeyError``/``ValueError``, so a
    caller can catch one class for every answer the client could not make sense of.
    """

    #: Always None: an unreadable answer has no error code (kept for code that reads it).
    error_code: None = None

    def __init__(
        self,
        *,
        operation: str,
        status_code: int,
        method: str,
        path: str,
        json_path: str,
        problem: str,
        content: bytes = b"",
    ) -> None:
        self.operation = operation
        self.status_code = status_code
        self.method = method
        self.path = path
        self.json_path = json_path
        self.problem = problem
        self.content = content
        where = f"{operation}: {method} {path} -> {status_code}"
        super().__init__(f"{where}: cannot read the response at {json_path}: {problem}")

    def _fields(self) -> dict[str, Any]:
        return {
            "operation": self.operation,
            "status_code": self.status_code,
            "method": self.method,
            "path": self.path,
            "json_path": self.json_path,
            "problem": self.problem,
            "content": self.content,
        }


# ----------------------------------------------------------------------------- error answers


class APIStatusError(ClubCollectError):
    """The API answered with a status outside 2xx.

    ``status_code``, ``error_code`` (the documented code, or None), ``method``, ``path``,
    ``headers`` and the raw ``content``; ``body`` is the content decoded (JSON, else text).
    """

    def __init__(
        self,
        *,
        status_code: int,
        error_code: str | None,
        method: str,
        path: str,
        content: bytes = b"",
        headers: httpx.Headers | Mapping[str, str] | Sequence[tuple[str, str]] | None = None,
    ) -> None:
        self.status_code = status_code
        self.error_code = error_code
        self.method = method
        self.path = path
        self.content = content
        self.headers = httpx.Headers(headers)
        super().__init__(self._describe())

    @property
    def body(self) -> object:
        """The body as JSON when it is JSON, else as text; None when empty."""
        return decode_body(self.content)

    @property
    def reason_phrase(self) -> str | None:
        """The standard phrase for the status, or None for unregistered ones such as 520."""
        try:
            return http.HTTPStatus(self.status_code).phrase
        except ValueError:
            return None

    def _describe(self) -> str:
        detail = self.error_code or self.reason_phrase
        outcome = f"{self.status_code} {detail}" if detail else str(self.status_code)
        return f"{self.method} {self.path} -> {outcome}{_reason_suffix(self.headers)}"

    def _fields(self) -> dict[str, Any]:
        return {
            "status_code": self.status_code,
            "error_code": self.error_code,
            "method": self.method,
            "path": self.path,
            "content": self.content,
            "headers": list(self.headers.multi_items()),
        }


# The local mock (clubcollect-mock) explains each refusal in this header, naming the field at
# fault; the vendor does not send it. Shown in the message, redacted and clipped like the rest.
MOCK_REASON_HEADER = "x-mock-reason"
_MAX_REASON = 300


def _reason_suffix(headers: httpx.Headers) -> str:
    reason = headers.get(MOCK_REASON_HEADER)
    if not reason:
        return ""
    text = redact("".join(char if char.isprintable() else "?" for char in reason))
    return f": {text[:_MAX_REASON]}"


class BadRequestError(APIStatusError):
    """400: the body is not JSON the server can read."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, malformed or unknown."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


#: Where every operation of the API lives; a request path without it missed the API altogether.
API_PREFIX = "/api/v2"


class NotFoundError(APIStatusError):
    """404: no such object for this partner (or, with no error code, no such address)."""

    def _describe(self) -> str:
        text = super()._describe()
        # A 404 for a path outside /api/v2 is almost always a base URL given without the prefix
        # (whatever the body says: a server may answer unknown routes with its usual not_found);
        # say so rather than leave a bare "Not Found". Behind a proxy that maps another prefix it
        # is only a hint, hence "normally".
        if self.path.startswith("/") and f"{API_PREFIX}/" not in self.path:
            text += (
                f" (the request path has no {API_PREFIX}: check the base URL, which normally ends"
                " in /api/v2 as in https://app.clubcollect.com/api/v2)"
            )
        return text


class UnprocessableEntityError(APIStatusError):
    """422: the request breaks a documented rule."""


class RateLimitError(APIStatusError):
    """429: too many requests (raised once retries are used up)."""


class InternalServerError(APIStatusError):
    """Any status of 500 or more."""


class ApiError(APIStatusError):
    """The answer carries an error code documented for its status. Subclasses bind one code each.

    ``code`` is the code; ``statuses`` the statuses it is documented under (empty: any status,
    for classes made by hand). A code documented under several statuses has one subclass per
    status in ``status_variants``, each also deriving from that status's class.
    """

    code: ClassVar[str | None] = None
    statuses: ClassVar[frozenset[int]] = frozenset()
    status_variants: ClassVar[Mapping[int, type[ApiError]]] = MappingProxyType({})


class UnexpectedStatusError(APIStatusError):
    """An error answer the spec does not document: its status, its code or its body."""


class UnexpectedBadRequestError(BadRequestError, UnexpectedStatusError):
    """A 400 without a code documented for it."""


class UnexpectedAuthenticationError(AuthenticationError, UnexpectedStatusError):
    """A 401 without a code documented for it."""


class UnexpectedPermissionDeniedError(PermissionDeniedError, UnexpectedStatusError):
    """A 403 (the API documents none)."""


class UnexpectedNotFoundError(NotFoundError, UnexpectedStatusError):
    """A 404 without a code documented for it."""


class UnexpectedUnprocessableEntityError(UnprocessableEntityError, UnexpectedStatusError):
    """A 422 without a code documented for it."""


class UnexpectedRateLimitError(RateLimitError, UnexpectedStatusError):
    """A 429 (the API documents none)."""


class UnexpectedInternalServerError(InternalServerError, UnexpectedStatusError):
    """A status of 500 or more (the API documents none)."""


_STATUS_CLASSES: dict[int, tuple[type[APIStatusError], type[UnexpectedStatusError]]] = {
    400: (BadRequestError, UnexpectedBadRequestError),
    401: (AuthenticationError, UnexpectedAuthenticationError),
    403: (PermissionDeniedError, UnexpectedPermissionDeniedError),
    404: (NotFoundError, UnexpectedNotFoundError),
    422: (UnprocessableEntityError, UnexpectedUnprocessableEntityError),
    429: (RateLimitError, UnexpectedRateLimitError),
}


def status_class(status_code: int) -> type[APIStatusError]:
    """The class for a status: ``NotFoundError`` for 404, ``APIStatusError`` for one without a class."""
    if status_code >= 500:
        return InternalServerError
    pair = _STATUS_CLASSES.get(status_code)
    return pair[0] if pair else APIStatusError


def unexpected_status_class(status_code: int) -> type[UnexpectedStatusError]:
    """The class raised for an undocumented answer with this status (a twin of its status class)."""
    if status_code >= 500:
        return UnexpectedInternalServerError
    pair = _STATUS_CLASSES.get(status_code)
    return pair[1] if pair else UnexpectedStatusError


ErrorRegistry = Mapping[str, type[ApiError]]


def registry_of(classes: Iterable[type[ApiError]]) -> dict[str, type[ApiError]]:
    """Index ApiError subclasses by their ``code`` attribute, refusing gaps and duplicates."""
    registry: dict[str, type[ApiError]] = {}
    for cls in classes:
        if not cls.code:
            raise ValueError(f"{cls.__name__} has no code")
        if cls.code in registry:
            raise ValueError(f"code {cls.code!r} registered twice")
        registry[cls.code] = cls
    return registry


def error_class_for(code: str | None, status_code: int, classes: ErrorRegistry) -> type[APIStatusError]:
    """The class for an answer: its code's class if documented for the status, else ``Unexpected...``."""
    cls = classes.get(code) if code else None
    if cls is None or (cls.statuses and status_code not in cls.statuses):
        return unexpected_status_class(status_code)
    return cls.status_variants.get(status_code, cls)


def error_code_of(body: bytes) -> str | None:
    """The code in ``{"error": code}`` or ``{"errors": code}``, or None for anything else."""
    if not body or len(body) > _MAX_PARSED_BODY:
        return None
    try:
        document = json.loads(body)
    except (ValueError, RecursionError):  # includes JSONDecodeError and UnicodeDecodeError
        return None
    if not isinstance(document, dict):
        return None
    for key in ("error", "errors"):
        value = document.get(key)
        if isinstance(value, str) and _CODE_PATTERN.fullmatch(value):
            return value
    return None


def decode_body(content: bytes) -> object:
    """An error body for reading: parsed JSON when it is JSON, else text; None when empty."""
    if not content:
        return None
    if len(content) <= _MAX_PARSED_BODY:
        try:
            document: object = json.loads(content)
        except (ValueError, RecursionError):
            pass
        else:
            return document
    return content.decode("utf-8", "replace")


def _read_content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        # Streaming responses must be read by the caller first (the hooks below do); a mapping
        # without the body still yields the right status class.
        return b""


def _redacted_content(content: bytes, secrets: Sequence[str | Secret]) -> bytes:
    if not content:
        return content
    # surrogateescape: bytes that are not UTF-8 come back unchanged, only the key goes.
    text = content.decode("utf-8", "surrogateescape")
    clean = redact(text, secrets)
    return content if clean == text else clean.encode("utf-8", "surrogateescape")


def _redacted_headers(headers: httpx.Headers, secrets: Sequence[str | Secret]) -> httpx.Headers:
    return httpx.Headers([(name, redact(value, secrets)) for name, value in headers.multi_items()])


def _build(
    response: httpx.Response,
    choose: Callable[[str | None, int], type[APIStatusError]],
    content: bytes | None,
    headers: httpx.Headers | None,
    secrets: Iterable[str | Secret],
) -> APIStatusError:
    keys = tuple(secrets)
    body = _redacted_content(_read_content(response) if content is None else content, keys)
    # From the redacted body: an echoed key in the error field would read as a code otherwise.
    code = error_code_of(body)
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a Response built by hand has no request attached
        request = None
    status = response.status_code
    return choose(code, status)(
        status_code=status,
        error_code=code,
        method=request.method if request is not None else "?",
        # Never the query string: the deprecated auth scheme puts the API key there.
        path=request.url.path if request is not None else "?",
        content=body,
        headers=_redacted_headers(response.headers if headers is None else headers, keys),
    )


def error_from_response(
    response: httpx.Response,
    classes: ErrorRegistry,
    *,
    content: bytes | None = None,
    headers: httpx.Headers | None = None,
    secrets: Iterable[str | Secret] = (),
) -> APIStatusError:
    """Build (not raise) the exception describing an error response.

    A code documented for the answer's status gives that code's class; anything else gives
    the ``Unexpected...`` class of the status. ``content`` and ``headers`` replace the
    response's own. Body and header values are redacted (:func:`~.redaction.redact`) of the
    ``secrets`` (the client's API key) and of any ``ApiKey``/``api_key=`` credential, so an
    answer echoing the key never carries it into the exception; the code is read from the
    redacted body.
    """
    return _build(
        response, lambda code, status: error_class_for(code, status, classes), content, headers, secrets
    )


def unexpected_status_error(
    response: httpx.Response, *, secrets: Iterable[str | Secret] = ()
) -> UnexpectedStatusError:
    """Build the exception for an answer the spec does not document for its operation.

    Always the ``Unexpected...`` class of the status (whatever code the body names), with body
    and headers redacted as in :func:`error_from_response`.
    """
    error = _build(response, lambda _code, status: unexpected_status_class(status), None, None, secrets)
    return cast(UnexpectedStatusError, error)


def raise_for_response_hook(
    classes: ErrorRegistry, secrets: Iterable[str | Secret] = ()
) -> Callable[[httpx.Response], None]:
    """An httpx ``event_hooks["response"]`` entry that raises for every status >= 400.

    ``secrets`` (the client's API key) are redacted from the error's body and headers.
    """
    keys = tuple(secrets)

    def hook(response: httpx.Response) -> None:
        if response.status_code >= 400:
            response.read()
            raise error_from_response(response, classes, secrets=keys)

    return hook


def async_raise_for_response_hook(
    classes: ErrorRegistry, secrets: Iterable[str | Secret] = ()
) -> Callable[[httpx.Response], Awaitable[None]]:
    """Async twin of :func:`raise_for_response_hook` for ``httpx.AsyncClient``."""
    keys = tuple(secrets)

    async def hook(response: httpx.Response) -> None:
        if response.status_code >= 400:
            await response.aread()
            raise error_from_response(response, classes, secrets=keys)

    return hook
