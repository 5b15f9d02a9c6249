"""DECISIONS.md answers every contradiction FACTS.md lists, and the spec only cites real entries."""

from __future__ import annotations

import re
from typing import Any

from generator.lint import rules as lint_rules
from tests.vendor_docs import docs_dir_or_skip

from .spec_files import DECISIONS_PATH, FACTS_PATH

DECISIONS = DECISIONS_PATH.read_text(encoding="utf-8")


def section(text: str, heading_start: str) -> str:
    """The body of the markdown section whose heading starts with ``heading_start``."""
    match = re.search(rf"^#+ {re.escape(heading_start)}.*?$(.*?)(?=^#+ |\Z)", text, re.M | re.S)
    assert match, heading_start
    return match.group(1)


def contradictions_in_facts() -> list[str]:
    docs_dir_or_skip()
    known = section(FACTS_PATH.read_text(encoding="utf-8"), "7. Known contradictions")
    return re.findall(r"^\d+\. (.+)$", known, re.M)


def part_c_entries() -> dict[str, str]:
    rows = section(DECISIONS, "C. Contradictions")
    return dict(re.findall(r"^\| (C\d+) \| (.+)$", rows, re.M))


def test_part_c_has_an_entry_per_facts_contradiction() -> None:
    items = contradictions_in_facts()
    assert len(items) == 12
    entries = part_c_entries()
    for number in range(1, len(items) + 1):
        assert f"C{number}" in entries, f"FACTS 7.{number} has no DECISIONS entry C{number}"


def test_part_c_entries_decide_and_explain() -> None:
    for entry, row in part_c_entries().items():
        cells = [cell.strip() for cell in row.rstrip("|").split(" | ")]
        assert len(cells) == 3 and all(cells), f"{entry} needs contradiction, decision and reason"


def test_part_c_entries_match_their_facts_item() -> None:
    # One distinctive word of each FACTS item must appear in the entry that answers it.
    keywords = [
        "host",
        "api_key",
        "vocabularies",
        "DONATION",
        "negative",
        "payment_method",
        "transmitted",
        "errors",
        "expected_invoices_count",
        "zero or negative",
        "braces",
        "hex",
    ]
    entries = part_c_entries()
    for number, keyword in enumerate(keywords, start=1):
        assert keyword.lower() in entries[f"C{number}"].lower(), (number, keyword)


def test_every_cited_decision_exists(spec: dict[str, Any]) -> None:
    assert lint_rules.rule_decisions_exist(spec, lint_rules.decision_ids(DECISIONS)) == []


def test_spec_info_points_to_the_decisions(spec: dict[str, Any]) -> None:
    assert "openapi/DECISIONS.md" in spec["info"]["description"]
