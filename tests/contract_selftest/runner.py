"""Run (part of) the contract suite in a subprocess against a server, and read its report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

REPO_ROOT = Path(__file__).resolve().parents[2]
SUITE_TIMEOUT = 600


@dataclass(frozen=True)
class SuiteRun:
    returncode: int
    output: str = field(repr=False)
    report: dict[str, Any] = field(repr=False)
    report_dir: Path

    def divergences(self, *, new_only: bool = False) -> list[dict[str, Any]]:
        found = list(self.report.get("divergences", []))
        return [d for d in found if not (new_only and d.get("baselined"))]

    def kinds(self) -> set[tuple[str, str]]:
        return {(d["operation"], d["kind"]) for d in self.divergences()}

    def tests_run(self) -> list[str]:
        """``file::name[params]`` of every test the run's JUnit report lists as run (not skipped)."""
        root = ElementTree.parse(self.report_dir / "contract-junit.xml").getroot()
        found = []
        for case in root.iter("testcase"):
            if case.find("skipped") is not None:
                continue
            module, _, rest = (case.get("classname") or "").partition(".test_")
            file = f"{module.replace('.', '/')}/test_{rest.split('.')[0]}.py"
            found.append(f"{file}::{case.get('name')}")
        return found


def run_suite(
    tests: tuple[str, ...] | list[str],
    report_dir: Path,
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    company_id: str | None = None,
    profile: str = "selftest",
    seed: int = 1,
    select: str | None = None,
    extra_env: dict[str, str] | None = None,
) -> SuiteRun:
    """``pytest <tests>`` of the contract suite; the embedded mock unless ``base_url`` is given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLUBCOLLECT_", "PYTEST_XDIST"))}
    env.update(
        CLUBCOLLECT_PROFILE=profile,
        CLUBCOLLECT_REPORT_DIR=str(report_dir),
        # Bytecode caching stays on: pytest rewrites the asserts of its plugins' 346 modules
        # (schemathesis registers one) and, without a cache, recompiles them in every run (~5 s).
        PYTHONDONTWRITEBYTECODE="",
    )
    if base_url is not None:
        assert api_key is not None and company_id is not None
        env.update(
            CLUBCOLLECT_BASE_URL=base_url, CLUBCOLLECT_API_KEY=api_key, CLUBCOLLECT_COMPANY_ID=company_id
        )
    env.update(extra_env or {})
    command = [
        sys.executable,
        "-m",
        "pytest",
        *tests,
        "-p",
        "no:cacheprovider",
        "-p",
        "no:xdist",
        "-q",
        f"--hypothesis-seed={seed}",
    ]
    if select:
        command += ["-k", select]
    completed = subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=SUITE_TIMEOUT, check=False
    )
    return read_run(completed.returncode, completed.stdout + completed.stderr, report_dir)


def read_run(returncode: int, output: str, report_dir: Path) -> SuiteRun:
    """A finished run: its exit code and output, and the JSON report it wrote (if any)."""
    report_path = report_dir / "contract-report.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
    return SuiteRun(returncode, output, report, report_dir)
