"""``clubcollect``: one command in front of the generator's tools and the contract suite."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from clubcollect_toolkit import cli

COMMAND = Path(sys.executable).parent / "clubcollect"


def test_the_installed_command_lists_its_commands() -> None:
    done = subprocess.run([str(COMMAND), "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    for name in ("lint", "regen", "check", "drift", "diff", "contract"):
        assert f"\n  {name} " in done.stdout


def test_lint_is_the_generators_lint(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["lint"]) == 0
    assert "0 finding(s)" in capsys.readouterr().err


def test_a_subcommand_answers_its_own_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["diff", "--help"])
    assert exit_.value.code == 0 and "--against" in capsys.readouterr().out


def test_an_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["lnit"]) == 2
    assert "unknown command 'lnit'" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["regen", "check"])
def test_regen_and_check_outside_a_clone_say_what_they_need(
    name: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "in_clone", lambda: False)
    assert cli.main([name]) == 2
    assert "works on a clone" in capsys.readouterr().err


def test_workflows_is_served_only_when_its_module_is_there(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(cli, "has_workflows", lambda: False)
    assert cli.main(["workflows"]) == 2
    assert "workflows" not in cli.usage()
    capsys.readouterr()

    seen: list[list[str]] = []

    def workflows_main(argv: list[str]) -> int:
        seen.append(argv)
        return 0

    module = types.ModuleType(cli.WORKFLOWS_MODULE)
    module.main = workflows_main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, cli.WORKFLOWS_MODULE, module)
    monkeypatch.setattr(cli, "has_workflows", lambda: True)
    assert cli.main(["workflows", "list"]) == 0
    assert seen == [["list"]]
    assert "workflows" in cli.usage()
