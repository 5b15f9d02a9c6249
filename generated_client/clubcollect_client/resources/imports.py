# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""The ``imports`` resource: ``client.imports`` of ``ClubCollect`` and ``AsyncClubCollect``."""

from __future__ import annotations

import builtins
from collections.abc import Awaitable, Callable, Generator, Mapping
from functools import cached_property
from typing import Any

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
from ..api.imports.create_import import _parse_response as _parse_create_import
from ..api.imports.get_import import _parse_response as _parse_get_import
from ..api.imports.list_company_imports import _parse_response as _parse_list_company_imports
from ..api.imports.transmit_import import _parse_response as _parse_transmit_import
from ..api.imports.update_import import _parse_response as _parse_update_import
from ..models import CompanyImport, CompanyImportsPage, Import, Page
from ..pages import AsyncPage, AsyncPaginator, PageInfo, SyncPage
from ..raw_response import RawResponse

__all__ = [
    "Imports",
    "ImportsWithRawResponse",
    "AsyncImports",
    "AsyncImportsWithRawResponse",
    "ImportsListPage",
    "AsyncImportsListPage",
    "AsyncImportsListPaginator",
]


def _read_create_import(_core: CoreBase, _response: httpx.Response) -> Import:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Import"
        try:
            _parsed = _parse_create_import(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Import):
            return _parsed
        raise _core.unreadable("create_import", _response, _problem)
    raise _core.unreadable("create_import", _response, f"status {_response.status_code} is not a documented success")


def _read_get_import(_core: CoreBase, _response: httpx.Response) -> Import:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Import"
        try:
            _parsed = _parse_get_import(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Import):
            return _parsed
        raise _core.unreadable("get_import", _response, _problem)
    raise _core.unreadable("get_import", _response, f"status {_response.status_code} is not a documented success")


def _read_update_import(_core: CoreBase, _response: httpx.Response) -> Import:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Import"
        try:
            _parsed = _parse_update_import(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Import):
            return _parsed
        raise _core.unreadable("update_import", _response, _problem)
    raise _core.unreadable("update_import", _response, f"status {_response.status_code} is not a documented success")


def _read_transmit_import(_core: CoreBase, _response: httpx.Response) -> Import:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Import"
        try:
            _parsed = _parse_transmit_import(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Import):
            return _parsed
        raise _core.unreadable("transmit_import", _response, _problem)
    raise _core.unreadable("transmit_import", _response, f"status {_response.status_code} is not a documented success")


def _read_list_company_imports(_core: CoreBase, _response: httpx.Response) -> CompanyImportsPage:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as CompanyImportsPage"
        try:
            _parsed = _parse_list_company_imports(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, CompanyImportsPage):
            return _parsed
        raise _core.unreadable("list_company_imports", _response, _problem)
    raise _core.unreadable(
        "list_company_imports", _response, f"status {_response.status_code} is not a documented success"
    )


class ImportsListPage(SyncPage[CompanyImport]):
    """One page of ``client.imports.list(...)``.

    The spec requires ``total_pages`` in every answer, so it is ``int`` here.
    """

    def __init__(
        self,
        *,
        items: builtins.list[CompanyImport],
        reported: Page,
        page_number: int,
        requested_page_size: int | None,
        fetch: Callable[[int], SyncPage[CompanyImport]],
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


class AsyncImportsListPage(AsyncPage[CompanyImport]):
    """One page of ``client.imports.list(...)``.

    The spec requires ``total_pages`` in every answer, so it is ``int`` here.
    """

    def __init__(
        self,
        *,
        items: builtins.list[CompanyImport],
        reported: Page,
        page_number: int,
        requested_page_size: int | None,
        fetch: Callable[[int], Awaitable[AsyncPage[CompanyImport]]],
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


class AsyncImportsListPaginator(AsyncPaginator[CompanyImport]):
    """What ``client.imports.list(...)`` of AsyncClubCollect returns: ``await`` it for the first
    ``AsyncImportsListPage``, or ``async for`` over it for every item."""

    def __await__(self) -> Generator[Any, None, AsyncImportsListPage]:
        return self._first_page_as(AsyncImportsListPage).__await__()


def _page_list_company_imports(
    _core: CoreBase,
    _response: httpx.Response,
    _number: int,
    _page_size: int | None,
    _fetch: Callable[[int], SyncPage[CompanyImport]],
) -> ImportsListPage:
    _parsed = _read_list_company_imports(_core, _response)
    return ImportsListPage(
        items=items_of(_parsed.imports),
        reported=_parsed.page,
        page_number=_number,
        requested_page_size=_page_size,
        fetch=_fetch,
    )


def _apage_list_company_imports(
    _core: CoreBase,
    _response: httpx.Response,
    _number: int,
    _page_size: int | None,
    _fetch: Callable[[int], Awaitable[AsyncPage[CompanyImport]]],
) -> AsyncImportsListPage:
    _parsed = _read_list_company_imports(_core, _response)
    return AsyncImportsListPage(
        items=items_of(_parsed.imports),
        reported=_parsed.page,
        page_number=_number,
        requested_page_size=_page_size,
        fetch=_fetch,
    )


class Imports:
    """``client.imports``: create, get, update, transmit, delete, list."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> ImportsWithRawResponse:
        """The same methods, returning the HTTP answer (status, headers, ``.parse()``)."""
        return ImportsWithRawResponse(self._core)

    def create(
        self,
        *,
        company_id: str,
        title: str | None = None,
        expected_invoices_count: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Import:
        """Open an empty import.

        Calls ``create_import``: ``POST /imports``.

        Args:
            company_id: An id made by ClubCollect, 40 lowercase hexadecimal characters.
            title: Name of the batch as shown to the treasurer.
            expected_invoices_count: How many invoices the import will hold; until that many exist the treasurer
                cannot transmit the import from the web interface. Send an integer; the digits
                of one as a string are accepted too, because the vendor's page types the field
                as a string. Null counts as not sent.
        """
        _body: dict[str, object] = {
            "company_id": company_id,
        }
        if title is not None:
            _body["title"] = title
        if expected_invoices_count is not None:
            _body["expected_invoices_count"] = expected_invoices_count

        _core = self._core
        _response = _core.request(
            "create_import",
            "POST",
            "/imports",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_create_import(_core, _response)

    def get(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Import:
        """Fetch an import.

        Calls ``get_import``: ``GET /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = _core.request(
            "get_import",
            "GET",
            f"/imports/{path_segment(import_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_get_import(_core, _response)

    def update(
        self,
        import_id: str,
        *,
        expected_invoices_count: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Import:
        """Change an open import.

        Calls ``update_import``: ``PUT /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
            expected_invoices_count: How many invoices the import will hold; until that many exist the treasurer
                cannot transmit the import from the web interface. Send an integer; the digits
                of one as a string are accepted too, because the vendor's page types the field
                as a string. Null counts as not sent.
        """
        _body: dict[str, object] = {}
        if expected_invoices_count is not None:
            _body["expected_invoices_count"] = expected_invoices_count

        _core = self._core
        _response = _core.request(
            "update_import",
            "PUT",
            f"/imports/{path_segment(import_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_update_import(_core, _response)

    def transmit(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Import:
        """Transmit an import (deprecated).

        Calls ``transmit_import``: ``PUT /imports/{import_id}/transmit``. Deprecated by the vendor.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = _core.request(
            "transmit_import",
            "PUT",
            f"/imports/{path_segment(import_id)}/transmit",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_transmit_import(_core, _response)

    def delete(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete an open import.

        Calls ``delete_import``: ``DELETE /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = _core.request(
            "delete_import",
            "DELETE",
            f"/imports/{path_segment(import_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        del _response
        return None

    def list(
        self,
        company_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> ImportsListPage:
        """List a company's imports.

        Calls ``list_company_imports``: ``GET /companies/{company_id}/imports``.

        Args:
            company_id: Server-made id of a company of the calling partner.
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
                "list_company_imports",
                "GET",
                f"/companies/{path_segment(company_id)}/imports",
                params=_params,
                options=_options,
            )

        def _fetch(_number: int) -> ImportsListPage:
            return _page_list_company_imports(_core, _send(_number), _number, page_size, _fetch)

        return _fetch(_first)


class ImportsWithRawResponse:
    """``client.imports.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        company_id: str,
        title: str | None = None,
        expected_invoices_count: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Import]:
        """Open an empty import (the HTTP answer; .parse() for the result).

        Calls ``create_import``: ``POST /imports``.

        Args:
            company_id: An id made by ClubCollect, 40 lowercase hexadecimal characters.
            title: Name of the batch as shown to the treasurer.
            expected_invoices_count: How many invoices the import will hold; until that many exist the treasurer
                cannot transmit the import from the web interface. Send an integer; the digits
                of one as a string are accepted too, because the vendor's page types the field
                as a string. Null counts as not sent.
        """
        _body: dict[str, object] = {
            "company_id": company_id,
        }
        if title is not None:
            _body["title"] = title
        if expected_invoices_count is not None:
            _body["expected_invoices_count"] = expected_invoices_count

        _core = self._core
        _response = _core.request(
            "create_import",
            "POST",
            "/imports",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_create_import(_core, _response))

    def get(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Import]:
        """Fetch an import (the HTTP answer; .parse() for the result).

        Calls ``get_import``: ``GET /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = _core.request(
            "get_import",
            "GET",
            f"/imports/{path_segment(import_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_get_import(_core, _response))

    def update(
        self,
        import_id: str,
        *,
        expected_invoices_count: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Import]:
        """Change an open import (the HTTP answer; .parse() for the result).

        Calls ``update_import``: ``PUT /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
            expected_invoices_count: How many invoices the import will hold; until that many exist the treasurer
                cannot transmit the import from the web interface. Send an integer; the digits
                of one as a string are accepted too, because the vendor's page types the field
                as a string. Null counts as not sent.
        """
        _body: dict[str, object] = {}
        if expected_invoices_count is not None:
            _body["expected_invoices_count"] = expected_invoices_count

        _core = self._core
        _response = _core.request(
            "update_import",
            "PUT",
            f"/imports/{path_segment(import_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_update_import(_core, _response))

    def transmit(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Import]:
        """Transmit an import (deprecated) (the HTTP answer; .parse() for the result).

        Calls ``transmit_import``: ``PUT /imports/{import_id}/transmit``. Deprecated by the vendor.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = _core.request(
            "transmit_import",
            "PUT",
            f"/imports/{path_segment(import_id)}/transmit",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_transmit_import(_core, _response))

    def delete(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Delete an open import (the HTTP answer; .parse() for the result).

        Calls ``delete_import``: ``DELETE /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = _core.request(
            "delete_import",
            "DELETE",
            f"/imports/{path_segment(import_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: None)

    def list(
        self,
        company_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ImportsListPage]:
        """List a company's imports (the HTTP answer; .parse() for the result).

        Calls ``list_company_imports``: ``GET /companies/{company_id}/imports``.

        Args:
            company_id: Server-made id of a company of the calling partner.
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
                "list_company_imports",
                "GET",
                f"/companies/{path_segment(company_id)}/imports",
                params=_params,
                options=_options,
            )

        def _fetch(_number: int) -> ImportsListPage:
            return _page_list_company_imports(_core, _send(_number), _number, page_size, _fetch)

        _response = _send(_first)
        return RawResponse(_response, lambda: _page_list_company_imports(_core, _response, _first, page_size, _fetch))


class AsyncImports:
    """``client.imports``: create, get, update, transmit, delete, list."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncImportsWithRawResponse:
        """The same methods, returning the HTTP answer (status, headers, ``.parse()``)."""
        return AsyncImportsWithRawResponse(self._core)

    async def create(
        self,
        *,
        company_id: str,
        title: str | None = None,
        expected_invoices_count: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Import:
        """Open an empty import.

        Calls ``create_import``: ``POST /imports``.

        Args:
            company_id: An id made by ClubCollect, 40 lowercase hexadecimal characters.
            title: Name of the batch as shown to the treasurer.
            expected_invoices_count: How many invoices the import will hold; until that many exist the treasurer
                cannot transmit the import from the web interface. Send an integer; the digits
                of one as a string are accepted too, because the vendor's page types the field
                as a string. Null counts as not sent.
        """
        _body: dict[str, object] = {
            "company_id": company_id,
        }
        if title is not None:
            _body["title"] = title
        if expected_invoices_count is not None:
            _body["expected_invoices_count"] = expected_invoices_count

        _core = self._core
        _response = await _core.request(
            "create_import",
            "POST",
            "/imports",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_create_import(_core, _response)

    async def get(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Import:
        """Fetch an import.

        Calls ``get_import``: ``GET /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = await _core.request(
            "get_import",
            "GET",
            f"/imports/{path_segment(import_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_get_import(_core, _response)

    async def update(
        self,
        import_id: str,
        *,
        expected_invoices_count: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Import:
        """Change an open import.

        Calls ``update_import``: ``PUT /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
            expected_invoices_count: How many invoices the import will hold; until that many exist the treasurer
                cannot transmit the import from the web interface. Send an integer; the digits
                of one as a string are accepted too, because the vendor's page types the field
                as a string. Null counts as not sent.
        """
        _body: dict[str, object] = {}
        if expected_invoices_count is not None:
            _body["expected_invoices_count"] = expected_invoices_count

        _core = self._core
        _response = await _core.request(
            "update_import",
            "PUT",
            f"/imports/{path_segment(import_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_update_import(_core, _response)

    async def transmit(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Import:
        """Transmit an import (deprecated).

        Calls ``transmit_import``: ``PUT /imports/{import_id}/transmit``. Deprecated by the vendor.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = await _core.request(
            "transmit_import",
            "PUT",
            f"/imports/{path_segment(import_id)}/transmit",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_transmit_import(_core, _response)

    async def delete(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete an open import.

        Calls ``delete_import``: ``DELETE /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = await _core.request(
            "delete_import",
            "DELETE",
            f"/imports/{path_segment(import_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        del _response
        return None

    def list(
        self,
        company_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> AsyncImportsListPaginator:
        """List a company's imports.

        Calls ``list_company_imports``: ``GET /companies/{company_id}/imports``.

        Args:
            company_id: Server-made id of a company of the calling partner.
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
                "list_company_imports",
                "GET",
                f"/companies/{path_segment(company_id)}/imports",
                params=_params,
                options=_options,
            )

        async def _fetch(_number: int) -> AsyncImportsListPage:
            return _apage_list_company_imports(_core, await _send(_number), _number, page_size, _fetch)

        return AsyncImportsListPaginator(_fetch, _first)


class AsyncImportsWithRawResponse:
    """``client.imports.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        company_id: str,
        title: str | None = None,
        expected_invoices_count: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Import]:
        """Open an empty import (the HTTP answer; .parse() for the result).

        Calls ``create_import``: ``POST /imports``.

        Args:
            company_id: An id made by ClubCollect, 40 lowercase hexadecimal characters.
            title: Name of the batch as shown to the treasurer.
            expected_invoices_count: How many invoices the import will hold; until that many exist the treasurer
                cannot transmit the import from the web interface. Send an integer; the digits
                of one as a string are accepted too, because the vendor's page types the field
                as a string. Null counts as not sent.
        """
        _body: dict[str, object] = {
            "company_id": company_id,
        }
        if title is not None:
            _body["title"] = title
        if expected_invoices_count is not None:
            _body["expected_invoices_count"] = expected_invoices_count

        _core = self._core
        _response = await _core.request(
            "create_import",
            "POST",
            "/imports",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_create_import(_core, _response))

    async def get(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Import]:
        """Fetch an import (the HTTP answer; .parse() for the result).

        Calls ``get_import``: ``GET /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = await _core.request(
            "get_import",
            "GET",
            f"/imports/{path_segment(import_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_get_import(_core, _response))

    async def update(
        self,
        import_id: str,
        *,
        expected_invoices_count: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Import]:
        """Change an open import (the HTTP answer; .parse() for the result).

        Calls ``update_import``: ``PUT /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
            expected_invoices_count: How many invoices the import will hold; until that many exist the treasurer
                cannot transmit the import from the web interface. Send an integer; the digits
                of one as a string are accepted too, because the vendor's page types the field
                as a string. Null counts as not sent.
        """
        _body: dict[str, object] = {}
        if expected_invoices_count is not None:
            _body["expected_invoices_count"] = expected_invoices_count

        _core = self._core
        _response = await _core.request(
            "update_import",
            "PUT",
            f"/imports/{path_segment(import_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_update_import(_core, _response))

    async def transmit(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Import]:
        """Transmit an import (deprecated) (the HTTP answer; .parse() for the result).

        Calls ``transmit_import``: ``PUT /imports/{import_id}/transmit``. Deprecated by the vendor.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = await _core.request(
            "transmit_import",
            "PUT",
            f"/imports/{path_segment(import_id)}/transmit",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_transmit_import(_core, _response))

    async def delete(
        self,
        import_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Delete an open import (the HTTP answer; .parse() for the result).

        Calls ``delete_import``: ``DELETE /imports/{import_id}``.

        Args:
            import_id: Server-made id of an import.
        """

        _core = self._core
        _response = await _core.request(
            "delete_import",
            "DELETE",
            f"/imports/{path_segment(import_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: None)

    async def list(
        self,
        company_id: str,
        *,
        page_number: int | None = None,
        page_size: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AsyncImportsListPage]:
        """List a company's imports (the HTTP answer; .parse() for the result).

        Calls ``list_company_imports``: ``GET /companies/{company_id}/imports``.

        Args:
            company_id: Server-made id of a company of the calling partner.
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
                "list_company_imports",
                "GET",
                f"/companies/{path_segment(company_id)}/imports",
                params=_params,
                options=_options,
            )

        async def _fetch(_number: int) -> AsyncImportsListPage:
            return _apage_list_company_imports(_core, await _send(_number), _number, page_size, _fetch)

        _response = await _send(_first)
        return RawResponse(_response, lambda: _apage_list_company_imports(_core, _response, _first, page_size, _fetch))
