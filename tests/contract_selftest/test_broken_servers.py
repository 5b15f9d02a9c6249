"""The suite catches each deliberately broken server, and passes the same tests on the real mock."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from tests.contract_selftest.catalogue import BrokenServer, catalogue
from tests.contract_selftest.conftest import ServeFactory
from tests.contract_selftest.runner import run_suite

CASES = {broken.name: broken for broken in catalogue("<per-test key>")}


def _describe(found: set[tuple[str, str]]) -> str:
    return "\n".join(f"  {operation}: {kind}" for operation, kind in sorted(found)) or "  (nothing)"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_suite_catches_broken_server(name: str, serve_mock: ServeFactory, tmp_path: Path) -> None:
    key = secrets.token_hex(20)
    broken: BrokenServer = {b.name: b for b in catalogue(key)}[name]
    with serve_mock(broken.requests, broken.responses, api_key=key) as wrapped:
        run = run_suite(
            broken.tests,
            tmp_path,
            base_url=wrapped.base_url,
            api_key=wrapped.api_key,
            company_id=wrapped.company_id,
            select=broken.select,
            extra_env=broken.env,
        )
    hits = [
        (operation, kind)
        for operation, kind in run.kinds()
        if kind in broken.expected_kinds and operation in broken.expected_operations
    ]
    assert run.returncode != 0, f"{name}: the suite passed against a server where {broken.breaks}"
    assert hits, f"{name} ({broken.breaks}) was not reported as expected; found:\n{_describe(run.kinds())}"


@pytest.mark.slow
def test_same_tests_pass_through_an_identity_wrapper(serve_mock: ServeFactory, tmp_path: Path) -> None:
    # The catches above are due to the breakage: the same selections pass on the plain mock
    # behind the same wrapper (which must therefore be transparent).
    selections = sorted({test for broken in CASES.values() for test in broken.tests})
    operations = sorted(
        {op for b in CASES.values() for op in b.env.get("CLUBCOLLECT_OPERATIONS", "").split(",") if op}
    )
    with serve_mock() as served:
        run = run_suite(
            selections,
            tmp_path,
            base_url=served.base_url,
            api_key=served.api_key,
            company_id=served.company_id,
            extra_env={"CLUBCOLLECT_OPERATIONS": ",".join(operations)},
        )
    new = run.divergences(new_only=True)
    assert new == [], _describe({(d["operation"], f"{d['kind']}: {d['title']}") for d in new})
    assert run.returncode == 0, run.output[-3000:]
