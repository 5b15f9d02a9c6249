"""Server-made identifiers and timestamps."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from clubcollect_mock.config import ID_PATTERN


def new_id() -> str:
    """A fresh 40-character lowercase hex id (DECISIONS A4)."""
    return secrets.token_hex(20)


def is_id(value: str) -> bool:
    return len(value) == 40 and ID_PATTERN.fullmatch(value) is not None


def now_iso() -> str:
    """The current time as an ISO 8601 date-time with offset (DECISIONS A12)."""
    return datetime.now(UTC).isoformat(timespec="seconds")
