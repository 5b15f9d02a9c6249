"""schemathesis's own CLI, with every check, finds nothing wrong with the mock (issue: "no server error").

The mock runs as users run it (``python -m clubcollect_mock``) and ``st run`` reads the project's
schemathesis.toml, as a partner would from the repository root.

The coverage phase is left to the contract suite: its test_schema_conformance runs schemathesis'
coverage mode for every operation (the repeated payment links excepted, whose cases are the first
link's: contract_tests/README.md) with every built-in check (the pytest integration enables the
same phases and checks as ``--checks all``), against the same mock, in the contract session (README
commands 1 and 2). Here it was 4,779 of the 5,497 cases, most of the
test's time, for nothing the suite does not already check.

Four generated cases per operation, not ten: the fuzzing phase with every check and this same
schemathesis.toml is the conformance test's too (15 cases per operation, in both README commands),
and the stateful phase's engine is the link run's (20 runs over the same links). What only this
test shows is that the CLI, its phases and the configuration work together, which four cases show
as well as ten did: 9 instead of 18 s of CPU.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from clubcollect_mock.testing import free_port
from generator.common.spec_refs import safe_load

ROOT = Path(__file__).parents[2]
ST = Path(sys.executable).parent / "st"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def _operation_count() -> int:
    """Operations in the spec, so that every one of them is seen to be tested."""
    spec = safe_load((ROOT / "openapi" / "clubcollect-v2.yaml").read_text(encoding="utf-8"))
    return sum(len(HTTP_METHODS & set(item)) for item in spec["paths"].values())


@pytest.fixture
def mock_cli() -> Iterator[tuple[str, str]]:
    key, company = secrets.token_hex(20), secrets.token_hex(20)
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "clubcollect_mock",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--partner",
            f"{key}:{company}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{base}/_mock/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "mock CLI did not start"
            time.sleep(0.1)
        yield f"{base}/api/v2", key
    finally:
        process.terminate()
        process.wait(10)


@pytest.mark.slow
def test_schemathesis_cli_with_all_checks_passes_against_the_mock(mock_cli: tuple[str, str]) -> None:
    base_url, key = mock_cli
    env = {**os.environ, "CLUBCOLLECT_API_KEY": key}
    result = subprocess.run(
        [
            str(ST),
            "run",
            "openapi/clubcollect-v2.yaml",
            "--url",
            base_url,
            "--checks",
            "all",
            "-n",
            "4",
            "--seed",
            "7",
            "--phases",
            "examples,fuzzing,stateful",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert f"Tested: {_operation_count()}" in output
    assert " failed" not in output.split("Test cases:")[-1]
    assert key not in output
