"""Calls an ASGI app in-process (no socket): used to seed data through the mock's real handlers."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from starlette.types import ASGIApp, Message


async def call(
    app: ASGIApp, method: str, path: str, *, body: bytes = b"", headers: dict[str, str] | None = None
) -> tuple[int, bytes]:
    """One HTTP request through the app: ``(status, body)``."""
    raw_headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
    if body:
        raw_headers.append((b"content-length", str(len(body)).encode()))
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": raw_headers,
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> Message:
        nonlocal sent
        if sent:
            await asyncio.Event().wait()  # a client that stays connected
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    return status, b"".join(chunks)


class ApiCaller:
    """JSON requests to the mock's /api/v2 as one partner, checking the status."""

    def __init__(self, app: ASGIApp, api_key: str) -> None:
        self.app = app
        self._headers = {"authorization": f"ApiKey {api_key}", "content-type": "application/json"}

    async def request(self, method: str, path: str, payload: object = None, expect: int = 200) -> bytes:
        body = b"" if payload is None else json.dumps(payload).encode()
        status, answer = await call(self.app, method, "/api/v2" + path, body=body, headers=self._headers)
        if status != expect:
            # The answer is an error code from the mock, never the key.
            raise RuntimeError(f"{method} {path}: expected {expect}, got {status}: {answer[:200]!r}")
        return answer

    async def json(self, method: str, path: str, payload: object = None) -> Any:
        return json.loads(await self.request(method, path, payload))
