"""The broken servers' wrapper changes nothing when it rewrites nothing: every test of the
catalogue passes on the plain mock behind it, narrowed to the operations the broken runs narrow
to, so each catch of test_broken_servers is due to its breakage and not to the wrapper.

Whether the whole suite passes on the plain mock, with no false alarm and every operation
covered, is the contract session's question (README command 1, and part of command 2): it runs
the whole suite against the embedded mock with the ci budget and a fresh seed each time, and fails
on a new divergence or an operation no test reached (noxfile.py).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.contract_selftest import catalogue as catalogue_module
from tests.contract_selftest.catalogue import OPERATIONS_VARIABLE, catalogue, identity_run
from tests.contract_selftest.runner import SuiteRun

SELECTIONS = sorted({test for broken in catalogue("<unused>") for test in broken.tests})
CONFORMANCE = "contract_tests/test_schema_conformance.py::test_operation_conforms_to_spec"


def _ran(selection: str, tests_run: list[str]) -> bool:
    """Whether a selection (a file, or file::test with or without its parameters) ran."""
    if "::" not in selection:
        return any(test.startswith(selection + "::") for test in tests_run)
    return any(test == selection or test.startswith(selection + "[") for test in tests_run)


def test_the_run_holds_every_broken_servers_tests_and_their_narrowed_operations() -> None:
    tests, env = identity_run()
    assert all(set(broken.tests) <= set(tests) for broken in catalogue("<unused>"))
    # missing-field narrows to three import operations, undocumented-status to one of them.
    assert env == {OPERATIONS_VARIABLE: "create_import,get_import,update_import"}


def test_a_schema_run_without_narrowing_keeps_every_operation(monkeypatch: pytest.MonkeyPatch) -> None:
    wide = [replace(broken, env={}) for broken in catalogue("<unused>")]
    monkeypatch.setattr(catalogue_module, "catalogue", lambda valid_key: wide)
    assert identity_run()[1] == {}


@pytest.mark.slow
def test_same_tests_pass_through_an_identity_wrapper(identity_suite_run: SuiteRun) -> None:
    run = identity_suite_run
    tests_run = run.tests_run()
    assert [s for s in SELECTIONS if not _ran(s, tests_run)] == []
    _, env = identity_run()
    assert tests_run.count(CONFORMANCE) == len(env[OPERATIONS_VARIABLE].split(","))
    new = run.divergences(new_only=True)
    assert new == [], "\n".join(f"{d['operation']} {d['kind']}: {d['title']}\n  {d['curl']}" for d in new)
    assert run.returncode == 0, run.output[-3000:]
