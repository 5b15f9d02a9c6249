"""The list helpers walk every page lazily and honour page_size."""

from __future__ import annotations

import json
import math
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

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


# --- what each helper asks for, when it stops, and what its errors say ---------------------

HELPERS: dict[str, Callable[..., Iterator[Any]]] = {
    "imports": lambda client, **kw: iter_company_imports(client, COMPANY_ID, **kw),
    "tickets": lambda client, **kw: iter_company_tickets(client, COMPANY_ID, TicketStatus.UNANSWERED, **kw),
}
AHELPERS: dict[str, Callable[..., AsyncIterator[Any]]] = {
    "imports": lambda client, **kw: aiter_company_imports(client, COMPANY_ID, **kw),
    "tickets": lambda client, **kw: aiter_company_tickets(client, COMPANY_ID, TicketStatus.UNANSWERED, **kw),
}
PATHS = {
    "imports": f"/api/v2/companies/{COMPANY_ID}/imports",
    "tickets": f"/api/v2/companies/{COMPANY_ID}/tickets/unanswered",
}


class RecordingLists(FakeLists):
    def __init__(self, total: int) -> None:
        super().__init__(total)
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.paths.append(request.url.path)
        return super().__call__(request)


@pytest.mark.parametrize("helper", HELPERS)
def test_the_reported_total_ends_the_walk_without_asking_past_it(helper: str) -> None:
    # Two full pages: only total_pages tells that there is no third (no short page to see).
    fake = RecordingLists(total=6)
    assert len(list(HELPERS[helper](client_for(fake), page_size=3))) == 6
    assert fake.pages_served == [(1, 3), (2, 3)]
    assert fake.paths == [PATHS[helper]] * 2


@pytest.mark.anyio
@pytest.mark.parametrize("helper", AHELPERS)
async def test_the_async_helpers_ask_for_their_page_size_and_stop_at_the_total(helper: str) -> None:
    fake = RecordingLists(total=6)
    assert len([item async for item in AHELPERS[helper](client_for(fake), page_size=3)]) == 6
    assert fake.pages_served == [(1, 3), (2, 3)]
    assert fake.paths == [PATHS[helper]] * 2


@pytest.mark.parametrize("helper", HELPERS)
def test_a_page_size_below_one_is_refused_at_the_call(helper: str) -> None:
    fake = FakeLists(total=3)
    with pytest.raises(ValueError, match="page_size must be >= 1"):
        HELPERS[helper](client_for(fake), page_size=0)
    with pytest.raises(ValueError, match="page_size must be >= 1"):
        AHELPERS[helper](client_for(fake), page_size=0)
    assert fake.pages_served == []


def refusing(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        404,
        content=b'{"error": "not_found"}',
        headers={"content-type": "application/json", "X-Request-Id": "r-9"},
    )


def assert_not_found(error: errors.NotFound, helper: str) -> None:
    assert (error.status_code, error.error_code, error.method) == (404, "not_found", "GET")
    assert error.path == PATHS[helper].removeprefix("/api/v2")
    assert error.content == b'{"error": "not_found"}'
    assert error.headers["x-request-id"] == "r-9"


@pytest.mark.anyio
@pytest.mark.parametrize("helper", HELPERS)
async def test_an_error_answer_says_what_was_asked_and_what_came_back(helper: str) -> None:
    client = AuthenticatedClient(
        base_url=BASE,
        token="k" * 40,
        retry=RetryPolicy.disabled(),
        httpx_args={"transport": httpx.MockTransport(refusing)},
    )
    with pytest.raises(errors.NotFound) as caught:
        list(HELPERS[helper](client))
    assert_not_found(caught.value, helper)
    with pytest.raises(errors.NotFound) as acaught:
        [item async for item in AHELPERS[helper](client)]
    assert_not_found(acaught.value, helper)
