"""CLUBCOLLECT_OPERATIONS narrows the schemathesis tests to the named operations, and only those.

The broken-server self-tests lean on it to run one operation instead of all 27; when it silently
selected everything again (schemathesis ORs include filters with the one schemathesis.toml makes),
nothing failed, each of those runs just took 25 times longer.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.contract_selftest.runner import REPO_ROOT


def _collected(operations: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLUBCOLLECT_", "PYTEST_XDIST"))}
    env["CLUBCOLLECT_OPERATIONS"] = operations
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "contract_tests/test_schema_conformance.py",
            "--collect-only",
            "-q",
            "-p",
            "no:xdist",
            "-p",
            "no:cacheprovider",
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return [line for line in finished.stdout.splitlines() if "::test_operation_conforms_to_spec" in line]


def test_named_operations_are_the_only_ones_collected() -> None:
    assert len(_collected("create_import,get_import")) == 2
