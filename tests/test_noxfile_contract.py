"""``nox -s contract`` fails when the whole suite never called an operation of the spec.

The session function is called with a stand-in for nox's session (tests/nox_stand_in.py); the
report it reads is one written here, as `clubcollect contract` would write it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import noxfile
from tests.nox_stand_in import RecordingSession, SessionStopped


@pytest.fixture(autouse=True)
def project_env_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(noxfile, "PROJECT_ENV", tmp_path / "nox" / "project")


def _report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, missed: list[str]) -> None:
    path = tmp_path / "reports" / "contract-report.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"operations_covered": ["get_company"], "operations_missed": missed}))
    monkeypatch.setattr(noxfile, "CONTRACT_REPORT", path)


def test_a_run_that_missed_operations_fails_and_names_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _report(tmp_path, monkeypatch, ["get_invoice", "list_invoice_lines"])
    session = RecordingSession(posargs=[])
    with pytest.raises(SessionStopped, match="never called get_invoice, list_invoice_lines"):
        noxfile.contract(session)
    assert any(command[1:3] == ("contract", "--jobs") for command in session.commands)


def test_a_run_that_called_every_operation_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _report(tmp_path, monkeypatch, [])
    noxfile.contract(RecordingSession(posargs=[]))


def test_a_narrowed_run_is_not_held_to_every_operation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `nox -s contract -- --operations get_import` asks for less on purpose.
    _report(tmp_path, monkeypatch, ["get_invoice"])
    noxfile.contract(RecordingSession(posargs=["--operations", "get_import"]))
