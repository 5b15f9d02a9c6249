"""The whole suite passes against the real mock with no false alarm.

One fixed seed here, so that ``nox -s tests`` alone shows it; the contract session (README command
1, and part of command 2) runs the same suite on the same mock with the ci budget and a fresh seed
each time, which is what stands in for "several seeds".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.contract_selftest.runner import run_suite


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1])
def test_whole_suite_passes_on_the_mock(seed: int, tmp_path: Path) -> None:
    run = run_suite(["contract_tests"], tmp_path, seed=seed)
    new = run.divergences(new_only=True)
    assert new == [], "\n".join(f"{d['operation']} {d['kind']}: {d['title']}\n  {d['curl']}" for d in new)
    assert run.returncode == 0, run.output[-4000:]
    assert len(run.report["operations_covered"]) == 27  # 20 and the 7 payment operations
    assert (tmp_path / "contract-junit.xml").exists()
