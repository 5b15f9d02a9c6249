"""What a page reports about itself (the server's page object, read field by field) and what a
page's fetch must hand back (a page of the same class), sync and async."""

from __future__ import annotations

import json
import math

import httpx
import pytest

from clubcollect_client import ClubCollect
from clubcollect_client.pages import AsyncPage, PageInfo, SyncPage
from clubcollect_client.resources.imports import AsyncImportsListPaginator
from tests.client.test_client_behaviour import CANARY, COMPANY_ID
from tests.client.test_facade_client import BASE

SERVER_MAX_PAGE_SIZE = 2


def capped_imports(request: httpx.Request) -> httpx.Response:
    """Serves 5 imports at most SERVER_MAX_PAGE_SIZE a page, whatever page_size was asked for."""
    number = int(request.url.params["page_number"])
    start = (number - 1) * SERVER_MAX_PAGE_SIZE
    items = [
        {
            "company_id": COMPANY_ID,
            "import_id": f"{i:040x}",
            "title": f"t{i}",
            "transmitted": False,
            "transmitted_at": None,
        }
        for i in range(start, min(start + SERVER_MAX_PAGE_SIZE, 5))
    ]
    page = {
        "page_number": number,
        "page_size": SERVER_MAX_PAGE_SIZE,
        "total_entries": 5,
        "total_pages": math.ceil(5 / SERVER_MAX_PAGE_SIZE),
    }
    return httpx.Response(200, content=json.dumps({"imports": items, "page": page}).encode())


def test_a_page_reports_the_servers_page_object_not_what_was_asked() -> None:
    with ClubCollect(api_key=CANARY, base_url=BASE, transport=httpx.MockTransport(capped_imports)) as cc:
        second = cc.imports.list(COMPANY_ID, page_number=2, page_size=10)
        assert second.info == PageInfo(page_number=2, page_size=2, total_entries=5, total_pages=3)
        assert second.page_size == SERVER_MAX_PAGE_SIZE
        assert len(list(cc.imports.list(COMPANY_ID, page_size=10))) == 5


class NumbersPage(SyncPage[int]):
    """A list's own page class, as the generated resources define one per list."""


def test_a_fetch_that_returns_another_page_class_is_refused_by_name() -> None:
    def fetch(number: int) -> SyncPage[int]:
        return SyncPage(
            items=[number], page_number=number, requested_page_size=1, info=PageInfo(), fetch=fetch
        )

    first = NumbersPage(items=[1], page_number=1, requested_page_size=1, info=PageInfo(), fetch=fetch)
    with pytest.raises(TypeError) as caught:
        first.get_next_page()
    assert str(caught.value) == "the next page is a SyncPage, not a NumbersPage"


@pytest.mark.anyio
async def test_an_async_first_page_of_another_class_is_refused_by_name() -> None:
    async def fetch(number: int) -> AsyncPage[int]:
        return AsyncPage(
            items=[number], page_number=number, requested_page_size=1, info=PageInfo(), fetch=fetch
        )

    with pytest.raises(TypeError) as caught:
        await AsyncImportsListPaginator(fetch, 1)  # type: ignore[arg-type]
    assert str(caught.value) == "the first page is a AsyncPage, not a AsyncImportsListPage"
