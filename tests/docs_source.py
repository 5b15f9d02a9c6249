"""Where tests find the vendor's current page sources (FACTS 0), beside the docs snapshot.

``CLUBCOLLECT_DOCS_SOURCE_DIR`` overrides the default; tests that need a page skip with one clear
reason when it is absent, so the project passes without ``../shared``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_DOCS_DIR = Path(os.environ.get("CLUBCOLLECT_DOCS_DIR", str(ROOT.parent / "shared" / "clubcollect-docs")))
DOCS_SOURCE_DIR = Path(
    os.environ.get("CLUBCOLLECT_DOCS_SOURCE_DIR", str(_DOCS_DIR.parent / "clubcollect-docs-source"))
)
PAYMENTS_PAGE = DOCS_SOURCE_DIR / "api-documentation" / "payments.md"


def payments_page() -> str:
    """The vendor's Payments page source, or a skip naming where it was looked for."""
    if not PAYMENTS_PAGE.is_file():
        pytest.skip(f"vendor Payments page not found at {PAYMENTS_PAGE} (set CLUBCOLLECT_DOCS_SOURCE_DIR)")
    return PAYMENTS_PAGE.read_text(encoding="utf-8")
