"""What a start-payment link must carry (Payments page; DECISIONS P5-P7, P17).

Each check names the parameter at fault as ``invalid_<parameter>``; the reasons are collected in
the order of the page's parameter table, so one answer lists everything that is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeGuard
from urllib.parse import urlsplit

from clubcollect_mock.config import INT32_MAX, LOCALES, MAX_STRING
from clubcollect_mock.schemas.fields import EMAIL, is_text

START_METHODS = ("ideal", "bancontact", "credit_card", "paypal", "sofort")
RESULTS = ("authorized", "cancelled", "pending", "refused", "error")
# Path names under /payments/ that are not payment ids (P1).
LITERAL_NAMES = frozenset({*START_METHODS, "notifications"})
# The page's parameter table, in its order.
TABLE = (
    "company_id",
    "redirect_url",
    "signature",
    "invoice_id",
    "last_name",
    "amount_cents",
    "payment_id",
    "payment_reference",
    "first_name",
    "external_invoice_number",
    "locale",
    "prefix",
    "infix",
    "country_code",
    "address1",
    "address2",
    "house_number",
    "zipcode",
    "city",
    "email_address",
    "phone_number",
)
# Used only to build a new invoice: ignored when an invoice_id is given.
INVOICE_ONLY = frozenset(TABLE[4:]) - {"payment_id", "locale"}
MAX_REDIRECT_URL = 2048
_LIMITS = {"zipcode": 15, "city": 34}
_AMOUNT = re.compile(r"[0-9]{1,10}")
_PAYMENT_ID = re.compile(r"[A-Za-z0-9_-]{10,50}")
_COUNTRY = re.compile(r"[A-Za-z]{2}")
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")
_HEX_ID = re.compile(r"[0-9a-f]{40}")


def usable_redirect(value: str | None) -> bool:
    """An absolute http(s) URL the refusal can be appended to."""
    if not value or len(value) > MAX_REDIRECT_URL or not is_text(value):
        return False
    parts = urlsplit(value)
    return parts.scheme in {"http", "https"} and bool(parts.netloc)


@dataclass(frozen=True, slots=True)
class StartRequest:
    """A link's parameters (last value of each name), with the names that came more than once."""

    values: Mapping[str, str]
    repeated: frozenset[str]

    def get(self, name: str) -> str | None:
        value = self.values.get(name)
        return value or None  # empty means absent, as in the signature


def _text_ok(name: str, value: str) -> bool:
    if len(value) > _LIMITS.get(name, MAX_STRING) or not is_text(value):
        return False
    if name == "locale":
        return value.lower() in LOCALES
    if name == "country_code":
        return _COUNTRY.fullmatch(value) is not None
    if name == "email_address":
        return EMAIL.fullmatch(value) is not None
    if name == "phone_number":
        return _E164.fullmatch(value) is not None
    return True


def parameter_problems(request: StartRequest, *, pays_invoice: bool) -> list[str]:
    """``invalid_<name>`` for each refused parameter of a signed link, in table order.

    ``invoice_id`` itself is judged by the caller, which knows the company's invoices.
    """
    problems = []
    for name in TABLE[4:]:
        if pays_invoice and name in INVOICE_ONLY:
            continue
        value = request.get(name)
        if name in request.repeated:
            ok = False
        elif name == "last_name":
            ok = pays_invoice or (value is not None and _text_ok(name, value))
        elif name == "amount_cents":
            ok = pays_invoice or (
                value is not None and _AMOUNT.fullmatch(value) is not None and 100 <= int(value) <= INT32_MAX
            )
        elif name == "payment_id":
            ok = value is None or (_PAYMENT_ID.fullmatch(value) is not None and value not in LITERAL_NAMES)
        else:
            ok = value is None or _text_ok(name, value)
        if not ok:
            problems.append(f"invalid_{name}")
    return problems


def looks_like_id(value: str | None) -> TypeGuard[str]:
    return value is not None and _HEX_ID.fullmatch(value) is not None
