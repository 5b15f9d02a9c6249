"""Import endpoints (import page; DECISIONS A10, A11)."""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from clubcollect_mock.api.common import authenticate, json_body, page_info, page_params, read_body, unknown_id
from clubcollect_mock.errors import ApiError, invalid, json_response, no_content
from clubcollect_mock.ids import is_id, new_id, now_iso
from clubcollect_mock.ledger import partner_line_ids
from clubcollect_mock.schemas.imports import import_create, import_update
from clubcollect_mock.store import ImportRow, Store


def _transmitted(reason: str) -> ApiError:
    return invalid("import_already_transmitted", reason, field="import_id")


def import_doc(row: ImportRow, invoice_ids: list[str]) -> dict[str, Any]:
    return {
        "import_id": row.import_id,
        "company_id": row.company_id,
        "title": row.title,
        "transmitted": row.transmitted_at is not None,
        "transmitted_at": row.transmitted_at,
        "expected_invoices_count": row.expected,
        "prepaid_amount_cents": 0,
        "prepaid_amount_currency": row.currency,
        "settled_amount_cents": row.settled,
        "settled_amount_currency": row.currency,
        "invoice_ids": invoice_ids,
    }


def _list_item(row: ImportRow) -> dict[str, Any]:
    return {
        "company_id": row.company_id,
        "import_id": row.import_id,
        "title": row.title,
        "transmitted": row.transmitted_at is not None,
        "transmitted_at": row.transmitted_at,
    }


class ImportRoutes:
    def __init__(self, store: Store) -> None:
        self.store = store

    def routes(self) -> list[Route]:
        return [
            Route("/imports", self.create, methods=["POST"]),
            Route("/imports/{import_id}", self.show, methods=["GET"]),
            Route("/imports/{import_id}", self.update, methods=["PUT"]),
            Route("/imports/{import_id}", self.delete, methods=["DELETE"]),
            Route("/imports/{import_id}/transmit", self.transmit, methods=["PUT"]),
            Route("/companies/{company_id}/imports", self.company_list, methods=["GET"]),
        ]

    def _find(self, request: Request, partner: int, key: str = "error") -> ImportRow:
        import_id: str = request.path_params["import_id"]
        row = self.store.import_row(import_id, partner) if is_id(import_id) else None
        if row is None:
            raise unknown_id("invalid_import_id", "import_id", "import", key=key)
        return row

    def _respond(self, row: ImportRow) -> Response:
        return json_response(import_doc(row, self.store.invoice_ids(row.seq)))

    async def show(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        # The docs show the plural key on this one 404.
        return self._respond(self._find(request, partner, key="errors"))

    async def create(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        data = import_create(json_body(request, await read_body(request)))
        company = self.store.company(data.company_id, partner) if is_id(data.company_id) else None
        if company is None:
            raise unknown_id("invalid_company_id", "company_id", "company", status=422)
        currency = json.loads(company[1])["currency"]
        import_id = new_id()
        self.store.insert_import(
            import_id,
            partner,
            company[0],
            data.company_id,
            data.title,
            data.expected_invoices_count,
            currency,
        )
        row = self.store.import_row(import_id, partner)
        assert row is not None
        return json_response(import_doc(row, []))

    async def update(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        raw = await read_body(request)
        row = self._find(request, partner)
        expected = import_update(json_body(request, raw))
        if row.transmitted_at is not None:
            raise _transmitted("a transmitted import's expected_invoices_count cannot change")
        if expected is not None:
            self.store.set_expected(row.seq, expected)
            row = row._replace(expected=expected)
        return self._respond(row)

    async def transmit(self, request: Request) -> Response:
        """200 with the transmitted Import (the current import page; it was 204 until 2020-05).

        The call carries no data: a body, and its content type, are not looked at."""
        partner = authenticate(request, self.store)
        row = self._find(request, partner)
        if row.transmitted_at is not None:
            raise _transmitted("the import was transmitted before; it is transmitted only once")
        at = now_iso()
        self.store.set_transmitted(row.seq, at)
        return self._respond(row._replace(transmitted_at=at))

    async def delete(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        row = self._find(request, partner)
        if row.transmitted_at is not None:
            raise _transmitted("a transmitted import cannot be deleted")
        line_ids = [
            lid for doc in self.store.import_docs(row.seq) for lid in partner_line_ids(json.loads(doc))
        ]
        self.store.delete_import(row, line_ids)
        return no_content()

    async def company_list(self, request: Request) -> Response:
        partner = authenticate(request, self.store)
        company_id: str = request.path_params["company_id"]
        company = self.store.company(company_id, partner) if is_id(company_id) else None
        if company is None:
            raise unknown_id("not_found", "company_id", "company")
        number, size = page_params(request)
        rows, total = self.store.company_imports(company[0], size, (number - 1) * size)
        return json_response(
            {"imports": [_list_item(row) for row in rows], "page": page_info(number, size, total)}
        )
