# Copied from client_addons/pagination.py, do not edit here. Regenerate: python -m generator regen
"""Iterate every item of the paginated list operations, lazily, sync and async.

``for ticket in iter_company_tickets(client, company_id, TicketStatus.UNANSWERED): ...`` fetches
page 1, yields its items, and asks for page 2 only when they are used up; nothing collects the
whole list. A non-200 answer raises the matching ``errors`` class.
"""

from collections.abc import AsyncIterator, Iterator
from typing import Any, TypeVar

from .api.imports import list_company_imports
from .api.tickets import list_company_tickets
from .client import AuthenticatedClient
from .errors import ERROR_CLASSES
from .models import CompanyImport, CompanyImportsPage, CompanyTicket, CompanyTicketsPage, TicketStatus
from .runtime.errors import error_class_for, error_code_of
from .runtime.pagination import aiterate_pages, iterate_pages
from .types import Response

PageT = TypeVar("PageT", CompanyImportsPage, CompanyTicketsPage)
DEFAULT_PAGE_SIZE = 30


def _page_or_raise(response: Response[Any], page_type: type[PageT], path: str) -> PageT:
    if isinstance(response.parsed, page_type):
        return response.parsed
    code = error_code_of(response.content)
    status = int(response.status_code)
    raise error_class_for(code, status, ERROR_CLASSES)(
        status_code=status,
        error_code=code,
        method="GET",
        path=path,
        content=response.content,
        headers=response.headers,
    )


def iter_company_imports(
    client: AuthenticatedClient, company_id: str, *, page_size: int = DEFAULT_PAGE_SIZE
) -> Iterator[CompanyImport]:
    """Every import of the company, oldest first."""
    path = f"/companies/{company_id}/imports"

    def fetch(page_number: int) -> CompanyImportsPage:
        response = list_company_imports.sync_detailed(
            company_id, client=client, page_number=page_number, page_size=page_size
        )
        return _page_or_raise(response, CompanyImportsPage, path)

    return iterate_pages(
        fetch,
        lambda page: page.imports,
        total_pages_of=lambda page: page.page.total_pages,
        page_size=page_size,
    )


def iter_company_tickets(
    client: AuthenticatedClient, company_id: str, status: TicketStatus, *, page_size: int = DEFAULT_PAGE_SIZE
) -> Iterator[CompanyTicket]:
    """Every ticket of the company's threads in ``status``, oldest first."""
    path = f"/companies/{company_id}/tickets/{status}"

    def fetch(page_number: int) -> CompanyTicketsPage:
        response = list_company_tickets.sync_detailed(
            company_id, status, client=client, page_number=page_number, page_size=page_size
        )
        return _page_or_raise(response, CompanyTicketsPage, path)

    return iterate_pages(
        fetch,
        lambda page: page.tickets,
        total_pages_of=lambda page: page.page.total_pages,
        page_size=page_size,
    )


def aiter_company_imports(
    client: AuthenticatedClient, company_id: str, *, page_size: int = DEFAULT_PAGE_SIZE
) -> AsyncIterator[CompanyImport]:
    """Async twin of :func:`iter_company_imports`."""
    path = f"/companies/{company_id}/imports"

    async def fetch(page_number: int) -> CompanyImportsPage:
        response = await list_company_imports.asyncio_detailed(
            company_id, client=client, page_number=page_number, page_size=page_size
        )
        return _page_or_raise(response, CompanyImportsPage, path)

    return aiterate_pages(
        fetch,
        lambda page: page.imports,
        total_pages_of=lambda page: page.page.total_pages,
        page_size=page_size,
    )


def aiter_company_tickets(
    client: AuthenticatedClient, company_id: str, status: TicketStatus, *, page_size: int = DEFAULT_PAGE_SIZE
) -> AsyncIterator[CompanyTicket]:
    """Async twin of :func:`iter_company_tickets`."""
    path = f"/companies/{company_id}/tickets/{status}"

    async def fetch(page_number: int) -> CompanyTicketsPage:
        response = await list_company_tickets.asyncio_detailed(
            company_id, status, client=client, page_number=page_number, page_size=page_size
        )
        return _page_or_raise(response, CompanyTicketsPage, path)

    return aiterate_pages(
        fetch,
        lambda page: page.tickets,
        total_pages_of=lambda page: page.page.total_pages,
        page_size=page_size,
    )
