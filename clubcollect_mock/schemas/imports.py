"""Import create/update bodies (import page; DECISIONS A10 for ``expected_invoices_count``)."""

from __future__ import annotations

from dataclasses import dataclass

from clubcollect_mock.config import INT32_MAX
from clubcollect_mock.schemas.fields import JsonObject, check_keys, opt_int, opt_str, req_str

_CREATE = frozenset({"company_id", "title", "expected_invoices_count"})
_UPDATE = frozenset({"expected_invoices_count"})


@dataclass(frozen=True, slots=True)
class ImportInput:
    company_id: str
    title: str | None
    expected_invoices_count: int | None


def import_create(body: JsonObject) -> ImportInput:
    check_keys(body, _CREATE)
    return ImportInput(
        company_id=req_str(body, "company_id", "invalid_company_id"),
        title=opt_str(body, "title"),
        expected_invoices_count=opt_int(body, "expected_invoices_count", low=0, high=INT32_MAX),
    )


def import_update(body: JsonObject) -> tuple[bool, int | None]:
    """Whether ``expected_invoices_count`` was given, and its new value (``None`` clears it)."""
    check_keys(body, _UPDATE)
    given = "expected_invoices_count" in body
    return given, opt_int(body, "expected_invoices_count", low=0, high=INT32_MAX)
