"""A test-only ASGI wrapper that rewrites requests and responses of ``/api/v2`` around the mock.

Each broken server in the catalogue is the real mock plus one small rewrite, so exactly one
thing is wrong with it.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass(frozen=True)
class Request:
    method: str
    path: str  # relative to /api/v2
    query: bytes
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes

    def header(self, name: str) -> str | None:
        wanted = name.lower().encode()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value.decode("latin-1")
        return None

    def with_header(self, name: str, value: str) -> Request:
        kept = tuple((k, v) for k, v in self.headers if k.lower() != name.lower().encode())
        return replace(self, headers=(*kept, (name.lower().encode(), value.encode("latin-1"))))

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None


@dataclass
class Response:
    status: int
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytes = b""

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def set_json(self, value: Any) -> None:
        self.body = json.dumps(value).encode()


# A request rule returns the (possibly changed) request, or a Response to answer without the mock.
RequestRule = Callable[[Request], "Request | Response"]
ResponseRule = Callable[[Request, Response], Response]

PREFIX = "/api/v2"


class RewritingApp:
    def __init__(
        self, app: ASGIApp, *, requests: Sequence[RequestRule] = (), responses: Sequence[ResponseRule] = ()
    ) -> None:
        self.app = app
        self.request_rules = list(requests)
        self.response_rules = list(responses)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(PREFIX):
            await self.app(scope, receive, send)
            return
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        request = Request(
            method=scope["method"],
            path=scope["path"][len(PREFIX) :],
            query=scope.get("query_string", b""),
            headers=tuple((bytes(k), bytes(v)) for k, v in scope["headers"]),
            body=b"".join(chunks),
        )
        answer: Request | Response = request
        for rule in self.request_rules:
            answer = rule(answer) if isinstance(answer, Request) else answer
        if isinstance(answer, Response):
            response = answer
        else:
            request = answer
            response = await self._forward(scope, request)
        for response_rule in self.response_rules:
            response = response_rule(request, response)
        headers = [(k, v) for k, v in response.headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": response.body})

    async def _forward(self, scope: Scope, request: Request) -> Response:
        inner_scope = dict(scope)
        inner_scope.update(
            method=request.method,
            path=PREFIX + request.path,
            raw_path=(PREFIX + request.path).encode(),
            query_string=request.query,
            headers=[(k, v) for k, v in request.headers if k.lower() != b"content-length"]
            + [(b"content-length", str(len(request.body)).encode())],
        )
        delivered = False

        async def inner_receive() -> Message:
            nonlocal delivered
            if delivered:
                return {"type": "http.disconnect"}
            delivered = True
            return {"type": "http.request", "body": request.body, "more_body": False}

        response = Response(status=500)
        parts: list[bytes] = []

        async def inner_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                response.status = int(message["status"])
                response.headers = [(bytes(k), bytes(v)) for k, v in message.get("headers", [])]
            elif message["type"] == "http.response.body":
                parts.append(message.get("body", b""))

        await self.app(inner_scope, inner_receive, inner_send)
        response.body = b"".join(parts)
        return response
