"""The toolkit as a partner installs it: built wheels in a fresh virtual environment, run elsewhere.

Nothing of the clone is importable there, so every file the commands read must come from the
wheel (the spec, schemathesis.toml, the baseline, the suite's pytest settings, the generator's
config and templates).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
# What the toolkit's wheel is built from (a copy, so no build/ or egg-info lands in the clone).
TOOLKIT_SOURCES = (
    "pyproject.toml",
    "README.md",
    "openapi",
    "generator",
    "contract_tests",
    "clubcollect_toolkit",
    "clubcollect_docs",
)
DROPPINGS = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "dist", ".hypothesis")


def _copy(names: tuple[str, ...], source: Path, destination: Path) -> Path:
    destination.mkdir(parents=True)
    for name in names:
        if (source / name).is_dir():
            shutil.copytree(source / name, destination / name, ignore=DROPPINGS)
        else:
            shutil.copy2(source / name, destination / name)
    return destination


def _run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=900, check=False, **kwargs)  # type: ignore[call-overload, no-any-return]


def _fresh_environment(env_dir: Path) -> tuple[Path, list[str], list[str]]:
    """A new virtual environment: its bin folder, and the commands that build wheels and install."""
    uv = shutil.which("uv")  # much faster when there; pip (from ensurepip) otherwise
    if uv:
        created = _run([uv, "venv", "-q", "-p", sys.executable, str(env_dir)])
        assert created.returncode == 0, created.stderr
        python = str(env_dir / "bin" / "python")
        return (
            env_dir / "bin",
            [uv, "build", "-q", "--wheel", "--out-dir"],
            [uv, "pip", "install", "-q", "--python", python],
        )
    venv.create(env_dir, with_pip=True)
    pip = [str(env_dir / "bin" / "python"), "-m", "pip"]
    return env_dir / "bin", [*pip, "wheel", "-q", "--no-deps", "-w"], [*pip, "install", "-q"]


def _build_wheels(tmp_path: Path, build: list[str]) -> list[Path]:
    dist = tmp_path / "dist"
    sources = [
        _copy(TOOLKIT_SOURCES, REPO_ROOT, tmp_path / "src" / "toolkit"),
        _copy(("pyproject.toml", "clubcollect_mock"), REPO_ROOT / "mock", tmp_path / "src" / "mock"),
        shutil.copytree(REPO_ROOT / "generated_client", tmp_path / "src" / "client", ignore=DROPPINGS),
    ]
    for source in sources:
        done = _run([*build, str(dist), str(source)])
        assert done.returncode == 0, done.stderr[-3000:]
    return sorted(dist.glob("*.whl"))


@pytest.mark.slow
def test_the_installed_toolkit_lints_and_runs_the_contract_suite_outside_the_clone(tmp_path: Path) -> None:
    bin_dir, build, install = _fresh_environment(tmp_path / "venv")
    wheels = _build_wheels(tmp_path, build)
    toolkit = next(wheel for wheel in wheels if wheel.name.startswith("clubcollect_toolkit-"))
    names = zipfile.ZipFile(toolkit).namelist()
    for shipped in (
        "clubcollect_toolkit/openapi/clubcollect-v2.yaml",
        "contract_tests/schemathesis.toml",
        "contract_tests/suite.ini",
        "contract_tests/baseline.yaml",
        "generator/config.yaml",
        "generator/templates/facade/client.py.jinja",
    ):
        assert shipped in names, shipped
    assert not [name for name in names if name.startswith(("tests/", "benchmarks/", "mutation_testing/"))]
    assert not [name for name in names if "__pycache__" in name]

    installed = _run([*install, "-c", str(REPO_ROOT / "constraints.txt"), *map(str, wheels)])
    assert installed.returncode == 0, installed.stderr[-3000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLUBCOLLECT_", "PYTEST_", "PYTHONPATH"))}

    linted = _run([str(bin_dir / "clubcollect"), "lint"], cwd=elsewhere, env=env)
    assert linted.returncode == 0 and "0 finding(s)" in linted.stderr, linted.stderr[-2000:]
    assert "site-packages/clubcollect_toolkit/openapi/clubcollect-v2.yaml" in linted.stderr

    reports = elsewhere / "reports"
    command = [str(bin_dir / "clubcollect"), "contract", "--profile", "quick", "--report-dir", str(reports)]
    selection = "test_pagination or test_total_must_equal_sum_of_lines"
    ran = _run([*command, "--", "-k", selection], cwd=elsewhere, env=env)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-3000:]
    assert str(REPO_ROOT) not in ran.stdout  # nothing came from the clone
    report = json.loads((reports / "contract-report.json").read_text(encoding="utf-8"))
    assert report["embedded"] and "create_invoice" in report["operations_covered"]
    assert (reports / "contract-junit.xml").is_file() and (reports / "contract-report.md").is_file()
