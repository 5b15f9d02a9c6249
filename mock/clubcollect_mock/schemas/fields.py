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
from clubcollect_mock.errors import ApiError, invalid, json_type, quoted_name

JsonObject = dict[str, Any]

# RFC 3339 date-time with a mandatory offset (DECISIONS A12).
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})",
    re.ASCII,
)


def check_keys(obj: Mapping[str, Any], allowed: frozenset[str], code: str = "invalid_request") -> None:
    """Bodies are closed: any key outside ``allowed`` is refused (DECISIONS A8)."""
    if not allowed.issuperset(obj):
        raise unknown_field(obj, allowed, code)


def unknown_field(obj: Mapping[str, Any], allowed: frozenset[str], code: str = "invalid_request") -> ApiError:
    """The refusal of the first key of ``obj`` outside ``allowed``, naming the allowed ones."""
    name = next(key for key in obj if key not in allowed)
    return invalid(
        code, f"unknown field {quoted_name(name)}; allowed: {', '.join(sorted(allowed))}", field=None
    )


def expected(code: str, key: str, what: str, value: Any) -> ApiError:
    """``key: expected <what>, got <JSON type of value>``."""
    return invalid(code, f"expected {what}, got {json_type(value)}", field=key)


def refused(code: str, key: str, reason: str) -> ApiError:
    return invalid(code, reason, field=key)


def text_problem(value: Any, max_len: int) -> str:
    """Why a value is not an acceptable string (for a reason; called only on refusal)."""
    if type(value) is not str:
        return f"expected a string, got {json_type(value)}"
    if len(value) > max_len:
        return f"longer than {max_len} characters ({len(value)})"
    if not is_text(value):
        return "not Unicode text (a lone surrogate escape)"
    return "must not be empty"


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
    if type(value) is not str or len(value) > max_len or not is_text(value) or (non_empty and not value):
        raise refused(code, key, text_problem(value, max_len))
    return value


def req_str(
    obj: Mapping[str, Any], key: str, code: str = "invalid_request", *, max_len: int = MAX_STRING
) -> str:
    """A required, non-empty string."""
    value = opt_str(obj, key, code, max_len=max_len, non_empty=True)
    if value is None:
        raise missing(code, key)
    return value


def missing(code: str, key: str) -> ApiError:
    return refused(code, key, "required")


#: Deliberately loose: something@domain.tld, as clients and the spec's `email` format expect.
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def req_email(obj: Mapping[str, Any], key: str, code: str = "invalid_request") -> str:
    """A required string that looks like an e-mail address."""
    value = req_str(obj, key, code)
    if EMAIL.fullmatch(value) is None:
        raise refused(code, key, "not an e-mail address (expected something@domain.tld)")
    return value


def opt_enum(
    obj: Mapping[str, Any], key: str, allowed: frozenset[str], code: str = "invalid_request"
) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if type(value) is not str or value not in allowed:
        raise expected(code, key, one_of(allowed), value)
    return value


def one_of(allowed: frozenset[str]) -> str:
    return "one of " + ", ".join(sorted(allowed))


def req_enum(obj: Mapping[str, Any], key: str, allowed: frozenset[str], code: str = "invalid_request") -> str:
    value = opt_enum(obj, key, allowed, code)
    if value is None:
        raise missing(code, key)
    return value


def opt_locale(obj: Mapping[str, Any], key: str, code: str = "invalid_request") -> str | None:
    """A listed locale in any letter case, returned in lower case.

    The one public client sends ``"NL"`` where the docs list ``nl``; a locale names a language,
    so its case carries no meaning."""
    value = obj.get(key)
    if value is None:
        return None
    if type(value) is not str or not value.isascii() or value.lower() not in LOCALES:
        raise expected(code, key, one_of(LOCALES) + " (any letter case)", value)
    return value.lower()


def req_locale(obj: Mapping[str, Any], key: str, code: str = "invalid_request") -> str:
    value = opt_locale(obj, key, code)
    if value is None:
        raise missing(code, key)
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
        raise bad_int(code, key, value, low, high)
    return value


def bad_int(code: str, key: str, value: Any, low: int, high: int) -> ApiError:
    if type(value) is not int:
        return expected(code, key, "an integer", value)
    return refused(code, key, f"out of range: must be from {low} to {high}")


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
        raise missing(code, key)
    return value


def opt_bool(obj: Mapping[str, Any], key: str, code: str = "invalid_request") -> bool | None:
    value = obj.get(key)
    if value is None:
        return None
    if type(value) is not bool:
        raise expected(code, key, "a boolean", value)
    return value


# Dates already normalised, by the text given: saves the parse only; no answer depends on it.
_normalised_dates: dict[str, str] = {}
_DATE_TIME_WANTED = "an RFC 3339 date-time with an offset (2026-01-31T12:00:00+01:00)"


def date_time(value: Any, code: str = "invalid_request") -> str:
    """An RFC 3339 date-time, returned normalised to ``YYYY-MM-DDTHH:MM:SS[.ffffff]+HH:MM``.

    ``value`` is already taken out of its object (the hot path); a refusal has no field: the
    caller adds it with ``ApiError.within``."""
    if type(value) is not str:
        raise invalid(code, f"expected {_DATE_TIME_WANTED}, got {json_type(value)}")
    known = _normalised_dates.get(value)
    if known is not None:
        return known
    if len(value) > 40 or _DATE_TIME.fullmatch(value) is None:
        raise invalid(code, f"expected {_DATE_TIME_WANTED}")
    try:
        parsed = datetime.fromisoformat(value.upper())
    except ValueError:
        raise invalid(code, "not a real date or time (day or hour out of range)") from None
    if len(_normalised_dates) >= 4096:  # invoices tend to share a few dates; keep it bounded
        _normalised_dates.clear()
    normalised = _normalised_dates[value] = parsed.isoformat()
    return normalised
