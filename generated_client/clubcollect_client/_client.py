# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""``ClubCollect`` and ``AsyncClubCollect``: the resource-style client.

::

    from clubcollect_client import ClubCollect

    with ClubCollect() as cc:  # CLUBCOLLECT_API_KEY, CLUBCOLLECT_BASE_URL (default: production)
        invoice = cc.invoices.get(invoice_id)

Every method returns the answer's model and raises a ``ClubCollectError`` for anything else.
"""

from __future__ import annotations

from functools import cached_property

from ._base_client import AsyncAPIClient, SyncAPIClient
from .resources.companies import AsyncCompanies, Companies
from .resources.imports import AsyncImports, Imports
from .resources.invoices import AsyncInvoices, Invoices
from .resources.tickets import AsyncTickets, Tickets

__all__ = ["AsyncClubCollect", "ClubCollect"]


class ClubCollect(SyncAPIClient):
    """The ClubCollect partner API, one attribute per resource.

    ``ClubCollect()`` reads the key from ``CLUBCOLLECT_API_KEY`` and the base URL from
    ``CLUBCOLLECT_BASE_URL`` (default ``https://app.clubcollect.com/api/v2``); ``api_key=``,
    ``base_url=``, ``timeout=``, ``max_retries=``, ``http_client=`` and ``default_headers=`` win
    over them. Use it as a context manager, or call ``close()``.
    """

    @cached_property
    def companies(self) -> Companies:
        """create, get, update."""
        return Companies(self._core)

    @cached_property
    def imports(self) -> Imports:
        """create, get, update, transmit, delete, list."""
        return Imports(self._core)

    @cached_property
    def invoices(self) -> Invoices:
        """create, get, update, credit_and_retract, delete, lines."""
        return Invoices(self._core)

    @cached_property
    def tickets(self) -> Tickets:
        """list, create, archive, assign_to_support, list_for_company."""
        return Tickets(self._core)


class AsyncClubCollect(AsyncAPIClient):
    """Async twin of :class:`ClubCollect`: ``await acc.invoices.get(...)``, ``async for`` over lists."""

    @cached_property
    def companies(self) -> AsyncCompanies:
        """create, get, update."""
        return AsyncCompanies(self._core)

    @cached_property
    def imports(self) -> AsyncImports:
        """create, get, update, transmit, delete, list."""
        return AsyncImports(self._core)

    @cached_property
    def invoices(self) -> AsyncInvoices:
        """create, get, update, credit_and_retract, delete, lines."""
        return AsyncInvoices(self._core)

    @cached_property
    def tickets(self) -> AsyncTickets:
        """list, create, archive, assign_to_support, list_for_company."""
        return AsyncTickets(self._core)
