"""Where the spec tests find the spec, the decisions record and the vendor's pages."""

from __future__ import annotations

from pathlib import Path

from clubcollect_docs.locations import docs_dir

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "clubcollect-v2.yaml"
DECISIONS_PATH = ROOT / "openapi" / "DECISIONS.md"
DOCS_DIR = docs_dir()  # may be absent: tests that read it skip through tests.vendor_docs
FACTS_PATH = DOCS_DIR / "FACTS.md"
