"""The treasurer SSO link (FACTS 6b): ``/treasurer/sso?company_uuid=<company id>&signature=<hex>``.

The signature is the hex SHA-256 of ``YYYYMMDD`` + company id + SSO salt + SSO key, the salt and
key being what ClubCollect issued the company's partner for SSO. A link is good on the day it is
made. Days are UTC days, with ``DATE_TOLERANCE`` either side: a link dated by any clock within
that much of now is taken. Three hours covers links dated in the vendor's own zone (the
Netherlands, UTC+1 or +2: what ``clubcollect_client`` does) and a link made just before midnight
and followed a little after it. Outside that the link is stale, and the refusal says so.

Written for the mock alone, from the docs; it shares no code with the client.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import NamedTuple

from clubcollect_mock.ids import is_id
from clubcollect_mock.store import Store

DATE_TOLERANCE = timedelta(hours=3)
# How far back (and forward) a failed signature is tried against other days, only to tell
# "stale" from "wrong" in the refusal.
RECOGNISED_DAYS = 31

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Credentials(NamedTuple):
    salt: str
    key: str

    def __repr__(self) -> str:
        return "Credentials(<secret>)"


class Outcome(Enum):
    """Why a link was taken or refused; the refusal page explains each."""

    SIGNED_IN = "signed_in"
    MISSING_PARAMETER = "missing_parameter"
    MALFORMED_COMPANY = "malformed_company"
    UNKNOWN_COMPANY = "unknown_company"
    SSO_NOT_SET_UP = "sso_not_set_up"
    STALE = "stale"
    NOT_YET_VALID = "not_yet_valid"
    BAD_SIGNATURE = "bad_signature"


class Verdict(NamedTuple):
    outcome: Outcome
    company_id: str | None = None  # set when the company is known
    signed_for: date | None = None  # the day a stale link was signed for


def sso_signature(day: date, company_id: str, credentials: Credentials) -> str:
    material = f"{day:%Y%m%d}{company_id}{credentials.salt}{credentials.key}"
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def accepted_days(now: datetime) -> list[date]:
    """The UTC days of every moment within ``DATE_TOLERANCE`` of ``now``, today first."""
    moment = now.astimezone(UTC)
    days = [moment.date()]
    for edge in (moment - DATE_TOLERANCE, moment + DATE_TOLERANCE):
        if edge.date() not in days:
            days.append(edge.date())
    return days


def _matches(signature: str, day: date, company_id: str, credentials: Credentials) -> bool:
    expected = sso_signature(day, company_id, credentials).encode("ascii")
    return hmac.compare_digest(expected, signature.lower().encode("utf-8", "replace"))


class SsoDesk:
    """Checks SSO links against the partners' credentials in the store."""

    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock

    def credentials(self, partner: int) -> Credentials | None:
        row = self.store.conn.execute(
            "SELECT salt, sso_key FROM sso_credentials WHERE partner = ?", (partner,)
        ).fetchone()
        return None if row is None else Credentials(row[0], row[1])

    def check(self, params: list[tuple[str, str]]) -> Verdict:
        """The verdict on a link's query (all its name/value pairs, repeats included)."""
        values: dict[str, list[str]] = {}
        for name, value in params:
            values.setdefault(name, []).append(value)
        company_ids = values.get("company_uuid", [])
        signatures = values.get("signature", [])
        if len(company_ids) != 1 or len(signatures) != 1 or not company_ids[0] or not signatures[0]:
            return Verdict(Outcome.MISSING_PARAMETER)
        company_id, signature = company_ids[0], signatures[0]
        if not is_id(company_id):
            return Verdict(Outcome.MALFORMED_COMPANY)
        row = self.store.conn.execute(
            "SELECT partner FROM companies WHERE company_id = ?", (company_id,)
        ).fetchone()
        if row is None:
            return Verdict(Outcome.UNKNOWN_COMPANY)
        credentials = self.credentials(row[0])
        if credentials is None:
            return Verdict(Outcome.SSO_NOT_SET_UP, company_id)
        now = self.clock()
        accepted = accepted_days(now)
        if any(_matches(signature, day, company_id, credentials) for day in accepted):
            return Verdict(Outcome.SIGNED_IN, company_id)
        today = now.astimezone(UTC).date()
        for offset in range(1, RECOGNISED_DAYS + 1):
            earlier, later = today - timedelta(days=offset), today + timedelta(days=offset)
            if earlier not in accepted and _matches(signature, earlier, company_id, credentials):
                return Verdict(Outcome.STALE, company_id, earlier)
            if later not in accepted and _matches(signature, later, company_id, credentials):
                return Verdict(Outcome.NOT_YET_VALID, company_id, later)
        return Verdict(Outcome.BAD_SIGNATURE, company_id)
