"""Against Stoplight Prism (a stateless mock generated from the spec) the suite says what it is."""

from __future__ import annotations

import secrets
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from clubcollect_mock.testing import free_port, wait_for_port
from tests.contract_selftest.runner import REPO_ROOT, run_suite

PRISM = REPO_ROOT / "node_modules" / ".bin" / "prism"
SPEC = REPO_ROOT / "openapi" / "clubcollect-v2.yaml"


@pytest.fixture
def prism_url() -> Iterator[str]:
    if not PRISM.exists():
        pytest.fail(f"Prism is not installed at {PRISM} (npm ci installs it from package-lock.json)")
    port = free_port()
    process = subprocess.Popen(
        [str(PRISM), "mock", str(SPEC), "-p", str(port), "-h", "127.0.0.1"],
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port("127.0.0.1", port, timeout=60)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.slow
def test_suite_reports_prism_as_stateless_and_keyless(prism_url: str, tmp_path: Path) -> None:
    run = run_suite(
        ["contract_tests/test_target_character.py"],
        tmp_path,
        base_url=prism_url,
        api_key=secrets.token_hex(20),
        company_id=secrets.token_hex(20),
    )
    notes = " | ".join(run.report.get("notes", []))
    assert run.returncode != 0
    assert "stateless" in notes, notes
    assert "accepts any API key" in notes, notes
    assert run.report.get("mock_control") is False
    markdown = (tmp_path / "contract-report.md").read_text(encoding="utf-8")
    assert "stateless" in markdown and "accepts any API key" in markdown
