"""One report from the reports of a suite's shards (``clubcollect contract --merge``).

Each shard writes ``contract-report.json`` and ``contract-junit.xml`` into a folder of its own.
The merged report is what one run over every case would have written: divergences united (the
same divergence found by two shards counts once), requests and cases added up, an operation
covered when any shard called it, a baseline entry stale only when no shard used it.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from contract_tests.divergence import Divergence, Registry
from contract_tests.redaction import scrub
from contract_tests.report import RunInfo, write_reports

JSON_REPORT = "contract-report.json"
JUNIT_REPORT = "contract-junit.xml"
_DIVERGENCE_FIELDS = {item.name for item in fields(Divergence)}


class MergeError(ValueError):
    """Shard reports that are missing, unreadable, or from runs that cannot be merged."""


@dataclass(frozen=True)
class ShardReport:
    folder: Path
    data: dict[str, Any]


def read_shard(folder: Path) -> ShardReport:
    path = folder / JSON_REPORT
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MergeError(f"{path} is missing: did that shard run?") from None
    except (OSError, ValueError) as error:
        raise MergeError(f"{path} cannot be read: {error}") from None
    if not isinstance(data, dict) or "spec_operations" not in data:
        raise MergeError(f"{path} is not a contract report of this version (no spec_operations)")
    return ShardReport(folder, data)


def _same(reports: list[ShardReport], key: str) -> Any:
    values = {json.dumps(report.data.get(key), sort_keys=True) for report in reports}
    if len(values) > 1:
        raise MergeError(f"the shard reports disagree on {key!r}: they come from different runs")
    return reports[0].data.get(key)


def merged_registry(reports: list[ShardReport]) -> Registry:
    registry = Registry()
    for report in reports:
        for item in report.data.get("divergences", []):
            known = {key: value for key, value in item.items() if key in _DIVERGENCE_FIELDS}
            registry.add(Divergence(**known))
        registry.calls_per_operation.update(Counter(report.data.get("requests_per_operation", {})))
        registry.cases_run += int(report.data.get("cases_run", 0))
        for note in report.data.get("notes", []):
            registry.note(note)
        registry.used_baseline_reasons.update(report.data.get("baseline_used", []))
    return registry


def merged_info(reports: list[ShardReport]) -> RunInfo:
    shards = sorted(str(report.data.get("shard") or "all") for report in reports)
    embedded = all(bool(report.data.get("embedded")) for report in reports)
    targets = sorted({str(report.data.get("target")) for report in reports})
    return RunInfo(
        # Embedded shards each start a mock of their own, on a port of their own.
        base_url=targets[0] if len(targets) == 1 else f"{len(targets)} embedded mocks",
        embedded=embedded,
        mock_control=all(bool(report.data.get("mock_control")) for report in reports),
        profile=str(_same(reports, "profile")),
        seed=", ".join(sorted({str(report.data.get("seed")) for report in reports})),
        spec_operations=list(_same(reports, "spec_operations")),
        baseline_reasons=list(_same(reports, "baseline_reasons")),
        secrets=[],
        shard="merged from " + ", ".join(shards),
    )


def merge_junit(sources: list[Path], destination: Path, secrets: Sequence[str]) -> None:
    """One ``<testsuites>`` holding every shard's suites (a shard without the file is skipped)."""
    merged = ElementTree.Element("testsuites")
    for source in sources:
        if not source.is_file():
            continue
        root = ElementTree.parse(source).getroot()  # our own shards' output
        merged.extend(root if root.tag == "testsuites" else [root])
    text = ElementTree.tostring(merged, encoding="unicode")
    destination.write_text(scrub(text, secrets), encoding="utf-8")


def merge_reports(
    folders: list[Path], destination: Path, secrets: Sequence[str] = ()
) -> tuple[Registry, RunInfo]:
    """Write the merged Markdown, JSON and JUnit reports into ``destination``."""
    if not folders:
        raise MergeError("no shard reports to merge")
    reports = [read_shard(folder) for folder in folders]
    registry = merged_registry(reports)
    info = replace(merged_info(reports), secrets=list(secrets))
    write_reports(registry, info, destination)
    merge_junit([folder / JUNIT_REPORT for folder in folders], destination / JUNIT_REPORT, secrets)
    return registry, info
