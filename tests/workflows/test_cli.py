"""``clubcollect workflows`` exit codes when the run cannot be made, and its module entry point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from clubcollect_mock.testing import free_port
from clubcollect_toolkit import workflows
from tests.workflows.conftest import CANARY


def test_missing_credentials_cannot_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("CLUBCOLLECT_API_KEY", raising=False)
    monkeypatch.setenv("CLUBCOLLECT_COMPANY_ID", "a" * 40)
    assert workflows.main(["--base-url", "http://127.0.0.1:9/api/v2"]) == 2
    assert "CLUBCOLLECT_API_KEY" in capsys.readouterr().err


def test_an_unknown_workflow_cannot_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CLUBCOLLECT_API_KEY", CANARY)
    monkeypatch.setenv("CLUBCOLLECT_COMPANY_ID", "a" * 40)
    assert workflows.main(["--base-url", "http://127.0.0.1:9/api/v2", "--workflow", "onboardCompanny"]) == 2
    assert "unknown workflow onboardCompanny; the workflows are: onboardCompany, " in capsys.readouterr().err


def test_an_unreachable_server_cannot_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("CLUBCOLLECT_API_KEY", CANARY)
    monkeypatch.setenv("CLUBCOLLECT_COMPANY_ID", "a" * 40)
    url = f"http://127.0.0.1:{free_port()}/api/v2"
    assert workflows.main(["--base-url", url, "--report-dir", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert f"cannot reach {url}" in captured.err and CANARY not in captured.out + captured.err
    assert not list(tmp_path.iterdir())


def test_a_missing_runner_cannot_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from clubcollect_mock import Partner, create_app
    from clubcollect_mock.testing import serve_in_thread

    monkeypatch.setenv("CLUBCOLLECT_API_KEY", CANARY)
    monkeypatch.setenv("CLUBCOLLECT_COMPANY_ID", "a" * 40)
    with serve_in_thread(create_app([Partner(CANARY, "a" * 40)])) as root:
        argv = [
            "--base-url",
            f"{root}/api/v2",
            "--runner",
            "respect",
            "--redocly",
            str(tmp_path / "no-redocly"),
        ]
        assert workflows.main(argv) == 2
    captured = capsys.readouterr()
    assert "respect:" in captured.err and CANARY not in captured.out + captured.err


def test_the_module_runs_as_a_program() -> None:
    answer = subprocess.run(
        [sys.executable, "-m", "clubcollect_toolkit.workflows", "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert answer.returncode == 0 and "--base-url" in answer.stdout and "--report-dir" in answer.stdout


def test_the_workflows_file_is_found_through_the_path_helper() -> None:
    assert workflows.openapi_file(workflows.WORKFLOWS_FILE).is_file()
    assert workflows.openapi_file(workflows.SPEC_FILE).is_file()
