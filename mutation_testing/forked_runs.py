"""What the project's tests do differently when mutmut runs them, one mutant per forked process.

mutmut 3 warms one process up (``pytest --collect-only``) and forks it for every mutant; each fork
runs ``pytest.main`` on the tests that called the mutated function, stopping at the first failure.
Two things make those forks cheaper without changing what they judge:

* **The warm heap is frozen.** The collection leaves a large heap in the fork server, and pytest
  ends every session with full garbage collections, so each fork walked all of it again (about
  0.25 s of a 0.65 s run of one quick mock test). ``gc.freeze()`` after the warm-up moves those
  objects out of the collector's sight; the forks only collect what they made themselves.
* **The quickest tests run first.** mutmut passes the tests in no particular order (a set's), and
  with ``-x`` a killed mutant costs whatever ran before the test that caught it. Ordering by the
  durations mutmut itself recorded in its stats run makes a kill cost its cheapest catching test.
  A survivor runs every test either way, so its verdict cannot depend on the order; a kill is a
  failing test in any order.

Both apply only inside mutmut's runs (``MUTANT_UNDER_TEST`` is in the environment).
"""

from __future__ import annotations

import gc
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

# mutmut's own phases (not a mutant): stats recording, the forced failure, listing, the warm-up ("").
_NOT_A_MUTANT = frozenset({"", "stats", "fail", "list_all_tests", "mutant_generation"})
STATS_FILE = Path("mutmut-stats.json")  # in mutants/, the directory mutmut runs pytest from


def under_mutmut() -> bool:
    return "MUTANT_UNDER_TEST" in os.environ


def judging_a_mutant() -> bool:
    return os.environ.get("MUTANT_UNDER_TEST", "") not in _NOT_A_MUTANT


@cache
def recorded_durations(stats_file: Path = STATS_FILE) -> dict[str, float]:
    """Seconds per test id from mutmut's stats run; empty when there is none to read."""
    try:
        raw = json.loads(stats_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    durations = raw.get("duration_by_test", {}) if isinstance(raw, dict) else {}
    return {str(k): float(v) for k, v in durations.items() if isinstance(v, int | float)}


def quickest_first(items: list[Any], durations: dict[str, float]) -> None:
    """Sort pytest items in place by recorded duration; unknown tests keep their place among equals."""
    items.sort(key=lambda item: durations.get(item.nodeid, 0.0))


def freeze_after_warm_up(collect_only: bool) -> None:
    """At the end of the fork server's warm-up collection, freeze what it built (see above)."""
    if collect_only and under_mutmut() and not judging_a_mutant():
        gc.collect()
        gc.freeze()
