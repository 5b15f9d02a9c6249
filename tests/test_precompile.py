"""tools/precompile.py: what the contract suite imports is compiled once, on every core, after the install."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from tools import precompile


def test_the_closure_is_the_toolkit_and_what_it_requires_without_its_extras() -> None:
    closure = precompile.dependency_closure("clubcollect-toolkit")
    names = {precompile.normalized(installed.metadata["Name"]) for installed in closure}
    assert {"clubcollect-toolkit", "clubcollect-mock", "clubcollect-client", "schemathesis"} <= names
    assert "starlette" in names  # through the mock, two requirements down
    # The dev extras (type checking, the browser tests) are not what the suite imports.
    assert not {"mypy", "selenium", "pytest-xdist"} & names


def test_the_sources_include_the_editable_packages_and_installed_files() -> None:
    sources = set(precompile.closure_sources())
    assert precompile.ROOT / "contract_tests" / "conftest.py" in sources
    assert precompile.ROOT / "mock" / "clubcollect_mock" / "__init__.py" in sources
    schemathesis_init = Path(str(importlib.util.find_spec("schemathesis").origin))  # type: ignore[union-attr]
    assert schemathesis_init in sources
    assert all(source.suffix == ".py" for source in sources)


def test_each_file_is_compiled_once_and_a_broken_one_is_counted(tmp_path: Path) -> None:
    good = [tmp_path / f"module_{index}.py" for index in range(5)]
    for source in good:
        source.write_text("VALUE = 1\n")
    broken = tmp_path / "broken.py"
    broken.write_text("def (:\n")

    assert precompile.compile_in_parallel([*good, broken], workers=2) == 1
    cached = [Path(importlib.util.cache_from_source(str(source))) for source in good]
    assert all(path.is_file() for path in cached)
    assert not Path(importlib.util.cache_from_source(str(broken))).exists()

    written = [path.stat().st_mtime_ns for path in cached]
    assert precompile.compile_in_parallel(good, workers=2) == 0
    assert [path.stat().st_mtime_ns for path in cached] == written  # up to date: left alone

    good[0].write_text("VALUE = 2\n")
    later = good[0].stat().st_mtime + 10  # compileall compares whole seconds of the source's mtime
    os.utime(good[0], (later, later))
    stale_before = cached[0].read_bytes()
    assert precompile.compile_in_parallel(good[:1], workers=1) == 0
    assert cached[0].read_bytes() != stale_before  # a changed source is compiled again
