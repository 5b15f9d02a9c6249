"""``python -m generator docs-to-release [DOCS_DIR | --fetch ...] [--out DIR] [--tests PATHS]``.

One loop from the vendor's pages to a release plan, each step the project's own command:
drift with ``--propose`` -> ``overlay apply`` -> ``lint`` -> ``regen`` -> the client's tests ->
``release --dry-run``. It writes into ``--out`` (default ``openapi/proposals/``) the overlay,
the drift report, the release notes and ``summary.md``, a summary a reviewer can paste into a
pull request (the weekly workflow opens one with it), and prints the summary.

Arguments it does not know go to ``generator drift`` (``--fetch``, ``--cache``, ``--allowlist``).
Lint findings (``x-review`` marks waiting for the reviewer) do not stop the loop: that is what
the pull request is for. Exit status: 0 the loop ran, 1 regen or the tests failed, 2 the docs
could not be read or the overlay was refused (nothing after that step ran).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO_ROOT / "openapi" / "proposals"
DEFAULT_TESTS = ("tests/client", "tests/runtime", "tests/spec")


@dataclass(frozen=True)
class Step:
    name: str
    command: str
    code: int
    output: str
    ok: bool

    @property
    def mark(self) -> str:
        return "ok" if self.ok else "**needs attention**"


def _run(name: str, args: list[str], ok_codes: tuple[int, ...] = (0,)) -> Step:
    command = [sys.executable, *args]
    result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    shown = " ".join(["python", *args]).replace(f"{REPO_ROOT}/", "")
    return Step(name, shown, result.returncode, result.stdout + result.stderr, result.returncode in ok_codes)


def _summary(steps: list[Step], out: Path, overlay_written: bool, notes: str) -> str:
    lines = [
        "## Docs to release",
        "",
        "What the vendor's pages say now, proposed as changes to `openapi/clubcollect-v2.yaml` and",
        "applied, with the client regenerated and the release it would make.",
        "",
        "| step | command | result |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {step.name} | `{step.command}` | {step.mark} (exit {step.code}) |" for step in steps]
    files = [f"`{out.name}/report.md`", f"`{out.name}/release-notes.md`"]
    if overlay_written:
        files.insert(0, f"`{out.name}/docs-drift.overlay.yaml` (the overlay, applied)")
    lines += ["", "Files: " + ", ".join(files) + "."]
    lint = next((step for step in steps if step.name == "lint"), None)
    marks = [line for line in (lint.output if lint else "").splitlines() if ": review-pending: " in line]
    if marks:
        lines += ["", f"### For the reviewer: {len(marks)} x-review mark(s) to clear", ""]
        for line in marks:
            where, _, what = line.partition(": review-pending: ")
            lines.append(f"- `{where.split('#', 1)[-1]}`: {what}")
        lines += ["", "Write what each mark asks for, delete the mark, then run `python -m generator lint`."]
    if notes.strip():
        lines += ["", "### Release plan (dry run)", "", notes.strip()]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator docs-to-release", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the loop's files go")
    parser.add_argument(
        "--tests", nargs="*", default=list(DEFAULT_TESTS), help="pytest paths run after regen"
    )
    args, drift_args = parser.parse_known_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    overlay = out / "docs-drift.overlay.yaml"
    overlay.unlink(missing_ok=True)  # a proposal of an earlier run must not be applied again
    steps = [
        _run(
            "drift and propose",
            ["-m", "generator", "drift", *drift_args, "--propose", str(overlay), "--format", "markdown"],
            ok_codes=(0, 1),
        )
    ]
    (out / "report.md").write_text(steps[-1].output, encoding="utf-8")
    code = 0
    if not steps[-1].ok:
        code = 2
    elif overlay.is_file():
        steps.append(_run("apply the overlay", ["-m", "generator", "overlay", "apply", str(overlay)]))
        code = 0 if steps[-1].ok else 2
    notes = ""
    if code == 0:
        steps.append(_run("lint", ["-m", "generator", "lint"]))
        built = [_run("regen", ["-m", "generator", "regen"])]
        if built[0].ok:
            built.append(_run("tests", ["-m", "pytest", "-q", "-p", "no:randomly", *args.tests]))
        steps += built
        code = 0 if all(step.ok for step in built) else 1
        steps.append(_run("release plan", ["-m", "generator", "release", "--dry-run"]))
        notes = steps[-1].output
    (out / "release-notes.md").write_text(notes, encoding="utf-8")
    summary = _summary(steps, out, overlay.is_file(), notes)
    (out / "summary.md").write_text(summary, encoding="utf-8")
    print(summary)
    for step in steps:
        if not step.ok:
            print(f"--- {step.name} (exit {step.code}) ---\n{step.output[-4000:]}", file=sys.stderr)
    return code
