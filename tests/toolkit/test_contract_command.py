"""``clubcollect contract`` for real: exit 0 / 1 / 2, the reports it writes, and the key kept out.

Every run is the installed command in a process of its own against a mock served on 127.0.0.1
(plain, or behind one of the contract self-test's rewrites), with a canary key that must never
appear in what the command prints or writes.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

import contract_tests
from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import free_port, serve_in_thread
from clubcollect_toolkit import cli
from tests.contract_selftest.catalogue import catalogue
from tests.contract_selftest.rewriting import RequestRule, ResponseRule, RewritingApp

COMMAND = Path(sys.executable).parent / "clubcollect"
REPORTS = ("contract-report.md", "contract-report.json", "contract-junit.xml")
# The runs below are about the command, not the suite's depth: a rule test that takes seconds, and
# the schema-conformance module left out of collection, where schemathesis builds every operation's
# coverage cases before -k deselects them (three quarters of a run's CPU when one rule test runs).
# The contract self-tests and the contract session collect and run that module.
SKIP_CONFORMANCE = ["--ignore", str(Path(contract_tests.__file__).parent / "test_schema_conformance.py")]
QUICK_SELECTION = ["--", "-k", "test_total_must_equal_sum_of_lines", *SKIP_CONFORMANCE]
PARTNER = {"CLUBCOLLECT_API_KEY": "k" * 40, "CLUBCOLLECT_COMPANY_ID": "c" * 40}


@dataclass(frozen=True)
class Server:
    base_url: str
    api_key: str
    company_id: str


@contextmanager
def served(
    requests: tuple[RequestRule, ...] = (), responses: tuple[ResponseRule, ...] = ()
) -> Iterator[Server]:
    key, company = secrets.token_hex(20), secrets.token_hex(20)
    app = RewritingApp(create_app([Partner(key, company)]), requests=requests, responses=responses)
    with serve_in_thread(app) as root:
        yield Server(f"{root}/api/v2", key, company)


@dataclass(frozen=True)
class Run:
    status: int
    stdout: str
    stderr: str
    report_dir: Path

    def report_texts(self) -> str:
        return "".join(
            path.read_text(encoding="utf-8") for path in sorted(self.report_dir.rglob("*")) if path.is_file()
        )


def contract(
    report_dir: Path, *args: str, env: dict[str, str] | None = None, profile: str | None = "quick"
) -> Run:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("CLUBCOLLECT_", "PYTEST_"))}
    clean.update(PYTHONDONTWRITEBYTECODE="", **(env or {}))
    command = [str(COMMAND), "contract", "--report-dir", str(report_dir), *args]
    if profile is not None:
        command[2:2] = ["--profile", profile]
    done = subprocess.run(command, env=clean, capture_output=True, text=True, timeout=900, check=False)
    return Run(done.returncode, done.stdout, done.stderr, report_dir)


ContractHere = Callable[..., Run]


@pytest.fixture
def contract_here(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> ContractHere:
    """``contract`` in this process (the toolkit's own ``main``), for the runs that end before the
    suite would start: refused arguments cost no interpreter start-up and no imports. The command
    itself, as a process, is what the other tests here run."""

    def run(
        report_dir: Path, *args: str, env: dict[str, str] | None = None, profile: str | None = "quick"
    ) -> Run:
        for name in [name for name in os.environ if name.startswith("CLUBCOLLECT_")]:
            monkeypatch.delenv(name)
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        argv = ["contract", "--report-dir", str(report_dir), *args]
        if profile is not None:
            argv[1:1] = ["--profile", profile]
        capsys.readouterr()
        try:
            status = cli.main(argv)
        except SystemExit as exit_:  # argparse's usage errors
            status = exit_.code if isinstance(exit_.code, int) else 1
        captured = capsys.readouterr()
        return Run(status, captured.out, captured.err, report_dir)

    return run


def as_partner(server: Server, key: str | None = None) -> dict[str, str]:
    return {
        "CLUBCOLLECT_API_KEY": key or server.api_key,
        "CLUBCOLLECT_COMPANY_ID": server.company_id,
    }


def _assert_one_clear_line(run: Run, expected: str) -> None:
    lines = run.stderr.strip().splitlines()
    assert run.status == 2, run.stdout[-2000:] + run.stderr[-2000:]
    assert len(lines) == 1 and expected in lines[0], run.stderr
    assert "Traceback" not in run.stderr + run.stdout


@pytest.mark.slow
def test_a_conforming_server_exits_0_and_gets_every_report(tmp_path: Path) -> None:
    with served() as server:
        run = contract(tmp_path, "--base-url", server.base_url, *QUICK_SELECTION, env=as_partner(server))
        assert run.status == 0, run.stdout[-3000:] + run.stderr[-3000:]
        for name in REPORTS:
            assert (tmp_path / name).is_file(), name
        report = json.loads((tmp_path / "contract-report.json").read_text(encoding="utf-8"))
        assert report["target"] == server.base_url and not report["embedded"]
        assert "create_invoice" in report["operations_covered"]
        assert server.api_key not in run.stdout + run.stderr + run.report_texts()


@pytest.mark.slow
def test_a_broken_server_exits_1_with_the_divergence_reported(tmp_path: Path) -> None:
    canary = secrets.token_hex(20)
    broken = {b.name: b for b in catalogue(canary)}["totals-not-enforced"]
    # The contract self-tests' profile (contract_tests/profiles.py: quick without shrinking): the
    # exit code and the reports are the same, without hypothesis replaying the failing example
    # dozens of times in search of a smaller one (most of the run).
    with served(broken.requests, broken.responses) as server:
        selftest = {"CLUBCOLLECT_PROFILE": "selftest", **as_partner(server)}
        run = contract(tmp_path, "--base-url", server.base_url, *QUICK_SELECTION, env=selftest, profile=None)
    assert run.status == 1, run.stdout[-3000:] + run.stderr[-3000:]
    report = json.loads((tmp_path / "contract-report.json").read_text(encoding="utf-8"))
    found = {(d["operation"], d["kind"]) for d in report["divergences"] if not d["baselined"]}
    expected = {(op, kind) for op in broken.expected_operations for kind in broken.expected_kinds}
    assert found & expected, found
    assert "1 new" in (tmp_path / "contract-report.md").read_text(encoding="utf-8").replace("**", "")
    assert server.api_key not in run.stdout + run.stderr + run.report_texts()


def test_an_unreachable_server_exits_2_with_one_line(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/api/v2"  # nothing listens there
    run = contract(tmp_path, "--base-url", url, env=PARTNER)
    _assert_one_clear_line(run, f"cannot reach {url}")


def test_a_refused_key_exits_2_with_one_line_that_does_not_show_it(tmp_path: Path) -> None:
    canary = "canary" + secrets.token_hex(17)
    with served() as server:
        run = contract(tmp_path, "--base-url", server.base_url, env=as_partner(server, key=canary))
    _assert_one_clear_line(run, "refused the API key (401")
    assert canary not in run.stdout + run.stderr
    assert not (tmp_path / "contract-report.json").exists()  # nothing ran


def test_a_key_on_the_command_line_is_warned_about_and_never_echoed(tmp_path: Path) -> None:
    canary = "canary" + secrets.token_hex(17)
    with served() as server:
        run = contract(
            tmp_path, "--base-url", server.base_url, "--api-key", canary, "--company-id", server.company_id
        )
    assert run.status == 2
    assert "warning: --api-key is visible" in run.stderr
    assert canary not in run.stdout + run.stderr


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        (["--shard", "3/2"], {}, "--shard: shard 3/2"),
        (["--shard", "half"], {}, "--shard: a shard is K/N"),
        (["--jobs", "0"], {}, "--jobs must be at least 1"),
        (["--jobs", "2", "--shard", "1/2"], {}, "cannot be combined"),
        (["--api-key", "k" * 40], {}, "need --base-url"),
        (["--base-url", "ftp://host/api/v2"], PARTNER, "http(s) URL"),
        (["--base-url", "http://127.0.0.1:9/api/v2"], {}, "set CLUBCOLLECT_API_KEY"),
        (["--base-url", "http://127.0.0.1:9/api/v2"], {"CLUBCOLLECT_API_KEY": "k"}, "CLUBCOLLECT_COMPANY_ID"),
        (["--merge", "/nonexistent-shard"], {}, "is missing: did that shard run?"),
    ],
)
def test_bad_arguments_exit_2_with_one_line(
    tmp_path: Path, args: list[str], env: dict[str, str], expected: str, contract_here: ContractHere
) -> None:
    run = contract_here(tmp_path, *args, env=env)
    lines = [line for line in run.stderr.strip().splitlines() if "warning: --api-key" not in line]
    assert run.status == 2 and len(lines) == 1 and expected in lines[0], run.stderr
    assert "Traceback" not in run.stderr


def test_an_unknown_profile_in_the_environment_exits_2(tmp_path: Path, contract_here: ContractHere) -> None:
    run = contract_here(tmp_path, env={"CLUBCOLLECT_PROFILE": "fastest"}, profile=None)
    _assert_one_clear_line(run, "CLUBCOLLECT_PROFILE must be one of")


def test_a_selection_of_nothing_exits_2_and_says_so(tmp_path: Path) -> None:
    run = contract(tmp_path, "--", "-k", "no_such_test_anywhere", *SKIP_CONFORMANCE)
    _assert_one_clear_line(run, "the suite could not run: no case was selected")


def test_operations_that_no_link_joins_skip_the_link_run_and_say_why(tmp_path: Path) -> None:
    # A partner checking one payment method: the link run has no chain to follow (schemathesis
    # raises NoLinksFound), which is the selection's doing, not a divergence of the server.
    selection = ["--", "-k", "test_link_chains_conform_to_spec", "-rs", *SKIP_CONFORMANCE]
    run = contract(tmp_path, "--operations", "start_ideal_payment", *selection)
    assert run.status == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "no link joins the selected operations (start_ideal_payment)" in run.stdout
    assert "1 skipped" in run.stdout


def test_an_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    run = contract(tmp_path, "--profile", "fastest")
    assert run.status == 2 and "invalid choice: 'fastest'" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.slow
def test_jobs_run_shards_side_by_side_and_merge_their_reports(tmp_path: Path) -> None:
    selection = "test_pagination or test_total_must_equal_sum_of_lines"
    run = contract(tmp_path, "--jobs", "2", "--", "-k", selection, *SKIP_CONFORMANCE)
    assert run.status == 0, run.stdout[-3000:] + run.stderr[-3000:]
    shard_reports = [
        json.loads((tmp_path / "shards" / f"{k}-of-2" / "contract-report.json").read_text(encoding="utf-8"))
        for k in (1, 2)
    ]
    merged = json.loads((tmp_path / "contract-report.json").read_text(encoding="utf-8"))
    assert [report["shard"] for report in shard_reports] == ["1/2", "2/2"]
    assert merged["shard"] == "merged from 1/2, 2/2"
    for operation, count in merged["requests_per_operation"].items():
        assert count == sum(report["requests_per_operation"].get(operation, 0) for report in shard_reports)
    junit = (tmp_path / "contract-junit.xml").read_text(encoding="utf-8")
    shard_junits = [(tmp_path / "shards" / f"{k}-of-2" / "contract-junit.xml").read_text() for k in (1, 2)]
    assert junit.count("<testcase ") == sum(text.count("<testcase ") for text in shard_junits) > 0
    assert "ClubCollect contract summary (merged)" in run.stdout
