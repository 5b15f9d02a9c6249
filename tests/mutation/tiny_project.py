"""A tiny project for real mutmut runs: one package, this repository's mutation_testing beside it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def lay_out(root: Path, calc_source: str, pyproject: str) -> None:
    """``tiny/calc.py`` with ``calc_source``, an empty tests/ folder, the given pyproject.toml."""
    (root / "tiny").mkdir()
    (root / "tiny" / "__init__.py").write_text("", encoding="utf-8")
    (root / "tiny" / "calc.py").write_text(calc_source, encoding="utf-8")
    (root / "tests").mkdir()
    (root / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    shutil.copytree(ROOT / "mutation_testing", root / "mutation_testing")


def run_module(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m ARGS`` in ``root``, outside this pytest run (its PYTEST_* variables dropped)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
