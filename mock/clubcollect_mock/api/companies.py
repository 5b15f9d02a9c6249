"""Company endpoints (FACTS 3; DECISIONS A21, A22)."""

from __future__ import annotations

import json

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from clubcollect_mock.api.common import authenticate, json_body, read_body, unknown_id
from clubcollect_mock.errors import dumps, json_bytes
from clubcollect_mock.ids import is_id, new_id
from clubcollect_mock.schemas.company import company_fields
from clubcollect_mock.store import Store


class CompanyRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store

    def routes(self) -> list[Route]:
        return [
            Route("/companies", self.create, methods=["POST"]),
            Route("/companies/{company_id}", self.show, methods=["GET"]),
            Route("/companies/{company_id}", self.update, methods=["PUT"]),
        ]

    async def show(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        company_id: str = request.path_params["company_id"]
        found = self.store.company(company_id, partner) if is_id(company_id) else None
        if found is None:
            raise unknown_id("not_found", "company_id", "company", key="errors")
        return json_bytes(found[1])

    async def create(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        fields = company_fields(json_body(request, await read_body(request)))
        company_id = new_id()
        doc = dumps({"company_id": company_id, **fields})
        self.store.insert_company(company_id, partner, doc)
        return json_bytes(doc)

    async def update(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        raw = await read_body(request)
        company_id: str = request.path_params["company_id"]
        found = self.store.company(company_id, partner) if is_id(company_id) else None
        if found is None:
            raise unknown_id("not_found", "company_id", "company")
        fields = company_fields(json_body(request, raw), json.loads(found[1]))
        doc = dumps({"company_id": company_id, **fields})
        self.store.update_company(found[0], doc)
        return json_bytes(doc)
