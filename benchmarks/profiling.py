"""cProfile summaries for the notes: where the subject's time goes, by own time per function."""

from __future__ import annotations

import cProfile
import pstats
from collections.abc import Callable
from pathlib import Path

from benchmarks.servers import REPO_ROOT


def _short(filename: str) -> str:
    path = Path(filename)
    for anchor in (REPO_ROOT, *(parent for parent in path.parents if parent.name == "site-packages")):
        try:
            return path.relative_to(anchor).as_posix()
        except ValueError:
            continue
    return path.name or filename


# Time spent blocked on the network or the scheduler, not working: left out of the shares.
_WAITING = ("recv", "send", "select", "poll", "sleep", "acquire")


def _is_waiting(function: str) -> bool:
    return function.startswith("<") and any(word in function for word in _WAITING)


def top_functions(action: Callable[[], object], calls: int, limit: int = 6) -> list[str]:
    """The ``limit`` functions with the most own CPU time over ``calls`` runs of ``action``.

    Shares are of the time spent working: socket waits are excluded, so a round trip's
    profile shows the client's own cost rather than the server's.
    """
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(calls):
        action()
    profiler.disable()
    stats = pstats.Stats(profiler)
    # pstats keeps (file, line, function) -> (primitive calls, calls, own time, cumulative, callers)
    entries = {key: value for key, value in stats.stats.items() if not _is_waiting(key[2])}  # type: ignore[attr-defined]
    total = sum(value[2] for value in entries.values()) or 1.0
    ranked = sorted(entries.items(), key=lambda item: item[1][2], reverse=True)[:limit]
    lines = []
    for (filename, line, function), (_, count, own, _cumulative, _callers) in ranked:
        where = f"{_short(filename)}:{line}" if line else filename
        lines.append(
            f"{own / total:.0%} own time in `{function}` ({where}), {count // calls:,} calls per run"
        )
    return lines
