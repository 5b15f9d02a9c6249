"""``python -m generator drift``: do the vendor's pages and the spec still agree?

Reads the pages (a folder in any of the three formats, or the live site with ``--fetch``),
compares base URL, auth, endpoints, parameters and their required flags, success answers,
pagination, fields, notification payloads, enum values and error codes with the spec in
both directions, discounts the deliberate differences listed in
``generator/drift/allowlist.yaml`` and reports the rest, each with the page line it comes from.

``--propose FILE`` also writes the differences the docs settle on their own as an OpenAPI
Overlay 1.0 document (``python -m generator overlay apply FILE`` applies it) and lists what is
left for a person; see :mod:`generator.drift.proposal`.

``--since OLD_DIR`` compares two snapshots of the pages instead (docs against docs, the spec
is not read) and prints what changed, by operation.

A reference page that describes nothing (a stub) is a finding, like any other difference.

Exit status: 0 nothing to report, 1 drift (or a stale allowlist entry; with ``--since``: the
docs changed), 2 something could not be read or fetched (a page in no format drift knows).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from clubcollect_docs.pages import DocsReadError, read_pages
from clubcollect_toolkit.resources import spec_file
from generator.common import workflows
from generator.common.spec_refs import SpecError, load_spec
from generator.drift import report
from generator.drift.allowlist import AllowlistError, Verdict, judge, load_allowlist
from generator.drift.changelog import changelog
from generator.drift.compare import Finding, compare
from generator.drift.docs_facts import docs_facts
from generator.drift.fetch import FetchError, FetchSettings, default_cache, fetch_site
from generator.drift.proposal import Proposal, propose
from generator.drift.proposal_report import proposal_json, proposal_markdown, proposal_text
from generator.drift.site import SITE_FILE, SiteError, load_site
from generator.drift.spec_facts import spec_facts
from generator.overlay.document import check_overlay

DEFAULT_SPEC = spec_file()  # the clone's, or the copy an installed toolkit ships
DEFAULT_ALLOWLIST = Path(__file__).resolve().parent / "allowlist.yaml"
FORMATS = ("text", "json", "markdown")


def run_drift(docs_dir: Path, spec_path: Path, allowlist_path: Path | None) -> Verdict:
    """Findings judged against the allowlist (``None``: no allowlist, everything counts)."""
    spec = load_spec(spec_path)
    findings = compare(docs_facts(read_pages(docs_dir)), spec_facts(spec))
    findings += workflow_findings(spec_path, spec)
    entries = load_allowlist(allowlist_path) if allowlist_path is not None else []
    return judge(findings, entries)


def workflow_findings(spec_path: Path, spec: dict[str, Any]) -> list[Finding]:
    """The Arazzo workflows beside the spec must only name operations and fields the spec has."""
    path = workflows.workflows_beside(spec_path)
    if not path.is_file():
        return []
    return [
        Finding("workflow names what the spec lacks", problem.message, (f"{path.name}#{problem.pointer}",))
        for problem in workflows.spec_problems(workflows.load_workflows(path), spec)
    ]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator drift",
        description="Compare the vendor's documentation pages with the spec (or with older pages).",
    )
    parser.add_argument(
        "docs_dir",
        type=Path,
        nargs="?",
        metavar="DOCS_DIR",
        help="folder of pages: rendered text (.txt), served markdown or GitBook source (.md), any layout",
    )
    live = parser.add_argument_group("live pages")
    live.add_argument("--fetch", action="store_true", help="download the site's current pages first")
    live.add_argument("--cache", type=Path, default=None, help="where --fetch keeps the pages")
    live.add_argument("--site", type=Path, default=SITE_FILE, help="the page list (default: %(default)s)")
    live.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a page (default 20)")
    live.add_argument("--retries", type=int, default=2, help="further attempts per page (default 2)")
    parser.add_argument(
        "--since",
        type=Path,
        metavar="OLD_DIR",
        help="docs against docs: what changed from the pages in OLD_DIR (the spec is not read)",
    )
    parser.add_argument(
        "--spec", type=Path, default=DEFAULT_SPEC, help="spec to compare (default: %(default)s)"
    )
    parser.add_argument("--allowlist", type=Path, default=DEFAULT_ALLOWLIST, help="deliberate differences")
    parser.add_argument("--no-allowlist", action="store_true", help="report every difference")
    parser.add_argument("--show-allowed", action="store_true", help="also list allowed differences and why")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument(
        "--json", action="store_const", const="json", dest="format", help="same as --format json"
    )
    parser.add_argument(
        "--propose",
        type=Path,
        metavar="FILE",
        help="write the differences the docs settle as an OpenAPI Overlay 1.0 document to FILE",
    )
    parser.add_argument(
        "--markdown-summary",
        type=Path,
        metavar="FILE",
        help="also append the markdown summary to FILE (e.g. $GITHUB_STEP_SUMMARY)",
    )
    return parser


def _fail(message: str, details: Sequence[str] = ()) -> int:
    print(f"drift: {message}", file=sys.stderr)
    for detail in details:
        print(f"  {detail}", file=sys.stderr)
    return 2


def _docs_folder(args: argparse.Namespace) -> Path:
    """The folder to read: DOCS_DIR, or the cache after a complete --fetch."""
    if not args.fetch:
        return Path(args.docs_dir)
    site = load_site(args.site)
    settings = FetchSettings(
        connect_timeout=min(10.0, args.timeout), read_timeout=args.timeout, retries=args.retries
    )
    cache = args.cache or default_cache()
    folder = fetch_site(site, cache, settings)
    print(f"drift: fetched {len(site.pages)} page(s) from {site.address} into {folder}", file=sys.stderr)
    return folder


def _emit(args: argparse.Namespace, text: str, json_text: str, markdown: str) -> None:
    print({"text": text, "json": json_text, "markdown": markdown}[args.format])
    if args.markdown_summary is not None:
        with args.markdown_summary.open("a", encoding="utf-8") as summary:
            summary.write(markdown)


def write_proposal(proposal: Proposal, file: Path, spec_path: Path) -> Path | None:
    """Write the overlay (checked against the Overlay 1.0 schema first); None when it would be empty."""
    if not proposal.actions:
        return None
    document = proposal.document(
        title=f"Docs drift proposal for {spec_path.name}", version=datetime.date.today().isoformat()
    )
    check_overlay(document)
    text = (
        json.dumps(document, indent=2)
        if file.suffix == ".json"
        else yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
    )
    file.write_text(text, encoding="utf-8")
    return file


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    if args.fetch == (args.docs_dir is not None):
        return _fail("give either DOCS_DIR or --fetch (the live pages)")
    if args.propose is not None and args.since is not None:
        return _fail("--propose proposes changes to the spec; --since compares docs with docs")
    try:
        folder = _docs_folder(args)
        if args.since is not None:
            log = changelog(read_pages(args.since), read_pages(folder))
            old, new = f"`{args.since}`", f"`{folder}`"
            _emit(
                args,
                report.changelog_text(log),
                report.changelog_json(log),
                report.changelog_markdown(log, old, new),
            )
            return 1 if log.changes else 0
        verdict = run_drift(folder, args.spec, None if args.no_allowlist else args.allowlist)
    except (SpecError, AllowlistError, SiteError) as error:
        return _fail(str(error))
    except DocsReadError as error:
        return _fail("could not read the docs:", error.problems)
    except FetchError as error:
        return _fail(str(error), error.problems)
    text = report.verdict_text(verdict, args.show_allowed)
    json_text = report.verdict_json(verdict)
    markdown = report.verdict_markdown(verdict, f"`{folder}`")
    if args.propose is not None:
        try:
            proposal = propose(load_spec(args.spec), verdict.unexplained)
            written = write_proposal(proposal, args.propose, args.spec)
        except (SpecError, OSError) as error:
            return _fail(f"cannot write the proposal {args.propose}: {error}")
        text += "\n" + proposal_text(proposal, written)
        json_text = json.dumps(
            {**json.loads(json_text), "proposal": proposal_json(proposal, written)}, indent=2
        )
        markdown += proposal_markdown(proposal, written)
    _emit(args, text, json_text, markdown)
    return 1 if verdict.unexplained or verdict.stale else 0
