"""cProfile summaries for the notes: where a subject's time goes, by area and by function.

Shares are of the time spent working: socket waits and sleeps are left out, so a round trip's
profile shows this process's own cost rather than the server's.
"""

from __future__ import annotations

import cProfile
import pstats
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.servers import REPO_ROOT

_WAITING = ("recv", "send", "select", "poll", "sleep", "acquire")
_BUILTIN_OWNER = re.compile(r"of '([A-Za-z0-9_]+)")
# Key: (file, line, function); value: (primitive calls, calls, own time, cumulative, callers).
Entries = dict[tuple[str, int, str], tuple[Any, ...]]


def _is_waiting(function: str) -> bool:
    return function.startswith("<") and any(word in function for word in _WAITING)


def _short(filename: str) -> str:
    """The path from the import root: site-packages, the standard library, or the repository."""
    path = Path(filename)
    libraries = [parent for parent in path.parents if parent.name in ("site-packages", "lib-dynload")]
    stdlib = [parent for parent in path.parents if re.fullmatch(r"python3\.\d+", parent.name)]
    for anchor in [*libraries, *stdlib, REPO_ROOT]:
        try:
            return path.relative_to(anchor).as_posix()
        except ValueError:
            continue
    return path.name or filename


def area(filename: str, function: str) -> str:
    """A readable owner for a profile entry: a project module, a library, or a C extension."""
    if filename == "~":
        owner = _BUILTIN_OWNER.search(function)
        return f"{owner.group(1).split('.')[0]} (C)" if owner else "builtins (C)"
    short = _short(filename)
    parts = short.split("/")
    if parts[0] == "generated_client":
        parts = parts[1:]
    if parts[0] in ("clubcollect_mock", "clubcollect_client", "benchmarks"):
        return (
            "/".join(parts[:3])
            if parts[1] in ("api", "schemas", "models", "runtime")
            else "/".join(parts[:2])
        )
    if filename.startswith("<attrs generated"):
        return "attrs-generated __init__"
    return parts[0].removesuffix(".py")


def _profile(action: Callable[[], object], calls: int) -> Entries:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        action()
    profiler.disable()
    entries: Entries = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return {key: value for key, value in entries.items() if not _is_waiting(key[2])}


def summary(
    action: Callable[[], object],
    calls: int,
    functions: int = 5,
    areas: int = 5,
    leave_out: tuple[str, ...] = (),
) -> list[str]:
    """The largest areas and functions by own time over ``calls`` runs of ``action``.

    Areas starting with a ``leave_out`` prefix (a test harness, say) count in neither list.
    """
    entries = {
        key: value
        for key, value in _profile(action, calls).items()
        if not area(key[0], key[2]).startswith(leave_out)
    }
    total = sum(value[2] for value in entries.values()) or 1.0
    by_area: dict[str, float] = defaultdict(float)
    for (filename, _, function), value in entries.items():
        by_area[area(filename, function)] += value[2]
    top_areas = sorted(by_area.items(), key=lambda item: item[1], reverse=True)[:areas]
    lines = ["by area: " + ", ".join(f"{name} {own / total:.0%}" for name, own in top_areas)]
    ranked = sorted(entries.items(), key=lambda item: item[1][2], reverse=True)[:functions]
    for (filename, line, function), value in ranked:
        where = f"{_short(filename)}:{line}" if line else "builtin"
        per_run = value[1] // calls
        lines.append(f"{value[2] / total:.0%} in `{function}` ({where}), {per_run:,} calls per run")
    return lines


def _area_totals(entries: Entries) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for (filename, _, function), value in entries.items():
        totals[area(filename, function)] += value[2]
    return totals


def extra_by_area(
    baseline: Callable[[], object], subject: Callable[[], object], calls: int, areas: int = 6
) -> str:
    """Which areas make up the subject's own time beyond the baseline's, as shares of that extra.

    cProfile inflates small functions, so absolute figures would mislead; the shares show
    where to look.
    """
    base = _area_totals(_profile(baseline, calls))
    subj = _area_totals(_profile(subject, calls))
    extra = {name: subj.get(name, 0.0) - base.get(name, 0.0) for name in set(base) | set(subj)}
    positive = {name: value for name, value in extra.items() if value > 0}
    total = sum(positive.values()) or 1.0
    top = sorted(positive.items(), key=lambda item: item[1], reverse=True)[:areas]
    shown = ", ".join(f"{name} {value / total:.0%}" for name, value in top)
    return f"the subject's own time beyond the baseline's, by area (cProfile): {shown}"
