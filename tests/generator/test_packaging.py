"""`pip install ./generated_client` works on its own, in a clean virtual environment, with py.typed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator import regen
from tools.run_nox import venv_with_pip


@pytest.mark.slow
def test_generated_client_installs_alone_and_ships_py_typed(tmp_path: Path) -> None:
    env_dir = tmp_path / "env"
    venv_with_pip(env_dir)  # pip unpacked from Python's own wheel: ensurepip byte-compiles all of it
    python = env_dir / "bin" / "python"
    # A copy, so the build leaves nothing (build/, *.egg-info) in the committed folder.
    source = tmp_path / "generated_client"
    shutil.copytree(regen.OUTPUT, source, ignore=shutil.ignore_patterns("*.egg-info", "__pycache__", "build"))
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    probe = (
        "import importlib.resources, clubcollect_client, clubcollect_client.runtime.retry;"
        "from clubcollect_client.api.invoices import get_invoice;"
        "print(importlib.resources.files('clubcollect_client').joinpath('py.typed').is_file())"
    )
    result = subprocess.run([str(python), "-c", probe], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == "True"
