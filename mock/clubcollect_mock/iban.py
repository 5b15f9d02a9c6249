"""ISO 13616 IBAN check: an invalid ``direct_debit_iban`` is dropped, not refused (DECISIONS A17)."""

from __future__ import annotations

import re

_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", re.ASCII)


def normalise_iban(value: str | None) -> str | None:
    """The compact upper-case IBAN when ``value`` passes the mod-97 check, else ``None``."""
    if value is None:
        return None
    compact = value.replace(" ", "").upper()
    if _SHAPE.fullmatch(compact) is None:
        return None
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return compact if int(digits) % 97 == 1 else None
