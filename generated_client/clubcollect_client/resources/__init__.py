# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""The facade's resource classes, one module per resource of the `facade:` mapping."""

from .companies import (
    AsyncCompanies,
    AsyncCompaniesWithRawResponse,
    Companies,
    CompaniesWithRawResponse,
)
from .imports import (
    AsyncImports,
    AsyncImportsWithRawResponse,
    Imports,
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
    AsyncTicketsWithRawResponse,
    Tickets,
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
    "AsyncInvoices",
    "AsyncInvoicesWithRawResponse",
    "Invoices",
    "InvoicesWithRawResponse",
    "AsyncTickets",
    "AsyncTicketsWithRawResponse",
    "Tickets",
    "TicketsWithRawResponse",
]
