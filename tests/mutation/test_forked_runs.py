"""mutmut's forked runs: the quickest tests first, and the warm-up's heap frozen (forked_runs.py)."""

from __future__ import annotations

import gc
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from mutation_testing import forked_runs
from tests.mutation.tiny_project import lay_out, run_module

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("value", "judging"),
    [("tiny.calc.x_grade__mutmut_1", True), ("", False), ("stats", False), ("fail", False), (None, False)],
)
def test_only_a_mutant_name_means_a_mutant_is_being_judged(
    monkeypatch: pytest.MonkeyPatch, value: str | None, judging: bool
) -> None:
    if value is None:
        monkeypatch.delenv("MUTANT_UNDER_TEST", raising=False)
    else:
        monkeypatch.setenv("MUTANT_UNDER_TEST", value)
    assert forked_runs.judging_a_mutant() is judging
    assert forked_runs.under_mutmut() is (value is not None)


def test_recorded_durations_are_read_from_mutmuts_stats_and_a_missing_file_is_none(tmp_path: Path) -> None:
    stats = tmp_path / "mutmut-stats.json"
    recorded = {"duration_by_test": {"t::a": 1.5, "t::b": 0, "t::c": "x"}}
    stats.write_text(json.dumps(recorded), encoding="utf-8")
    assert forked_runs.recorded_durations.__wrapped__(stats) == {"t::a": 1.5, "t::b": 0.0}
    assert forked_runs.recorded_durations.__wrapped__(tmp_path / "absent.json") == {}
    stats.write_text("{not json", encoding="utf-8")
    assert forked_runs.recorded_durations.__wrapped__(stats) == {}
    stats.write_text("[1, 2]", encoding="utf-8")
    assert forked_runs.recorded_durations.__wrapped__(stats) == {}


def test_quickest_first_sorts_by_duration_and_keeps_the_order_of_equals() -> None:
    items = [SimpleNamespace(nodeid=name) for name in ("slow", "new1", "quick", "new2", "middle")]
    forked_runs.quickest_first(items, {"slow": 3.0, "quick": 0.1, "middle": 1.0})
    assert [item.nodeid for item in items] == ["new1", "new2", "quick", "middle", "slow"]


@pytest.mark.parametrize(
    ("mutant", "collect_only", "frozen"),
    [("", True, True), ("", False, False), ("tiny.x_f__mutmut_1", True, False), (None, True, False)],
)
def test_the_heap_is_frozen_only_after_the_fork_servers_warm_up(
    monkeypatch: pytest.MonkeyPatch, mutant: str | None, collect_only: bool, frozen: bool
) -> None:
    calls: list[str] = []

    def collect(*generation: int) -> int:
        calls.append("collect")
        return 0

    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "collect", collect)
    if mutant is None:
        monkeypatch.delenv("MUTANT_UNDER_TEST", raising=False)
    else:
        monkeypatch.setenv("MUTANT_UNDER_TEST", mutant)
    forked_runs.freeze_after_warm_up(collect_only)
    assert calls == (["collect", "freeze"] if frozen else [])


def test_in_a_real_mutmut_run_a_quick_catching_test_runs_before_a_slow_one(tmp_path: Path) -> None:
    # Both tests catch every mutant of grade(); each writes its name to a log when it runs. The
    # slow one is collected first (its file sorts first), so in mutmut's own order it would run
    # first for some mutants; quickest first, only the quick one runs (and -x stops there).
    log = tmp_path / "ran.log"
    body = (
        "import os, time\nfrom tiny.calc import grade\n\n\n"
        "def test_{name}():\n"
        "    mutant = os.environ.get('MUTANT_UNDER_TEST', '')\n"
        "    with open({log!r}, 'a') as out:\n"
        "        out.write(f'{name} {{mutant}}\\n')\n"
        "    time.sleep({sleep})\n"
        "    assert (grade(50), grade(49)) == ('pass', 'fail')\n"
    )
    lay_out(
        tmp_path,
        'def grade(score: int) -> str:\n    return "pass" if score >= 50 else "fail"\n',
        '[tool.mutmut]\nsource_paths = ["tiny"]\nalso_copy = ["mutation_testing"]\n'
        'pytest_add_cli_args = ["-p", "no:randomly", "-q"]\npytest_add_cli_args_test_selection = ["tests"]\n',
    )
    for file, name, sleep in (("test_a_slow.py", "slow", 0.4), ("test_b_quick.py", "quick", 0)):
        (tmp_path / "tests" / file).write_text(body.format(name=name, log=str(log), sleep=sleep), "utf-8")
    (tmp_path / "tests" / "conftest.py").write_text(
        "from mutation_testing import forked_runs\n\n\n"
        "def pytest_collection_modifyitems(items):\n"
        "    if forked_runs.judging_a_mutant():\n"
        "        forked_runs.quickest_first(items, forked_runs.recorded_durations())\n\n\n"
        "def pytest_sessionfinish(session):\n"
        "    forked_runs.freeze_after_warm_up(bool(session.config.option.collectonly))\n",
        encoding="utf-8",
    )
    done = run_module(tmp_path, "mutmut", "run", "--max-children", "1")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    ran = [line.split(" ", 1) for line in log.read_text(encoding="utf-8").splitlines()]
    mutant_runs = [(name, mutant) for name, mutant in ran if mutant.startswith("tiny.")]
    assert mutant_runs, ran  # mutmut judged some mutants
    assert {name for name, _ in mutant_runs} == {"quick"}, mutant_runs
