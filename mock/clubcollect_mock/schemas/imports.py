"""Import create/update bodies (import page; DECISIONS A10 for ``expected_invoices_count``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clubcollect_mock.config import INT32_MAX
from clubcollect_mock.schemas.fields import JsonObject, bad_int, check_keys, opt_str, refused, req_str

_CREATE = frozenset({"company_id", "title", "expected_invoices_count"})
_UPDATE = frozenset({"expected_invoices_count"})
_COUNT_DIGITS = len(str(INT32_MAX))
_COUNT = "expected_invoices_count"


def expected_count(body: JsonObject) -> int | None:
    """``expected_invoices_count``: an integer 0..2147483647, or the same as a string of decimal
    digits (the import page types it as a string, so a caller following it sends ``"3"``);
    ``None`` when not given."""
    value: Any = body.get(_COUNT)
    if value is None:
        return None
    if type(value) is str and value.isascii() and value.isdigit():
        digits = value.lstrip("0") or "0"
        if len(digits) > _COUNT_DIGITS:  # also keeps int() away from huge digit strings
            raise refused("invalid_request", _COUNT, f"out of range: must be from 0 to {INT32_MAX}")
        value = int(digits)
    if type(value) is not int or not 0 <= value <= INT32_MAX:
        if type(value) is str:
            raise refused("invalid_request", _COUNT, "expected an integer or a string of decimal digits")
        raise bad_int("invalid_request", _COUNT, value, 0, INT32_MAX)
    return value


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
        expected_invoices_count=expected_count(body),
    )


def import_update(body: JsonObject) -> int | None:
    """The new ``expected_invoices_count``, or ``None`` when not given (the stored one stays)."""
    check_keys(body, _UPDATE)
    return expected_count(body)
