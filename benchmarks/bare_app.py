"""The throughput baseline: a Starlette app with the mock's two routes and nothing else.

It answers with fixed bytes captured from the mock, so the difference to the mock is exactly
the mock's own work (auth, validation, SQLite, JSON) on top of Starlette and uvicorn.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def create_bare_app(show_body: bytes, create_body: bytes) -> Starlette:
    async def show(request: Request) -> Response:
        return Response(show_body, media_type="application/json")

    async def create(request: Request) -> Response:
        await request.body()  # read the upload, as the mock must
        return Response(create_body, media_type="application/json")

    return Starlette(
        routes=[
            Route("/api/v2/invoices", create, methods=["POST"]),
            Route("/api/v2/invoices/{invoice_id}", show, methods=["GET"]),
        ]
    )
