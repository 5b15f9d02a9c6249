"""Where the spec tests find the spec, the decisions record and the vendor's FACTS page."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "clubcollect-v2.yaml"
DECISIONS_PATH = ROOT / "openapi" / "DECISIONS.md"
DOCS_DIR = Path(os.environ.get("CLUBCOLLECT_DOCS_DIR", str(ROOT.parent / "shared" / "clubcollect-docs")))
FACTS_PATH = DOCS_DIR / "FACTS.md"
