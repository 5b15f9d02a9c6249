"""The usual invoice create body, decoded and checked in C (msgspec): a fast path that only accepts.

``invoice_create`` (schemas/invoice.py) is the judge of every create body: it reads field by
field and names the first thing wrong, and it cost most of a create's time. Nearly every body a
client sends is valid, so ``quick_invoice_create`` first decodes the raw bytes with msgspec into
the typed structs below, which hold the judge's type, range, length and closed-object rules;
the rules msgspec cannot express (locale, contact, dates, the total) are checked here in Python.
It answers the very ``InvoiceInput`` the judge would, or ``None`` (never an error) for anything
not plainly valid: the caller then hands the body to the judge, decoded by the reference
decoder, which refuses it (or accepts it) with its own words. So refusals stay the judge's, and
tests/mock/test_fast_invoice_create.py checks that the two agree on every body they both read.

What msgspec must refuse for this to hold, and does (the tests pin each): lone surrogate
escapes, bytes that are not UTF-8, NaN and Infinity, numbers JSON does not allow, a float or a
boolean where an integer belongs; integers of any size are read exactly, as by the judge's
decoder, and a repeated key keeps its last value, as in the standard library.
"""

from __future__ import annotations

from typing import Annotated

import msgspec

from clubcollect_mock.config import (
    INT32_MAX,
    INT32_MIN,
    INT64_MAX,
    INT64_MIN,
    LOCALES,
    MAX_LONG_TEXT,
    MAX_STRING,
)
from clubcollect_mock.errors import ApiError
from clubcollect_mock.iban import normalise_iban
from clubcollect_mock.schemas.fields import _normalised_dates, date_time
from clubcollect_mock.schemas.invoice import CUSTOMER_PARTS, DocLine, InvoiceInput, _check_contact

Text = Annotated[str, msgspec.Meta(max_length=MAX_STRING)]
RequiredText = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_STRING)]


class _Closed(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    """An object with no keys but its fields (DECISIONS A8); a missing field reads as null.

    ``gc=False``: a decoded body holds only strings, numbers, lists and structs, so it can be
    in no reference cycle, and untracked structs are quicker to make (about 1 us a body)."""


class _Name(_Closed):
    prefix: Text | None = None
    first_name: Text | None = None
    infix: Text | None = None
    last_name: Text | None = None
    organization: Text | None = None


class _Address(_Closed):
    address1: Text | None = None
    address2: Text | None = None
    locality: Text | None = None
    house_number: Text | None = None
    house_number_extension: Text | None = None
    state: Text | None = None
    zipcode: Text | None = None
    city: Text | None = None
    country_code: Text | None = None


class _Email(_Closed):
    email_address: Text | None = None


class _Phone(_Closed):
    phone_number: Text | None = None
    country_code: Text | None = None


class _Customer(_Closed):
    name: _Name | None = None
    address: _Address | None = None
    email: _Email | None = None
    phone: _Phone | None = None


class _Line(_Closed):
    amount_cents: Annotated[int, msgspec.Meta(ge=INT32_MIN, le=INT32_MAX)]
    description: Annotated[str, msgspec.Meta(max_length=MAX_LONG_TEXT)] | None = None
    date: str | None = None
    # A partner-chosen id must be checked against the partner's other lines: the judge does it.
    invoice_line_id: None = None


class _CreateBody(_Closed):
    import_id: RequiredText
    external_invoice_number: RequiredText
    customer: _Customer  # a missing or null customer is refused: the judge words it
    invoice_lines: Annotated[list[_Line], msgspec.Meta(min_length=1)]
    amount_total_cents: Annotated[int, msgspec.Meta(ge=INT64_MIN, le=INT64_MAX)]
    reference: Text | None = None
    federation_membership_number: Text | None = None
    club_membership_number: Text | None = None
    member_external_id: Text | None = None
    external_membership_number: Text | None = None
    direct_debit_iban: Text | None = None
    locale: str | None = None


_DECODER = msgspec.json.Decoder(_CreateBody)
_EMPTY_PARTS = {part: dict.fromkeys(keys) for part, keys in CUSTOMER_PARTS.items()}
_as_dict = msgspec.structs.asdict


def quick_invoice_create(raw: bytes) -> InvoiceInput | None:
    """What ``invoice_create(parse_object(raw))`` answers, when the body is plainly valid;
    ``None`` (never an error) for anything else."""
    try:
        body = _DECODER.decode(raw)
    except (msgspec.DecodeError, UnicodeDecodeError):
        return None
    locale = body.locale
    if locale is not None:
        if not locale.isascii() or locale.lower() not in LOCALES:
            return None
        locale = locale.lower()
    iban = body.direct_debit_iban
    fields = {
        "direct_debit_iban": None if iban is None else normalise_iban(iban),
        "locale": locale,
        "reference": body.reference,
        "federation_membership_number": body.federation_membership_number,
        "club_membership_number": body.club_membership_number,
        "member_external_id": body.member_external_id,
        "external_membership_number": body.external_membership_number,
        "external_invoice_number": body.external_invoice_number,
    }
    given = body.customer
    customer = {
        "name": _part(given.name, "name"),
        "address": _part(given.address, "address"),
        "email": _part(given.email, "email"),
        "phone": _part(given.phone, "phone"),
    }
    lines: list[DocLine] = []
    total = 0
    try:
        _check_contact(customer)
        for line in body.invoice_lines:
            amount = line.amount_cents
            date = line.date
            if date is not None:
                date = _normalised_dates.get(date) or date_time(date)
            lines.append(
                {
                    "invoice_line_id": None,
                    "type": "INVOICE-LINE" if amount >= 0 else "CREDIT-LINE",
                    "subtype": None,
                    "amount_cents": amount,
                    "description": line.description,
                    "date": date,
                }
            )
            total += amount
    except ApiError:
        return None  # a customer nobody can reach, a date that is no date: the judge says which
    if total != body.amount_total_cents:
        return None
    return InvoiceInput(body.import_id, fields, customer, lines, total, [])


def _part(given: msgspec.Struct | None, part: str) -> dict[str, str | None]:
    # The struct's fields are declared in CUSTOMER_PARTS order, as the judge builds each part.
    return dict(_EMPTY_PARTS[part]) if given is None else _as_dict(given)
