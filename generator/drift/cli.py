"""``python -m generator drift DOCS_DIR``: do the vendor's pages and the spec still agree?

Reads the pages as published, compares endpoints, parameters, fields, enum values and error
codes with the spec in both directions, discounts the deliberate differences listed in
``generator/drift/allowlist.yaml`` and reports the rest. Exits 1 when any difference is left
unexplained (or an allowlist entry no longer matches anything), 0 otherwise, 2 when an
input cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from generator.common.spec_refs import SpecError, load_spec
from generator.drift.allowlist import AllowlistError, Verdict, judge, load_allowlist
from generator.drift.compare import Finding, compare
from generator.drift.docs_facts import docs_facts
from generator.drift.pages import DocsReadError, read_pages
from generator.drift.spec_facts import spec_facts

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = REPO_ROOT / "openapi" / "clubcollect-v2.yaml"
DEFAULT_ALLOWLIST = Path(__file__).resolve().parent / "allowlist.yaml"


def run_drift(docs_dir: Path, spec_path: Path, allowlist_path: Path | None) -> Verdict:
    """Findings judged against the allowlist (``None``: no allowlist, everything counts)."""
    spec = load_spec(spec_path)
    findings = compare(docs_facts(read_pages(docs_dir)), spec_facts(spec))
    entries = load_allowlist(allowlist_path) if allowlist_path is not None else []
    return judge(findings, entries)


def _stale_findings(verdict: Verdict) -> list[Finding]:
    return [Finding("stale allowlist entry", pattern) for pattern in verdict.stale]


def render_text(verdict: Verdict, show_allowed: bool) -> str:
    problems = verdict.unexplained + _stale_findings(verdict)
    groups: dict[str, list[Finding]] = defaultdict(list)
    for finding in problems:
        groups[finding.group].append(finding)
    lines: list[str] = []
    for group, findings in groups.items():
        lines.append(f"{group} ({len(findings)})")
        lines += [f"  {finding.text}" for finding in findings]
        lines.append("")
    if show_allowed and verdict.allowed:
        lines.append(f"allowed by the allowlist ({len(verdict.allowed)})")
        lines += [f"  {finding.text}\n      why: {reason}" for finding, reason in verdict.allowed]
        lines.append("")
    summary = f"{len(verdict.allowed)} allowed by the allowlist"
    if problems:
        lines.append(f"drift: {len(problems)} unexplained difference(s); {summary}")
    else:
        lines.append(f"drift: docs and spec agree; {summary}")
    return "\n".join(lines)


def render_json(verdict: Verdict) -> str:
    def entry(finding: Finding) -> dict[str, object]:
        return {
            "kind": finding.kind,
            "subject": finding.subject,
            "sources": list(finding.sources),
            "text": finding.text,
        }

    payload = {
        "ok": not verdict.unexplained and not verdict.stale,
        "unexplained": [entry(f) for f in verdict.unexplained],
        "stale_allowlist": verdict.stale,
        "allowed": [{**entry(f), "reason": reason} for f, reason in verdict.allowed],
    }
    return json.dumps(payload, indent=2)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator drift",
        description="Compare the vendor's published docs pages with the spec.",
    )
    parser.add_argument("docs_dir", type=Path, metavar="DOCS_DIR", help="folder of docs pages (.txt, .md)")
    parser.add_argument(
        "--spec", type=Path, default=DEFAULT_SPEC, help="spec to compare (default: %(default)s)"
    )
    parser.add_argument("--allowlist", type=Path, default=DEFAULT_ALLOWLIST, help="deliberate differences")
    parser.add_argument("--no-allowlist", action="store_true", help="report every difference")
    parser.add_argument("--show-allowed", action="store_true", help="also list allowed differences and why")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if not args.docs_dir.is_dir():
        print(f"drift: {args.docs_dir} is not a folder", file=sys.stderr)
        return 2
    try:
        verdict = run_drift(args.docs_dir, args.spec, None if args.no_allowlist else args.allowlist)
    except (SpecError, AllowlistError) as error:
        print(f"drift: {error}", file=sys.stderr)
        return 2
    except DocsReadError as error:
        print("drift: could not read the docs:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    print(render_json(verdict) if args.json else render_text(verdict, args.show_allowed))
    return 1 if verdict.unexplained or verdict.stale else 0
