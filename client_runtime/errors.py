"""Typed exceptions for API error responses and the mapping from a response to one of them.

The API answers errors with a JSON object naming a machine-readable code: ``{"error": code}``,
or ``{"errors": code}`` on a few 404s. The generated client declares one :class:`ApiError`
subclass per documented code (``code = "invalid_import_id"``) and hands a registry of them to
:func:`error_from_response`, so callers can ``except InvalidImportId``.

Messages carry method, URL path, status and code only. The query string is left out because
the deprecated authentication scheme puts the API key there; the body is left out because it
is arbitrary server text. Both remain reachable as attributes for debugging.
"""

from __future__ import annotations

import http
import json
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, ClassVar

import httpx

__all__ = [
    "ApiError",
    "ClubCollectError",
    "ErrorRegistry",
    "ResponseValidationError",
    "UnexpectedStatusError",
    "async_raise_for_response_hook",
    "error_code_of",
    "error_from_response",
    "raise_for_response_hook",
    "registry_of",
]

# A code is a short identifier such as "invalid_amount_total_cents"; anything else in the
# error field (HTML, prose, a nested object) is not a code we can branch on.
_CODE_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{0,99}")
# Error bodies are tiny; refusing to parse a large one keeps a hostile proxy page cheap.
_MAX_PARSED_BODY = 64 * 1024


class ClubCollectError(Exception):
    """Base of every error raised for an API response."""

    def __init__(
        self,
        *,
        status_code: int,
        error_code: str | None,
        method: str,
        path: str,
        content: bytes = b"",
    ) -> None:
        self.status_code = status_code
        self.error_code = error_code
        self.method = method
        self.path = path
        self.content = content
        super().__init__(self._describe())

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
        return f"{self.method} {self.path} -> {outcome}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only __init__ defeats the default pickling of exceptions (needed by
        # multiprocessing and some task queues), so rebuild from the attributes instead.
        return (_rebuild, (type(self), self._fields()))

    def _fields(self) -> dict[str, Any]:
        return {
            "status_code": self.status_code,
            "error_code": self.error_code,
            "method": self.method,
            "path": self.path,
            "content": self.content,
        }


def _rebuild(cls: type[ClubCollectError], fields: dict[str, Any]) -> ClubCollectError:
    return cls(**fields)


class ApiError(ClubCollectError):
    """The API answered with an error code. Subclasses bind one documented code each."""

    code: ClassVar[str | None] = None


class UnexpectedStatusError(ClubCollectError):
    """An error status without a recognisable error code (e.g. a proxy's 502 page or a 520)."""


class ResponseValidationError(ClubCollectError):
    """A response the client cannot read: not JSON, or not the shape the spec gives it.

    ``json_path`` points at the first problem (``$.invoice_lines[2].amount_cents``), ``problem``
    says what is wrong there, ``operation`` names the spec operation and ``content`` holds the
    body with the API key redacted. Raised instead of a bare ``KeyError``/``ValueError``, so a
    caller can catch one class for every answer the client could not make sense of.
    """

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
        self.json_path = json_path
        self.problem = problem
        super().__init__(status_code=status_code, error_code=None, method=method, path=path, content=content)

    def _describe(self) -> str:
        return (
            f"{self.operation}: {self.method} {self.path} -> {self.status_code}: "
            f"cannot read the response at {self.json_path}: {self.problem}"
        )

    def _fields(self) -> dict[str, Any]:
        fields = super()._fields()
        del fields["error_code"]
        return {**fields, "operation": self.operation, "json_path": self.json_path, "problem": self.problem}


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


def _read_content(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        # Streaming responses must be read by the caller first (the hooks below do); a mapping
        # without the body still yields the right status class.
        return b""


def error_from_response(response: httpx.Response, classes: ErrorRegistry) -> ClubCollectError:
    """Build (not raise) the exception describing an error response.

    A code registered in ``classes`` gives that class; another well-formed code gives a plain
    :class:`ApiError`; no code at all gives :class:`UnexpectedStatusError`.
    """
    content = _read_content(response)
    code = error_code_of(content)
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:  # a Response built by hand has no request attached
        request = None
    fields: dict[str, Any] = {
        "status_code": response.status_code,
        "error_code": code,
        "method": request.method if request is not None else "?",
        # Never the query string: the deprecated auth scheme puts the API key there.
        "path": request.url.path if request is not None else "?",
        "content": content,
    }
    if code is None:
        return UnexpectedStatusError(**fields)
    return classes.get(code, ApiError)(**fields)


def raise_for_response_hook(classes: ErrorRegistry) -> Callable[[httpx.Response], None]:
    """An httpx ``event_hooks["response"]`` entry that raises for every status >= 400."""

    def hook(response: httpx.Response) -> None:
        if response.status_code >= 400:
            response.read()
            raise error_from_response(response, classes)

    return hook


def async_raise_for_response_hook(classes: ErrorRegistry) -> Callable[[httpx.Response], Awaitable[None]]:
    """Async twin of :func:`raise_for_response_hook` for ``httpx.AsyncClient``."""

    async def hook(response: httpx.Response) -> None:
        if response.status_code >= 400:
            await response.aread()
            raise error_from_response(response, classes)

    return hook
