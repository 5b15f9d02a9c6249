"""Byte-compile what the contract suite imports, on every core, right after the project's install.

``python tools/precompile.py`` runs in .nox/project (noxfile.install_project calls it). uv installs
without compiling, so the first process that imports a module compiles it. The contract session
starts two shards at the same moment, and each compiled the same 2,200 modules of the toolkit's
dependencies for itself: 7 to 8 s of CPU per shard in a fresh clone, paid twice. Here they are
compiled once, split across the cores (about 4 s on the 2-core machine), before anything starts.

Only the toolkit's own dependency closure (clubcollect-toolkit and what it requires, not its dev
extras) and the project's editable packages: compiling every installed file (uv's
``--compile-bytecode``: 4,700 files, mypy and selenium included) cost more than it saved.
A file that does not compile is left to Python to report when something imports it.
"""

from __future__ import annotations

import compileall
import importlib.metadata
import os
import py_compile
import re
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
DISTRIBUTION = "clubcollect-toolkit"
# The packages the editable installs point at (their files are not in the distributions' records).
EDITABLE_PACKAGES = (
    "clubcollect_toolkit",
    "contract_tests",
    "generator",
    "clubcollect_docs",
    "mock/clubcollect_mock",
    "generated_client/clubcollect_client",
)


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def dependency_closure(distribution: str) -> list[importlib.metadata.Distribution]:
    """``distribution`` and every distribution it requires, transitively; extras left out."""
    found: dict[str, importlib.metadata.Distribution] = {}
    waiting = [distribution]
    while waiting:
        name = normalized(waiting.pop())
        if name in found:
            continue
        try:
            installed = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python
        found[name] = installed
        for line in installed.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                waiting.append(requirement.name)
    return list(found.values())


def closure_sources(distribution: str = DISTRIBUTION) -> list[Path]:
    """The .py files the distribution's dependency closure installed, then the editable packages'."""
    sources = [
        Path(str(installed.locate_file(record)))
        for installed in dependency_closure(distribution)
        for record in installed.files or []
        if record.suffix == ".py"
    ]
    for package in EDITABLE_PACKAGES:
        sources.extend(sorted((ROOT / package).rglob("*.py")))
    return sources


def compile_sources(sources: list[Path]) -> int:
    """Compile each file whose cached bytecode is missing or stale; the number that failed."""
    failed = 0
    for source in sources:
        ok = compileall.compile_file(
            source, quiet=2, invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP
        )
        failed += not ok
    return failed


def compile_in_parallel(sources: Iterable[Path], workers: int) -> int:
    """``compile_sources`` over ``workers`` processes, the files dealt out in turn; failures summed."""
    files = list(sources)
    if workers <= 1 or len(files) < 2:
        return compile_sources(files)
    shares = [files[index::workers] for index in range(workers)]
    with ProcessPoolExecutor(workers) as pool:
        return sum(pool.map(compile_sources, shares))


def main() -> int:
    sources = closure_sources()
    failed = compile_in_parallel(sources, os.cpu_count() or 1)
    print(f"precompile: {len(sources)} files of {DISTRIBUTION} and its dependencies, {failed} not compiled")
    return 0  # a broken file is Python's to report, at its import


if __name__ == "__main__":
    sys.exit(main())
