"""The mutation-testing driver: targets, survivor matching, scores, the report, and a real mutmut run."""

from __future__ import annotations

import json
import os
import shutil
import textwrap
from pathlib import Path

import pytest

from mutation_testing.outcomes import Listed, Listing, Mutant, load_listing
from mutation_testing.report import judge, render, suggestions
from mutation_testing.stage import forget_survivor_verdicts, stage
from mutation_testing.targets import Target, as_tested, changed_by_target, load_targets
from tests.mutation.tiny_project import lay_out, run_module

ROOT = Path(__file__).resolve().parents[2]

DIFF = textwrap.dedent(
    """\
    --- clubcollect_client/runtime/retry.py
    +++ clubcollect_client/runtime/retry.py
    @@ -1,4 +1,4 @@
     def delay(self, attempt: int) -> float:
         base = self.backoff * 2**attempt
    -    return min(base, self.cap)
    +    return max(base, self.cap)
    """
)


def mutant(
    status: str, *, name: str = "clubcollect_client.runtime.retry.xǁRetryPolicyǁdelay__mutmut_3"
) -> Mutant:
    return Mutant(file="clubcollect_client/runtime/retry.py", name=name, status=status, diff=DIFF)


def test_every_listed_target_mutates_files_that_exist_as_the_tests_import_them() -> None:
    targets = load_targets()
    assert {t.name for t in targets} == {"client", "mock", "generator", "docs", "contract"}
    staged_like = {
        as_tested(p.relative_to(ROOT).as_posix()) for p in ROOT.rglob("*.py") if ".venv" not in p.parts
    }
    for target in targets:
        for pattern in target.mutate:
            assert any(Target("t", "", target.package, (pattern,), ()).covers(p) for p in staged_like), (
                pattern
            )
        for tests in target.tests:
            assert (ROOT / tests).exists(), tests


def test_a_changed_source_file_maps_to_the_copy_the_tests_run() -> None:
    assert as_tested("client_runtime/retry.py") == "clubcollect_client/runtime/retry.py"
    assert as_tested("client_addons/pages.py") == "clubcollect_client/pages.py"
    assert as_tested("generated_client/clubcollect_client/pages.py") == "clubcollect_client/pages.py"
    assert as_tested("mock/clubcollect_mock/store.py") == "clubcollect_mock/store.py"


def test_changed_files_select_only_the_targets_that_mutate_them() -> None:
    chosen = changed_by_target(
        load_targets(),
        [
            "client_runtime/retry.py",
            "README.md",
            "tests/mock/test_auth.py",
            "generator/diff/cli.py",
            "clubcollect_docs/pages.py",
        ],
    )
    assert chosen == {
        "client": ["clubcollect_client/runtime/retry.py"],
        "generator": ["generator/diff/cli.py"],
        "docs": ["clubcollect_docs/pages.py"],
    }


def test_a_mutant_names_its_function_and_its_change_like_a_reader_would() -> None:
    method = mutant("survived")
    assert method.function == "RetryPolicy.delay"
    assert method.change == ("-return min(base, self.cap)", "+return max(base, self.cap)")
    plain = mutant("survived", name="clubcollect_client.runtime.retry.x_parse_retry_after__mutmut_12")
    assert plain.function == "parse_retry_after"


def test_a_survivor_is_placed_on_the_line_it_changes(tmp_path: Path) -> None:
    source = tmp_path / "clubcollect_client" / "runtime" / "retry.py"
    source.parent.mkdir(parents=True)
    source.write_text(
        "import math\n\n\nclass RetryPolicy:\n    cap = 1.0\n\n"
        "    def delay(self, attempt: int) -> float:\n"
        "        base = self.backoff * 2**attempt\n"
        "        return min(base, self.cap)\n",
        encoding="utf-8",
    )
    assert mutant("survived").line(tmp_path) == 9


def test_only_listed_survivors_pass_and_equivalent_ones_leave_the_score() -> None:
    listed = Listed(
        "equivalent",
        "clubcollect_client/runtime/retry.py",
        "RetryPolicy.delay",
        ("-return min(base, self.cap)", "+return max(base, self.cap)"),
        "cap and base are equal here",
    )
    killed = [mutant("killed", name=f"m.x_f__mutmut_{n}") for n in range(9)]
    unlisted = judge([*killed, mutant("survived")], Listing())
    assert not unlisted.ok and len(unlisted.new_survivors) == 1
    assert unlisted.scores["clubcollect_client/runtime/retry.py"].score == pytest.approx(0.9)
    excused = judge([*killed, mutant("survived")], Listing([listed]))
    assert excused.ok and excused.scores["clubcollect_client/runtime/retry.py"].score == 1.0
    gap = Listed("accepted", listed.file, listed.function, listed.change, "boundary left for later")
    accepted = judge([*killed, mutant("survived")], Listing([gap]))
    assert accepted.ok and accepted.scores["clubcollect_client/runtime/retry.py"].score == pytest.approx(0.9)


@pytest.mark.parametrize("status", ["survived", "no tests", "suspicious"])
def test_passing_slow_or_untested_mutants_are_survivors(status: str) -> None:
    assert not judge([mutant(status)], Listing()).ok


@pytest.mark.parametrize("status", ["killed", "timeout", "segfault"])
def test_failing_hanging_or_crashing_tests_catch_the_mutant(status: str) -> None:
    assert judge([mutant(status)], Listing()).ok


def test_an_undecided_mutant_fails_the_run() -> None:
    verdict = judge([mutant("not checked")], Listing())
    assert not verdict.ok and verdict.undecided


def test_a_listed_survivor_without_a_reason_is_refused(tmp_path: Path) -> None:
    listing = tmp_path / "survivors.toml"
    listing.write_text(
        '[[equivalent]]\nfile = "a.py"\nfunction = "f"\nchange = []\nwhy = " "\n', encoding="utf-8"
    )
    with pytest.raises(ValueError, match="no reason"):
        load_listing(listing)


def test_the_committed_listing_reads() -> None:
    for entry in load_listing().entries:
        assert entry.why and entry.change


def test_the_report_shows_each_survivor_with_place_and_change_and_drafts_its_entry(tmp_path: Path) -> None:
    verdict = judge([mutant("survived"), mutant("killed", name="m.x_f__mutmut_1")], Listing())
    text = render(verdict, root=ROOT / "generated_client", title="client", notes=[])
    assert "| `clubcollect_client/runtime/retry.py` | 1 | 0 | 0 | 1 | 0 | 50.0% | MISSED |" in text
    assert (
        "`RetryPolicy.delay` (survived): `-return min(base, self.cap)` / `+return max(base, self.cap)`"
        in text
    )
    draft = suggestions(verdict)
    assert 'function = "RetryPolicy.delay"' in draft and 'why = ""' in draft


def test_a_stage_puts_the_client_package_at_the_top_and_configures_mutmut(tmp_path: Path) -> None:
    target = next(t for t in load_targets() if t.name == "client")
    where = stage(target, stage_root=tmp_path)
    assert (where / "clubcollect_client" / "runtime" / "retry.py").read_bytes() == (
        ROOT / "generated_client" / "clubcollect_client" / "runtime" / "retry.py"
    ).read_bytes()
    pyproject = (where / "pyproject.toml").read_text(encoding="utf-8")
    assert 'source_paths = ["clubcollect_client"]' in pyproject
    assert '"clubcollect_client/runtime/reading.py"' in pyproject
    assert 'pytest_add_cli_args_test_selection = ["tests/runtime", "tests/client"]' in pyproject


def test_a_second_stage_refreshes_mutmuts_copies_but_not_its_mutants(tmp_path: Path) -> None:
    # mutmut copies what it does not mutate into mutants/ once; a later run must not judge the
    # mutants against that first copy (the mock, the tests, the fixtures as they were).
    target = next(t for t in load_targets() if t.name == "client")
    where = stage(target, stage_root=tmp_path)
    mutants = where / "mutants"
    (mutants / "clubcollect_mock").mkdir(parents=True)
    (mutants / "clubcollect_mock" / "app.py").write_text("# the first run's copy\n", encoding="utf-8")
    (mutants / "clubcollect_client").mkdir()
    (mutants / "clubcollect_client" / "pages.py").write_text("# mutmut's mutants\n", encoding="utf-8")
    stage(target, stage_root=tmp_path)
    assert (mutants / "clubcollect_mock" / "app.py").read_bytes() == (
        ROOT / "mock" / "clubcollect_mock" / "app.py"
    ).read_bytes()
    assert (mutants / "README.md").read_bytes() == (ROOT / "README.md").read_bytes()
    assert (mutants / "clubcollect_client" / "pages.py").read_text(encoding="utf-8") == "# mutmut's mutants\n"


def test_report_only_reads_what_mutmut_has_and_runs_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mutation_testing import __main__ as cli

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("mutmut was run")

    monkeypatch.setattr(cli, "_run_mutmut", refuse)
    monkeypatch.setattr(cli, "stage", lambda target: tmp_path)  # a tree without results
    (tmp_path / "pyproject.toml").write_text('[tool.mutmut]\nsource_paths = ["nothing"]\n', encoding="utf-8")
    (tmp_path / "nothing").mkdir()
    shutil.copytree(ROOT / "mutation_testing", tmp_path / "mutation_testing")
    report = tmp_path / "mutation.md"
    assert cli.main(["--target", "contract", "--report-only", "--report", str(report)]) == 0
    assert "# Mutation testing: contract" in report.read_text(encoding="utf-8")


@pytest.mark.parametrize(("flags", "judged_again"), [([], True), (["--resume"], False)])
def test_a_run_judges_the_last_survivors_again_unless_it_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flags: list[str], judged_again: bool
) -> None:
    from mutation_testing import __main__ as cli

    meta = tmp_path / "mutants" / "pkg" / "calc.py.meta"
    meta.parent.mkdir(parents=True)
    verdicts = {"pkg.calc.x_f__mutmut_1": 0, "pkg.calc.x_f__mutmut_2": 1}
    meta.write_text(json.dumps({"exit_code_by_key": verdicts}), encoding="utf-8")
    ran: list[Path] = []
    monkeypatch.setattr(cli, "_run_mutmut", lambda target, where, *args, **kwargs: ran.append(where))
    monkeypatch.setattr(cli, "stage", lambda target: tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.mutmut]\nsource_paths = ["pkg"]\n', encoding="utf-8")
    shutil.copytree(ROOT / "mutation_testing", tmp_path / "mutation_testing")
    cli.main(["--target", "contract", *flags, "--report", str(tmp_path / "mutation.md")])
    assert ran == [tmp_path]
    kept = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    forgotten = {"pkg.calc.x_f__mutmut_1": None, "pkg.calc.x_f__mutmut_2": 1}  # the kill stands
    assert kept == (forgotten if judged_again else verdicts)


def test_a_time_limit_stops_mutmut_and_leaves_its_results(tmp_path: Path) -> None:
    from mutation_testing import __main__ as cli

    target = Target("slow", "", "pkg", ("pkg/*.py",), ())
    started = __import__("time").monotonic()
    # A stand-in for mutmut that never ends: the limit (0.05 min) must stop it, without an error.
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    (tmp_path / "mutmut").mkdir()
    (tmp_path / "mutmut" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "mutmut" / "__main__.py").write_text("import time\ntime.sleep(600)\n", encoding="utf-8")
    cli._run_mutmut(target, tmp_path, env, files=None, max_children=1, log_dir=tmp_path, limit=0.05)
    assert __import__("time").monotonic() - started < 60


def test_mutmut_and_the_collector_agree_and_a_new_test_gets_a_survivor_judged_again(tmp_path: Path) -> None:
    # Real mutmut runs on a tiny project: one function, a test that leaves its boundary (50)
    # unchecked. The collector reads what mutmut decided; then a test of the boundary is added,
    # and since mutmut keeps the verdicts of unchanged functions, only forget_survivor_verdicts
    # gets that survivor judged again.
    lay_out(
        tmp_path,
        'def grade(score: int) -> str:\n    if score >= 50:\n        return "pass"\n    return "fail"\n',
        '[tool.mutmut]\nsource_paths = ["tiny"]\npytest_add_cli_args = ["-p", "no:randomly", "-q"]\n'
        'pytest_add_cli_args_test_selection = ["tests"]\n',
    )
    (tmp_path / "tests" / "test_calc.py").write_text(
        "from tiny.calc import grade\n\n\n"
        "def test_grade():\n    assert (grade(80), grade(10)) == ('pass', 'fail')\n",
        encoding="utf-8",
    )

    def run_and_collect() -> list[Mutant]:
        for command in (["mutmut", "run", "--max-children", "1"], ["mutation_testing.collect"]):
            done = run_module(tmp_path, *command)
            assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        return [Mutant(**json.loads(line)) for line in done.stdout.splitlines()]

    boundary = ("-if score >= 50:", "+if score > 50:")
    mutants = run_and_collect()
    assert all(m.file == "tiny/calc.py" and m.function == "grade" for m in mutants)
    assert any(m.status == "killed" for m in mutants)  # e.g. "pass" -> "XXpassXX"
    survivors = {m.change: m.line(tmp_path) for m in mutants if m.status == "survived"}
    assert survivors[boundary] == 2
    (tmp_path / "tests" / "test_edge.py").write_text(
        "from tiny.calc import grade\n\n\ndef test_fifty_passes():\n    assert grade(50) == 'pass'\n",
        encoding="utf-8",
    )
    assert forget_survivor_verdicts(tmp_path) >= 1
    assert boundary not in {m.change for m in run_and_collect() if m.status == "survived"}


def _survivor(number: int, status: str = "survived") -> Mutant:
    diff = f"--- a/pkg/calc.py\n+++ b/pkg/calc.py\n@@ -2 +2 @@\n-    return {number}\n"
    diff += f"+    return {number + 1}\n"
    return Mutant("pkg/calc.py", f"pkg.calc.x_f__mutmut_{number}", status, diff)


def _listed(kind: str, number: int) -> Listed:
    return Listed(kind, "pkg/calc.py", "f", (f"-return {number}", f"+return {number + 1}"), "a reason")


def test_only_survivors_listed_as_equivalent_are_left_unjudged() -> None:
    from mutation_testing.__main__ import listed_equivalents

    listing = Listing([_listed("equivalent", 1), _listed("accepted", 2), _listed("equivalent", 4)])
    mutants = [_survivor(1), _survivor(2), _survivor(3), _survivor(4, status="killed")]
    # An accepted gap may fall to a new test and the unlisted one must; a kill is no survivor.
    assert listed_equivalents(mutants, listing) == {"pkg.calc.x_f__mutmut_1"}


def test_a_kept_survivor_keeps_its_verdict_and_the_others_are_judged_again(tmp_path: Path) -> None:
    meta = tmp_path / "mutants" / "pkg" / "calc.py.meta"
    meta.parent.mkdir(parents=True)
    verdicts = {"pkg.calc.x_f__mutmut_1": 0, "pkg.calc.x_f__mutmut_2": 0, "pkg.calc.x_f__mutmut_3": 1}
    meta.write_text(json.dumps({"exit_code_by_key": verdicts}), encoding="utf-8")
    assert forget_survivor_verdicts(tmp_path, keep={"pkg.calc.x_f__mutmut_1"}) == 1
    kept = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    assert kept == {"pkg.calc.x_f__mutmut_1": 0, "pkg.calc.x_f__mutmut_2": None, "pkg.calc.x_f__mutmut_3": 1}


def test_a_run_that_judges_survivors_again_skips_the_listed_equivalent_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mutation_testing import __main__ as cli

    kept: list[frozenset[str]] = []

    def forget(where: Path, keep: frozenset[str]) -> int:
        kept.append(keep)
        return 0

    monkeypatch.setattr(cli, "stage", lambda target: tmp_path)
    monkeypatch.setattr(cli, "_collect", lambda where, env: [_survivor(1), _survivor(2)])
    monkeypatch.setattr(cli, "load_listing", lambda: Listing([_listed("equivalent", 1)]))
    monkeypatch.setattr(cli, "forget_survivor_verdicts", forget)
    monkeypatch.setattr(cli, "_run_mutmut", lambda *args, **kwargs: None)
    target = Target("tiny", "", "pkg", ("pkg/*.py",), ())
    cli.run_target(target, files=None, max_children=1, log_dir=tmp_path)
    assert kept == [frozenset({"pkg.calc.x_f__mutmut_1"})]
    cli.run_target(target, files=None, max_children=1, log_dir=tmp_path, resume=True)
    assert len(kept) == 1  # a resumed run forgets nothing
