"""The list helpers walk every page lazily and honour page_size."""

from __future__ import annotations

import json
import math

import httpx
import pytest

from clubcollect_client import AuthenticatedClient, RetryPolicy, errors
from clubcollect_client.models import TicketStatus
from clubcollect_client.pagination import (
    aiter_company_imports,
    aiter_company_tickets,
    iter_company_imports,
    iter_company_tickets,
)

COMPANY_ID = "c" * 40
BASE = "https://clubcollect.test/api/v2"


class FakeLists:
    """Serves `total` imports and tickets in pages, counting page requests."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.pages_served: list[tuple[int, int]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page_number", "1"))
        size = int(request.url.params.get("page_size", "30"))
        self.pages_served.append((number, size))
        start = (number - 1) * size
        ids = range(start, min(start + size, self.total))
        if request.url.path.endswith("/imports"):
            items = [
                {
                    "company_id": COMPANY_ID,
                    "import_id": f"{i:040x}",
                    "title": f"t{i}",
                    "transmitted": False,
                    "transmitted_at": None,
                }
                for i in ids
            ]
            key = "imports"
        else:
            items = [
                {
                    "invoice_id": f"{i:040x}",
                    "ticket_id": f"{i + 1:040x}",
                    "message": "m",
                    "sender": "CUSTOMER",
                    "date": "2026-01-01T00:00:00+00:00",
                }
                for i in ids
            ]
            key = "tickets"
        page = {
            "page_number": number,
            "page_size": size,
            "total_entries": self.total,
            "total_pages": math.ceil(self.total / size),
        }
        return httpx.Response(
            200,
            content=json.dumps({key: items, "page": page}).encode(),
            headers={"content-type": "application/json"},
        )


def client_for(handler: FakeLists) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=BASE, token="k" * 40, httpx_args={"transport": httpx.MockTransport(handler)}
    )


def test_imports_across_pages_in_order() -> None:
    fake = FakeLists(total=7)
    titles = [item.title for item in iter_company_imports(client_for(fake), COMPANY_ID, page_size=3)]
    assert titles == [f"t{i}" for i in range(7)]
    assert fake.pages_served == [(1, 3), (2, 3), (3, 3)]


def test_pages_are_fetched_only_when_needed() -> None:
    fake = FakeLists(total=10)
    iterator = iter_company_tickets(client_for(fake), COMPANY_ID, TicketStatus.UNANSWERED, page_size=4)
    assert fake.pages_served == []
    next(iterator)
    assert fake.pages_served == [(1, 4)]
    for _ in range(4):
        next(iterator)
    assert fake.pages_served == [(1, 4), (2, 4)]


def test_empty_list_makes_one_request() -> None:
    fake = FakeLists(total=0)
    assert list(iter_company_imports(client_for(fake), COMPANY_ID)) == []
    assert len(fake.pages_served) == 1


def test_error_answer_raises_its_class() -> None:
    def not_found(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            404, content=b'{"error": "not_found"}', headers={"content-type": "application/json"}
        )

    client = AuthenticatedClient(
        base_url=BASE,
        token="k" * 40,
        retry=RetryPolicy.disabled(),
        httpx_args={"transport": httpx.MockTransport(not_found)},
    )
    with pytest.raises(errors.NotFound) as caught:
        list(iter_company_imports(client, COMPANY_ID))
    assert caught.value.path == f"/companies/{COMPANY_ID}/imports"


@pytest.mark.anyio
async def test_async_twins() -> None:
    fake = FakeLists(total=5)
    client = client_for(fake)
    imports = [item.import_id async for item in aiter_company_imports(client, COMPANY_ID, page_size=2)]
    tickets = [
        t.ticket_id
        async for t in aiter_company_tickets(client, COMPANY_ID, TicketStatus.ANSWERED, page_size=2)
    ]
    assert len(imports) == 5 and len(set(imports)) == 5
    assert len(tickets) == 5
