"""A staged copy of the repository for one target, laid out so mutmut's paths are import names.

mutmut names a mutant after its file path (``clubcollect_client/runtime/retry.py`` becomes the
module ``clubcollect_client.runtime.retry``) and only activates it when that is the module the
tests import. In the repository the client lives under ``generated_client/``, so each stage puts
the package at the top, beside the tracked files the tests read (spec, config, fixtures).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Collection
from pathlib import Path

from mutation_testing.targets import Target

ROOT = Path(__file__).resolve().parent.parent
STAGE_ROOT = ROOT / "build" / "mutation"
TOP_LEVEL_COPIES = {
    "clubcollect_client": "generated_client/clubcollect_client",
    "clubcollect_mock": "mock/clubcollect_mock",
}

# The [tool.mutmut] table of a staged pyproject.toml. Only the target's tests are collected; the
# mutation hypothesis profile (tests/conftest.py) makes every run draw the same examples.
PYPROJECT_TABLE = """
[tool.mutmut]
source_paths = [{package}]
only_mutate = [{mutate}]
also_copy = [{also_copy}]
pytest_add_cli_args = ["-p", "no:randomly", "-p", "no:xdist", "-q", "-x"{deselect}]
pytest_add_cli_args_test_selection = [{tests}]
timeout_multiplier = 10.0
timeout_constant = 5.0
"""


def tracked_files(root: Path = ROOT) -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        check=True,
        capture_output=True,
    ).stdout
    return [name for name in listed.decode("utf-8").split("\0") if name and (root / name).is_file()]


def _quoted(items: list[str] | tuple[str, ...]) -> str:
    return ", ".join(f'"{item}"' for item in items)


def stage(target: Target, *, root: Path = ROOT, stage_root: Path = STAGE_ROOT) -> Path:
    """Lay (or refresh) the target's staged tree and return it; mutmut's cache in it is kept."""
    where = stage_root / target.name
    where.mkdir(parents=True, exist_ok=True)
    files = tracked_files(root)
    for name in files:
        _copy_if_changed(root / name, where / name)
    for top, source in TOP_LEVEL_COPIES.items():
        for path in sorted((root / source).rglob("*.py")):
            _copy_if_changed(path, where / top / path.relative_to(root / source))
    top_dirs = sorted({name.split("/", 1)[0] for name in files if "/" in name} - {target.package})
    top_files = sorted(name for name in files if "/" not in name and name != "pyproject.toml")
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    pyproject += PYPROJECT_TABLE.format(
        package=_quoted([target.package]),
        mutate=_quoted(target.mutate),
        also_copy=_quoted([*top_dirs, *top_files]),
        tests=_quoted(target.tests),
        deselect="".join(f', "--deselect", "{test}"' for test in target.deselect),
    )
    _write_if_changed(where / "pyproject.toml", pyproject)
    _refresh_mutmut_copies(where, target.package)
    return where


def _refresh_mutmut_copies(where: Path, package: str) -> None:
    """Bring mutmut's own copies (``mutants/``) of everything it does not mutate up to date.

    mutmut copies the ``also_copy`` files into ``mutants/`` only when it creates that folder, and the
    tests run there: without this a second run would judge mutants against the mock, the tests and
    the fixtures of the first. The package under mutation is left to mutmut, which regenerates a
    file's mutants when the file changed (and keeps the verdicts of unchanged functions).
    """
    mutants = where / "mutants"
    if not mutants.is_dir():
        return
    for path in where.rglob("*"):
        relative = path.relative_to(where)
        if relative.parts[0] in {"mutants", package} or not path.is_file() or "__pycache__" in relative.parts:
            continue
        _copy_if_changed(path, mutants / relative)


# mutmut's exit codes for a mutant whose tests all passed (survived) or that no test reached.
SURVIVOR_EXIT_CODES = frozenset({0, 33})


def forget_survivor_verdicts(where: Path, keep: Collection[str] = ()) -> int:
    """Make mutmut judge every survivor of an earlier run again, but those in ``keep``; return how many.

    A plain ``mutmut run`` keeps the verdict of each mutant whose function did not change, even
    when tests were added since, so a mutant a new test kills would stay "survived". A kill
    stands (adding a test cannot undo it); a survivor, or a mutant no test reached, is re-run.
    ``keep`` names survivors that need not be: the ones survivors.toml lists as equivalent, which
    no test can kill (a survivor runs every test that reaches its function: most of a re-run).
    """
    forgotten = 0
    for meta in sorted((where / "mutants").rglob("*.py.meta")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        verdicts = data.get("exit_code_by_key", {})
        stale = [key for key, code in verdicts.items() if code in SURVIVOR_EXIT_CODES and key not in keep]
        if stale:
            verdicts.update(dict.fromkeys(stale))
            meta.write_text(json.dumps(data, indent=4), encoding="utf-8")
            forgotten += len(stale)
    return forgotten


def _copy_if_changed(source: Path, destination: Path) -> None:
    if destination.is_file() and destination.read_bytes() == source.read_bytes():
        return
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, destination)


def _write_if_changed(destination: Path, text: str) -> None:
    if destination.is_file() and destination.read_text(encoding="utf-8") == text:
        return
    destination.write_text(text, encoding="utf-8")
