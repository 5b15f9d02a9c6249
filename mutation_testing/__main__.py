"""``python -m mutation_testing``: mutmut over the targets, a report, and a verdict.

Exit status: 0 every survivor is listed in survivors.toml; 1 a survivor is not listed (or a
mutant was left undecided); 2 the run could not be made (mutmut failed before judging).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from mutation_testing.outcomes import MISSED, Listing, Mutant, load_listing
from mutation_testing.report import judge, render, suggestions
from mutation_testing.stage import ROOT, forget_survivor_verdicts, stage
from mutation_testing.targets import Target, changed_by_target, load_targets

REPORT = ROOT / "reports" / "mutation.md"
PROFILE_ENV = {"CLUBCOLLECT_PROFILE": "mutation"}  # tests/conftest.py: derandomized, small budget
# The tests that read the vendor's pages find them beside the repository; a staged copy is
# elsewhere, so it is told where they are (when they are there at all).
DOCS_ENV = {
    "CLUBCOLLECT_DOCS_DIR": str(ROOT.parent / "shared" / "clubcollect-docs"),
    "CLUBCOLLECT_DOCS_SOURCE_DIR": str(ROOT.parent / "shared" / "clubcollect-docs-source"),
}


def changed_files(ref: str) -> list[str]:
    """Files a branch touched since it left ``ref``, committed or not, plus untracked ones."""

    def git(*args: str) -> list[str]:
        out = subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout
        return [line for line in out.splitlines() if line]

    base = git("merge-base", ref, "HEAD")[0]
    return sorted(
        set(git("diff", "--name-only", base)) | set(git("ls-files", "--others", "--exclude-standard"))
    )


def module_pattern(path: str) -> str:
    """mutmut's name pattern for every mutant of one file."""
    return path.removesuffix(".py").replace("/", ".") + ".*"


def run_target(
    target: Target,
    *,
    files: list[str] | None,
    max_children: int,
    log_dir: Path,
    time_limit: float | None = None,
    run: bool = True,
    resume: bool = False,
) -> list[Mutant]:
    where = stage(target)
    docs = {name: path for name, path in DOCS_ENV.items() if Path(path).is_dir() and name not in os.environ}
    env = {**os.environ, **docs, **PROFILE_ENV}
    if run:
        if not resume:
            forget_survivor_verdicts(where, keep=listed_equivalents(_collect(where, env), load_listing()))
        _run_mutmut(
            target, where, env, files=files, max_children=max_children, log_dir=log_dir, limit=time_limit
        )
    mutants = _collect(where, env)
    if files:
        mutants = [m for m in mutants if m.file in files]
    return mutants


def _collect(where: Path, env: dict[str, str]) -> list[Mutant]:
    """Every mutant mutmut has results for in the staged tree ``where`` (mutation_testing.collect)."""
    collected = subprocess.run(
        [sys.executable, "-m", "mutation_testing.collect"],
        cwd=where,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [Mutant(**json.loads(line)) for line in collected.splitlines() if line.strip()]


def listed_equivalents(mutants: list[Mutant], listing: Listing) -> frozenset[str]:
    """The survivors survivors.toml lists as equivalent: a new test cannot kill them (accepted
    gaps, which one can, are judged again)."""
    equivalent = []
    for mutant in mutants:
        entry = listing.find(mutant) if mutant.status in MISSED else None
        if entry is not None and entry.kind == "equivalent":
            equivalent.append(mutant.name)
    return frozenset(equivalent)


def _run_mutmut(
    target: Target,
    where: Path,
    env: dict[str, str],
    *,
    files: list[str] | None,
    max_children: int,
    log_dir: Path,
    limit: float | None,
) -> None:
    log = log_dir / f"mutation-{target.name}.log"
    patterns = [module_pattern(path) for path in files] if files else []
    command = [sys.executable, "-m", "mutmut", "run", "--max-children", str(max_children), *patterns]
    print(f"mutation: {target.name}: mutmut run in {where} (log: {log})", flush=True)
    with log.open("w", encoding="utf-8") as out:
        process = subprocess.Popen(
            command, cwd=where, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            returncode = process.wait(timeout=limit * 60 if limit else None)
        except subprocess.TimeoutExpired:
            # mutmut's results so far stay in its files; the rest is reported as not checked.
            os.killpg(process.pid, signal.SIGTERM)
            process.wait()
            print(f"mutation: {target.name}: stopped after {limit:g} minutes", flush=True)
            return
    if returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
        raise RuntimeError(f"mutmut run for {target.name} exited {returncode}:\n" + "\n".join(tail))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mutation_testing", description=__doc__)
    parser.add_argument("--target", action="append", help="only this target (repeatable; default: all)")
    parser.add_argument(
        "--changed",
        nargs="?",
        const="main",
        metavar="REF",
        help="mutate only the listed files the branch changed since REF (default main)",
    )
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--time-limit",
        type=float,
        metavar="MINUTES",
        help="stop each target's mutmut run after this long; mutants left are reported as not checked",
    )
    parser.add_argument(
        "--report-only", action="store_true", help="report the results mutmut already has; run nothing"
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="go on with a stopped run: keep the survivors it judged (by default they are judged again)",
    )
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args(argv)

    targets = load_targets()
    if args.target:
        unknown = set(args.target) - {t.name for t in targets}
        if unknown:
            parser.error(f"unknown target(s) {sorted(unknown)}; known: {[t.name for t in targets]}")
        targets = [t for t in targets if t.name in args.target]
    files_by_target: dict[str, list[str]] | None = None
    notes: list[str] = []
    if args.changed:
        files_by_target = changed_by_target(targets, changed_files(args.changed))
        targets = [t for t in targets if t.name in files_by_target]
        notes.append(f"Only the files changed since `{args.changed}`.")
        if not targets:
            print(f"mutation: no mutated file changed since {args.changed}; nothing to do")
            return 0

    args.report.parent.mkdir(parents=True, exist_ok=True)
    mutants: list[Mutant] = []
    try:
        for target in targets:
            files = files_by_target[target.name] if files_by_target is not None else None
            mutants += run_target(
                target,
                files=files,
                max_children=args.max_children,
                log_dir=args.report.parent,
                time_limit=args.time_limit,
                run=not args.report_only,
                resume=args.resume,
            )
    except (RuntimeError, subprocess.CalledProcessError) as error:
        print(f"mutation: could not run: {error}", file=sys.stderr)
        return 2

    staged = ROOT / "build" / "mutation"
    verdict = judge(mutants, load_listing())
    title = ", ".join(t.name for t in targets)
    text = render(verdict, root=_source_root(staged, targets), title=title, notes=notes)
    args.report.write_text(text, encoding="utf-8")
    listing_draft = args.report.with_name("mutation-survivors.toml")
    listing_draft.write_text(suggestions(verdict), encoding="utf-8")
    print(text)
    print(f"mutation: report written to {args.report}; entries for new survivors in {listing_draft}")
    return 0 if verdict.ok else 1


def _source_root(staged: Path, targets: list[Target]) -> Path:
    # Every target's stage holds the same unmutated sources at the same paths.
    return staged / targets[0].name


if __name__ == "__main__":
    sys.exit(main())
