"""The API key never appears in anything the suite prints or writes, failures included."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from tests.contract_selftest.catalogue import catalogue
from tests.contract_selftest.conftest import ServeFactory
from tests.contract_selftest.runner import run_suite


@pytest.mark.slow
def test_canary_key_is_filtered_everywhere(serve_mock: ServeFactory, tmp_path: Path) -> None:
    canary = "c" * 8 + secrets.token_hex(16)  # recognisable, still 40 hex characters
    broken = {b.name: b for b in catalogue(canary)}["wrong-type"]
    with serve_mock(broken.requests, broken.responses, api_key=canary) as served:
        run = run_suite(
            [*broken.tests, "contract_tests/test_auth.py::test_header_wins_over_query_key"],
            tmp_path,
            base_url=served.base_url,
            api_key=served.api_key,
            company_id=served.company_id,
        )
    # The run failed (so tracebacks, reproductions and reports were all written)...
    assert run.returncode != 0
    assert run.divergences()
    written = sorted(path for path in tmp_path.rglob("*") if path.is_file())
    assert {path.name for path in written} >= {
        "contract-report.md",
        "contract-report.json",
        "contract-junit.xml",
    }
    # ...and the key is nowhere in them, while the filtered marker is.
    assert canary not in run.output
    for path in written:
        assert canary not in path.read_text(encoding="utf-8", errors="replace"), path.name
    assert "[Filtered]" in (tmp_path / "contract-report.md").read_text(encoding="utf-8")
