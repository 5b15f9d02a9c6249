# Copied from client_runtime/pagination.py, do not edit here. Regenerate: python -m generator regen
"""Lazy iteration over every item of a paginated list endpoint, sync and async.

The helpers know nothing about the generated page models: the caller supplies a function that
fetches one page by number (closing over its own filters and ``page_size``) and accessors for
the page's items and its ``total_pages``. Items are yielded as they arrive; page N+1 is
requested only once every item of page N has been consumed, and no list of all items is built.

Stopping rules, checked after each page:

1. an empty page ends the iteration (the API answers a page past the end with an empty list);
2. when the page reports ``total_pages``, the iteration ends at that page;
3. only when it does not, a page shorter than the ``page_size`` the caller asked for is the
   last one. The reported total is preferred because a server that caps the page size (the
   ticket list allows at most 100) would make a short-page test stop after the first page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import TypeVar

__all__ = ["aiterate_pages", "is_last_page", "iterate_pages"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


def _check_arguments(first_page: int, page_size: int | None) -> None:
    if first_page < 1:
        raise ValueError("first_page must be >= 1")
    if page_size is not None and page_size < 1:
        raise ValueError("page_size must be >= 1")


def is_last_page(page_number: int, item_count: int, total_pages: int | None, page_size: int | None) -> bool:
    """Whether page ``page_number`` with ``item_count`` items ends the list (the rules above)."""
    if item_count == 0:
        return True
    if total_pages is not None:
        return page_number >= total_pages
    return page_size is not None and item_count < page_size


def iterate_pages(
    fetch_page: Callable[[int], PageT],
    items_of: Callable[[PageT], Sequence[ItemT]],
    *,
    total_pages_of: Callable[[PageT], int | None] | None = None,
    page_size: int | None = None,
    first_page: int = 1,
) -> Iterator[ItemT]:
    """Yield every item, fetching pages ``first_page``, ``first_page + 1``, ... on demand.

    ``page_size`` is only used to recognise a short last page when ``total_pages_of`` is not
    given or returns None; sending it to the API is the job of ``fetch_page``.
    """
    _check_arguments(first_page, page_size)
    return _iterate(fetch_page, items_of, total_pages_of, page_size, first_page)


def _iterate(
    fetch_page: Callable[[int], PageT],
    items_of: Callable[[PageT], Sequence[ItemT]],
    total_pages_of: Callable[[PageT], int | None] | None,
    page_size: int | None,
    page_number: int,
) -> Iterator[ItemT]:
    # A separate generator so argument errors surface at the call, not at the first next().
    while True:
        page = fetch_page(page_number)
        items = items_of(page)
        yield from items
        total = total_pages_of(page) if total_pages_of is not None else None
        if is_last_page(page_number, len(items), total, page_size):
            return
        page_number += 1


def aiterate_pages(
    fetch_page: Callable[[int], Awaitable[PageT]],
    items_of: Callable[[PageT], Sequence[ItemT]],
    *,
    total_pages_of: Callable[[PageT], int | None] | None = None,
    page_size: int | None = None,
    first_page: int = 1,
) -> AsyncIterator[ItemT]:
    """Async twin of :func:`iterate_pages`: use with ``async for``."""
    _check_arguments(first_page, page_size)
    return _aiterate(fetch_page, items_of, total_pages_of, page_size, first_page)


async def _aiterate(
    fetch_page: Callable[[int], Awaitable[PageT]],
    items_of: Callable[[PageT], Sequence[ItemT]],
    total_pages_of: Callable[[PageT], int | None] | None,
    page_size: int | None,
    page_number: int,
) -> AsyncIterator[ItemT]:
    while True:
        page = await fetch_page(page_number)
        items = items_of(page)
        for item in items:
            yield item
        total = total_pages_of(page) if total_pages_of is not None else None
        if is_last_page(page_number, len(items), total, page_size):
            return
        page_number += 1
