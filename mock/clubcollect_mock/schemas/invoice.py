"""Invoice create/update bodies: every documented check plus DECISIONS A7-A17.

``invoice_create`` is the judge of create bodies; schemas/invoice_fast.py reads the usual valid
ones faster and must accept nothing this refuses: a rule changed here is changed there too
(tests/mock/test_fast_invoice_create.py compares the two)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from clubcollect_mock.config import (
    INT32_MAX,
    INT32_MIN,
    INT64_MAX,
    INT64_MIN,
    MAX_LONG_TEXT,
    MAX_STRING,
)
from clubcollect_mock.errors import ApiError, invalid, json_type
from clubcollect_mock.iban import normalise_iban
from clubcollect_mock.schemas.fields import (
    EMAIL,
    JsonObject,
    bad_int,
    check_keys,
    date_time,
    expected,
    is_text,
    missing,
    opt_locale,
    opt_str,
    refused,
    req_int,
    req_str,
    text_problem,
    unknown_field,
)

# Recipient fields: the only ones an update may change.
_PLAIN_TEXT = (
    "reference",
    "federation_membership_number",
    "club_membership_number",
    "member_external_id",
    "external_membership_number",
)
_UPDATE = frozenset({"external_invoice_number", "direct_debit_iban", "locale", "customer", *_PLAIN_TEXT})
_CREATE = _UPDATE | {"import_id", "invoice_lines", "amount_total_cents"}
_LINE = frozenset({"invoice_line_id", "amount_cents", "description", "date"})
DocLine = dict[str, Any]

CUSTOMER_PARTS: dict[str, tuple[str, ...]] = {
    "name": ("prefix", "first_name", "infix", "last_name", "organization"),
    "address": (
        "address1",
        "address2",
        "locality",
        "house_number",
        "house_number_extension",
        "state",
        "zipcode",
        "city",
        "country_code",
    ),
    "email": ("email_address",),
    "phone": ("phone_number", "country_code"),
}
_PART_KEYS = {part: frozenset(keys) for part, keys in CUSTOMER_PARTS.items()}
_CUSTOMER_KEYS = frozenset(CUSTOMER_PARTS)
# Per part, the error code of each field: documented codes where the docs name one.
_FIELD_CODES: dict[str, dict[str, str]] = {
    "name": {
        **dict.fromkeys(CUSTOMER_PARTS["name"], "invalid_request"),
        "last_name": "invalid_customer_last_name",
    },
    "address": dict.fromkeys(CUSTOMER_PARTS["address"], "invalid_customer_address"),
    "email": {"email_address": "invalid_customer_email"},
    "phone": {"phone_number": "invalid_customer_phone", "country_code": "invalid_request"},
}


def empty_customer() -> dict[str, dict[str, Any]]:
    return {part: dict.fromkeys(keys) for part, keys in CUSTOMER_PARTS.items()}


def merge_customer(value: Any, base: dict[str, dict[str, Any]] | None) -> dict[str, dict[str, Any]]:
    """``base`` (an empty customer when None) with the given fields applied.

    ``null`` at any level (the customer, a part, a field) is "not given" and leaves ``base``
    as it is; every field that is given must be a string.
    """
    merged = empty_customer() if base is None else {part: dict(fields) for part, fields in base.items()}
    if value is not None:
        if type(value) is not dict:
            raise expected("invalid_request", "customer", "an object", value)
        if not _CUSTOMER_KEYS.issuperset(value):
            raise unknown_field(value, _CUSTOMER_KEYS).within("customer")
        for part, given in value.items():
            if given is not None:
                _merge_part(part, given, merged[part])
    _check_contact(merged)
    return merged


def _merge_part(part: str, given: Any, target: dict[str, Any]) -> None:
    # check_keys and opt_str written out: this runs for every part of every new invoice.
    if type(given) is not dict or not _PART_KEYS[part].issuperset(given):
        raise _part_problem(part, given)
    for key, text in given.items():
        if text is None:
            continue
        if type(text) is not str or len(text) > MAX_STRING or not (text.isascii() or is_text(text)):
            raise refused(_FIELD_CODES[part][key], f"customer.{part}.{key}", text_problem(text, MAX_STRING))
        target[key] = text


def _part_problem(part: str, given: Any) -> ApiError:
    if type(given) is not dict:
        return expected("invalid_request", f"customer.{part}", "an object", given)
    return unknown_field(given, _PART_KEYS[part]).within(f"customer.{part}")


_NO_CONTACT = "give an e-mail address, a phone number, or an address with address1 and city"


def _check_contact(customer: dict[str, dict[str, Any]]) -> None:
    """Last name required; at least one way to reach the customer (DECISIONS A16)."""
    if not customer["name"]["last_name"]:
        raise refused("invalid_customer_last_name", "customer.name.last_name", "required, not empty")
    email = customer["email"]["email_address"]
    if email and EMAIL.fullmatch(email) is None:
        raise refused(
            "invalid_customer_email",
            "customer.email.email_address",
            "not an e-mail address (expected something@domain.tld)",
        )
    address = customer["address"]
    if email or customer["phone"]["phone_number"] or (address["address1"] and address["city"]):
        return
    if any(address.values()):
        raise refused(
            "invalid_customer_address",
            "customer.address",
            f"address1 and city are both needed: {_NO_CONTACT}",
        )
    if customer["phone"]["country_code"]:
        raise refused("invalid_customer_phone", "customer.phone.phone_number", f"required: {_NO_CONTACT}")
    raise refused("invalid_customer_email", "customer", f"no way to reach the customer: {_NO_CONTACT}")


def request_line(line_id: str | None, amount: int, description: str | None, date: str | None) -> DocLine:
    """A line in its stored shape, built straight from the request (no second pass to copy it):
    ``invoice_line_id`` and ``date`` stay ``None`` where none was given, for ``build_invoice``."""
    return {
        "invoice_line_id": line_id,
        # The vendor types request lines by sign (DECISIONS A14).
        "type": "INVOICE-LINE" if amount >= 0 else "CREDIT-LINE",
        "subtype": None,
        "amount_cents": amount,
        "description": description,
        "date": date,
    }


class Lines(NamedTuple):
    lines: list[DocLine]
    chosen_ids: list[str]  # the line ids the partner chose, in line order
    total: int  # their amounts' sum


def _lines(value: Any) -> Lines:
    # The field readers' checks, written out: this loop runs for every line of every created
    # invoice, and calling a reader per field was most of its cost.
    if type(value) is not list or not value:
        if value is None:
            raise missing("invalid_request", "invoice_lines")
        raise expected("invalid_request", "invoice_lines", "a non-empty array of lines", value)
    lines: list[DocLine] = []
    try:
        return _read_lines(value, lines)
    except ApiError as error:
        # The line at fault is the one after those read so far: no index kept on the hot path.
        raise error.within(f"invoice_lines[{len(lines)}]") from None


def _read_lines(value: list[Any], lines: list[DocLine]) -> Lines:
    chosen: list[str] = []
    seen: set[str] = set()
    total = 0
    for raw in value:
        if type(raw) is not dict or not _LINE.issuperset(raw):
            raise _line_problem(raw)
        amount = raw.get("amount_cents")
        if type(amount) is not int or not INT32_MIN <= amount <= INT32_MAX:
            if amount is None:
                raise missing("invalid_request", "amount_cents")
            raise bad_int("invalid_request", "amount_cents", amount, INT32_MIN, INT32_MAX)
        line_id = raw.get("invoice_line_id")
        if line_id is not None:
            line_id = req_str(raw, "invoice_line_id")
            if line_id in seen:
                raise refused(
                    "duplicate_invoice_line_id",
                    "invoice_line_id",
                    "already used by an earlier line of this body",
                )
            seen.add(line_id)
            chosen.append(line_id)
        description = raw.get("description")
        if description is not None and (
            type(description) is not str
            or len(description) > MAX_LONG_TEXT
            or not (description.isascii() or is_text(description))
        ):
            raise refused("invalid_request", "description", text_problem(description, MAX_LONG_TEXT))
        date = raw.get("date")
        if date is not None:
            try:
                date = date_time(date)
            except ApiError as error:
                raise error.within("date") from None
        total += amount
        lines.append(request_line(line_id, amount, description, date))
    return Lines(lines, chosen, total)


def _line_problem(raw: Any) -> ApiError:
    if type(raw) is not dict:
        return invalid("invalid_request", f"expected a line object, got {json_type(raw)}")
    return unknown_field(raw, _LINE)


def _recipient_fields(body: JsonObject, fields: dict[str, Any]) -> None:
    """Apply the recipient fields given in ``body`` onto ``fields``; ``null`` ones are not given."""
    fields["external_invoice_number"] = req_str(
        body, "external_invoice_number", "invalid_external_invoice_number"
    )
    for key in _PLAIN_TEXT:
        text = body.get(key)
        if text is not None:
            # opt_str's checks, written out: five calls on every create and update.
            if type(text) is not str or len(text) > MAX_STRING or not (text.isascii() or is_text(text)):
                raise refused("invalid_request", key, text_problem(text, MAX_STRING))
            fields[key] = text
    iban = opt_str(body, "direct_debit_iban")
    if iban is not None:
        fields["direct_debit_iban"] = normalise_iban(iban)
    locale = opt_locale(body, "locale")
    if locale is not None:
        fields["locale"] = locale


@dataclass(slots=True)  # not frozen: a frozen dataclass costs 4x as much to make (every create)
class InvoiceInput:
    import_id: str
    fields: dict[str, Any]
    customer: dict[str, dict[str, Any]]
    lines: list[DocLine]  # completed in place by build_invoice
    amount_total_cents: int
    chosen_line_ids: list[str]


def invoice_create(body: JsonObject) -> InvoiceInput:
    check_keys(body, _CREATE)
    import_id = req_str(body, "import_id", "invalid_import_id")
    fields: dict[str, Any] = dict.fromkeys(("direct_debit_iban", "locale", *_PLAIN_TEXT))
    _recipient_fields(body, fields)
    # A missing customer has no last name: that is the first documented check it fails.
    customer = merge_customer(body.get("customer"), None)
    lines = _lines(body.get("invoice_lines"))
    total = req_int(body, "amount_total_cents", "invalid_amount_total_cents", low=INT64_MIN, high=INT64_MAX)
    if total != lines.total:
        raise refused(
            "invalid_amount_total_cents",
            "amount_total_cents",
            f"{total} is not the sum of the invoice_lines amounts ({lines.total})",
        )
    return InvoiceInput(import_id, fields, customer, lines.lines, total, lines.chosen_ids)


def invoice_update(body: JsonObject, current: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The changed recipient fields and the merged customer, checked against ``current``.

    ``external_invoice_number`` is required here too (invoice page); every other field left out
    or ``null`` keeps its stored value (DECISIONS D3)."""
    check_keys(body, _UPDATE)
    fields: dict[str, Any] = {}
    _recipient_fields(body, fields)
    customer = current["customer"]
    if body.get("customer") is not None:
        customer = merge_customer(body["customer"], customer)
    return fields, customer
