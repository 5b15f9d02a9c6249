"""Rewrite the asserts of the test modules once, on every core, before pytest-xdist starts its workers.

``python tools/rewrite_tests.py [FOLDER]`` (the tests session runs it on tests/). pytest rewrites
each test module's asserts when it first imports it and keeps the result in ``__pycache__`` (a
``*-pytest-<version>.pyc`` keyed by the source's hash). The tests session's three xdist workers each
collect every module at the same moment, so in a fresh clone each rewrote all 186 of them:
5 s of CPU per worker, three times over. Written here first, the workers read them.

It calls pytest's own rewriting functions (private, and pinned with pytest by constraints.txt), so
the files are what pytest would write. Anything unexpected, an API that moved or a module that
does not parse, leaves that file to pytest, as before: this only warms a cache. It writes nothing
when the project's pytest settings leave the defaults it assumes (which files are test modules,
no assertion pass hook): pytest would then rewrite other files, or rewrite them otherwise.
"""

from __future__ import annotations

import os
import sys
import tomllib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# pytest settings that would change which files are rewritten, or how.
SETTINGS_ASSUMED_DEFAULT = ("python_files", "enable_assertion_pass_hook")


class _Quiet:
    """What ``_write_pyc`` reports a failed write to (it is then left to pytest)."""

    @staticmethod
    def trace(message: str) -> None:
        pass


def rewritten_modules(folder: Path) -> list[Path]:
    """The files pytest rewrites under its default ``python_files``: test modules and conftest.py."""
    patterns = ("test_*.py", "*_test.py", "conftest.py")
    return sorted(
        {path for pattern in patterns for path in folder.rglob(pattern) if "__pycache__" not in path.parts}
    )


def settings_changed(pyproject: Path) -> list[str]:
    """The settings of SETTINGS_ASSUMED_DEFAULT that ``pyproject``'s pytest settings give."""
    with pyproject.open("rb") as file:
        ini = tomllib.load(file).get("tool", {}).get("pytest", {}).get("ini_options", {})
    return [name for name in SETTINGS_ASSUMED_DEFAULT if name in ini]


def rewrite(paths: list[Path]) -> int:
    """Write pytest's rewritten pyc of each file that has no current one; the number written."""
    try:
        from _pytest.assertion import rewrite as pytest_rewrite
    except ImportError:
        return 0
    written = 0
    for source in paths:
        try:
            pyc = pytest_rewrite.get_cache_dir(source) / (source.name[:-3] + pytest_rewrite.PYC_TAIL)
            if pytest_rewrite._read_pyc(source, pyc) is not None:
                continue
            # No config: the assertion pass hook is off (main checks the project leaves it so).
            source_hash, code = pytest_rewrite._rewrite_test(source, None)  # type: ignore[arg-type]
            pyc.parent.mkdir(exist_ok=True)
            written += bool(pytest_rewrite._write_pyc(_Quiet(), code, source_hash, pyc))  # type: ignore[arg-type]
        except (AttributeError, TypeError, OSError, SyntaxError, ValueError):
            continue
    return written


def rewrite_in_parallel(paths: list[Path], workers: int) -> int:
    if workers <= 1 or len(paths) < 2:
        return rewrite(paths)
    with ProcessPoolExecutor(workers) as pool:
        return sum(pool.map(rewrite, [paths[index::workers] for index in range(workers)]))


def main(arguments: list[str]) -> int:
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return 0  # pytest would not write them either
    changed = settings_changed(ROOT / "pyproject.toml")
    if changed:
        print(f"rewrite_tests: left to pytest ({', '.join(changed)} set in pyproject.toml)")
        return 0
    folder = Path(arguments[0]) if arguments else ROOT / "tests"
    paths = rewritten_modules(folder)
    written = rewrite_in_parallel(paths, os.cpu_count() or 1)
    print(f"rewrite_tests: {written} of {len(paths)} test modules rewritten ahead of pytest")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
