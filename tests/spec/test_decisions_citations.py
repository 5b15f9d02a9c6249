"""openapi/DECISIONS.md cites only what a reader of the repository can follow.

The vendor's pages are cited by their path on the docs site (``invoice.md:727``) and the project's
own files by their path here, which must exist. Notes kept outside the repository (a FACTS file,
a ``../shared`` folder) are not citations a reader can follow.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
DECISIONS = ROOT / "openapi" / "DECISIONS.md"
# Backticked paths into the repository's own top-level folders.
REPO_PATH = re.compile(
    r"`((?:contract_tests|tests|generator|mock|client_runtime|client_addons|openapi)/[^`\s:]+)"
)


def test_nothing_outside_the_repository_is_cited() -> None:
    text = DECISIONS.read_text(encoding="utf-8")
    assert "FACTS" not in text
    assert "../shared" not in text and "/shared/" not in text


def test_every_repository_path_cited_exists() -> None:
    cited = set(REPO_PATH.findall(DECISIONS.read_text(encoding="utf-8")))
    assert cited, "DECISIONS.md cites no file of the repository: the pattern broke"
    assert sorted(path for path in cited if not (ROOT / path).exists()) == []
