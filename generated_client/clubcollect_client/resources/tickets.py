# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""The ``tickets`` resource: ``client.tickets`` of ``ClubCollect`` and ``AsyncClubCollect``."""

from __future__ import annotations

import builtins
from collections.abc import Awaitable, Callable, Generator, Mapping
from functools import cached_property
from typing import Any, Literal

import httpx

from .._base_client import (
    NOT_GIVEN,
    AsyncCore,
    CoreBase,
    NotGiven,
    SyncCore,
    Timeout,
    items_of,
    path_segment,
    request_options,
)
from ..api.tickets.create_invoice_ticket import _parse_response as _parse_create_invoice_ticket
from ..api.tickets.list_company_tickets import _parse_response as _parse_list_company_tickets
from ..api.tickets.list_invoice_tickets import _parse_response as _parse_list_invoice_tickets
from ..models import CompanyTicket, CompanyTicketsPage, InvoiceTickets, Page, Ticket, TicketStatus
from ..pages import AsyncPage, AsyncPaginator, PageInfo, SyncPage
from ..raw_response import RawResponse

__all__ = [
    "Tickets",
    "TicketsWithRawResponse",
    "AsyncTickets",
    "AsyncTicketsWithRawResponse",
    "TicketsListForCompanyPage",
    "AsyncTicketsListForCompanyPage",
    "AsyncTicketsListForCompanyPaginator",
]


def _read_list_invoice_tickets(_core: CoreBase, _response: httpx.Response) -> InvoiceTickets:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as InvoiceTickets"
        try:
            _parsed = _parse_list_invoice_tickets(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, InvoiceTickets):
            return _parsed
        raise _core.unreadable("list_invoice_tickets", _response, _problem)
    raise _core.unreadable(
        "list_invoice_tickets", _response, f"status {_response.status_code} is not a documented success"
    )


def _read_create_invoice_ticket(_core: CoreBase, _response: httpx.Response) -> Ticket:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Ticket"
        try:
            _parsed = _parse_create_invoice_ticket(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Ticket):
            return _parsed
        raise _core.unreadable("create_invoice_ticket", _response, _problem)
    raise _core.unreadable(
        "create_invoice_ticket", _response, f"status {_response.status_code} is not a documented success"
    )


def _read_list_company_tickets(_core: CoreBase, _response: httpx.Response) -> CompanyTicketsPage:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as CompanyTicketsPage"
        try:
            _parsed = _parse_list_company_tickets(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, CompanyTicketsPage):
            return _parsed
        raise _core.unreadable("list_company_tickets", _response, _problem)
    raise _core.unreadable(
        "list_company_tickets", _response, f"status {_response.status_code} is not a documented success"
    )


class TicketsListForCompanyPage(SyncPage[CompanyTicket]):
    """One page of ``client.tickets.list_for_company(...)``.

    The spec requires ``total_pages`` in every answer, so it is ``int`` here.
    """

    def __init__(
        self,
        *,
        items: builtins.list[CompanyTicket],
        reported: Page,
        page_number: int,
        requested_page_size: int | None,
        fetch: Callable[[int], SyncPage[CompanyTicket]],
    ) -> None:
        super().__init__(
            items=items,
            page_number=page_number,
            requested_page_size=requested_page_size,
            info=PageInfo.of(reported),
            fetch=fetch,
        )
        self._reported = reported

    @property
    def total_pages(self) -> int:
        return self._reported.total_pages


class AsyncTicketsListForCompanyPage(AsyncPage[CompanyTicket]):
    """One page of ``client.tickets.list_for_company(...)``.

    The spec requires ``total_pages`` in every answer, so it is ``int`` here.
    """

    def __init__(
        self,
        *,
        items: builtins.list[CompanyTicket],
        reported: Page,
        page_number: int,
        requested_page_size: int | None,
        fetch: Callable[[int], Awaitable[AsyncPage[CompanyTicket]]],
    ) -> None:
        super().__init__(
            items=items,
            page_number=page_number,
            requested_page_size=requested_page_size,
            info=PageInfo.of(reported),
            fetch=fetch,
        )
        self._reported = reported

    @property
    def total_pages(self) -> int:
        return self._reported.total_pages


class AsyncTicketsListForCompanyPaginator(AsyncPaginator[CompanyTicket]):
    """What ``client.tickets.list_for_company(...)`` of AsyncClubCollect returns: ``await`` it for the first
    ``AsyncTicketsListForCompanyPage``, or ``async for`` over it for every item."""

    def __await__(self) -> Generator[Any, None, AsyncTicketsListForCompanyPage]:
        return self._first_page_as(AsyncTicketsListForCompanyPage).__await__()


def _page_list_company_tickets(
    _core: CoreBase,
    _response: httpx.Response,
    _number: int,
    _page_size: int | None,
    _fetch: Callable[[int], SyncPage[CompanyTicket]],
) -> TicketsListForCompanyPage:
    _parsed = _read_list_company_tickets(_core, _response)
    return TicketsListForCompanyPage(
        items=items_of(_parsed.tickets),
        reported=_parsed.page,
        page_number=_number,
        requested_page_size=_page_size,
        fetch=_fetch,
    )


def _apage_list_company_tickets(
    _core: CoreBase,
    _response: httpx.Response,
    _number: int,
    _page_size: int | None,
    _fetch: Callable[[int], Awaitable[AsyncPage[CompanyTicket]]],
) -> AsyncTicketsListForCompanyPage:
    _parsed = _read_list_company_tickets(_core, _response)
    return AsyncTicketsListForCompanyPage(
        items=items_of(_parsed.tickets),
        reported=_parsed.page,
        page_number=_number,
        requested_page_size=_page_size,
        fetch=_fetch,
    )


class Tickets:
    """``client.tickets``: list, create, archive, assign_to_support, list_for_company."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> TicketsWithRawResponse:
        """The same methods, returning the HTTP answer (status, headers, ``.parse()``)."""
        return TicketsWithRawResponse(self._core)

    def list(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Ticket]:
        """List an invoice's tickets.

        Calls ``list_invoice_tickets``: ``GET /invoices/{invoice_id}/tickets``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = _core.request(
            "list_invoice_tickets",
            "GET",
            f"/invoices/{path_segment(invoice_id)}/tickets",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return items_of(_read_list_invoice_tickets(_core, _response).tickets)

    def create(
        self,
        invoice_id: str,
        *,
        message: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Ticket:
        """Post a ticket on an invoice.

        Calls ``create_invoice_ticket``: ``POST /invoices/{invoice_id}/tickets``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {
            "message": message,
        }

        _core = self._core
        _response = _core.request(
            "create_invoice_ticket",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_create_invoice_ticket(_core, _response)

    def archive(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Archive an invoice's ticket thread.

        Calls ``archive_invoice_tickets``: ``POST /invoices/{invoice_id}/tickets/actions/archive``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {}

        _core = self._core
        _response = _core.request(
            "archive_invoice_tickets",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets/actions/archive",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        del _response
        return None

    def assign_to_support(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Hand an invoice's tickets to ClubCollect support.

        Calls ``assign_invoice_tickets_to_support``: ``POST /invoices/{invoice_id}/tickets/actions/assign_to_support``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {}

        _core = self._core
        _response = _core.request(
            "assign_invoice_tickets_to_support",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets/actions/assign_to_support",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        del _response
        return None

    def list_for_company(
        self,
        company_id: str,
        status: TicketStatus | Literal["unanswered", "answered", "archived"],
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> TicketsListForCompanyPage:
        """List a company's tickets by thread status.

        Calls ``list_company_tickets``: ``GET /companies/{company_id}/tickets/{status}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
            status: Which ticket threads to list; any other value is refused with `invalid_action`.
            page_number: One-based number of the page to return.
            page_size: How many items a page holds.
        """
        _core = self._core
        _options = request_options(timeout, extra_headers, extra_query, max_retries)
        _first = page_number if page_number is not None else 1

        def _send(_number: int) -> httpx.Response:
            _params: dict[str, object] = {"page_number": _number}
            if page_size is not None:
                _params["page_size"] = page_size
            return _core.request(
                "list_company_tickets",
                "GET",
                f"/companies/{path_segment(company_id)}/tickets/{path_segment(status)}",
                params=_params,
                options=_options,
            )

        def _fetch(_number: int) -> TicketsListForCompanyPage:
            return _page_list_company_tickets(_core, _send(_number), _number, page_size, _fetch)

        return _fetch(_first)


class TicketsWithRawResponse:
    """``client.tickets.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def list(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Ticket]]:
        """List an invoice's tickets (the HTTP answer; .parse() for the result).

        Calls ``list_invoice_tickets``: ``GET /invoices/{invoice_id}/tickets``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = _core.request(
            "list_invoice_tickets",
            "GET",
            f"/invoices/{path_segment(invoice_id)}/tickets",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: items_of(_read_list_invoice_tickets(_core, _response).tickets))

    def create(
        self,
        invoice_id: str,
        *,
        message: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Ticket]:
        """Post a ticket on an invoice (the HTTP answer; .parse() for the result).

        Calls ``create_invoice_ticket``: ``POST /invoices/{invoice_id}/tickets``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {
            "message": message,
        }

        _core = self._core
        _response = _core.request(
            "create_invoice_ticket",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_create_invoice_ticket(_core, _response))

    def archive(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Archive an invoice's ticket thread (the HTTP answer; .parse() for the result).

        Calls ``archive_invoice_tickets``: ``POST /invoices/{invoice_id}/tickets/actions/archive``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {}

        _core = self._core
        _response = _core.request(
            "archive_invoice_tickets",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets/actions/archive",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: None)

    def assign_to_support(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Hand an invoice's tickets to ClubCollect support (the HTTP answer; .parse() for the result).

        Calls ``assign_invoice_tickets_to_support``: ``POST /invoices/{invoice_id}/tickets/actions/assign_to_support``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {}

        _core = self._core
        _response = _core.request(
            "assign_invoice_tickets_to_support",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets/actions/assign_to_support",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: None)

    def list_for_company(
        self,
        company_id: str,
        status: TicketStatus | Literal["unanswered", "answered", "archived"],
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[TicketsListForCompanyPage]:
        """List a company's tickets by thread status (the HTTP answer; .parse() for the result).

        Calls ``list_company_tickets``: ``GET /companies/{company_id}/tickets/{status}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
            status: Which ticket threads to list; any other value is refused with `invalid_action`.
            page_number: One-based number of the page to return.
            page_size: How many items a page holds.
        """
        _core = self._core
        _options = request_options(timeout, extra_headers, extra_query, max_retries)
        _first = page_number if page_number is not None else 1

        def _send(_number: int) -> httpx.Response:
            _params: dict[str, object] = {"page_number": _number}
            if page_size is not None:
                _params["page_size"] = page_size
            return _core.request(
                "list_company_tickets",
                "GET",
                f"/companies/{path_segment(company_id)}/tickets/{path_segment(status)}",
                params=_params,
                options=_options,
            )

        def _fetch(_number: int) -> TicketsListForCompanyPage:
            return _page_list_company_tickets(_core, _send(_number), _number, page_size, _fetch)

        _response = _send(_first)
        return RawResponse(_response, lambda: _page_list_company_tickets(_core, _response, _first, page_size, _fetch))


class AsyncTickets:
    """``client.tickets``: list, create, archive, assign_to_support, list_for_company."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncTicketsWithRawResponse:
        """The same methods, returning the HTTP answer (status, headers, ``.parse()``)."""
        return AsyncTicketsWithRawResponse(self._core)

    async def list(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[Ticket]:
        """List an invoice's tickets.

        Calls ``list_invoice_tickets``: ``GET /invoices/{invoice_id}/tickets``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = await _core.request(
            "list_invoice_tickets",
            "GET",
            f"/invoices/{path_segment(invoice_id)}/tickets",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return items_of(_read_list_invoice_tickets(_core, _response).tickets)

    async def create(
        self,
        invoice_id: str,
        *,
        message: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Ticket:
        """Post a ticket on an invoice.

        Calls ``create_invoice_ticket``: ``POST /invoices/{invoice_id}/tickets``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {
            "message": message,
        }

        _core = self._core
        _response = await _core.request(
            "create_invoice_ticket",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_create_invoice_ticket(_core, _response)

    async def archive(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Archive an invoice's ticket thread.

        Calls ``archive_invoice_tickets``: ``POST /invoices/{invoice_id}/tickets/actions/archive``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {}

        _core = self._core
        _response = await _core.request(
            "archive_invoice_tickets",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets/actions/archive",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        del _response
        return None

    async def assign_to_support(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Hand an invoice's tickets to ClubCollect support.

        Calls ``assign_invoice_tickets_to_support``: ``POST /invoices/{invoice_id}/tickets/actions/assign_to_support``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {}

        _core = self._core
        _response = await _core.request(
            "assign_invoice_tickets_to_support",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets/actions/assign_to_support",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        del _response
        return None

    def list_for_company(
        self,
        company_id: str,
        status: TicketStatus | Literal["unanswered", "answered", "archived"],
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> AsyncTicketsListForCompanyPaginator:
        """List a company's tickets by thread status.

        Calls ``list_company_tickets``: ``GET /companies/{company_id}/tickets/{status}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
            status: Which ticket threads to list; any other value is refused with `invalid_action`.
            page_number: One-based number of the page to return.
            page_size: How many items a page holds.
        """
        _core = self._core
        _options = request_options(timeout, extra_headers, extra_query, max_retries)
        _first = page_number if page_number is not None else 1

        async def _send(_number: int) -> httpx.Response:
            _params: dict[str, object] = {"page_number": _number}
            if page_size is not None:
                _params["page_size"] = page_size
            return await _core.request(
                "list_company_tickets",
                "GET",
                f"/companies/{path_segment(company_id)}/tickets/{path_segment(status)}",
                params=_params,
                options=_options,
            )

        async def _fetch(_number: int) -> AsyncTicketsListForCompanyPage:
            return _apage_list_company_tickets(_core, await _send(_number), _number, page_size, _fetch)

        return AsyncTicketsListForCompanyPaginator(_fetch, _first)


class AsyncTicketsWithRawResponse:
    """``client.tickets.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def list(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Ticket]]:
        """List an invoice's tickets (the HTTP answer; .parse() for the result).

        Calls ``list_invoice_tickets``: ``GET /invoices/{invoice_id}/tickets``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = await _core.request(
            "list_invoice_tickets",
            "GET",
            f"/invoices/{path_segment(invoice_id)}/tickets",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: items_of(_read_list_invoice_tickets(_core, _response).tickets))

    async def create(
        self,
        invoice_id: str,
        *,
        message: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Ticket]:
        """Post a ticket on an invoice (the HTTP answer; .parse() for the result).

        Calls ``create_invoice_ticket``: ``POST /invoices/{invoice_id}/tickets``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {
            "message": message,
        }

        _core = self._core
        _response = await _core.request(
            "create_invoice_ticket",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_create_invoice_ticket(_core, _response))

    async def archive(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Archive an invoice's ticket thread (the HTTP answer; .parse() for the result).

        Calls ``archive_invoice_tickets``: ``POST /invoices/{invoice_id}/tickets/actions/archive``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {}

        _core = self._core
        _response = await _core.request(
            "archive_invoice_tickets",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets/actions/archive",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: None)

    async def assign_to_support(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Hand an invoice's tickets to ClubCollect support (the HTTP answer; .parse() for the result).

        Calls ``assign_invoice_tickets_to_support``: ``POST /invoices/{invoice_id}/tickets/actions/assign_to_support``.

        Args:
            invoice_id: Server-made id of an invoice.
        """
        _body: dict[str, object] = {}

        _core = self._core
        _response = await _core.request(
            "assign_invoice_tickets_to_support",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/tickets/actions/assign_to_support",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: None)

    async def list_for_company(
        self,
        company_id: str,
        status: TicketStatus | Literal["unanswered", "answered", "archived"],
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AsyncTicketsListForCompanyPage]:
        """List a company's tickets by thread status (the HTTP answer; .parse() for the result).

        Calls ``list_company_tickets``: ``GET /companies/{company_id}/tickets/{status}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
            status: Which ticket threads to list; any other value is refused with `invalid_action`.
            page_number: One-based number of the page to return.
            page_size: How many items a page holds.
        """
        _core = self._core
        _options = request_options(timeout, extra_headers, extra_query, max_retries)
        _first = page_number if page_number is not None else 1

        async def _send(_number: int) -> httpx.Response:
            _params: dict[str, object] = {"page_number": _number}
            if page_size is not None:
                _params["page_size"] = page_size
            return await _core.request(
                "list_company_tickets",
                "GET",
                f"/companies/{path_segment(company_id)}/tickets/{path_segment(status)}",
                params=_params,
                options=_options,
            )

        async def _fetch(_number: int) -> AsyncTicketsListForCompanyPage:
            return _apage_list_company_tickets(_core, await _send(_number), _number, page_size, _fetch)

        _response = await _send(_first)
        return RawResponse(_response, lambda: _apage_list_company_tickets(_core, _response, _first, page_size, _fetch))
