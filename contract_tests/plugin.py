"""pytest hooks: JUnit by default, the divergence summary, the reports, a failing exit on new ones."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from contract_tests.divergence import REGISTRY
from contract_tests.report import RunInfo, summary_lines, write_reports
from contract_tests.spec import REPO_ROOT

ENV_REPORT_DIR = "CLUBCOLLECT_REPORT_DIR"


def report_dir() -> Path:
    return Path(os.environ.get(ENV_REPORT_DIR) or REPO_ROOT / "reports")


@dataclass
class SessionState:
    info: RunInfo | None = None


STATE = SessionState()


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    # JUnit XML next to the Markdown report unless the command line asked for another path.
    if hasattr(config.option, "xmlpath") and not config.option.xmlpath and not hasattr(config, "workerinput"):
        config.option.xmlpath = str(report_dir() / "contract-junit.xml")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if STATE.info is None:
        return
    # Under pytest-xdist every worker has its own registry (and its own embedded mock).
    worker = getattr(session.config, "workerinput", {}).get("workerid")
    write_reports(REGISTRY, STATE.info, report_dir(), suffix=f"-{worker}" if worker else "")
    # A divergence recorded outside a failing test (e.g. in a fixture) still fails the run.
    if REGISTRY.new() and session.exitstatus == 0:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if STATE.info is None:
        return
    terminalreporter.section("ClubCollect contract summary")
    for line in summary_lines(REGISTRY, STATE.info):
        terminalreporter.write_line(line)
    terminalreporter.write_line(f"reports: {report_dir() / 'contract-report.md'}")
