"""``clubcollect contract``: the contract suite against any server, as a partner runs it in CI.

Without ``--base-url`` the suite starts its embedded mock. With it, the server is first asked one
authenticated question, so that an unreachable server or a refused key stops the run at once with
one line (exit 2) instead of hundreds of failing cases. The suite runs in a child ``pytest``
(``contract_tests`` as installed, with its own settings file), which receives the key through its
environment only: never on a command line, where other users of the machine could read it.

Exit status: 0 no new divergence, 1 divergences (or failing checks), 2 the suite could not run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

import httpx

import contract_tests
from clubcollect_toolkit.resources import default_report_dir
from contract_tests.merge import JUNIT_REPORT, MergeError, merge_reports
from contract_tests.profiles import BUDGETS as SUITE_PROFILES
from contract_tests.redaction import FILTERED
from contract_tests.report import summary_lines
from contract_tests.shards import ENV_SHARD, Shard, ShardError, parse_shard

EXIT_OK, EXIT_DIVERGENCES, EXIT_CANNOT_RUN = 0, 1, 2
# quick is the suite's dev profile: a look in seconds, not a verdict.
PROFILES = {"quick": "dev", "ci": "ci", "deep": "deep"}
ENV_PROFILE = "CLUBCOLLECT_PROFILE"  # the suite's own names (contract_tests/profiles.py) are accepted too
DEFAULT_PROFILE = "ci"
ENV_BASE_URL, ENV_API_KEY, ENV_COMPANY_ID = (
    "CLUBCOLLECT_BASE_URL",
    "CLUBCOLLECT_API_KEY",
    "CLUBCOLLECT_COMPANY_ID",
)
ENV_SECOND_API_KEY = "CLUBCOLLECT_SECOND_API_KEY"
PROBE_TIMEOUT = 15.0
SUITE_DIR = Path(contract_tests.__file__).resolve().parent
SUITE_SETTINGS = SUITE_DIR / "suite.ini"
MARKDOWN_REPORT = "contract-report.md"


class CannotRun(Exception):
    """The suite cannot run; the message is the one line the user sees."""


@dataclass(frozen=True)
class Remote:
    base_url: str
    api_key: str = field(repr=False)
    company_id: str


@dataclass(frozen=True)
class Plan:
    remote: Remote | None  # None: the embedded mock
    profile: str  # the suite's name for it (quick -> dev)
    report_dir: Path
    shard: Shard | None
    jobs: int
    seed: int | None
    operations: str | None
    baseline: str | None
    pytest_args: list[str]
    secrets: list[str] = field(repr=False)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clubcollect contract",
        description="Run the contract suite (schemathesis + the documented rules) against a server "
        "and report every way it departs from the spec.",
        epilog="The key and company are read from CLUBCOLLECT_API_KEY and CLUBCOLLECT_COMPANY_ID "
        "(a second partner for isolation tests from CLUBCOLLECT_SECOND_API_KEY and "
        "CLUBCOLLECT_SECOND_COMPANY_ID). Servers other than this machine get at most 10 examples per "
        "test and 5 requests a second, whatever the profile. Exit status: 0 no new divergence, "
        "1 divergences, 2 could not run. Arguments after -- go to pytest.",
    )
    target = parser.add_argument_group("server")
    target.add_argument(
        "--base-url",
        metavar="URL",
        help="the API base, e.g. https://sandbox.example/api/v2 (default: CLUBCOLLECT_BASE_URL, "
        "else the embedded mock)",
    )
    target.add_argument(
        "--api-key",
        metavar="KEY",
        help="the partner's key; CLUBCOLLECT_API_KEY is safer (a command line is visible to others)",
    )
    target.add_argument("--company-id", metavar="ID", help="a company of that partner")
    run = parser.add_argument_group("run")
    run.add_argument(
        "--profile",
        choices=list(PROFILES),
        help="how hard to look (default: CLUBCOLLECT_PROFILE when set, else ci)",
    )
    run.add_argument("--shard", metavar="K/N", help="run only the K-th of N deterministic shards of cases")
    run.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="split the cases into N shards run side by side here, and merge their reports",
    )
    run.add_argument("--seed", type=int, help="fix hypothesis' and schemathesis' draws")
    run.add_argument("--operations", metavar="IDS", help="comma-separated operationIds to generate cases for")
    run.add_argument(
        "--baseline", metavar="FILE", help="accepted divergences (or 'none'; default: the suite's own)"
    )
    out = parser.add_argument_group("reports")
    out.add_argument(
        "--report-dir",
        type=Path,
        help="where contract-report.md/.json and contract-junit.xml go (default: reports/)",
    )
    out.add_argument(
        "--merge",
        nargs="+",
        type=Path,
        metavar="DIR",
        help="do not run: merge the reports of shard runs (their --report-dir folders) into --report-dir",
    )
    return parser


def split_pytest_args(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    args = list(argv)
    if "--" in args:
        at = args.index("--")
        return args[:at], args[at + 1 :]
    return args, []


def _http_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise CannotRun(f"--base-url must be an http(s) URL such as https://host/api/v2, got {url!r}")
    return url.rstrip("/")


def plan_run(args: argparse.Namespace, pytest_args: list[str], environ: Mapping[str, str]) -> Plan:
    shard = None
    if args.shard:
        try:
            shard = parse_shard(args.shard)
        except ShardError as error:
            raise CannotRun(f"--shard: {error}") from None
    if args.jobs < 1:
        raise CannotRun(f"--jobs must be at least 1, got {args.jobs}")
    if shard is not None and args.jobs > 1:
        raise CannotRun("--shard and --jobs cannot be combined: --jobs N runs every shard of N here")
    profile = PROFILES[args.profile] if args.profile else environ.get(ENV_PROFILE) or DEFAULT_PROFILE
    if profile not in SUITE_PROFILES:
        raise CannotRun(f"{ENV_PROFILE} must be one of {', '.join(SUITE_PROFILES)}, got {profile!r}")
    remote = None
    base_url = args.base_url or environ.get(ENV_BASE_URL, "").strip()
    if base_url:
        api_key = args.api_key or environ.get(ENV_API_KEY, "")
        company_id = args.company_id or environ.get(ENV_COMPANY_ID, "")
        if not api_key:
            raise CannotRun(f"no API key for {base_url}: set {ENV_API_KEY} (or --api-key)")
        if not company_id:
            raise CannotRun(f"no company for {base_url}: set {ENV_COMPANY_ID} (or --company-id)")
        remote = Remote(_http_url(base_url), api_key, company_id)
    elif args.api_key or args.company_id:
        raise CannotRun("--api-key and --company-id need --base-url (the embedded mock has its own partner)")
    keys = (remote.api_key if remote else "", environ.get(ENV_SECOND_API_KEY, ""))
    secrets = [key for key in keys if key]
    return Plan(
        remote=remote,
        profile=profile,
        report_dir=(args.report_dir or default_report_dir()).resolve(),
        shard=shard,
        # Shards side by side need a server each: only the embedded mock gives them that (a shared
        # server's /_mock/reset would wipe the other shard's state; a remote one would get twice
        # its polite request rate).
        jobs=args.jobs if remote is None else 1,
        seed=args.seed,
        operations=args.operations,
        baseline=args.baseline,
        pytest_args=pytest_args,
        secrets=secrets,
    )


def probe(remote: Remote, timeout: float = PROBE_TIMEOUT) -> None:
    """One authenticated read of the partner's company; raises CannotRun when the run is hopeless."""
    path = f"/companies/{remote.company_id}"
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            response = client.get(
                remote.base_url + path,
                headers={"Authorization": f"ApiKey {remote.api_key}", "Accept": "application/json"},
            )
    except httpx.HTTPError as error:
        reason = str(error).replace(remote.api_key, FILTERED) or type(error).__name__
        raise CannotRun(f"cannot reach {remote.base_url}: {reason}") from None
    if response.status_code == 401:
        raise CannotRun(f"{remote.base_url} refused the API key (401 on GET {path}): check {ENV_API_KEY}")
    if response.status_code == 404:
        hint = "" if remote.base_url.endswith("/api/v2") else "; the base URL usually ends in /api/v2"
        raise CannotRun(
            f"{remote.base_url} answered 404 to GET {path}: the company is not this key's, or the "
            f"URL is not the API's base{hint}"
        )


def child_environment(
    plan: Plan, report_dir: Path, shard: Shard | None, environ: Mapping[str, str]
) -> dict[str, str]:
    target_variables = (ENV_BASE_URL, ENV_API_KEY, ENV_COMPANY_ID, ENV_SHARD)
    env = {key: value for key, value in environ.items() if key not in target_variables}
    env.pop("PYTEST_ADDOPTS", None)  # the suite's settings are its own
    env["CLUBCOLLECT_PROFILE"] = plan.profile
    env["CLUBCOLLECT_REPORT_DIR"] = str(report_dir)
    if shard is not None:
        env[ENV_SHARD] = str(shard)
    if plan.remote is not None:
        env[ENV_BASE_URL] = plan.remote.base_url
        env[ENV_API_KEY] = plan.remote.api_key
        env[ENV_COMPANY_ID] = plan.remote.company_id
    if plan.operations:
        env["CLUBCOLLECT_OPERATIONS"] = plan.operations
    if plan.baseline:
        env["CLUBCOLLECT_BASELINE"] = plan.baseline
    return env


def pytest_command(plan: Plan, report_dir: Path, *, quiet: bool = False) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "pytest",
        str(SUITE_DIR),
        "-c",
        str(SUITE_SETTINGS),
        "--rootdir",
        str(SUITE_DIR),
        f"--junitxml={report_dir / JUNIT_REPORT}",
    ]
    if quiet:
        command.append("-q")
    if plan.seed is not None:
        command.append(f"--hypothesis-seed={plan.seed}")
    return command + plan.pytest_args


def scrub_line(line: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        line = line.replace(secret, FILTERED)
    return line


def scrub_file(path: Path, secrets: Sequence[str]) -> None:
    """Defence in depth: no report leaves this command holding a key, whatever wrote it."""
    if not secrets or not path.is_file():
        return
    text = path.read_text(encoding="utf-8", errors="replace")
    cleaned = scrub_line(text, secrets)
    if cleaned != text:
        path.write_text(cleaned, encoding="utf-8")


def exit_status(pytest_status: int, *, sharded: bool) -> int:
    if pytest_status == 0:
        return EXIT_OK
    if pytest_status == 1:
        return EXIT_DIVERGENCES
    if pytest_status == 5 and sharded:
        return EXIT_OK  # a shard may hold no case of a narrowed run
    return EXIT_CANNOT_RUN


def _pump(process: subprocess.Popen[str], sink: TextIO, secrets: Sequence[str]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        sink.write(scrub_line(line, secrets))
        sink.flush()


def run_one(plan: Plan, environ: Mapping[str, str]) -> int:
    plan.report_dir.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(  # noqa: S603 - this Python's pytest, arguments built here
        pytest_command(plan, plan.report_dir),
        env=child_environment(plan, plan.report_dir, plan.shard, environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    _pump(process, sys.stdout, plan.secrets)
    status = process.wait()
    for name in (MARKDOWN_REPORT, "contract-report.json", JUNIT_REPORT):
        scrub_file(plan.report_dir / name, plan.secrets)
    result = exit_status(status, sharded=plan.shard is not None)
    if result == EXIT_CANNOT_RUN:
        reason = "no case was selected" if status == 5 else f"pytest stopped (status {status}), see above"
        print(f"clubcollect contract: the suite could not run: {reason}", file=sys.stderr)
    return result


def shard_folder(report_dir: Path, shard: Shard) -> Path:
    return report_dir / "shards" / f"{shard.index}-of-{shard.count}"


def _last_line(path: Path) -> str:
    lines = [line.strip("= \n") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[-1] if lines else "(no output)"


def wait_with_cpu(process: subprocess.Popen[str]) -> tuple[int, float]:
    """The child's exit status and the CPU time it used (its own and its children's).

    Printed per shard because on a busy machine wall time says little: the slowest shard's CPU
    time is what the run would take on cores of its own.
    """
    _, wait_status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(wait_status)
    return process.returncode, usage.ru_utime + usage.ru_stime


def run_parallel(plan: Plan, environ: Mapping[str, str]) -> int:
    """Every shard of ``plan.jobs`` at once, each with its own embedded mock, then one merged report."""
    shards = [Shard(index, plan.jobs) for index in range(1, plan.jobs + 1)]
    started = time.monotonic()
    running = []
    for shard in shards:
        folder = shard_folder(plan.report_dir, shard)
        folder.mkdir(parents=True, exist_ok=True)
        log = (folder / "pytest.log").open("w", encoding="utf-8")
        process = subprocess.Popen(  # noqa: S603 - this Python's pytest, arguments built here
            pytest_command(plan, folder, quiet=True),
            env=child_environment(plan, folder, shard, environ),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        running.append((shard, folder, log, process))
    # One reader thread per child, so that no child ever waits on a full pipe.
    pumps = []
    for _, _, log, process in running:
        pump = threading.Thread(target=_pump, args=(process, log, plan.secrets), daemon=True)
        pump.start()
        pumps.append(pump)
    statuses = []
    for (shard, folder, log, process), pump in zip(running, pumps, strict=True):
        status, cpu_seconds = wait_with_cpu(process)
        pump.join()
        log.close()
        statuses.append(exit_status(status, sharded=True))
        outcome = _last_line(folder / "pytest.log")
        print(f"shard {shard}: {outcome} (exit {status}; {cpu_seconds:.0f} s of CPU)")
        if status not in (0, 5):
            sys.stdout.write((folder / "pytest.log").read_text(encoding="utf-8"))
    print(f"{len(shards)} shards finished in {time.monotonic() - started:.0f} s")
    merged = merge_and_report([folder for _, folder, _, _ in running], plan)
    return max([*statuses, merged])


def junit_failures(path: Path) -> int:
    if not path.is_file():
        return 0
    root = ElementTree.parse(path).getroot()  # noqa: S314 - written by the suite's own pytest
    suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
    return sum(int(suite.get("failures", 0)) + int(suite.get("errors", 0)) for suite in suites)


def merge_and_report(folders: list[Path], plan: Plan) -> int:
    try:
        registry, info = merge_reports(folders, plan.report_dir, plan.secrets)
    except MergeError as error:
        raise CannotRun(str(error)) from None
    print("ClubCollect contract summary (merged)")
    for line in summary_lines(registry, info):
        print(line)
    print(f"reports: {plan.report_dir / MARKDOWN_REPORT}")
    failed = bool(registry.new()) or junit_failures(plan.report_dir / JUNIT_REPORT) > 0
    return EXIT_DIVERGENCES if failed else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    own, pytest_args = split_pytest_args(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(own)
    try:
        plan = plan_run(args, pytest_args, os.environ)
        if args.api_key:
            print(
                "clubcollect contract: warning: --api-key is visible to other users of this machine "
                f"(process list, shell history); {ENV_API_KEY} is safer",
                file=sys.stderr,
            )
        if args.merge:
            return merge_and_report([folder.resolve() for folder in args.merge], plan)
        if plan.remote is not None:
            probe(plan.remote)
        if args.jobs > plan.jobs:
            print(
                "clubcollect contract: note: --jobs is ignored with --base-url, every case runs in one "
                "process (shards side by side need a server each; --shard K/N splits across machines)",
                file=sys.stderr,
            )
        if plan.jobs > 1:
            return run_parallel(plan, os.environ)
        return run_one(plan, os.environ)
    except CannotRun as error:
        print(f"clubcollect contract: {error}", file=sys.stderr)
        return EXIT_CANNOT_RUN
