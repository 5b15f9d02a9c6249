"""Contract suite speed: test cases per second of ``pytest contract_tests`` against ``st run``.

Both run against the same mock process (reset in between) with the same example budget: the
profile's ``max_examples`` is passed to ``st run -n``, and both read schemathesis.toml (checks,
generation mode, stateful steps). The suite counts the schemathesis cases it ran in its JSON
report; ``st run`` counts generated test cases in its own JSON report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import httpx

from benchmarks.results import Direction, Goal, Row
from benchmarks.servers import REPO_ROOT, Partner, Server, serve
from benchmarks.settings import Settings

GOAL = Goal(0.8, Direction.AT_LEAST)
SEED = "1"
RUN_TIMEOUT = 900


@dataclass(frozen=True)
class Run:
    cases: int
    seconds: float
    exit_code: int
    breakdown: str = ""

    @property
    def per_second(self) -> float:
        return self.cases / self.seconds


def _timed(command: list[str], env: dict[str, str], log: Path) -> tuple[int, float]:
    start = time.perf_counter()
    with log.open("w", encoding="utf-8") as out:
        # Fixed commands; the partner key travels in the environment, as both tools expect.
        finished = subprocess.run(
            command,
            cwd=REPO_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=RUN_TIMEOUT,
            check=False,
        )
    return finished.returncode, time.perf_counter() - start


def _environment(server: Server, partner: Partner, profile: str, report_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        CLUBCOLLECT_PROFILE=profile,
        CLUBCOLLECT_BASE_URL=server.api_url,
        CLUBCOLLECT_API_KEY=partner.api_key,
        CLUBCOLLECT_COMPANY_ID=partner.company_id,
        CLUBCOLLECT_REPORT_DIR=str(report_dir),
    )
    return env


def run_suite(server: Server, partner: Partner, profile: str, folder: Path) -> Run:
    report_dir = folder / "suite-reports"
    command = [sys.executable, "-m", "pytest", "contract_tests", "-q", f"--hypothesis-seed={SEED}"]
    code, seconds = _timed(command, _environment(server, partner, profile, report_dir), folder / "suite.log")
    report_file = report_dir / "contract-report.json"
    if not report_file.is_file():
        raise RuntimeError(f"the contract suite wrote no report (exit {code}); see its output by running it")
    report = json.loads(report_file.read_text(encoding="utf-8"))
    requests = sum(report.get("requests_per_operation", {}).values())
    breakdown = time_by_module(report_dir / "contract-junit.xml", seconds)
    return Run(int(report["cases_run"]), seconds, code, f"{breakdown}; {requests:,} requests in all")


def time_by_module(junit: Path, wall: float, shown: int = 6) -> str:
    """Where the suite's wall time went, from its JUnit report: per test module, and the rest."""
    if not junit.is_file():
        return "no JUnit report to split the time by module"
    per_module: dict[str, tuple[float, int]] = {}
    for case in ElementTree.parse(junit).getroot().iter("testcase"):
        module = case.get("classname", "?").rpartition(".")[2] or "?"
        spent, count = per_module.get(module, (0.0, 0))
        per_module[module] = (spent + float(case.get("time", 0.0)), count + 1)
    outside = max(0.0, wall - sum(spent for spent, _ in per_module.values()))
    top = sorted(per_module.items(), key=lambda item: item[1][0], reverse=True)[:shown]
    parts = [f"{module} {spent:.0f} s ({count} tests)" for module, (spent, count) in top]
    return (
        "suite time by test module (JUnit): "
        + ", ".join(parts)
        + f"; outside tests (start-up, collection, schema loading, reports): {outside:.0f} s"
    )


def run_cli(server: Server, partner: Partner, max_examples: int, folder: Path) -> Run:
    report = folder / "st.json"
    command = [
        str(Path(sys.executable).parent / "st"),
        "run",
        "openapi/clubcollect-v2.yaml",
        "--url",
        server.api_url,
        "-n",
        str(max_examples),
        "-w",
        "1",
        "--seed",
        SEED,
        "--generation-database",
        "none",
        "--no-color",
        "--report",
        "json",
        "--report-json-path",
        str(report),
    ]
    code, seconds = _timed(command, _environment(server, partner, "ci", folder), folder / "st.log")
    if not report.is_file():
        raise RuntimeError(f"st run wrote no report (exit {code})")
    return Run(int(json.loads(report.read_text(encoding="utf-8"))["test_cases"]["generated"]), seconds, code)


def _reset(server: Server) -> None:
    httpx.post(server.root_url + "/_mock/reset", trust_env=False, timeout=30).raise_for_status()


def run(settings: Settings) -> list[Row]:
    from contract_tests.profiles import BUDGETS

    profile = "dev" if settings.quick else "ci"
    max_examples = BUDGETS[profile].max_examples
    partner = Partner.random()
    # Full runs go suite, st, st, suite (ABBA): a machine that speeds up or slows down during
    # the minutes this takes shifts both sides alike. Quick runs do one of each.
    order = ["suite", "cli"] if settings.quick else ["suite", "cli", "cli", "suite"]
    runs: dict[str, list[Run]] = {"suite": [], "cli": []}
    with (
        tempfile.TemporaryDirectory(prefix="bench-contract-") as tmp,
        serve({"kind": "mock"}, partner) as server,
    ):
        for index, kind in enumerate(order):
            folder = Path(tmp) / f"{index}-{kind}"
            folder.mkdir()
            _reset(server)
            if kind == "suite":
                runs[kind].append(run_suite(server, partner, profile, folder))
            else:
                runs[kind].append(run_cli(server, partner, max_examples, folder))
    suite, cli = _combined(runs["suite"]), _combined(runs["cli"])
    per_run = ", ".join(
        f"{s.per_second / c.per_second:.2f}x" for s, c in zip(runs["suite"], runs["cli"], strict=True)
    )
    return [
        Row(
            name=f"contract suite, {profile} profile",
            what=f"schemathesis test cases per second of `CLUBCOLLECT_PROFILE={profile} pytest "
            "contract_tests` (whole process wall time, business-rule tests included) against "
            f"`st run -n {max_examples} -w 1` on the same spec, schemathesis.toml and mock process",
            subject=f"{suite.cases:,} cases in {suite.seconds:.0f} s = {suite.per_second:.1f}/s",
            baseline=f"st run: {cli.cases:,} cases in {cli.seconds:.0f} s = {cli.per_second:.1f}/s",
            value=suite.per_second / cli.per_second,
            unit="x",
            goal=GOAL,
            command="python -m benchmarks --only contract",
            notes=[
                f"exit statuses: suite {_codes(runs['suite'])}, st run {_codes(runs['cli'])} (failures "
                "found do not stop the measurement; shrinking them costs both tools time)",
                f"runs in the order {', '.join(order)}, totals compared; each pair alone: {per_run}",
                runs["suite"][-1].breakdown,
            ],
        )
    ]


def _combined(runs: list[Run]) -> Run:
    cases = sum(run.cases for run in runs)
    return Run(cases, sum(run.seconds for run in runs), max(run.exit_code for run in runs))


def _codes(runs: list[Run]) -> str:
    return "/".join(str(run.exit_code) for run in runs)
