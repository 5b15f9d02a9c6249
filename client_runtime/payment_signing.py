"""The signatures of ClubCollect's payment calls and of the treasurer SSO link.

Payment requests, and the results ClubCollect appends to a partner's ``redirect_url``, carry a
``signature`` instead of the API key (openapi/DECISIONS.md P2, P3): drop every parameter whose
value is None or empty, sort the rest by name, concatenate ``name1value1name2value2...``, take
the raw SHA-256 digest of that UTF-8 string and HMAC-SHA256 it with the partner API key, in
lower-case hex. The SSO link (P14) is a plain SHA-256 of the date, company id, salt and key.

Standard library only; secrets may be given as :class:`Secret` and never reach a message.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta

from .redaction import Secret

__all__ = [
    "SIGNATURE_PARAMETER",
    "netherlands_today",
    "reveal",
    "sign",
    "signature_matches",
    "signing_string",
    "sso_signature",
    "texts_equal",
]

SIGNATURE_PARAMETER = "signature"

SignedValue = str | int | None


def reveal(secret: str | Secret, what: str) -> str:
    """The secret's text; an empty one is refused (it would sign, or match, anything)."""
    value = secret.reveal() if isinstance(secret, Secret) else secret
    if not isinstance(value, str) or not value:
        raise ValueError(f"{what} must be a non-empty string")
    return value


def _text(name: str, value: SignedValue) -> str:
    # bool is an int: True would sign as "True" where Ruby sends "true". Refuse the ambiguity.
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"parameter {name!r} must be a str or an int, not {type(value).__name__}")
    return value if isinstance(value, str) else str(value)


def signing_string(params: Mapping[str, SignedValue]) -> str:
    """``name1value1name2value2...`` over the non-empty parameters, sorted by name.

    A ``signature`` entry is left out, so a received query can be checked as it is. Python
    sorts by code point, which for UTF-8 is the byte order the vendor's Ruby uses.
    """
    kept = {}
    for name, value in params.items():
        if name == SIGNATURE_PARAMETER or value is None:
            continue
        text = _text(name, value)
        if text:
            kept[name] = text
    return "".join(name + kept[name] for name in sorted(kept))


def sign(params: Mapping[str, SignedValue], api_key: str | Secret) -> str:
    """The lower-case hex signature of ``params`` with the partner ``api_key``."""
    key = reveal(api_key, "api_key").encode("utf-8")
    digest = hashlib.sha256(signing_string(params).encode("utf-8")).digest()
    return hmac.new(key, digest, hashlib.sha256).hexdigest()


def signature_matches(params: Mapping[str, SignedValue], signature: str, api_key: str | Secret) -> bool:
    """Whether ``signature`` signs ``params``; constant time, hex case ignored."""
    expected = sign(params, api_key).encode("ascii")
    received = signature.strip().lower().encode("utf-8", "replace")
    return hmac.compare_digest(expected, received)


def texts_equal(received: str, expected: str) -> bool:
    """Constant-time equality of two strings (echoed keys)."""
    return hmac.compare_digest(received.encode("utf-8"), expected.encode("utf-8"))


def sso_signature(day: date, company_id: str, salt: str | Secret, key: str | Secret) -> str:
    """Hex SHA-256 of ``YYYYMMDD`` + company id + salt + key, as the PHP library computes it."""
    material = f"{day:%Y%m%d}{company_id}{reveal(salt, 'salt')}{reveal(key, 'key')}"
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def _last_sunday(year: int, month: int) -> date:
    # The last day of the month, stepped back to a Sunday (weekday 6).
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    last = first_of_next - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def netherlands_today(now: datetime | None = None) -> date:
    """Today's date in the Netherlands (CET, CEST in summer) without a time zone database.

    EU summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
    Sunday of October (a rule in force since 1996).
    """
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    summer_start = datetime.combine(_last_sunday(moment.year, 3), datetime.min.time(), UTC) + timedelta(
        hours=1
    )
    summer_end = datetime.combine(_last_sunday(moment.year, 10), datetime.min.time(), UTC) + timedelta(
        hours=1
    )
    offset = timedelta(hours=2 if summer_start <= moment < summer_end else 1)
    return (moment + offset).date()
