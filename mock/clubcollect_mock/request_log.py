"""One log line per request: method, path, status, error code, reason, duration; never the key.

Plain ASGI middleware, added only when a log format is chosen (the command line's default;
``create_app`` leaves it off). The request path pays a few attribute reads and one tuple
append: lines are formatted and written in batches, at most ``FLUSH_SECONDS`` after the first
one, and when the app shuts down, so a busy mock makes one write per batch, not one per request.
The key can arrive in ``Authorization`` or as ``?api_key=``: the query value is replaced by
``[redacted]``, and whatever key the request presented is cut out of the logged path and reason.
"""

from __future__ import annotations

import asyncio
import sys
import time
from typing import Literal, TextIO
from urllib.parse import unquote_plus

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from clubcollect_mock.errors import REASON_HEADER

LogFormat = Literal["text", "json"]
LOG_FORMATS: tuple[LogFormat, ...] = ("text", "json")
FLUSH_SECONDS = 0.1
REDACTED = "[redacted]"
_REASON = REASON_HEADER.encode()
_MAX_ERROR_BODY = 4096

# (wall time, method, path, query, headers, status, error body, reason, seconds)
_Entry = tuple[float, str, str, bytes, list[tuple[bytes, bytes]], int, bytes, str | None, float]


class LogWriter:
    """Collects entries and writes them as lines, in batches."""

    def __init__(self, log_format: LogFormat, stream: TextIO | None = None) -> None:
        if log_format not in LOG_FORMATS:
            raise ValueError(f"log format must be one of {', '.join(LOG_FORMATS)}")
        self.json = log_format == "json"
        self.stream = stream  # None: sys.stderr at the time of writing
        self.pending: list[_Entry] = []
        self.flush_loop: asyncio.AbstractEventLoop | None = None  # where a flush is scheduled
        self.second = -1
        self.second_text = ""

    def record(self, entry: _Entry) -> None:
        self.pending.append(entry)
        # The loop is checked too: an app may be called from one loop and then another (seeded
        # in-process, then served), and a flush scheduled on a finished loop never runs.
        loop = asyncio.get_running_loop()
        if self.flush_loop is not loop:
            self.flush_loop = loop
            loop.call_later(FLUSH_SECONDS, self.flush)

    def flush(self) -> None:
        """Write every pending line (also called at shutdown)."""
        self.flush_loop = None
        entries, self.pending = self.pending, []
        if not entries:
            return
        stream = self.stream or sys.stderr
        stream.write("".join(self._line(entry) for entry in entries))
        stream.flush()

    def _line(self, entry: _Entry) -> str:
        at, method, path, query, headers, status, body, reason, seconds = entry
        target = path + "?" + redacted_query(query) if query else path
        key = presented_key(headers, query)
        if key:
            if key in target:
                target = target.replace(key, REDACTED)
            if reason and key in reason:
                reason = reason.replace(key, REDACTED)
        code = error_code(body) if status >= 400 else None
        stamp = self._stamp(at)
        if self.json:
            millis = round(seconds * 1000, 2)
            record = {
                "time": stamp,
                "method": method,
                "path": target,
                "status": status,
                "error": code,
                "reason": reason,
                "duration_ms": millis,
            }
            return orjson.dumps(record).decode() + "\n"
        tail = f" {reason}" if reason else ""
        return f"{stamp} {method} {target} {status} {code or '-'} {seconds * 1000:.2f}ms{tail}\n"

    def _stamp(self, at: float) -> str:
        """UTC with milliseconds; the formatted second is kept, as most lines share it."""
        second = int(at)
        if second != self.second:
            self.second = second
            self.second_text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
        return f"{self.second_text}.{int(at * 1000) % 1000:03d}Z"


class RequestLog:
    """The middleware: times each request and notes its status, reason and error body."""

    def __init__(self, app: ASGIApp, *, writer: LogWriter) -> None:
        self.app = app
        self.writer = writer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 0
        reason: str | None = None
        error_body = b""

        async def logged_send(message: Message) -> None:
            nonlocal status, reason, error_body
            if message["type"] == "http.response.start":
                status = message["status"]
                if status >= 400:
                    for name, value in message.get("headers", ()):
                        if name == _REASON:
                            reason = value.decode("latin-1")
            elif status >= 400 and len(error_body) < _MAX_ERROR_BODY:
                error_body += message.get("body", b"")
            await send(message)

        try:
            await self.app(scope, receive, logged_send)
        except BaseException:
            status = status or 500  # what the server error layer outside answers
            raise
        finally:
            self.writer.record(
                (
                    time.time(),
                    scope["method"],
                    scope["path"],
                    scope["query_string"],
                    scope["headers"],
                    status,
                    error_body,
                    reason,
                    time.perf_counter() - started,
                )
            )


def presented_key(headers: list[tuple[bytes, bytes]], query: bytes) -> str | None:
    """The key the request carried, in either place, to cut it out of what is logged."""
    for name, value in headers:
        if name == b"authorization":
            text = value.decode("latin-1")
            return text.partition(" ")[2].strip() or text.strip() or None
    if not query:
        return None
    for param, text in _pairs(query):
        if param == "api_key" and text:
            return text
    return None


def redacted_query(query: bytes) -> str:
    """The query as sent, with the value of every ``api_key`` parameter replaced."""
    parts = []
    for raw in query.decode("latin-1").split("&"):
        name = raw.partition("=")[0]
        parts.append(f"{name}={REDACTED}" if unquote_plus(name).lower() == "api_key" else raw)
    return "&".join(parts)


def _pairs(query: bytes) -> list[tuple[str, str]]:
    pairs = []
    for raw in query.decode("latin-1").split("&"):
        name, _, value = raw.partition("=")
        pairs.append((unquote_plus(name).lower(), unquote_plus(value)))
    return pairs


def error_code(body: bytes) -> str | None:
    """The code of an error answer: ``error``, ``errors`` or the payments' ``error_code``."""
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if type(value) is not dict:
        return None
    for key in ("error", "errors", "error_code"):
        code = value.get(key)
        if type(code) is str:
            return code
    return None
