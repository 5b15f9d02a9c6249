"""What ``mypy --strict`` says about the values partners read most, written as a partner would.

Every ``assert_type`` here is a claim about the SDK's types; ``tests/client/test_typing_surface.py``
runs mypy over this file (one run) and then runs these functions against the mock, checking the
values have exactly those types at run time. Not a test module itself: no ``test_`` prefix.

- A list's page reports the counts the spec requires as ``int``: ``total_pages`` is required for
  both lists (the ``Page`` schema), so ``page.total_pages + 1`` needs no narrowing, on every page.
- An open enum field is the enum or an ``UnknownEnumValue`` (a value the spec does not list),
  never a bare ``str``; ``.value`` is a ``str`` on both.
"""

from __future__ import annotations

from typing import assert_type

from clubcollect_client import AsyncClubCollect, ClubCollect
from clubcollect_client.models import InvoiceLine, LineType, PaymentMethod
from clubcollect_client.resources import (
    AsyncImportsListPage,
    AsyncImportsListPaginator,
    ImportsListPage,
    TicketsListForCompanyPage,
)
from clubcollect_client.types import UnknownEnumValue, Unset


def import_page_counts(cc: ClubCollect, company_id: str) -> list[int]:
    """``total_pages`` of every page of the company's imports, one import a page."""
    first = cc.imports.list(company_id, page_size=1)
    assert_type(first, ImportsListPage)
    assert_type(first.total_pages, int)
    assert_type(first.total_entries, int | None)  # optional in the spec
    counts = []
    for page in first.iter_pages():
        assert_type(page, ImportsListPage)
        counts.append(page.total_pages)
    if first.has_next_page():
        assert_type(first.get_next_page(), ImportsListPage)
    return counts


def pages_after_the_last(cc: ClubCollect, company_id: str) -> int:
    """How many pages of tickets lie beyond the first: arithmetic on a required count."""
    page = cc.tickets.list_for_company(company_id, "unanswered")
    assert_type(page, TicketsListForCompanyPage)
    return max(page.total_pages - page.page_number, 0)


async def async_import_page_counts(acc: AsyncClubCollect, company_id: str) -> list[int]:
    paginator = acc.imports.list(company_id, page_size=1)
    assert_type(paginator, AsyncImportsListPaginator)
    first = await paginator
    assert_type(first, AsyncImportsListPage)
    counts = []
    async for page in first.iter_pages():
        assert_type(page, AsyncImportsListPage)
        counts.append(page.total_pages)
    return counts


def payment_methods(lines: list[InvoiceLine]) -> list[str]:
    """The payment method of each line that has one, as its string value."""
    methods = []
    for line in lines:
        method = line.payment_method
        assert_type(method, PaymentMethod | UnknownEnumValue | None | Unset)
        if method is None or isinstance(method, Unset):
            continue
        methods.append(method.value)
    return methods


def line_kind(line: InvoiceLine) -> str:
    """A line's type: the member's name when the spec lists it, else the raw value marked new."""
    kind = line.type_
    assert_type(kind, LineType | UnknownEnumValue | Unset)
    if isinstance(kind, LineType):
        return kind.name
    if isinstance(kind, UnknownEnumValue):
        return f"new: {kind.value}"
    return "not given"
