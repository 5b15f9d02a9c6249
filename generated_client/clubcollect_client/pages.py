# Copied from client_addons/pages.py, do not edit here. Regenerate: python -m generator regen
"""Page objects returned by the facade's list methods (``cc.imports.list(...)``), sync and async.

A page holds its ``items`` and where it stands (``page_number``, ``total_pages``,
``total_entries``); iterating it yields every item of every page from this one on, fetching the
next page only when the current one is used up. ``has_next_page()``, ``get_next_page()`` and
``iter_pages()`` walk page by page. The async list methods return an :class:`AsyncPaginator`:
``await`` it for the first page, or ``async for`` over it for every item.

When a page is the last follows ``runtime.pagination.is_last_page``: an empty page, the reported
``total_pages``, or (only when the server reports none) a page shorter than the size asked for.

These classes type the counts ``int | None`` (a server may leave one out). Each list of the facade
returns its own subclass, rendered from the spec (``ImportsListPage`` in ``resources/imports.py``),
whose counts the spec requires are ``int``; ``get_next_page()`` and ``iter_pages()`` keep that
class.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Self, TypeVar

from .runtime.pagination import is_last_page

__all__ = ["AsyncPage", "AsyncPaginator", "PageInfo", "SyncPage"]

ItemT = TypeVar("ItemT")
AsyncPageT = TypeVar("AsyncPageT", bound="AsyncPage[Any]")


def _count(value: object) -> int | None:
    # A page field the server left out (Unset) or sent as something else counts as unknown.
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True, slots=True)
class PageInfo:
    """Where a page stands, as far as the server said (None: not reported)."""

    page_number: int | None = None
    page_size: int | None = None
    total_entries: int | None = None
    total_pages: int | None = None

    @classmethod
    def of(cls, page: object) -> PageInfo:
        """Read the ``page`` object of a list answer, tolerating missing fields."""
        return cls(
            page_number=_count(getattr(page, "page_number", None)),
            page_size=_count(getattr(page, "page_size", None)),
            total_entries=_count(getattr(page, "total_entries", None)),
            total_pages=_count(getattr(page, "total_pages", None)),
        )


PageT = TypeVar("PageT", bound="_PageBase[Any]")


def _same_class(page: PageT, following: object) -> PageT:
    # Every fetch of a list builds that list's page class, so the next page has the class of this
    # one; checked, not assumed, because the type of get_next_page() promises it.
    if not isinstance(following, type(page)):
        raise TypeError(f"the next page is a {type(following).__name__}, not a {type(page).__name__}")
    return following


class _PageBase(Generic[ItemT]):
    def __init__(
        self, *, items: list[ItemT], page_number: int, requested_page_size: int | None, info: PageInfo
    ) -> None:
        self.items = items
        self.page_number = page_number
        self.info = info
        self._requested_page_size = requested_page_size

    @property
    def page_size(self) -> int | None:
        """The page size the server reported (or the one asked for, when it reported none)."""
        return self.info.page_size if self.info.page_size is not None else self._requested_page_size

    @property
    def total_pages(self) -> int | None:
        return self.info.total_pages

    @property
    def total_entries(self) -> int | None:
        return self.info.total_entries

    def has_next_page(self) -> bool:
        """Whether another page may hold items."""
        return not is_last_page(self.page_number, len(self.items), self.info.total_pages, self._requested_page_size)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(page_number={self.page_number}, items={len(self.items)}, "
            f"total_pages={self.total_pages}, total_entries={self.total_entries})"
        )


class SyncPage(_PageBase[ItemT]):
    """One page of a list; iterate it for every item from here to the end."""

    def __init__(
        self,
        *,
        items: list[ItemT],
        page_number: int,
        requested_page_size: int | None,
        info: PageInfo,
        fetch: Callable[[int], SyncPage[ItemT]],
    ) -> None:
        super().__init__(items=items, page_number=page_number, requested_page_size=requested_page_size, info=info)
        self._fetch = fetch

    def get_next_page(self) -> Self:
        """Fetch the next page (of this page's class); check :meth:`has_next_page` first."""
        if not self.has_next_page():
            raise RuntimeError("this is the last page: check has_next_page() before get_next_page()")
        return _same_class(self, self._fetch(self.page_number + 1))

    def iter_pages(self) -> Iterator[Self]:
        """This page and every later one, each fetched when the previous one is done with."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageBase[ItemT]):
    """Async twin of :class:`SyncPage`: ``async for`` over it for every item from here on."""

    def __init__(
        self,
        *,
        items: list[ItemT],
        page_number: int,
        requested_page_size: int | None,
        info: PageInfo,
        fetch: Callable[[int], Awaitable[AsyncPage[ItemT]]],
    ) -> None:
        super().__init__(items=items, page_number=page_number, requested_page_size=requested_page_size, info=info)
        self._fetch = fetch

    async def get_next_page(self) -> Self:
        """Fetch the next page (of this page's class); check :meth:`has_next_page` first."""
        if not self.has_next_page():
            raise RuntimeError("this is the last page: check has_next_page() before get_next_page()")
        return _same_class(self, await self._fetch(self.page_number + 1))

    async def iter_pages(self) -> AsyncIterator[Self]:
        """This page and every later one, each fetched when the previous one is done with."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[ItemT]):
    """What an async list method returns: ``await`` it for the first page, or ``async for`` items.

    Nothing is fetched until one of the two happens.
    """

    def __init__(self, fetch: Callable[[int], Awaitable[AsyncPage[ItemT]]], first_page: int) -> None:
        self._fetch = fetch
        self._first_page = first_page

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return self._fetch(self._first_page).__await__()

    async def _first_page_as(self, kind: type[AsyncPageT]) -> AsyncPageT:
        """The first page, checked to be of ``kind`` (a list's own page class narrows ``__await__``)."""
        page = await self._fetch(self._first_page)
        if not isinstance(page, kind):
            raise TypeError(f"the first page is a {type(page).__name__}, not a {kind.__name__}")
        return page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self._fetch(self._first_page)
        async for item in page:
            yield item
