"""Every benchmark by its ``--only`` name, in the order a full run takes them."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from benchmarks.results import Row
from benchmarks.settings import Settings

Benchmark = Callable[[Settings], list[Row]]

MODULES = {
    "client": "benchmarks.bench_client",
    "facade": "benchmarks.bench_facade",
    "parsing": "benchmarks.bench_parsing",
    "throughput": "benchmarks.bench_throughput",
    "memory": "benchmarks.bench_memory",
    "pagination": "benchmarks.bench_pagination",
    "regen": "benchmarks.bench_regen",
    "contract": "benchmarks.bench_contract",
}
# Minutes-long even with the dev profile: a quick run leaves it out unless named with --only.
SKIPPED_WHEN_QUICK = frozenset({"contract"})


def load(name: str) -> Benchmark:
    runner: Benchmark = import_module(MODULES[name]).run
    return runner


def selected(only: list[str] | None, quick: bool) -> list[str]:
    if only:
        unknown = [name for name in only if name not in MODULES]
        if unknown:
            raise ValueError(f"unknown benchmark(s): {', '.join(unknown)}; choose from {', '.join(MODULES)}")
        return [name for name in MODULES if name in only]
    return [name for name in MODULES if not (quick and name in SKIPPED_WHEN_QUICK)]
