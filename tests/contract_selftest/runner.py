"""Run (part of) the contract suite in a fresh process against a server, and read its report."""

from __future__ import annotations

import json
import multiprocessing
import os
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
        # Bytecode caching stays on: pytest rewrites the asserts of the suite's modules and,
        # without a cache, recompiles them in every run.
        PYTHONDONTWRITEBYTECODE="",
    )
    if base_url is not None:
        assert api_key is not None and company_id is not None
        env.update(
            CLUBCOLLECT_BASE_URL=base_url, CLUBCOLLECT_API_KEY=api_key, CLUBCOLLECT_COMPANY_ID=company_id
        )
    env.update(extra_env or {})
    arguments = [*tests, "-p", "no:cacheprovider", "-p", "no:xdist", "-q", f"--hypothesis-seed={seed}"]
    if select:
        arguments += ["-k", select]
    report_dir.mkdir(parents=True, exist_ok=True)  # the run's output file goes there first
    returncode, output = _run_pytest(arguments, env, report_dir / "pytest-output.txt")
    return read_run(returncode, output, report_dir)


def read_run(returncode: int, output: str, report_dir: Path) -> SuiteRun:
    """A finished run: its exit code and output, and the JSON report it wrote (if any)."""
    report_path = report_dir / "contract-report.json"
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
    return SuiteRun(returncode, output, report, report_dir)


# Each run is a fresh pytest process, forked from a server process that has already imported what
# every run imports and parsed the spec (forkserver_preload.py): 1.1 of a broken server's 2.2 s
# run, measured with py-spy over the 15 runs. Fresh: the suite reads its environment at import
# (contract_tests/session.py), and nothing of the suite is preloaded.
# pytest cannot rewrite the asserts of plugins imported before it starts (schemathesis,
# hypothesis, anyio register one); that changes only how a failing assert inside those libraries
# would read, so the warning saying so is switched off for these runs.
PRELOAD = [
    "pytest",
    "hypothesis",
    "schemathesis",
    "requests",
    "httpx",
    "yaml",
    "clubcollect_mock",
    "tests.contract_selftest.forkserver_preload",
]
_FORKSERVER = multiprocessing.get_context("forkserver")
_FORKSERVER.set_forkserver_preload(PRELOAD)
_PYTEST_OPTIONS = ["-W", "ignore::pytest.PytestAssertRewriteWarning"]


def _run_pytest(arguments: list[str], env: dict[str, str], output_path: Path) -> tuple[int, str]:
    """``python -m pytest <arguments>`` in ``REPO_ROOT`` with exactly ``env``: exit code and output."""
    process = _FORKSERVER.Process(
        target=_pytest_child, args=([*_PYTEST_OPTIONS, *arguments], env, str(output_path))
    )
    process.start()
    process.join(SUITE_TIMEOUT)
    if process.exitcode is None:
        process.kill()
        process.join()
        raise TimeoutError(f"the suite run did not finish in {SUITE_TIMEOUT} s: pytest {' '.join(arguments)}")
    return process.exitcode, output_path.read_text(encoding="utf-8", errors="replace")


def _pytest_child(arguments: list[str], env: dict[str, str], output_path: str) -> None:
    os.chdir(REPO_ROOT)
    os.environ.clear()
    os.environ.update(env)
    sys.dont_write_bytecode = bool(env.get("PYTHONDONTWRITEBYTECODE"))
    output = os.open(output_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    for stream in (1, 2):
        os.dup2(output, stream)
    sys.argv = [sys.executable, "-m", "pytest", *arguments]
    import pytest

    code = int(pytest.main(arguments))
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
