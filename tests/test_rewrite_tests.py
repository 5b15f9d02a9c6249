"""tools/rewrite_tests.py writes the very files pytest would, so xdist's workers need not rewrite them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from _pytest.assertion.rewrite import PYC_TAIL

from tools import rewrite_tests

SAMPLE = "def test_sample():\n    numbers = [1, 2]\n    assert sum(numbers) == 4\n"


def _pyc(source: Path) -> Path:
    return source.parent / "__pycache__" / (source.name[:-3] + PYC_TAIL)


def _pytest(folder: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": ""}
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:xdist",
        "--rootdir",
        str(folder),
    ]
    return subprocess.run(
        [*command, *arguments], cwd=folder, env=env, capture_output=True, text=True, check=False
    )


def test_the_modules_are_those_pytest_rewrites(tmp_path: Path) -> None:
    for name in (
        "test_a.py",
        "b_test.py",
        "conftest.py",
        "helpers.py",
        "sub/test_c.py",
        "__pycache__/test_d.py",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    found = [path.relative_to(tmp_path).as_posix() for path in rewrite_tests.rewritten_modules(tmp_path)]
    assert found == ["b_test.py", "conftest.py", "sub/test_c.py", "test_a.py"]


def test_the_file_written_is_pytests_own_and_reads_as_a_rewritten_assert(tmp_path: Path) -> None:
    folder = tmp_path / "suite"
    folder.mkdir()
    source = folder / "test_sample.py"
    source.write_text(SAMPLE)

    assert rewrite_tests.rewrite([source]) == 1
    ours = _pyc(source).read_bytes()
    _pyc(source).unlink()
    assert _pytest(folder, "--collect-only", "-q").returncode == 0
    assert _pyc(source).read_bytes() == ours  # what pytest itself wrote, byte for byte

    failed = _pytest(folder, "-q")
    assert failed.returncode == 1
    assert "assert 3 == 4" in failed.stdout  # the rewritten assert explains itself


def test_a_current_file_is_kept_and_a_changed_source_is_rewritten(tmp_path: Path) -> None:
    source = tmp_path / "test_sample.py"
    source.write_text(SAMPLE)
    assert rewrite_tests.rewrite_in_parallel([source], workers=2) == 1
    assert rewrite_tests.rewrite([source]) == 0
    source.write_text(SAMPLE.replace("4", "5"))
    assert rewrite_tests.rewrite([source]) == 1


def test_settings_that_change_the_rewriting_are_found(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.pytest.ini_options]\naddopts = "-ra"\n')
    assert rewrite_tests.settings_changed(pyproject) == []
    pyproject.write_text(
        '[tool.pytest.ini_options]\nenable_assertion_pass_hook = true\npython_files = ["check_*.py"]\n'
    )
    assert rewrite_tests.settings_changed(pyproject) == ["python_files", "enable_assertion_pass_hook"]
    assert rewrite_tests.settings_changed(rewrite_tests.ROOT / "pyproject.toml") == []  # this project's


def test_with_such_a_setting_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options]\nenable_assertion_pass_hook = true\n")
    (tmp_path / "tests").mkdir()
    source = tmp_path / "tests" / "test_sample.py"
    source.write_text(SAMPLE)
    monkeypatch.setattr(rewrite_tests, "ROOT", tmp_path)
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)
    assert rewrite_tests.main([str(tmp_path / "tests")]) == 0
    assert not _pyc(source).exists()
    (tmp_path / "pyproject.toml").write_text("[tool.pytest.ini_options]\n")
    assert rewrite_tests.main([str(tmp_path / "tests")]) == 0
    assert _pyc(source).exists()
