"""The spec's prose is our own: no run of words copied from the vendor's pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .spec_files import DOCS_DIR

RUN = 7  # seven identical words in a row is copying, not a shared term


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9_]+", text.lower())


def runs(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i : i + RUN]) for i in range(len(found) - RUN + 1)}


def prose(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in {"description", "summary"} and isinstance(value, str):
                yield value
            else:
                yield from prose(value)
    elif isinstance(node, list):
        for value in node:
            yield from prose(value)


def test_no_description_copies_the_docs(spec: dict[str, Any]) -> None:
    pages = [p for p in DOCS_DIR.iterdir() if p.name not in {"FACTS.md", "README.md"}]
    assert len(pages) == 5
    docs_runs = set().union(*(runs(page.read_text(encoding="utf-8")) for page in pages))
    copied = [" ".join(run) for text in prose(spec) for run in runs(text) & docs_runs]
    assert copied == []


def test_the_check_catches_a_copied_sentence() -> None:
    page = (DOCS_DIR / "import.txt").read_text(encoding="utf-8")
    assert runs("Deletes an import and all the invoices that have been created for the import.") & runs(page)
