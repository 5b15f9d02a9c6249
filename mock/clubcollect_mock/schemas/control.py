"""Bodies of the /_mock/ test-control endpoints."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any, NamedTuple

from clubcollect_mock.config import INT32_MAX, MAX_LONG_TEXT, MESSAGE_TYPES, PAYMENT_METHODS, FaultConfig
from clubcollect_mock.errors import invalid
from clubcollect_mock.ledger import CHARGEBACK_TYPES, FEE_TYPES, PAYMENT_TYPES
from clubcollect_mock.schemas.fields import (
    JsonObject,
    check_keys,
    expected,
    missing,
    opt_enum,
    opt_str,
    req_enum,
    req_int,
    req_str,
)


def _amount(body: JsonObject) -> int:
    return req_int(body, "amount_cents", low=1, high=INT32_MAX)


def payment(body: JsonObject) -> tuple[int, str, str]:
    check_keys(body, frozenset({"amount_cents", "payment_method", "target"}))
    target = opt_enum(body, "target", frozenset(PAYMENT_TYPES)) or "invoice"
    return _amount(body), req_enum(body, "payment_method", PAYMENT_METHODS), target


def chargeback(body: JsonObject) -> tuple[int, str]:
    check_keys(body, frozenset({"amount_cents", "target"}))
    return _amount(body), opt_enum(body, "target", frozenset(CHARGEBACK_TYPES)) or "invoice"


def fee(body: JsonObject) -> tuple[int, str]:
    check_keys(body, frozenset({"amount_cents", "kind"}))
    return _amount(body), req_enum(body, "kind", frozenset(FEE_TYPES))


def donation(body: JsonObject) -> tuple[int, str]:
    check_keys(body, frozenset({"amount_cents", "description"}))
    return _amount(body), opt_str(body, "description", max_len=MAX_LONG_TEXT) or "Donation"


def message(body: JsonObject) -> tuple[str, str]:
    check_keys(body, frozenset({"type", "description"}))
    return req_enum(body, "type", MESSAGE_TYPES), req_str(body, "description", max_len=MAX_LONG_TEXT)


def in_progress(body: JsonObject) -> bool:
    check_keys(body, frozenset({"in_progress"}))
    value = body.get("in_progress")
    if type(value) is not bool:
        if value is None:
            raise missing("invalid_request", "in_progress")
        raise expected("invalid_request", "in_progress", "a boolean", value)
    return value


class NewPartner(NamedTuple):
    api_key: str | None
    company_id: str | None
    sso_salt: str | None
    sso_key: str | None


def new_partner(body: JsonObject) -> NewPartner:
    """Every field optional; ``sso_salt`` and ``sso_key`` come together (checked by ``Partner``)."""
    check_keys(body, frozenset(NewPartner._fields))
    return NewPartner(*(opt_str(body, name, non_empty=True) for name in NewPartner._fields))


_FAULT_NAMES = frozenset(field.name for field in dataclass_fields(FaultConfig))
_FAULT_FLOATS = frozenset({"error_rate", "throttle_rate"})


def faults(body: JsonObject, current: FaultConfig) -> FaultConfig:
    """``current`` with the given fields changed; out-of-range values are refused."""
    check_keys(body, _FAULT_NAMES)
    changes: dict[str, Any] = {}
    for name, value in body.items():
        allowed = (int, float) if name in _FAULT_FLOATS else (int,)
        if type(value) not in allowed:
            raise expected(
                "invalid_request", name, "a number" if name in _FAULT_FLOATS else "an integer", value
            )
        changes[name] = value
        try:
            replace(current, **{name: value})
        except ValueError as exc:
            # FaultConfig's own message states the range (and holds nothing secret).
            raise invalid(reason=str(exc), field=name) from None
    return replace(current, **changes)
