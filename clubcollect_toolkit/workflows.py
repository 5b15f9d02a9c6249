"""``clubcollect workflows --base-url URL``: run the integration guide's Arazzo workflows against a server.

The key and the company come from ``CLUBCOLLECT_API_KEY`` and ``CLUBCOLLECT_COMPANY_ID`` (never
from the command line, so they stay out of process listings and shell history). The workflows
(``openapi/clubcollect-workflows.arazzo.yaml``) create imports, invoices and tickets under that
company: point it at the mock or the sandbox, not at production.

Exit status, as for the contract suite: 0 every workflow passed, 1 a workflow failed, 2 the run
could not be made (missing variable, unreachable server, runner not installed). Reports go to
``--report-dir`` (default ``reports/``): ``workflows-<runner>.md`` and ``workflows-<runner>-junit.xml``,
each failing step with its request and answer, the key redacted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

import httpx
import yaml

from clubcollect_toolkit.workflow_results import RunSummary, redact, write_reports
from clubcollect_toolkit.workflow_runners import RunnerUnavailable, run_arazzo_runner, run_respect

WORKFLOWS_FILE = "clubcollect-workflows.arazzo.yaml"
SPEC_FILE = "clubcollect-v2.yaml"
RUNNERS = ("arazzo-runner", "respect")
_CHECKOUT = Path(__file__).resolve().parent.parent


def openapi_file(name: str) -> Path:
    """A file of the spec folder: the copy shipped in the package, else the checkout's openapi/."""
    shipped = Path(__file__).resolve().parent / "openapi" / name
    return shipped if shipped.is_file() else _CHECKOUT / "openapi" / name


def workflow_ids() -> list[str]:
    document = yaml.safe_load(openapi_file(WORKFLOWS_FILE).read_text(encoding="utf-8"))
    return [str(workflow["workflowId"]) for workflow in document["workflows"]]


def find_redocly(given: Path | None) -> Path | None:
    if given is not None:
        return given
    local = _CHECKOUT / "node_modules" / ".bin" / "redocly"
    if local.is_file():
        return local
    found = shutil.which("redocly")
    return Path(found) if found else None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clubcollect workflows", description=(__doc__ or "").splitlines()[0].split(": ", 1)[-1]
    )
    parser.add_argument("--base-url", required=True, help="the API root, e.g. http://127.0.0.1:8080/api/v2")
    parser.add_argument("--report-dir", type=Path, default=Path("reports"), help="default: %(default)s")
    parser.add_argument(
        "--runner", choices=(*RUNNERS, "both"), default="arazzo-runner", help="default: %(default)s"
    )
    parser.add_argument(
        "--workflow", action="append", default=[], metavar="ID", help="only this one (repeatable)"
    )
    parser.add_argument("--redocly", type=Path, help="the redocly command (default: node_modules or PATH)")
    return parser


def _reachable(base_url: str) -> str | None:
    """None when something answers HTTP at ``base_url``; otherwise why not."""
    try:
        httpx.get(base_url, timeout=10.0)
    except httpx.HTTPError as error:
        return f"{type(error).__name__}: {error}"
    return None


def run(
    runner: str,
    base_url: str,
    inputs: Mapping[str, str],
    workflow_ids: list[str],
    redocly: Path | None,
) -> RunSummary:
    workflows_path, spec_path = openapi_file(WORKFLOWS_FILE), openapi_file(SPEC_FILE)
    if runner == "respect":
        if redocly is None:
            raise RunnerUnavailable("respect needs Redocly CLI: `npm ci` here, or pass --redocly")
        return run_respect(workflows_path, base_url, inputs, redocly, workflow_ids)
    return run_arazzo_runner(workflows_path, spec_path, base_url, inputs, workflow_ids)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    key = os.environ.get("CLUBCOLLECT_API_KEY", "")
    company = os.environ.get("CLUBCOLLECT_COMPANY_ID", "")
    if not key or not company:
        print("set CLUBCOLLECT_API_KEY and CLUBCOLLECT_COMPANY_ID", file=sys.stderr)
        return 2
    known = workflow_ids()
    unknown = [name for name in args.workflow if name not in known]
    if unknown:
        print(
            f"unknown workflow {', '.join(unknown)}; the workflows are: {', '.join(known)}", file=sys.stderr
        )
        return 2
    base_url = args.base_url.rstrip("/")
    problem = _reachable(base_url)
    if problem is not None:
        print(f"cannot reach {redact(base_url, key)}: {redact(problem, key)}", file=sys.stderr)
        return 2
    inputs = {"api_key": key, "company_id": company}
    worst = 0
    for runner in RUNNERS if args.runner == "both" else (args.runner,):
        try:
            summary = run(runner, base_url, inputs, args.workflow, find_redocly(args.redocly))
        except (RunnerUnavailable, ImportError) as error:
            print(f"{runner}: {redact(str(error), key)}", file=sys.stderr)
            return 2
        reports = write_reports(summary, args.report_dir, key)
        for result in summary.results:
            verdict = "passed" if result.passed else f"FAILED at step {result.failure.step_id}"  # type: ignore[union-attr]
            print(f"{runner}: {result.workflow_id}: {result.steps_run}/{result.steps_total} steps, {verdict}")
        passed = len(summary.results) - len(summary.failed)
        counts = f"{passed}/{len(summary.results)}"
        print(f"{runner}: {counts} workflows passed in {summary.seconds:.1f} s; see {reports[0]}")
        if not summary.results:
            print(f"{runner}: no workflow ran", file=sys.stderr)
            return 2
        worst = max(worst, 1 if summary.failed else 0)
    return worst


if __name__ == "__main__":
    sys.exit(main())
