"""Server-made identifiers and timestamps."""

from __future__ import annotations

import os
import secrets
import time
from datetime import UTC, datetime

from clubcollect_mock.config import ID_PATTERN


def new_id() -> str:
    """A fresh 40-character lowercase hex id (DECISIONS A4)."""
    return secrets.token_hex(20)


# Invoice ids carry their row number, scrambled by an invertible multiplication, in the first
# 12 hex digits, followed by 28 random ones. Looking an invoice up is then a primary-key read,
# the table needs no index on the id, and two invoices can never share an id.
_SEQ_BITS = 48
_SEQ_MASK = (1 << _SEQ_BITS) - 1
_SCRAMBLE = 0x9E3779B97F4B  # odd, so invertible modulo 2**48
_UNSCRAMBLE = pow(_SCRAMBLE, -1, 1 << _SEQ_BITS)


class _RandomBytes:
    """Random bytes from ``os.urandom``, read 4 KB at a time: one system call per dozen or so
    invoices instead of one each. A forked child starts afresh, never sharing its parent's."""

    def __init__(self) -> None:
        self.pool = b""
        self.used = 0

    def take(self, count: int) -> bytes:
        start = self.used
        if start + count > len(self.pool):
            self.pool = os.urandom(max(4096, count))
            start = 0
        self.used = start + count
        return self.pool[start : start + count]

    def forget(self) -> None:
        self.pool = b""
        self.used = 0


_random_bytes = _RandomBytes()
os.register_at_fork(after_in_child=_random_bytes.forget)


def new_invoice_ids(seq: int, line_count: int) -> tuple[str, list[str]]:
    """The id of invoice ``seq`` and ``line_count`` line ids, from one draw of random bytes."""
    pool = _random_bytes.take(14 + 20 * line_count)
    # hex with a separator every 20 bytes, split: the line ids without a Python loop.
    line_ids = pool[14:].hex(" ", 20).split()
    return f"{(seq * _SCRAMBLE) & _SEQ_MASK:012x}{pool[:14].hex()}", line_ids


def invoice_seq_of(invoice_id: str) -> int | None:
    """The row number an invoice id claims; the caller still compares the whole id."""
    if len(invoice_id) != 40 or ID_PATTERN.fullmatch(invoice_id) is None:
        return None
    return (int(invoice_id[:12], 16) * _UNSCRAMBLE) & _SEQ_MASK


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
