"""Company create/update body (FACTS 3; DECISIONS A21, A22: same body for both).

Optional fields sent as ``null`` are not given, as if left out: a new company has none, an
updated one keeps the stored value."""

from __future__ import annotations

from typing import Any

from clubcollect_mock.config import BRANDS, COUNTRY_CODES, CURRENCIES
from clubcollect_mock.schemas.fields import (
    JsonObject,
    check_keys,
    expected,
    opt_str,
    refused,
    req_email,
    req_enum,
    req_locale,
    req_str,
)

_OPTIONAL_TEXT = ("address1", "address2", "house_number", "zipcode", "city", "partnership_page_url")
_ALLOWED = frozenset(
    {"name", "brand", "email", "locale", "country_code", "currency", "vat_percentage", *_OPTIONAL_TEXT}
)


def _vat(body: JsonObject) -> int | float | None:
    value = body.get("vat_percentage")
    if value is None:
        return None
    if type(value) not in (int, float):
        raise expected("invalid_request", "vat_percentage", "a number", value)
    if not 0 <= value <= 100:
        raise refused("invalid_request", "vat_percentage", "out of range: must be from 0 to 100")
    result: int | float = value
    return result


def company_fields(body: JsonObject, stored: dict[str, Any] | None = None) -> dict[str, Any]:
    """Checked company fields in response order; optional ones not given are taken from
    ``stored`` (an update), or ``None`` (a create)."""
    check_keys(body, _ALLOWED)
    fields: dict[str, Any] = {
        "name": req_str(body, "name"),
        "brand": req_enum(body, "brand", BRANDS),
        "email": req_email(body, "email"),
        "locale": req_locale(body, "locale"),
        "country_code": req_enum(body, "country_code", COUNTRY_CODES),
        "currency": req_enum(body, "currency", CURRENCIES),
    }
    for key in _OPTIONAL_TEXT:
        fields[key] = opt_str(body, key)
    fields["vat_percentage"] = _vat(body)
    if stored is not None:
        for key in (*_OPTIONAL_TEXT, "vat_percentage"):
            if fields[key] is None:
                fields[key] = stored.get(key)
    return fields


def default_company_fields() -> dict[str, Any]:
    """Values for the company seeded with a partner."""
    return {
        "name": "Demo Sports Club",
        "brand": "clubcollect",
        "email": "treasurer@example.com",
        "locale": "nl",
        "country_code": "NL",
        "currency": "EUR",
        **dict.fromkeys(_OPTIONAL_TEXT),
        "vat_percentage": None,
    }
