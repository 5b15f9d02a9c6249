"""tools/run_nox.py, the set-up step of both README commands: nox and uv at their pinned versions
in .venv-nox, made once and again only when those pins change, then nox itself."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import pytest

from tools import run_nox

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tools" / "run_nox.py"


def _pinned(name: str) -> str:
    (line,) = [line for line in run_nox.pins(run_nox.CONSTRAINTS.read_text()) if line.startswith(name + "==")]
    return line.split("==")[1]


def test_the_stamp_follows_the_pins_of_nox_and_uv_only() -> None:
    text = "attrs==1.0\nnox==2026.1.1\nuv==0.1.0\nnoxy==3\n"
    assert run_nox.pins(text) == ["nox==2026.1.1", "uv==0.1.0"]
    assert run_nox.stamp(text) == run_nox.stamp(text.replace("attrs==1.0", "attrs==2.0"))
    assert run_nox.stamp(text) != run_nox.stamp(text.replace("uv==0.1.0", "uv==0.2.0"))


def _run(env_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    # Named relative to where the command starts, as a person would: the script moves to the
    # repository before it hands over, so it must have made the name absolute first.
    env = {**os.environ, "CLUBCOLLECT_NOX_VENV": env_dir.name}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *arguments],
        env=env,
        cwd=env_dir.parent,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_it_makes_the_environment_and_hands_over_to_nox(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv-nox"
    first = _run(env_dir, "-l")
    assert first.returncode == 0, first.stderr
    assert "contract" in first.stdout  # nox listed the sessions of the repository's noxfile
    for tool in run_nox.TOOLS:
        version = subprocess.run(
            [str(env_dir / "bin" / "python"), "-m", tool, "--version"], capture_output=True, text=True
        )
        assert _pinned(tool) in version.stdout + version.stderr, tool
    assert not (env_dir / "bin" / "pip").exists()  # pip was unpacked, not installed with its scripts
    assert (env_dir / "installed-from.sha256").read_text() == run_nox.stamp(run_nox.CONSTRAINTS.read_text())


def test_the_environment_is_made_again_only_when_the_pins_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Path] = []

    def make(env_dir: Path) -> None:
        made.append(env_dir)
        (env_dir / "bin").mkdir(parents=True, exist_ok=True)
        (env_dir / "bin" / "python").write_text("")

    monkeypatch.setattr(run_nox, "make_environment", make)
    env_dir = tmp_path / "venv-nox"
    assert run_nox.ensure_environment(env_dir) and made == [env_dir]
    assert not run_nox.ensure_environment(env_dir) and made == [env_dir]  # same pins: kept
    (env_dir / "installed-from.sha256").write_text("made from other pins")
    assert run_nox.ensure_environment(env_dir) and made == [env_dir, env_dir]
    (env_dir / "bin" / "python").unlink()  # a broken environment is made again too
    assert run_nox.ensure_environment(env_dir) and len(made) == 3


def test_nox_failing_is_the_commands_failure(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv-nox"
    env_dir.mkdir()
    # An environment that looks made from the current pins, with a "python" that exits 3.
    (env_dir / "bin").mkdir()
    fake = env_dir / "bin" / "python"
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(0o755)
    (env_dir / "installed-from.sha256").write_text(run_nox.stamp(run_nox.CONSTRAINTS.read_text()))
    assert _run(env_dir, "-s", "contract").returncode == 3


def test_a_python_without_a_bundled_pip_wheel_gets_the_usual_venv_with_pip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[bool] = []
    commands: list[list[str]] = []

    class Builder:
        def __init__(self, *, clear: bool, with_pip: bool) -> None:
            made.append(with_pip)

        def create(self, env_dir: Path) -> None:
            pass

    def run(command: list[str], **_: Any) -> None:
        commands.append(command)

    monkeypatch.setattr(run_nox, "bundled_pip_wheel", lambda: None)
    monkeypatch.setattr(venv, "EnvBuilder", Builder)
    monkeypatch.setattr(subprocess, "run", run)
    run_nox.make_environment(tmp_path)
    assert made == [True]
    assert commands == [
        [
            str(tmp_path / "bin" / "python"),
            "-m",
            "pip",
            "install",
            "-q",
            "-c",
            str(run_nox.CONSTRAINTS),
            "nox",
            "uv",
        ]
    ]


def test_this_python_carries_a_pip_wheel() -> None:
    # The fast path is the one the README commands take on the project's Python (3.11 from python.org
    # or a distribution that keeps ensurepip whole).
    wheel = run_nox.bundled_pip_wheel()
    assert wheel is not None and wheel.name.startswith("pip-") and wheel.suffix == ".whl"
