"""The suite catches each deliberately broken server, and passes the same tests on the real mock."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.contract_selftest.catalogue import catalogue
from tests.contract_selftest.runner import SuiteRun

CASES = {broken.name: broken for broken in catalogue("<per-run key>")}


def _describe(found: set[tuple[str, str]]) -> str:
    return "\n".join(f"  {operation}: {kind}" for operation, kind in sorted(found)) or "  (nothing)"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_suite_catches_broken_server(name: str, broken_suite_run: Callable[[str], SuiteRun]) -> None:
    broken = CASES[name]
    run = broken_suite_run(name)
    hits = [
        (operation, kind)
        for operation, kind in run.kinds()
        if kind in broken.expected_kinds and operation in broken.expected_operations
    ]
    assert run.returncode != 0, f"{name}: the suite passed against a server where {broken.breaks}"
    assert hits, f"{name} ({broken.breaks}) was not reported as expected; found:\n{_describe(run.kinds())}"
