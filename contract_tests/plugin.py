"""pytest hooks: JUnit by default, the divergence summary, the reports, a failing exit on new ones."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from clubcollect_toolkit.resources import default_report_dir
from contract_tests.divergence import REGISTRY
from contract_tests.report import RunInfo, summary_lines, write_reports
from contract_tests.shards import ShardError, assign, case_id

ENV_REPORT_DIR = "CLUBCOLLECT_REPORT_DIR"


def report_dir() -> Path:
    return Path(os.environ.get(ENV_REPORT_DIR) or default_report_dir())


@dataclass
class SessionState:
    info: RunInfo | None = None


STATE = SessionState()


def chosen_shard() -> str:
    """``K/N`` of this run, or an empty string when it runs every case."""
    from contract_tests.session import SHARD

    return str(SHARD) if SHARD is not None else ""


def module_name(item: pytest.Item) -> str:
    module = getattr(item, "module", None)
    return module.__name__ if module is not None else item.nodeid.split("::", 1)[0]


@pytest.hookimpl(trylast=True)  # after -k and -m have deselected theirs
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    from contract_tests.session import FIRST_CASES, SHARD

    if SHARD is None:
        return
    names = [case_id(item, module_name(item)) for item in items]
    try:
        shard_of = assign(names, SHARD.count, first=FIRST_CASES)
    except ShardError as error:
        raise pytest.UsageError(str(error)) from None
    kept = [item for item, name in zip(items, names, strict=True) if shard_of[name] == SHARD.index]
    dropped = [item for item, name in zip(items, names, strict=True) if shard_of[name] != SHARD.index]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
    items[:] = kept


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
