"""The order tests/conftest.py gives pytest-xdist's worksteal: costly units first in every part."""

from __future__ import annotations

from dataclasses import dataclass

from tests.scheduling import COSTLY, JOINS, worksteal_order

CLI = "tests/mock/test_schemathesis_cli.py"
LOOP = "tests/generator/test_docs_to_release.py"
SHARDS = "tests/toolkit/test_shards.py::test_the_shards_of_the_real_suite_partition_its_cases"


@dataclass(frozen=True)
class Node:
    nodeid: str


def _collection() -> list[Node]:
    cheap = [Node(f"tests/a/test_{i}.py::test_x") for i in range(40)]
    costly = [Node(f"{LOOP}::test_a"), Node(f"{LOOP}::test_b[1]"), Node(f"{CLI}::test_one")]
    costly += [Node(f"{CLI}::test_two"), Node(SHARDS), Node(f"{SHARDS}x")]  # the last is no unit
    return cheap[:20] + costly + cheap[20:]


def test_every_test_comes_back_once() -> None:
    items = _collection()
    for workers in (2, 3, 7):
        ordered = worksteal_order(items, workers)
        assert sorted(map(id, ordered)) == sorted(map(id, items))


def test_each_part_starts_with_its_costly_units_and_a_modules_tests_stay_together() -> None:
    ordered = [node.nodeid for node in worksteal_order(_collection(), 2)]
    first, second = ordered[: len(ordered) // 2], ordered[len(ordered) // 2 :]
    assert COSTLY[LOOP] > COSTLY[CLI] + COSTLY[SHARDS]
    # Largest first to the emptier part: the loop to one, the schemathesis CLI and the shards to the other.
    assert first[:2] == [f"{LOOP}::test_a", f"{LOOP}::test_b[1]"]
    assert second[:3] == [f"{CLI}::test_one", f"{CLI}::test_two", SHARDS]
    # The cheap ones keep their collected order (a prefix test's namesake is no unit of it).
    assert [n for n in ordered if n.startswith("tests/a/") or n == f"{SHARDS}x"] == [
        n.nodeid for n in _collection() if n.nodeid.startswith("tests/a/") or n.nodeid == f"{SHARDS}x"
    ]


def test_an_empty_or_cheap_collection_keeps_its_order() -> None:
    cheap = [Node(f"tests/a/test_{i}.py::test_x") for i in range(5)]
    assert worksteal_order(cheap, 2) == cheap
    assert worksteal_order([], 2) == []


def test_joined_tests_of_different_modules_follow_each_other() -> None:
    joined, unit = next(iter(JOINS.items()))
    items = [Node(f"{joined}"), *(Node(f"tests/a/test_{i}.py::test_x") for i in range(10)), Node(unit)]
    ordered = [node.nodeid for node in worksteal_order(items, 2)]
    assert ordered[:2] == [joined, unit]
