"""The vendor's pages for the tests that need them, or a skip that says why and how to get them.

The locations come from :mod:`clubcollect_docs.locations` (``CLUBCOLLECT_DOCS_DIR``, and
``CLUBCOLLECT_DOCS_SOURCE_DIR`` or the sibling ``clubcollect-docs-source``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clubcollect_docs.locations import (
    DOCS_DIR_VARIABLE,
    DOCS_SOURCE_DIR_VARIABLE,
    docs_dir,
    docs_source_dir,
)


def docs_dir_or_skip() -> Path:
    """The snapshot folder (rendered pages, FACTS.md); skips the calling test when it is absent."""
    folder = docs_dir()
    if not folder.is_dir():
        pytest.skip(f"the vendor's docs snapshot is not at {folder} (set {DOCS_DIR_VARIABLE})")
    return folder


def docs_source_dir_or_skip() -> Path:
    """The vendor's current page sources; skips the calling test when they are absent."""
    folder = docs_source_dir()
    if not folder.is_dir():
        pytest.skip(
            f"the vendor's page sources are not at {folder} "
            f"(set {DOCS_SOURCE_DIR_VARIABLE}, or {DOCS_DIR_VARIABLE} beside them)"
        )
    return folder
