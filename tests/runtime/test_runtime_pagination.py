"""Lazy page iteration: what is fetched when, and where it stops."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from clubcollect_client.runtime.pagination import aiterate_pages, iterate_pages


@dataclass
class Page:
    items: list[str]
    total_pages: int | None = None


def items_of(page: Page) -> Sequence[str]:
    return page.items


def total_of(page: Page) -> int | None:
    return page.total_pages


class Pages:
    """Serves prepared pages by number and records every fetch."""

    def __init__(self, *pages: Page) -> None:
        self.pages = pages
        self.fetched: list[int] = []

    def __call__(self, page_number: int) -> Page:
        self.fetched.append(page_number)
        if page_number > len(self.pages):
            return Page([], self.pages[-1].total_pages if self.pages else None)
        return self.pages[page_number - 1]

    async def afetch(self, page_number: int) -> Page:
        return self(page_number)


THREE_PAGES = (Page(["a", "b"], 3), Page(["c", "d"], 3), Page(["e"], 3))


def test_fetches_each_page_only_when_the_previous_one_is_used_up() -> None:
    pages = Pages(*THREE_PAGES)
    items = iterate_pages(pages, items_of, total_pages_of=total_of)
    assert pages.fetched == []  # nothing happens before the first item is asked for
    assert next(items) == "a"
    assert pages.fetched == [1]
    assert next(items) == "b"
    assert pages.fetched == [1]  # page 2 is not prefetched
    assert next(items) == "c"
    assert pages.fetched == [1, 2]
    assert next(items) == "d"
    assert next(items) == "e"
    assert pages.fetched == [1, 2, 3]
    with pytest.raises(StopIteration):
        next(items)
    assert pages.fetched == [1, 2, 3]  # total_pages says 3: page 4 is never asked for


def test_stops_at_an_empty_page_without_total() -> None:
    pages = Pages(Page(["a", "b"]), Page(["c", "d"]))
    assert list(iterate_pages(pages, items_of)) == ["a", "b", "c", "d"]
    assert pages.fetched == [1, 2, 3]


def test_short_page_ends_iteration_when_total_is_unknown() -> None:
    pages = Pages(Page(["a", "b"]), Page(["c"]), Page(["never"]))
    assert list(iterate_pages(pages, items_of, page_size=2)) == ["a", "b", "c"]
    assert pages.fetched == [1, 2]


def test_full_last_page_needs_one_more_fetch_without_total() -> None:
    pages = Pages(Page(["a", "b"]), Page(["c", "d"]))
    assert list(iterate_pages(pages, items_of, page_size=2)) == ["a", "b", "c", "d"]
    assert pages.fetched == [1, 2, 3]


def test_total_pages_wins_over_a_short_page() -> None:
    # The server may cap page_size (tickets: 100): pages shorter than asked are not the end.
    pages = Pages(Page(["a", "b"], 3), Page(["c", "d"], 3), Page(["e", "f"], 3))
    assert list(iterate_pages(pages, items_of, total_pages_of=total_of, page_size=500)) == list("abcdef")
    assert pages.fetched == [1, 2, 3]


def test_missing_total_falls_back_to_other_rules() -> None:
    pages = Pages(Page(["a"], None), Page([], None))
    assert list(iterate_pages(pages, items_of, total_pages_of=total_of)) == ["a"]
    assert pages.fetched == [1, 2]


@pytest.mark.parametrize("total", [None, 0, 1])
def test_empty_first_page(total: int | None) -> None:
    pages = Pages(Page([], total), Page(["unreachable"], total))
    assert list(iterate_pages(pages, items_of, total_pages_of=total_of, page_size=30)) == []
    assert pages.fetched == [1]


def test_empty_page_before_reported_total_still_stops() -> None:
    # A list that shrank while being read: trusting total_pages would loop on empty pages.
    pages = Pages(Page(["a"], 5), Page([], 5), Page(["b"], 5))
    assert list(iterate_pages(pages, items_of, total_pages_of=total_of)) == ["a"]
    assert pages.fetched == [1, 2]


def test_endless_source_is_consumed_lazily() -> None:
    fetched: list[int] = []

    def forever(page_number: int) -> Page:
        fetched.append(page_number)
        return Page([f"{page_number}-{i}" for i in range(3)])

    first = list(itertools.islice(iterate_pages(forever, items_of), 7))
    assert first == ["1-0", "1-1", "1-2", "2-0", "2-1", "2-2", "3-0"]
    assert fetched == [1, 2, 3]


def test_first_page_option() -> None:
    pages = Pages(*THREE_PAGES)
    assert list(iterate_pages(pages, items_of, total_pages_of=total_of, first_page=2)) == ["c", "d", "e"]
    assert pages.fetched == [2, 3]


def test_errors_from_fetch_surface_when_that_page_is_needed() -> None:
    def failing(page_number: int) -> Page:
        if page_number == 2:
            raise RuntimeError("page 2 failed")
        return Page(["a"], 2)

    items = iterate_pages(failing, items_of, total_pages_of=total_of)
    assert next(items) == "a"
    with pytest.raises(RuntimeError, match="page 2 failed"):
        next(items)


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"first_page": 0}, "first_page"), ({"page_size": 0}, "page_size")]
)
def test_bad_arguments_fail_at_the_call(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        iterate_pages(Pages(), items_of, **kwargs)
    with pytest.raises(ValueError, match=message):
        aiterate_pages(Pages().afetch, items_of, **kwargs)


def test_caller_page_size_reaches_every_request() -> None:
    """The pattern the generated client uses: fetch_page closes over page_size and sends it."""
    entries = [f"imp-{n}" for n in range(7)]
    seen: list[dict[str, str]] = []

    def api(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        seen.append(params)
        number, size = int(params["page_number"]), int(params["page_size"])
        chunk = entries[(number - 1) * size : number * size]
        total = -(-len(entries) // size)
        return httpx.Response(
            200, json={"imports": chunk, "page": {"page_number": number, "total_pages": total}}
        )

    page_size = 3
    with httpx.Client(
        transport=httpx.MockTransport(api), base_url="https://app.clubcollect.com/api"
    ) as client:

        def fetch(page_number: int) -> dict[str, Any]:
            params = {"page_number": page_number, "page_size": page_size}
            result: dict[str, Any] = client.get("/v2/companies/c1/imports", params=params).json()
            return result

        found = list(
            iterate_pages(
                fetch,
                lambda page: page["imports"],
                total_pages_of=lambda page: page["page"]["total_pages"],
                page_size=page_size,
            )
        )
    assert found == entries
    assert [p["page_size"] for p in seen] == ["3", "3", "3"]
    assert [p["page_number"] for p in seen] == ["1", "2", "3"]


# --- async --------------------------------------------------------------------------------


async def collect(items: AsyncIterator[str]) -> list[str]:
    return [item async for item in items]


@pytest.mark.anyio
async def test_async_fetches_lazily_across_three_pages() -> None:
    pages = Pages(*THREE_PAGES)
    items = aiterate_pages(pages.afetch, items_of, total_pages_of=total_of)
    assert pages.fetched == []
    assert await anext(items) == "a"
    assert await anext(items) == "b"
    assert pages.fetched == [1]
    assert await anext(items) == "c"
    assert pages.fetched == [1, 2]
    assert await collect(items) == ["d", "e"]
    assert pages.fetched == [1, 2, 3]


@pytest.mark.anyio
async def test_async_stop_rules() -> None:
    empty_first = Pages(Page([]), Page(["x"]))
    assert await collect(aiterate_pages(empty_first.afetch, items_of)) == []
    assert empty_first.fetched == [1]

    short = Pages(Page(["a", "b"]), Page(["c"]), Page(["never"]))
    assert await collect(aiterate_pages(short.afetch, items_of, page_size=2)) == ["a", "b", "c"]
    assert short.fetched == [1, 2]

    until_empty = Pages(Page(["a"]), Page(["b"]))
    assert await collect(aiterate_pages(until_empty.afetch, items_of)) == ["a", "b"]
    assert until_empty.fetched == [1, 2, 3]
