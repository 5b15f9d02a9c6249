"""How the mock is served: uvicorn with a deadline on reading each request.

uvicorn bounds the wait *between* requests (keep-alive) but not the reading of one: a client that
connects and stalls in its headers, or announces a ``Content-Length`` larger than the body it
sends, holds a connection (and, once the headers are in, a task waiting for the body) forever.
``BoundedH11Protocol`` gives every request ``request_timeout`` seconds from its first byte (from
the connection, for the first request) until it has arrived whole, headers and body; the clock
is not reset by more bytes, so a trickle cannot stretch it. A request that misses the deadline
is answered ``408`` ``{"error": "request_timeout"}`` unless an answer was already started, and
the connection is closed; uvicorn then ends the request's task with a disconnect. A connection
that sent nothing at all is just closed. The deadline is armed only while a request is
incomplete, so a request that arrives in one piece (nearly all) costs a state check, no timer.

Bytes that are not HTTP at all get uvicorn's 400 with an ``X-Mock-Reason`` too, so every 4xx
of the mock carries one. It extends uvicorn's h11 protocol (h11 comes with uvicorn), so the
mock is always served over h11, even where httptools is installed.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
import uvicorn
from starlette.responses import Response
from starlette.types import Scope
from uvicorn.protocols.http.h11_impl import H11Protocol

from clubcollect_mock.errors import REASON_HEADER, dumps, json_bytes

DEFAULT_REQUEST_TIMEOUT = 5.0
# Marks a request whose body stalled, so the app's answer (which nobody receives) and the
# request log say 408 rather than "client went away".
TIMED_OUT = "clubcollect_mock.request_timed_out"


class MockServerConfig(uvicorn.Config):
    """uvicorn's configuration plus the request deadline; serves with ``BoundedH11Protocol``."""

    def __init__(self, app: Any, *, request_timeout: float = DEFAULT_REQUEST_TIMEOUT, **options: Any) -> None:
        if not request_timeout > 0:
            raise ValueError("request_timeout must be positive")
        super().__init__(app, http=BoundedH11Protocol, **options)
        self.request_timeout = request_timeout


def unfinished_body_answer(scope: Scope) -> Response:
    """What the app answers when a body stops coming: nobody receives it, but the request log
    does (408 when the deadline cut it off, else 400 for a client that hung up)."""
    if scope.get("state", {}).get(TIMED_OUT):
        reason = "the request body did not arrive in full in time"
        return json_bytes(dumps({"error": "request_timeout"}), 408, {REASON_HEADER: reason})
    return Response(status_code=400, headers={REASON_HEADER: "the client closed the connection mid-body"})


def timeout_answer(seconds: float) -> bytes:
    """The raw 408 response written when a request misses its deadline."""
    body = dumps({"error": "request_timeout"})
    reason = f"the request did not arrive in full within {seconds:g} s (headers or body stalled)"
    head = (
        "HTTP/1.1 408 Request Timeout\r\n"
        "content-type: application/json\r\n"
        f"content-length: {len(body)}\r\n"
        "connection: close\r\n"
        f"{REASON_HEADER}: {reason}\r\n\r\n"
    )
    return head.encode("ascii") + body


class BoundedH11Protocol(H11Protocol):
    def __init__(self, config: uvicorn.Config, *args: Any, **kwargs: Any) -> None:
        super().__init__(config, *args, **kwargs)
        self.request_timeout = getattr(config, "request_timeout", DEFAULT_REQUEST_TIMEOUT)
        self.deadline: asyncio.TimerHandle | None = None
        self.bytes_seen = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.deadline = self.loop.call_later(self.request_timeout, self.request_timed_out)

    def data_received(self, data: bytes) -> None:
        self.bytes_seen = True
        super().data_received(data)
        self.watch()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self.watch()  # a pipelined request may be waiting, incomplete, in h11's buffer

    def connection_lost(self, exc: Exception | None) -> None:
        self.disarm()
        super().connection_lost(exc)

    def watch(self) -> None:
        """Arm the deadline while a request is incomplete; disarm it once it is whole."""
        conn = self.conn
        incomplete = conn.their_state is h11.SEND_BODY or (
            conn.their_state is h11.IDLE and bool(conn.trailing_data[0])
        )
        if incomplete:
            if self.deadline is None:
                self.deadline = self.loop.call_later(self.request_timeout, self.request_timed_out)
        elif self.deadline is not None and self.bytes_seen:
            self.disarm()

    def disarm(self) -> None:
        if self.deadline is not None:
            self.deadline.cancel()
            self.deadline = None

    def send_400_response(self, msg: str) -> None:
        """uvicorn's answer to bytes that are not HTTP/1.1, with the mock's reason header."""
        reason = "not a valid HTTP/1.1 request (request line or headers malformed)"
        headers = [
            (b"content-type", b"text/plain; charset=utf-8"),
            (b"connection", b"close"),
            (REASON_HEADER.encode(), reason.encode()),
        ]
        for event in (h11.Response(status_code=400, headers=headers), h11.Data(data=msg.encode("ascii"))):
            self.transport.write(self.conn.send(event) or b"")
        self.transport.write(self.conn.send(h11.EndOfMessage()) or b"")
        self.transport.close()

    def request_timed_out(self) -> None:
        self.deadline = None
        if self.transport.is_closing():
            return
        cycle = self.cycle
        waiting_for_body = self.conn.their_state is h11.SEND_BODY and cycle is not None
        if waiting_for_body and not cycle.response_complete:
            cycle.scope["state"][TIMED_OUT] = True
        # Answer unless the request already has one (an app may answer before reading the body).
        if self.bytes_seen and not (waiting_for_body and cycle.response_started):
            self.transport.write(timeout_answer(self.request_timeout))
        # uvicorn's connection_lost then ends the request's task with http.disconnect.
        self.transport.close()
