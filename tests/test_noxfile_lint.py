"""``nox -s lint`` holds the spec and the workflows to the strictest setting of each linter.

The tests session no longer runs Spectral on the spec or Redocly's Arazzo lint on the workflows a
second time: these lines are where they run, so a weakened flag must fail here. The session
function is called with a stand-in for nox's session (tests/nox_stand_in.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import noxfile
from tests.nox_stand_in import RecordingSession


@pytest.fixture
def commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    monkeypatch.setattr(noxfile, "PROJECT_ENV", tmp_path / "nox" / "project")
    monkeypatch.setattr(noxfile, "install_node_tools", lambda session: None)
    session = RecordingSession()
    noxfile.lint(session)
    return session.commands


# Spectral fails on any finding with the project ruleset; Redocly lints the workflows strictly.
STRICTEST = {
    "spectral": (
        "node_modules/.bin/spectral",
        "lint",
        "--fail-severity=hint",
        "--ruleset",
        ".spectral.yaml",
        "openapi/clubcollect-v2.yaml",
    ),
    "redocly": (
        "node_modules/.bin/redocly",
        "lint",
        "--extends=recommended-strict",
        "openapi/clubcollect-workflows.arazzo.yaml",
    ),
}


@pytest.mark.parametrize("tool", sorted(STRICTEST))
def test_each_node_linter_runs_once_at_its_strictest(commands: list[tuple[str, ...]], tool: str) -> None:
    assert [command for command in commands if command[0].endswith(tool)] == [STRICTEST[tool]]


def test_ruff_and_the_spec_rules_run_too(commands: list[tuple[str, ...]]) -> None:
    programs = [command[1:] for command in commands if "ruff" in command[0] or "python" in command[0]]
    assert ("check", ".") in programs and ("format", "--check", ".") in programs
    assert ("-m", "generator", "lint") in programs
