"""The project's nox sessions share .nox/project and install into it only when it is new or when
what decides its content changed (noxfile.install_project).

nox's session is replaced by a stand-in that records the commands; the install's two commands
(make the environment, install the three packages) are recorded, not run, so the stand-in makes
the environment's interpreter appear as the real install would.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import noxfile
from tests.nox_stand_in import RecordingSession


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the files that decide the environment, and the environment's place, in tmp_path."""
    root = tmp_path / "repo"
    for name in noxfile.PROJECT_INPUTS:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(noxfile.ROOT / name, root / name)
    monkeypatch.setattr(noxfile, "ROOT", root)
    monkeypatch.setattr(noxfile, "PROJECT_ENV", root / ".nox" / "project")
    return root


def installs(session: RecordingSession) -> list[tuple[str, ...]]:
    return [command for command in session.commands if "install" in command]


def test_the_first_session_installs_and_the_next_one_reuses(project: Path) -> None:
    first = RecordingSession()
    noxfile.install_project(first)  # type: ignore[arg-type]
    assert len(installs(first)) == 1
    install = installs(first)[0]
    assert install[install.index("-e") : install.index("-e") + 2] == ("-e", "./mock")
    assert install[install.index("-c") + 1].endswith("constraints.txt")

    second = RecordingSession()
    noxfile.install_project(second)  # type: ignore[arg-type]
    assert second.commands == []


@pytest.mark.parametrize("changed", noxfile.PROJECT_INPUTS)
def test_a_change_to_what_decides_the_content_installs_again(project: Path, changed: str) -> None:
    noxfile.install_project(RecordingSession())  # type: ignore[arg-type]
    with (project / changed).open("a") as file:
        file.write("\n# changed\n")
    again = RecordingSession()
    noxfile.install_project(again)  # type: ignore[arg-type]
    assert len(installs(again)) == 1


def test_an_install_that_failed_is_made_again(project: Path) -> None:
    class FailingSession(RecordingSession):
        def run(self, *args: Any, env: dict[str, str] | None = None, **kwargs: object) -> None:
            super().run(*args, env=env, **kwargs)
            if "install" in args:
                raise RuntimeError("the install failed")

    with pytest.raises(RuntimeError):
        noxfile.install_project(FailingSession())  # type: ignore[arg-type]
    again = RecordingSession()
    noxfile.install_project(again)  # type: ignore[arg-type]
    assert len(installs(again)) == 1


def test_programs_run_from_the_shared_environment_with_its_path(project: Path) -> None:
    session = RecordingSession()
    run = noxfile.install_project(session)  # type: ignore[arg-type]
    (noxfile.PROJECT_ENV / "bin" / "pytest").write_text("")
    run("pytest", "tests", env={"EXTRA": "1"})
    run("npm", "ci")  # not in the environment: found on PATH as before
    bin_dir = str(noxfile.PROJECT_ENV / "bin")
    assert session.commands[-2] == (f"{bin_dir}/pytest", "tests")
    assert session.commands[-1] == ("npm", "ci")
    for env in session.environments[-2:]:
        assert env["PATH"].split(":")[0] == bin_dir
        assert env["VIRTUAL_ENV"] == str(noxfile.PROJECT_ENV)
    assert session.environments[-2]["EXTRA"] == "1"
