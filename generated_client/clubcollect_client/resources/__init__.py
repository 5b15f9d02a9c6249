# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""The facade's resource classes, one module per resource of the `facade:` mapping, and each list's page classes."""

from .companies import (
    AsyncCompanies,
    AsyncCompaniesWithRawResponse,
    Companies,
    CompaniesWithRawResponse,
)
from .imports import (
    AsyncImports,
    AsyncImportsListPage,
    AsyncImportsListPaginator,
    AsyncImportsWithRawResponse,
    Imports,
    ImportsListPage,
    ImportsWithRawResponse,
)
from .invoices import (
    AsyncInvoices,
    AsyncInvoicesWithRawResponse,
    Invoices,
    InvoicesWithRawResponse,
)
from .tickets import (
    AsyncTickets,
    AsyncTicketsListForCompanyPage,
    AsyncTicketsListForCompanyPaginator,
    AsyncTicketsWithRawResponse,
    Tickets,
    TicketsListForCompanyPage,
    TicketsWithRawResponse,
)

__all__ = [
    "AsyncCompanies",
    "AsyncCompaniesWithRawResponse",
    "Companies",
    "CompaniesWithRawResponse",
    "AsyncImports",
    "AsyncImportsWithRawResponse",
    "Imports",
    "ImportsWithRawResponse",
    "ImportsListPage",
    "AsyncImportsListPage",
    "AsyncImportsListPaginator",
    "AsyncInvoices",
    "AsyncInvoicesWithRawResponse",
    "Invoices",
    "InvoicesWithRawResponse",
    "AsyncTickets",
    "AsyncTicketsWithRawResponse",
    "Tickets",
    "TicketsWithRawResponse",
    "TicketsListForCompanyPage",
    "AsyncTicketsListForCompanyPage",
    "AsyncTicketsListForCompanyPaginator",
]
