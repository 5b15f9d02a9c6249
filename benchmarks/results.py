"""One benchmark's outcome: the subject, its same-run baseline, their ratio and the goal."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Direction(Enum):
    """Which side of the limit meets the goal."""

    AT_MOST = "<="
    AT_LEAST = ">="


@dataclass(frozen=True)
class Goal:
    limit: float
    direction: Direction
    unit: str = "x"

    def met_by(self, value: float) -> bool:
        if self.direction is Direction.AT_MOST:
            return value <= self.limit
        return value >= self.limit

    def describe(self) -> str:
        return f"{self.direction.value} {format_number(self.limit)}{self.unit}"


@dataclass(frozen=True)
class Row:
    """A line of the results table.

    ``value`` is what the goal judges: a ratio (subject / baseline) for most rows, an absolute
    figure for the rows without a baseline (memory per invoice, regen seconds).
    """

    name: str
    what: str
    subject: str
    baseline: str
    value: float
    unit: str
    goal: Goal | None
    command: str
    notes: list[str] = field(default_factory=list)

    @property
    def met(self) -> bool | None:
        return None if self.goal is None else self.goal.met_by(self.value)

    @property
    def verdict(self) -> str:
        met = self.met
        if met is None:
            return "reported"
        return "met" if met else "MISSED"


def ratio(subject: float, baseline: float) -> float:
    """subject / baseline; a zero baseline cannot give a ratio."""
    if baseline <= 0:
        raise ValueError("the baseline must be positive to form a ratio")
    return subject / baseline


def format_number(value: float) -> str:
    """Three significant digits, no exponent for the sizes that occur here."""
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"
