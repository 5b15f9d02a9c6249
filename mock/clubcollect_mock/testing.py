"""Run the mock (or any ASGI app) inside a test process: uvicorn in a background thread on a free
127.0.0.1 port. Used by this project's tests, contract suite and benchmarks, and meant for partners'
own integration tests::

    from clubcollect_mock import Partner, create_app
    from clubcollect_mock.testing import serve_in_thread

    with serve_in_thread(create_app([Partner(api_key, company_id)])) as root:
        base_url = f"{root}/api/v2"
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from clubcollect_mock.serving import DEFAULT_REQUEST_TIMEOUT, MockServerConfig

STARTUP_TIMEOUT = 15.0


@contextmanager
def serve_in_thread(app: Any, *, request_timeout: float = DEFAULT_REQUEST_TIMEOUT) -> Iterator[str]:
    """Yield ``http://127.0.0.1:PORT`` while ``app`` is being served; stop it afterwards.
    ``request_timeout``: seconds a request may take to arrive whole (``clubcollect_mock.serving``)."""
    # Binding the socket ourselves avoids the race of "find a free port, then bind it later".
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit this. Without it uvicorn's separate header and body writes
    # meet Nagle + delayed ACK on loopback: ~40 ms per request instead of ~1 ms.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = MockServerConfig(
        app, log_level="warning", access_log=False, lifespan="auto", request_timeout=request_timeout
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        wait_for_port("127.0.0.1", port, lambda: server.started, thread)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def wait_for_port(
    host: str,
    port: int,
    ready: Any = None,
    thread: threading.Thread | None = None,
    timeout: float = STARTUP_TIMEOUT,
) -> None:
    """Block until ``host:port`` accepts TCP connections (and ``ready()`` is true, when given)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if thread is not None and not thread.is_alive():
            raise RuntimeError("the server thread stopped during startup")
        if ready is None or ready():
            try:
                with socket.create_connection((host, port), timeout=0.5):
                    return
            except OSError:
                pass
        time.sleep(0.02)
    raise TimeoutError(f"nothing listening on {host}:{port} after {timeout:.0f}s")


def free_port() -> int:
    """A port that was free a moment ago (for servers started as subprocesses)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
