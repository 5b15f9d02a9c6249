"""``python -m benchmarks --self-check``: the arithmetic and table code checked on known inputs."""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.registry import MODULES, selected
from benchmarks.results import Direction, Goal, Row, format_number, ratio
from benchmarks.stats import interleave, rotate
from benchmarks.table import END, START, render_table, replace_block


def _row(value: float, goal: Goal | None) -> Row:
    return Row("b", "w", "s", "base", value, "x", goal, "cmd")


def _expect(condition: bool, what: str, failures: list[str]) -> None:
    if not condition:
        failures.append(what)


def run() -> list[str]:
    """The failed checks (empty when all pass)."""
    failures: list[str] = []
    _expect(ratio(3.0, 2.0) == 1.5, "ratio is subject / baseline", failures)
    try:
        ratio(1.0, 0.0)
        failures.append("a zero baseline must be refused")
    except ValueError:
        pass
    at_most, at_least = Goal(1.1, Direction.AT_MOST), Goal(0.8, Direction.AT_LEAST)
    _expect(at_most.met_by(1.1) and not at_most.met_by(1.11), "<= goal boundary", failures)
    _expect(at_least.met_by(0.8) and not at_least.met_by(0.79), ">= goal boundary", failures)
    _expect(_row(2.0, at_most).verdict == "MISSED", "a missed goal says MISSED", failures)
    _expect(_row(1.0, None).verdict == "reported", "a row without goal is reported", failures)
    _expect(format_number(1234.4) == "1,234" and format_number(0.4567) == "0.457", "number format", failures)

    calls: list[str] = []
    values = iter([1.0, 2.0, 2.0, 4.0, 3.0, 3.0])

    def record(name: str) -> float:
        calls.append(name)
        return next(values)

    paired = interleave(lambda: record("b"), lambda: record("s"), rounds=3, warmup=0)
    _expect(
        calls == ["b", "s", "s", "b", "b", "s"], "baseline and subject alternate who goes first", failures
    )
    _expect(paired.baseline == [1.0, 4.0, 3.0] and paired.subject == [2.0, 2.0, 3.0], "pairs kept", failures)
    _expect(paired.ratio_median == 1.0, "median of per-round ratios (2, 0.5, 1)", failures)

    order: list[str] = []

    def step(name: str) -> Callable[[], float]:
        def action() -> float:
            order.append(name)
            return float(len(order))

        return action

    rotated = rotate({name: step(name) for name in "abc"}, rounds=3, warmup=0)
    _expect("".join(order) == "abcbcacab", "rotate starts each round one action later", failures)
    _expect(rotated["a"] == [1.0, 6.0, 8.0], "rotate keeps each action's results", failures)

    table = render_table([_row(1.05, at_most)])
    _expect("| b | s | base | 1.05x | <= 1.10x | met |" in table, "table row", failures)
    old = f"intro\n{START}\nold\n{END}\noutro\n"
    new = replace_block(old, f"{START}\nnew\n{END}")
    _expect(new == f"intro\n{START}\nnew\n{END}\noutro\n", "block replaced in place", failures)
    _expect(replace_block("intro\n", "B") == "intro\n\nB\n", "block appended when missing", failures)
    _expect("contract" not in selected(None, quick=True), "quick skips the contract run", failures)
    _expect(selected(["contract"], quick=True) == ["contract"], "--only overrides quick", failures)
    _expect(selected(None, quick=False) == list(MODULES), "a full run takes every benchmark", failures)
    return failures
