"""Suite runs that several self-tests read: each runs once per test session, on whichever
pytest-xdist worker asks for it first; the other workers wait for it and read what it wrote.

A run is a subprocess of the whole contract suite or a part of it (runner.run_suite); starting one
costs seconds of imports and collection before the first request, and the self-tests that only read
a run's report (the identity wrapper, the broken servers, the operation narrowing) need not pay that
each. A lock file (fcntl, so no extra dependency) serialises the first run; its exit code and output
are stored beside its reports, which are read back from disk as for any run.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.contract_selftest.runner import SuiteRun, read_run


def shared_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder every xdist worker of this test session sees (and no other session does)."""
    base = tmp_path_factory.getbasetemp()
    # Under xdist each worker's base is <session temp>/popen-gwN: their parent is the session's.
    root = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "shared-suite-runs"
    root.mkdir(exist_ok=True)
    return root


class SharedRuns:
    def __init__(self, root: Path) -> None:
        self.root = root

    def get(self, name: str, start: Callable[[Path], SuiteRun]) -> SuiteRun:
        """The run called ``name``: ``start(report_dir)`` the first time in this session, then its record."""
        folder = self.root / name
        record = folder / "run.json"
        with (self.root / f"{name}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            if not record.exists():
                reports = folder / "reports"
                reports.mkdir(parents=True, exist_ok=True)
                run = start(reports)
                record.write_text(json.dumps({"returncode": run.returncode, "output": run.output}))
            saved = json.loads(record.read_text())
        return read_run(saved["returncode"], saved["output"], folder / "reports")
