"""Where the vendor's pages are on this machine: the one place every tool and test reads it from.

``CLUBCOLLECT_DOCS_DIR`` names the snapshot folder (rendered and served pages, FACTS.md),
by default ``../shared/clubcollect-docs`` beside the repository. The vendor's current page
sources (GitBook source, the repository layout) are its sibling ``clubcollect-docs-source``
unless ``CLUBCOLLECT_DOCS_SOURCE_DIR`` names another folder. Neither needs to exist: the
project works without them, and tests that need them skip.
"""

from __future__ import annotations

import os
from pathlib import Path

DOCS_DIR_VARIABLE = "CLUBCOLLECT_DOCS_DIR"
DOCS_SOURCE_DIR_VARIABLE = "CLUBCOLLECT_DOCS_SOURCE_DIR"
REPO_ROOT = Path(__file__).resolve().parents[1]


def docs_dir() -> Path:
    """The snapshot folder of the vendor's pages (may not exist)."""
    return Path(os.environ.get(DOCS_DIR_VARIABLE) or REPO_ROOT.parent / "shared" / "clubcollect-docs")


def docs_source_dir() -> Path:
    """The vendor's current page sources (may not exist)."""
    named = os.environ.get(DOCS_SOURCE_DIR_VARIABLE)
    return Path(named) if named else docs_dir().parent / "clubcollect-docs-source"
