"""Typed field readers shared by every body schema.

Every reader takes the parsed JSON object, a key and the error code to use when the value is
wrong, and either returns a checked Python value (``None`` when an optional key is absent) or
raises an ``ApiError``. JSON ``null`` means "not given", exactly as if the key were absent: the
one public client sends ``null`` for every optional field it was not given (FACTS 6a), so an
optional reader answers ``None`` for it and a required one refuses it with the field's code.
``bool`` is rejected wherever an integer is expected (Python treats it as an int).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from clubcollect_mock.config import INT32_MAX, INT32_MIN, LOCALES, MAX_STRING
from clubcollect_mock.errors import invalid

JsonObject = dict[str, Any]

# RFC 3339 date-time with a mandatory offset (DECISIONS A12).
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})",
    re.ASCII,
)


def check_keys(obj: Mapping[str, Any], allowed: frozenset[str], code: str = "invalid_request") -> None:
    """Bodies are closed: any key outside ``allowed`` is refused (DECISIONS A8)."""
    if not allowed.issuperset(obj):
        raise invalid(code)


def is_text(value: str) -> bool:
    """False for strings with lone surrogates: legal in JSON escapes, but not Unicode text."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def opt_str(
    obj: Mapping[str, Any],
    key: str,
    code: str = "invalid_request",
    *,
    max_len: int = MAX_STRING,
    non_empty: bool = False,
) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if type(value) is not str or len(value) > max_len or not is_text(value):
        raise invalid(code)
    if non_empty and not value:
        raise invalid(code)
    return value


def req_str(
    obj: Mapping[str, Any], key: str, code: str = "invalid_request", *, max_len: int = MAX_STRING
) -> str:
    """A required, non-empty string."""
    value = opt_str(obj, key, code, max_len=max_len, non_empty=True)
    if value is None:
        raise invalid(code)
    return value


#: Deliberately loose: something@domain.tld, as clients and the spec's `email` format expect.
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def req_email(obj: Mapping[str, Any], key: str, code: str = "invalid_request") -> str:
    """A required string that looks like an e-mail address."""
    value = req_str(obj, key, code)
    if EMAIL.fullmatch(value) is None:
        raise invalid(code)
    return value


def opt_enum(
    obj: Mapping[str, Any], key: str, allowed: frozenset[str], code: str = "invalid_request"
) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if type(value) is not str or value not in allowed:
        raise invalid(code)
    return value


def req_enum(obj: Mapping[str, Any], key: str, allowed: frozenset[str], code: str = "invalid_request") -> str:
    value = opt_enum(obj, key, allowed, code)
    if value is None:
        raise invalid(code)
    return value


def opt_locale(obj: Mapping[str, Any], key: str, code: str = "invalid_request") -> str | None:
    """A listed locale in any letter case, returned in lower case.

    The one public client sends ``"NL"`` where the docs list ``nl``; a locale names a language,
    so its case carries no meaning."""
    value = obj.get(key)
    if value is None:
        return None
    if type(value) is not str or not value.isascii() or value.lower() not in LOCALES:
        raise invalid(code)
    return value.lower()


def req_locale(obj: Mapping[str, Any], key: str, code: str = "invalid_request") -> str:
    value = opt_locale(obj, key, code)
    if value is None:
        raise invalid(code)
    return value


def opt_int(
    obj: Mapping[str, Any],
    key: str,
    code: str = "invalid_request",
    *,
    low: int = INT32_MIN,
    high: int = INT32_MAX,
) -> int | None:
    value = obj.get(key)
    if value is None:
        return None
    if type(value) is not int or not low <= value <= high:
        raise invalid(code)
    return value


def req_int(
    obj: Mapping[str, Any],
    key: str,
    code: str = "invalid_request",
    *,
    low: int = INT32_MIN,
    high: int = INT32_MAX,
) -> int:
    value = opt_int(obj, key, code, low=low, high=high)
    if value is None:
        raise invalid(code)
    return value


def opt_bool(obj: Mapping[str, Any], key: str, code: str = "invalid_request") -> bool | None:
    value = obj.get(key)
    if value is None:
        return None
    if type(value) is not bool:
        raise invalid(code)
    return value


_normalised_dates: dict[str, str] = {}


def opt_date_time(obj: Mapping[str, Any], key: str, code: str = "invalid_request") -> str | None:
    """An RFC 3339 date-time, returned normalised to ``YYYY-MM-DDTHH:MM:SS[.ffffff]+HH:MM``."""
    value = obj.get(key)
    if value is None:
        return None
    return date_time(value, code)


def date_time(value: Any, code: str = "invalid_request") -> str:
    """``opt_date_time`` for a value already taken out of its object (the hot path)."""
    if type(value) is not str:
        raise invalid(code)
    known = _normalised_dates.get(value)
    if known is not None:
        return known
    if len(value) > 40 or _DATE_TIME.fullmatch(value) is None:
        raise invalid(code)
    try:
        parsed = datetime.fromisoformat(value.upper())
    except ValueError:
        raise invalid(code) from None
    if len(_normalised_dates) >= 4096:  # invoices tend to share a few dates; keep it bounded
        _normalised_dates.clear()
    normalised = _normalised_dates[value] = parsed.isoformat()
    return normalised
