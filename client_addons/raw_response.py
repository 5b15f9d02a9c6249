"""What ``client.<resource>.with_raw_response.<method>(...)`` returns: the HTTP answer, parsed on demand.

An answer outside 2xx still raises, as the plain methods do; ``parse()`` gives what the plain
method would have returned (and raises ``ResponseValidationError`` the same way).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx

__all__ = ["RawResponse"]

T = TypeVar("T")
_UNPARSED: Any = object()


class RawResponse(Generic[T]):
    """Status, headers and body of one answer, with :meth:`parse` for the typed result."""

    def __init__(self, response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: T = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    @property
    def method(self) -> str:
        return self.http_response.request.method

    @property
    def path(self) -> str:
        """The request's path (never the query string, which may hold the key with query auth)."""
        return self.http_response.request.url.path

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    def parse(self) -> T:
        """The typed result, read once and cached."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        return self._parsed

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.method} {self.path}>"
