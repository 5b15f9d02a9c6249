"""A local notification receiver: records every POST body and answers scripted statuses."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# Answers that confirm nothing: a server error, a refusal, or a redirect (the sender follows none).
UNCONFIRMING_STATUSES = (500, 503, 401, 403, 404, 301, 302)


class Receiver:
    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.statuses: list[int] = []  # answered in order; 200 once exhausted
        # Called with each body before it is answered: what happens while a delivery is in flight.
        self.while_delivering: Callable[[dict[str, Any]], None] | None = None
        self.lock = threading.Lock()
        self.url = ""

    def next_status(self, body: dict[str, Any]) -> int:
        with self.lock:
            self.bodies.append(body)
            status = self.statuses.pop(0) if self.statuses else 200
            hook = self.while_delivering
        if hook is not None:
            hook(body)
        return status


@contextmanager
def receiving() -> Iterator[Receiver]:
    receiver = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            status = receiver.next_status(json.loads(self.rfile.read(length)))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
