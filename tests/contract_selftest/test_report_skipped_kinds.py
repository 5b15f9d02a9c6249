"""A clone without the vendor's pages: the report does not call their baseline entries stale.

The vendor-example tests skip there (each naming the variable that would point at its pages),
so the baseline entries of their kind were never checked: the report says so in one line,
instead of opening with an alarm per entry. Entries of a kind that ran and matched nothing are
still listed as stale.
"""

from __future__ import annotations

from pathlib import Path

from contract_tests.baseline import load_baseline
from contract_tests.divergence import Registry
from contract_tests.report import RunInfo, markdown
from tests.contract_selftest.runner import run_suite

STALE_HEADING = "## Baseline entries that matched nothing in this run"


def run_info(entries: dict[str, str]) -> RunInfo:
    return RunInfo(
        base_url="http://127.0.0.1:1/api/v2",
        embedded=True,
        mock_control=True,
        profile="selftest",
        seed="1",
        spec_operations=[],
        baseline_reasons=list(entries),
        secrets=[],
        baseline_kinds=entries,
    )


ENTRIES = {"page example a": "docs-example", "page example b": "docs-example", "old rule": "rule:x"}


def test_entries_of_a_kind_whose_tests_all_skipped_are_one_line_not_stale() -> None:
    registry = Registry()
    registry.kind_skipped("docs-example", "the vendor's page sources are not at /x")
    text = markdown(registry, run_info(ENTRIES))
    assert "Not checked: 2 baseline entries of `docs-example`, whose tests were skipped" in text
    assert "the vendor's page sources are not at /x" in text
    stale = text.split(STALE_HEADING, 1)[1].split("\n## ", 1)[0]
    assert "- old rule" in stale and "page example" not in stale


def test_a_kind_that_ran_somewhere_keeps_its_unmatched_entries_stale() -> None:
    registry = Registry()
    registry.kind_skipped("docs-example", "the vendor's rendered pages are not at /x")
    registry.kind_checked("docs-example")  # the page sources were there
    text = markdown(registry, run_info(ENTRIES))
    assert "Not checked" not in text
    stale = text.split(STALE_HEADING, 1)[1].split("\n## ", 1)[0]
    assert "- page example a" in stale and "- page example b" in stale and "- old rule" in stale


def test_a_run_without_the_pages_names_each_variable_and_raises_no_alarm(tmp_path: Path) -> None:
    absent = tmp_path / "no-docs"
    run = run_suite(
        ["contract_tests/test_docs_examples.py", "-rs"],
        tmp_path / "reports",
        extra_env={
            "CLUBCOLLECT_DOCS_DIR": str(absent / "snapshot"),
            "CLUBCOLLECT_DOCS_SOURCE_DIR": str(absent / "sources"),
        },
    )
    assert run.returncode == 0, run.output
    assert f"rendered pages are not at {absent / 'snapshot'} (set CLUBCOLLECT_DOCS_DIR)" in run.output
    assert f"page sources are not at {absent / 'sources'} (set CLUBCOLLECT_DOCS_SOURCE_DIR" in run.output
    report = (tmp_path / "reports" / "contract-report.md").read_text(encoding="utf-8")
    docs_entries = sum(entry.kind == "docs-example" for entry in load_baseline())
    assert docs_entries > 0
    assert f"Not checked: {docs_entries} baseline entries of `docs-example`" in report
    assert STALE_HEADING not in report
