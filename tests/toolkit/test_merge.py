"""Merging shard reports gives the report one run over every case would have written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contract_tests.divergence import Divergence, Registry
from contract_tests.merge import MergeError, merge_reports
from contract_tests.report import RunInfo, write_reports

OPERATIONS = ["create_import", "get_import", "delete_import"]
REASONS = ["known A", "known B", "never used"]


def _shard(folder: Path, shard: str, registry: Registry, secrets: list[str] = ()) -> Path:  # type: ignore[assignment]
    info = RunInfo(
        base_url=f"http://127.0.0.1:{1000 + len(shard)}/api/v2",
        embedded=True,
        mock_control=True,
        profile="ci",
        seed="7",
        spec_operations=OPERATIONS,
        baseline_reasons=REASONS,
        secrets=list(secrets),
        shard=shard,
    )
    write_reports(registry, info, folder)
    (folder / "contract-junit.xml").write_text(
        f'<testsuites><testsuite name="pytest" tests="1" failures="0" errors="0">'
        f'<testcase classname="c" name="t{shard}"/></testsuite></testsuites>',
        encoding="utf-8",
    )
    return folder


def _divergence(operation: str, title: str, reason: str | None = None) -> Divergence:
    return Divergence(operation, "rule:x", title, "detail", "curl ...", baseline_reason=reason)


def test_counts_add_up_and_divergences_unite(tmp_path: Path) -> None:
    first, second = Registry(), Registry()
    first.calls_per_operation.update({"create_import": 3, "get_import": 1})
    second.calls_per_operation.update({"create_import": 2})
    first.cases_run, second.cases_run = 10, 5
    shared = _divergence("get_import", "same in both shards")
    first.add(shared)
    second.add(shared)
    second.add(_divergence("create_import", "only here"))
    second.add(_divergence("create_import", "accepted", reason="known A"))
    first.baseline_used("known B")
    second.baseline_used("known A")
    first.note("a note")
    folders = [_shard(tmp_path / "1", "1/2", first), _shard(tmp_path / "2", "2/2", second)]

    registry, info = merge_reports(folders, tmp_path / "merged")

    assert registry.calls_per_operation == {"create_import": 5, "get_import": 1}
    assert registry.cases_run == 15
    assert sorted(d.title for d in registry.new()) == ["only here", "same in both shards"]
    assert [d.title for d in registry.known()] == ["accepted"]
    assert info.shard == "merged from 1/2, 2/2"
    merged = json.loads((tmp_path / "merged" / "contract-report.json").read_text(encoding="utf-8"))
    assert merged["operations_covered"] == ["create_import", "get_import"]
    assert merged["operations_missed"] == ["delete_import"]
    markdown = (tmp_path / "merged" / "contract-report.md").read_text(encoding="utf-8")
    stale = markdown.split("## Baseline entries that matched nothing", 1)[1].split("##", 1)[0]
    assert "never used" in stale and "known A" not in stale and "known B" not in stale
    assert "- a note" in markdown
    junit = (tmp_path / "merged" / "contract-junit.xml").read_text(encoding="utf-8")
    assert 't1/2"' in junit and 't2/2"' in junit


def test_the_key_is_scrubbed_from_the_merged_reports(tmp_path: Path) -> None:
    canary = "canary" + "0" * 34
    leaky = Registry()
    leaky.note(f"a note that somehow holds {canary}")
    folder = tmp_path / "1"
    _shard(folder, "1/1", leaky)
    (folder / "contract-junit.xml").write_text(f"<testsuite><testcase name='{canary}'/></testsuite>")
    merge_reports([folder], tmp_path / "merged", secrets=[canary])
    for path in (tmp_path / "merged").iterdir():
        assert canary not in path.read_text(encoding="utf-8"), path.name


def test_reports_of_different_runs_are_refused(tmp_path: Path) -> None:
    first = _shard(tmp_path / "1", "1/2", Registry())
    second = _shard(tmp_path / "2", "2/2", Registry())
    report = json.loads((second / "contract-report.json").read_text(encoding="utf-8"))
    report["profile"] = "deep"
    (second / "contract-report.json").write_text(json.dumps(report), encoding="utf-8")
    with pytest.raises(MergeError, match="disagree on 'profile'"):
        merge_reports([first, second], tmp_path / "merged")


def test_a_missing_shard_report_is_named(tmp_path: Path) -> None:
    with pytest.raises(MergeError, match="did that shard run"):
        merge_reports([tmp_path / "absent"], tmp_path / "merged")
