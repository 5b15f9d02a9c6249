"""CLUBCOLLECT_OPERATIONS narrows the schemathesis tests to the named operations, and only those.

The broken-server self-tests lean on it to run one operation instead of all 27; when it silently
selected everything again (schemathesis ORs include filters with the one schemathesis.toml makes),
nothing failed, each of those runs just took 25 times longer. Read from the run of the
missing-field broken server (narrowed to three import operations), which test_broken_servers
reads too: the tests that ran are the ones collected.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.contract_selftest.catalogue import catalogue
from tests.contract_selftest.runner import SuiteRun

NARROWED = {b.name: b for b in catalogue("<unused>")}["missing-field"]
# One test per operation (the JUnit report names them all alike: schemathesis parametrizes them).
CONFORMANCE = "contract_tests/test_schema_conformance.py::test_operation_conforms_to_spec"


def test_named_operations_are_the_only_ones_collected(broken_suite_run: Callable[[str], SuiteRun]) -> None:
    assert NARROWED.env["CLUBCOLLECT_OPERATIONS"] == "create_import,get_import,update_import"
    tests_run = broken_suite_run("missing-field").tests_run()
    assert tests_run.count(CONFORMANCE) == 3
