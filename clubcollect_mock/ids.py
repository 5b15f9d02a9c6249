"""Server-made identifiers and timestamps."""

from __future__ import annotations

import secrets
import time
from datetime import UTC, datetime

from clubcollect_mock.config import ID_PATTERN


def new_id() -> str:
    """A fresh 40-character lowercase hex id (DECISIONS A4)."""
    return secrets.token_hex(20)


def is_id(value: str) -> bool:
    return len(value) == 40 and ID_PATTERN.fullmatch(value) is not None


_last_second = -1
_last_text = ""


def now_iso() -> str:
    """The current time as an ISO 8601 date-time with offset (DECISIONS A12), to the second.

    Formatted once per second: every write stamps a date, so this is on the hot path."""
    global _last_second, _last_text
    second = int(time.time())
    if second != _last_second:
        _last_text = datetime.fromtimestamp(second, UTC).isoformat()
        _last_second = second
    return _last_text
