"""Timing helpers: warm-up, interleaved repetitions and medians.

Baseline and subject take turns (and swap who goes first every round), so a burst of noise
from the machine lands on both instead of skewing one of them.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

Action = Callable[[], object]


@dataclass(frozen=True)
class Paired:
    """Per-round measurements of the baseline and the subject (same unit, same order)."""

    baseline: list[float]
    subject: list[float]

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    @property
    def subject_median(self) -> float:
        return statistics.median(self.subject)

    @property
    def ratio_median(self) -> float:
        """The median of per-round ratios: robust to slow drifts of the machine's speed."""
        return statistics.median(s / b for s, b in zip(self.subject, self.baseline, strict=True))

    def spread(self) -> str:
        """Smallest and largest per-round ratio, for the notes."""
        ratios = [s / b for s, b in zip(self.subject, self.baseline, strict=True)]
        return f"per-round ratios {min(ratios):.2f}..{max(ratios):.2f} over {len(ratios)} rounds"


Clock = Callable[[], float]

# Wall time for anything that waits on a socket; CPU time of this process for pure computation,
# which a busy machine's scheduler then cannot inflate.
WALL: Clock = time.perf_counter
CPU: Clock = time.process_time


def time_per_call(action: Action, calls: int, clock: Clock = WALL) -> float:
    """Mean seconds per call over ``calls`` back-to-back calls."""
    start = clock()
    for _ in range(calls):
        action()
    return (clock() - start) / calls


def interleave(
    baseline: Callable[[], float], subject: Callable[[], float], *, rounds: int, warmup: int = 1
) -> Paired:
    """Run ``warmup`` unrecorded rounds, then ``rounds`` recorded ones, alternating who goes first."""
    for _ in range(warmup):
        baseline()
        subject()
    base: list[float] = []
    subj: list[float] = []
    for index in range(rounds):
        if index % 2 == 0:
            base.append(baseline())
            subj.append(subject())
        else:
            subj.append(subject())
            base.append(baseline())
    return Paired(base, subj)


def interleave_calls(
    baseline: Action, subject: Action, *, calls: int, rounds: int, warmup: int = 1, clock: Clock = WALL
) -> Paired:
    """Seconds per call of two actions, interleaved in blocks of ``calls``."""
    return interleave(
        lambda: time_per_call(baseline, calls, clock),
        lambda: time_per_call(subject, calls, clock),
        rounds=rounds,
        warmup=warmup,
    )


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def rotate(
    actions: dict[str, Callable[[], float]], *, rounds: int, warmup: int = 1
) -> dict[str, list[float]]:
    """Like :func:`interleave` for any number of actions: each round starts one later in the list."""
    names = list(actions)
    for _ in range(warmup):
        for name in names:
            actions[name]()
    results: dict[str, list[float]] = {name: [] for name in names}
    for index in range(rounds):
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            results[name].append(actions[name]())
    return results
