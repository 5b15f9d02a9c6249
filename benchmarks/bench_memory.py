"""Mock memory: resident set growth per stored invoice (absolute; the baseline is the same process)."""

from __future__ import annotations

import json
import subprocess
import sys

from benchmarks.results import Direction, Goal, Row
from benchmarks.servers import REPO_ROOT
from benchmarks.settings import Settings

GOAL = Goal(2048, Direction.AT_MOST, unit=" B")
LINES = 3


def run(settings: Settings) -> list[Row]:
    count = settings.scale(100_000, 10_000)
    result = subprocess.run(  # fixed command: a fresh interpreter holding only the mock
        [sys.executable, "-m", "benchmarks.memory_worker", str(count), str(LINES)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    measured = json.loads(result.stdout)
    if measured["stored"] != count + 1:
        raise RuntimeError(f"expected {count + 1} invoices in the import, found {measured['stored']}")
    per_invoice = (measured["after"] - measured["before"]) / count
    mib = 1024 * 1024
    per_create_us = measured["seconds"] / count * 1e6
    return [
        Row(
            name=f"mock memory, {count:,} invoices of {LINES} lines",
            what="VmRSS of a fresh process before and after creating the invoices through the mock's real "
            "POST /api/v2/invoices handler, called in-process over ASGI (benchmarks/memory_worker.py), "
            "in-memory store",
            subject=f"{measured['after'] / mib:.1f} MiB after",
            baseline=f"same process before loading: {measured['before'] / mib:.1f} MiB",
            value=per_invoice,
            unit=" B/invoice",
            goal=GOAL,
            command="python -m benchmarks --only memory",
            notes=[f"loading took {measured['seconds']:.1f} s ({per_create_us:.0f} us per create)"],
        )
    ]
