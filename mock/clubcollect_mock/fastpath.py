"""Plain-ASGI shortcut for the two hottest operations: show and create invoice.

They skip Starlette's router, ``Request``, ``Response`` and exception-middleware layers and
call the very same handlers, so behaviour is identical; every other request goes through
Starlette. A 200 answer is sent as the two ASGI messages Starlette's ``Response`` would send
(same headers, same order); error answers still use ``ApiError.response()``.
"""

from __future__ import annotations

from typing import Any

from starlette.datastructures import QueryParams
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Receive, Scope, Send

from clubcollect_mock.api.invoices import InvoiceRoutes
from clubcollect_mock.errors import ApiError
from clubcollect_mock.faults import API_PREFIX
from clubcollect_mock.serving import unfinished_body_answer

_INVOICES = API_PREFIX + "/invoices"
_ID_PATH_LENGTH = len(_INVOICES) + 41  # "/" and a 40-character id
_JSON_TYPE = (b"content-type", b"application/json")


class _LightRequest:
    __slots__ = ("path_params", "receive", "scope")

    def __init__(self, scope: Scope, receive: Receive, path_params: dict[str, Any]) -> None:
        self.scope = scope
        self.receive = receive
        self.path_params = path_params

    @property
    def query_params(self) -> QueryParams:
        return QueryParams(self.scope["query_string"])


class InvoiceFastPath:
    def __init__(self, app: ASGIApp, invoices: InvoiceRoutes) -> None:
        self.app = app
        self.invoices = invoices

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path: str = scope["path"]
            method: str = scope["method"]
            if (
                method == "GET"
                and len(path) == _ID_PATH_LENGTH
                and path.startswith(_INVOICES + "/")
                and "/" not in path[-40:]
            ):
                request = _LightRequest(scope, receive, {"invoice_id": path[-40:]})
                handler = self.invoices.show_body
            elif method == "POST" and path == _INVOICES:
                request = _LightRequest(scope, receive, {})
                handler = self.invoices.create_body
            else:
                await self.app(scope, receive, send)
                return
            try:
                body = await handler(request)
            except ApiError as error:
                await error.response()(scope, receive, send)
                return
            except ClientDisconnect:
                # Nobody left to answer: uvicorn drops this, the request log notes it.
                await unfinished_body_answer(scope)(scope, receive, send)
                return
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-length", str(len(body)).encode()), _JSON_TYPE],
                }
            )
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)
