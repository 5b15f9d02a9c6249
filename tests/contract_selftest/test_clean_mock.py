"""The whole suite passes against the real mock with no false alarm, also behind the broken servers'
wrapper when it rewrites nothing.

One fixed seed here, so that ``nox -s tests`` alone shows it; the contract session (README command
1, and part of command 2) runs the same suite on the same mock with the ci budget and a fresh seed
each time, which is what stands in for "several seeds". The run (conftest.clean_suite_run) goes
through the broken servers' wrapper with no rewrite, so that the identity-wrapper test reads the
same run; the embedded start-up (no server named) is what the contract session runs. The two
tests sit side by side so that pytest-xdist gives them to one worker (the other would wait for the
run, shared_runs.py).
"""

from __future__ import annotations

import pytest

from tests.contract_selftest.catalogue import catalogue
from tests.contract_selftest.runner import SuiteRun

SELECTIONS = sorted({test for broken in catalogue("<unused>") for test in broken.tests})


@pytest.mark.slow
def test_whole_suite_passes_on_the_mock(clean_suite_run: SuiteRun) -> None:
    run = clean_suite_run
    new = run.divergences(new_only=True)
    assert new == [], "\n".join(f"{d['operation']} {d['kind']}: {d['title']}\n  {d['curl']}" for d in new)
    assert run.returncode == 0, run.output[-4000:]
    assert len(run.report["operations_covered"]) == 27  # 20 and the 7 payment operations
    assert (run.report_dir / "contract-junit.xml").exists()


def _ran(selection: str, tests_run: list[str]) -> bool:
    """Whether a selection (a file, or file::test with or without its parameters) ran."""
    if "::" not in selection:
        return any(test.startswith(selection + "::") for test in tests_run)
    return any(test == selection or test.startswith(selection + "[") for test in tests_run)


@pytest.mark.slow
def test_same_tests_pass_through_an_identity_wrapper(clean_suite_run: SuiteRun) -> None:
    # The catches of test_broken_servers are due to the breakage: every selection of the
    # catalogue passes on the plain mock behind the same wrapper (which must therefore be
    # transparent). The clean-mock run is the whole suite, every operation, through that
    # wrapper: it holds every selection.
    run = clean_suite_run
    tests_run = run.tests_run()
    assert [s for s in SELECTIONS if not _ran(s, tests_run)] == []
    new = run.divergences(new_only=True)
    assert new == [], "\n".join(f"{d['operation']} {d['kind']}: {d['title']}" for d in new)
    assert run.returncode == 0, run.output[-3000:]
