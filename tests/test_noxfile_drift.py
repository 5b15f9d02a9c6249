"""``nox -s drift`` in a clone without the vendor's pages says how to fetch them, and runs nothing.

The session function is called with a stand-in for nox's session that records what it is asked
to do (nox itself would build a virtual environment first).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import noxfile
from tests.nox_stand_in import RecordingSession, SessionStopped


@pytest.fixture(autouse=True)
def project_env_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The session's install goes to a stand-in folder, not the repository's .nox/project.
    monkeypatch.setattr(noxfile, "PROJECT_ENV", tmp_path / "nox" / "project")


def project_python() -> str:
    """The shared environment's interpreter, which the session runs the generator with."""
    return str(noxfile.PROJECT_ENV / "bin" / "python")


def run_drift(session: RecordingSession) -> None:
    noxfile.drift(session)


def test_without_pages_it_says_how_to_fetch_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    absent = tmp_path / "clubcollect-docs-source"
    monkeypatch.setattr(noxfile, "DOCS_SOURCE_DIR", str(absent))
    session = RecordingSession(posargs=[])
    with pytest.raises(SessionStopped) as stopped:
        run_drift(session)
    assert str(absent) in str(stopped.value)
    assert "nox -s drift -- --fetch" in str(stopped.value)
    assert "CLUBCOLLECT_DOCS_SOURCE_DIR" in str(stopped.value)
    assert session.commands == []


def test_with_pages_it_compares_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(noxfile, "DOCS_SOURCE_DIR", str(tmp_path))
    session = RecordingSession(posargs=[])
    run_drift(session)
    assert session.commands[-1] == (project_python(), "-m", "generator", "drift", str(tmp_path))


def test_arguments_go_through_even_without_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(noxfile, "DOCS_SOURCE_DIR", str(tmp_path / "absent"))
    session = RecordingSession(posargs=["--fetch"])
    run_drift(session)
    assert session.commands[-1] == (project_python(), "-m", "generator", "drift", "--fetch")
