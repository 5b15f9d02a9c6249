"""A request that stalls in its headers or body is answered 408 and its connection closed.

Raw sockets against the mock served by uvicorn (``MockServerConfig``), with the deadline set low;
the only time limit is a generous one on the socket, so a slow machine cannot fail these.
"""

from __future__ import annotations

import http.client
import io
import json
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import uvicorn

from clubcollect_mock import Partner, create_app
from clubcollect_mock.serving import MockServerConfig

KEY, COMPANY_ID = secrets.token_hex(20), secrets.token_hex(20)
GENEROUS = 30.0  # seconds: far above the 0.5 s deadline, only there so a bug cannot hang the suite


@contextmanager
def served(log: io.StringIO) -> Iterator[tuple[int, uvicorn.Server]]:
    app = create_app([Partner(KEY, COMPANY_ID)], log_format="json", log_stream=log)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = MockServerConfig(app, log_level="warning", access_log=False, request_timeout=0.5)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        _wait(lambda: server.started)
        yield sock.getsockname()[1], server
    finally:
        server.should_exit = True
        thread.join(GENEROUS)
        sock.close()


def _wait(condition: object) -> None:
    deadline = time.monotonic() + GENEROUS
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.02)


def _answer_then_close(port: int, sent: bytes) -> bytes:
    """Send ``sent``, then stall; return everything received until the server closes."""
    with socket.create_connection(("127.0.0.1", port), timeout=GENEROUS) as conn:
        conn.sendall(sent)
        received = b""
        while chunk := conn.recv(65536):  # b"" once the server closed; socket.timeout otherwise
            received += chunk
        return received


def _head(auth: bool = True) -> bytes:
    lines = ["POST /api/v2/invoices HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    if auth:
        lines.append(f"Authorization: ApiKey {KEY}")
    return "\r\n".join(lines).encode()


@pytest.mark.parametrize(
    "sent",
    [
        _head() + b"\r\nContent-Length: 100\r\n\r\n" + b'{"import_id": ',  # body shorter than announced
        _head() + b"\r\nContent-Len",  # headers cut off
        b"G",  # a single byte of a request line
    ],
    ids=["short-body", "partial-headers", "one-byte"],
)
def test_a_stalled_request_is_answered_408_and_closed(sent: bytes) -> None:
    log = io.StringIO()
    with served(log) as (port, server):
        received = _answer_then_close(port, sent)
        head, _, body = received.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 408 "), received
        assert json.loads(body) == {"error": "request_timeout"}
        assert b"x-mock-reason: the request did not arrive in full within 0.5 s" in head
        # Resources freed: no connection left, and the request's task (if it had one) ended.
        _wait(lambda: not server.server_state.connections and not server.server_state.tasks)
    if sent.endswith(b'{"import_id": '):
        # The app saw its body cut off: the request log says 408, not a client hang-up.
        record = json.loads(log.getvalue())
        assert (record["status"], record["error"]) == (408, "request_timeout")


def test_a_silent_connection_is_closed_without_an_answer() -> None:
    with served(io.StringIO()) as (port, server):
        assert _answer_then_close(port, b"") == b""
        _wait(lambda: not server.server_state.connections)


def test_a_trickle_does_not_stretch_the_deadline() -> None:
    """One byte every 0.1 s keeps arriving, but the request is still cut off."""
    with served(io.StringIO()) as (port, _), socket.create_connection(("127.0.0.1", port)) as conn:
        conn.settimeout(GENEROUS)
        received = b""
        for byte in _head():
            try:
                conn.sendall(bytes([byte]))
            except OSError:  # closed by the server: the deadline held
                break
            time.sleep(0.1)
        else:
            pytest.fail("the whole trickle was accepted")
        while chunk := conn.recv(65536):
            received += chunk
        assert received.startswith(b"HTTP/1.1 408 ")


def test_requests_that_arrive_whole_are_unaffected() -> None:
    """Keep-alive: two whole requests on one connection, the second after the deadline's length."""
    with served(io.StringIO()) as (port, _):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=GENEROUS)
        try:
            sockets = []
            for _ in range(2):
                conn.request(
                    "GET", f"/api/v2/companies/{COMPANY_ID}", headers={"Authorization": f"ApiKey {KEY}"}
                )
                response = conn.getresponse()
                assert (response.status, json.loads(response.read())["company_id"]) == (200, COMPANY_ID)
                sockets.append(conn.sock)
                time.sleep(0.7)  # longer than the deadline: an idle connection is keep-alive's business
            assert sockets[0] is sockets[1]
        finally:
            conn.close()


def test_bytes_that_are_not_http_get_a_400_with_a_reason() -> None:
    with served(io.StringIO()) as (port, _):
        received = _answer_then_close(port, b"NOT HTTP AT ALL\r\n\r\n")
    assert received.startswith(b"HTTP/1.1 400 ")
    assert b"x-mock-reason: not a valid HTTP/1.1 request" in received
