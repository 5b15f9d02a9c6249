"""The spec's prose is our own: no run of words copied from the vendor's pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.vendor_docs import docs_dir_or_skip, docs_source_dir_or_skip

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


def page_runs(pages: list[Path]) -> set[tuple[str, ...]]:
    return set().union(*(runs(page.read_text(encoding="utf-8")) for page in pages))


def copied(spec: dict[str, Any], docs_runs: set[tuple[str, ...]]) -> list[str]:
    return [" ".join(run) for text in prose(spec) for run in runs(text) & docs_runs]


def snapshot_pages() -> list[Path]:
    folder = docs_dir_or_skip()
    return [p for p in folder.iterdir() if p.name not in {"FACTS.md", "README.md"}]


def source_pages() -> list[Path]:
    return [p for p in docs_source_dir_or_skip().rglob("*.md") if p.name not in {"README.md", "SUMMARY.md"}]


def test_no_description_copies_the_snapshot_pages(spec: dict[str, Any]) -> None:
    pages = snapshot_pages()
    assert len(pages) == 5
    assert copied(spec, page_runs(pages)) == []


def test_no_description_copies_the_current_page_sources(spec: dict[str, Any]) -> None:
    pages = source_pages()
    assert len(pages) == 10
    assert copied(spec, page_runs(pages)) == []


def test_the_check_catches_a_copied_sentence(spec: dict[str, Any]) -> None:
    sentence = "Deletes an import and all the invoices that have been created for the import."
    for pages in (snapshot_pages(), source_pages()):
        assert copied({"description": sentence}, page_runs(pages))
