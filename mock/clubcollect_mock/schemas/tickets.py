"""Ticket create body (DECISIONS A20) and credit_and_retract body (FACTS 4)."""

from __future__ import annotations

from dataclasses import dataclass

from clubcollect_mock.config import MAX_LONG_TEXT
from clubcollect_mock.schemas.fields import JsonObject, check_keys, opt_bool, opt_str, req_str

_TICKET = frozenset({"message"})
_CREDIT = frozenset(
    {"external_invoice_number", "description", "retraction_reason", "show_retraction_reason_to_customer"}
)


def ticket_message(body: JsonObject) -> str:
    check_keys(body, _TICKET)
    return req_str(body, "message", "invalid_message", max_len=MAX_LONG_TEXT)


@dataclass(frozen=True, slots=True)
class CreditInput:
    external_invoice_number: str
    description: str
    retraction_reason: str | None
    show_retraction_reason_to_customer: bool


def credit_and_retract(body: JsonObject) -> CreditInput:
    check_keys(body, _CREDIT)
    return CreditInput(
        external_invoice_number=req_str(body, "external_invoice_number", "invalid_external_invoice_number"),
        description=req_str(body, "description", "invalid_description", max_len=MAX_LONG_TEXT),
        retraction_reason=opt_str(body, "retraction_reason", max_len=MAX_LONG_TEXT),
        show_retraction_reason_to_customer=bool(opt_bool(body, "show_retraction_reason_to_customer")),
    )
