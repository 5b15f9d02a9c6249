"""The benchmark harness runs end to end and reports ratios; no test asserts on speed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def _bench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "benchmarks", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_self_check_passes() -> None:
    run = _bench("--self-check")
    assert run.returncode == 0, run.stderr
    assert "self-check passed" in run.stdout


def test_a_quick_run_prints_a_ratio_row_and_leaves_the_readme_alone() -> None:
    readme = (REPO_ROOT / "benchmarks" / "README.md").read_bytes()
    run = _bench("--quick", "--only", "parsing", "--no-readme")
    assert run.returncode == 0, run.stderr
    row = re.search(
        r"^\| client model parsing, 1,000 lines \|.*\| ([0-9.]+)x \| report only \| reported \|$",
        run.stdout,
        re.MULTILINE,
    )
    assert row is not None, run.stdout
    assert float(row.group(1)) > 1.0  # models cost more than json.loads alone, whatever the machine
    assert "Reproduce: `python -m benchmarks --only parsing`" in run.stdout
    assert (REPO_ROOT / "benchmarks" / "README.md").read_bytes() == readme
