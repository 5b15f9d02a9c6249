"""The order of the tests under ``pytest -n N --dist worksteal``: each worker starts with its share of
the few costly tests, so that none of them starts late and leaves one core alone at the end.

worksteal gives each worker one contiguous part of the collected order (the first ``n // N`` tests
to one, and so on), and a worker that runs out takes the last half of another's queue. Costly tests
late in the collection (the docs-to-release loop, the shard partition) used to start near
the end of a worker's part, with nothing left to take from the other worker. Here the costly units
are dealt to the N parts, largest first, each to the part with the least so far, and each part
starts with its costly units; the cheap tests fill the parts up in their collected order and are
what the workers take from each other at the end.

A unit is a test module (when its tests share an expensive module-scoped fixture: moving one of
them alone would set the fixture up twice), a single test, or tests that should follow each other
on one worker (JOINS). The costs are seconds of one quiet run
(``--durations``); a stale figure only makes the order less good, never a test wrong, and a unit no
longer collected is ignored.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

# nodeid prefix -> seconds (setup + call of the unit, on the quiet two-core machine)
COSTLY: dict[str, float] = {
    # Module-scoped loop of ten generator commands in a copy of the repository.
    "tests/generator/test_docs_to_release.py": 35,
    "tests/toolkit/test_shards.py::test_the_shards_of_the_real_suite_partition_its_cases": 13,
    "tests/mock/test_schemathesis_cli.py": 19,
    "tests/toolkit/test_contract_command.py::test_a_broken_server_exits_1_with_the_divergence_reported": 18,
    "tests/generator/test_packaging.py::test_generated_client_installs_alone_and_ships_py_typed": 12,
    "tests/toolkit/test_contract_command.py::test_jobs_run_shards_side_by_side_and_merge_their_reports": 11,
    "tests/toolkit/test_contract_command.py::test_a_conforming_server_exits_0_and_gets_every_report": 9,
    "tests/toolkit/test_contract_command.py::test_a_selection_of_nothing_exits_2_and_says_so": 9,
    # Both mypy runs, one after the other: the second reads the first's cache (.mypy_cache).
    "tests/test_readme_snippets.py::test_every_readme_snippet_passes_mypy_strict": 11,
    # The broken servers' tests, narrowed, behind the wrapper that rewrites nothing (shared_runs.py).
    "tests/contract_selftest/test_identity_wrapper.py": 8,
    "tests/contract_selftest/test_prism.py": 7,
    "tests/mutation/test_mutation_testing.py::test_mutmut_and_the_collector_agree_on_a_tiny_project": 5,
    "tests/packaging/test_examples_from_the_clone.py": 5,
    "tests/mock/test_bad_input.py::test_never_a_server_error": 5,
}
# nodeid prefix -> the COSTLY unit its tests join (for tests of different modules that should run
# on one worker one after the other)
JOINS: dict[str, str] = {
    "tests/client/test_typed_integration.py::test_the_code_passes_mypy_strict": (
        "tests/test_readme_snippets.py::test_every_readme_snippet_passes_mypy_strict"
    ),
}


class Collected(Protocol):
    @property
    def nodeid(self) -> str: ...


Item = TypeVar("Item", bound=Collected)


def _unit_of(nodeid: str) -> str | None:
    """The COSTLY unit ``nodeid`` belongs to (the longest key that is a prefix of it), if any."""
    keys = [key for key in [*COSTLY, *JOINS] if nodeid == key or nodeid.startswith((key + "::", key + "["))]
    longest = max(keys, key=len, default=None)
    return JOINS.get(longest, longest) if longest is not None else None


def worksteal_order(items: Sequence[Item], workers: int) -> list[Item]:
    """The same ``items``, each once, in the order that starts each of ``workers`` parts with its
    share of the costly units."""
    units: dict[str, list[Item]] = {}
    cheap: list[Item] = []
    for item in items:
        unit = _unit_of(item.nodeid)
        if unit is None:
            cheap.append(item)
        else:
            units.setdefault(unit, []).append(item)
    parts: list[list[Item]] = [[] for _ in range(workers)]
    loads = [0.0] * workers
    for unit in sorted(units, key=lambda key: -COSTLY[key]):
        least = loads.index(min(loads))
        parts[least] += units[unit]
        loads[least] += COSTLY[unit]
    # worksteal's first split: each worker in turn gets the remaining tests // the workers left.
    ordered: list[Item] = []
    remaining = len(items)
    for index, part in enumerate(parts):
        size = remaining // (workers - index)
        remaining -= size
        fill = max(0, size - len(part))
        ordered += part + cheap[:fill]
        cheap = cheap[fill:]
    ordered += cheap
    assert len(ordered) == len(items)
    return ordered
