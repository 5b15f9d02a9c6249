"""Regen and check: absolute wall times on this machine (no baseline)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time

from benchmarks.results import Direction, Goal, Row
from benchmarks.servers import REPO_ROOT
from benchmarks.settings import Settings
from benchmarks.stats import median

GOAL = Goal(15.0, Direction.AT_MOST, unit=" s")
# regen's own pipeline pointed at a scratch folder: generated_client/ in the tree stays untouched.
REGEN_ELSEWHERE = "import sys, pathlib; from generator.regen import regen; regen(pathlib.Path(sys.argv[1]))"


def _seconds(command: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    finished = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, timeout=300, check=False)
    return time.perf_counter() - start, finished.returncode


def run(settings: Settings) -> list[Row]:
    repeats = settings.scale(3, 1)
    regen_times: list[float] = []
    check_times: list[float] = []
    check_codes: set[int] = set()
    for _ in range(repeats):
        with tempfile.TemporaryDirectory(prefix="bench-regen-") as tmp:
            seconds, code = _seconds([sys.executable, "-c", REGEN_ELSEWHERE, f"{tmp}/out"])
            if code != 0:
                raise RuntimeError(f"regen into a scratch folder failed with status {code}")
            regen_times.append(seconds)
        seconds, code = _seconds([sys.executable, "-m", "generator", "check", "--full"])
        check_times.append(seconds)
        check_codes.add(code)
    check_state = "in sync" if check_codes == {0} else "reported the committed client out of sync"
    return [
        Row(
            name="regen",
            what="wall time of regen's pipeline (openapi-python-client, templates, post-processing, stamp) "
            "into a scratch folder, so the committed generated_client/ is not rewritten; median of "
            f"{repeats}",
            subject=f"{median(regen_times):.1f} s",
            baseline="none (absolute)",
            value=median(regen_times),
            unit=" s",
            goal=GOAL,
            command="python -m benchmarks --only regen",
        ),
        Row(
            name="check",
            what=f"wall time of `python -m generator check --full` (the full regenerate-and-compare), median "
            f"of {repeats}",
            subject=f"{median(check_times):.1f} s",
            baseline="none (absolute)",
            value=median(check_times),
            unit=" s",
            goal=None,
            command="python -m benchmarks --only regen",
            notes=[f"check {check_state} (its verdict does not change the timing)"],
        ),
    ]
