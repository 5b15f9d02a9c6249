"""How drift's results are shown: plain text for people, JSON for CI, markdown for a PR comment.

Two kinds of result: a :class:`~generator.drift.allowlist.Verdict` (docs against the spec) and
a :class:`~generator.drift.changelog.Changelog` (docs against docs).
"""

from __future__ import annotations

import json
from collections import defaultdict

from generator.drift.allowlist import Verdict
from generator.drift.changelog import Changelog, DocsChange
from generator.drift.compare import Finding

ALLOWLIST_PATH = "generator/drift/allowlist.yaml"


def _stale(verdict: Verdict) -> list[Finding]:
    return [Finding("stale allowlist entry", pattern) for pattern in verdict.stale]


def _problems(verdict: Verdict) -> list[Finding]:
    return verdict.unexplained + _stale(verdict)


def _grouped(findings: list[Finding]) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        groups[finding.group].append(finding)
    return groups


def _summary(verdict: Verdict) -> str:
    allowed = f"{len(verdict.allowed)} allowed by the allowlist"
    problems = _problems(verdict)
    if problems:
        return f"drift: {len(problems)} unexplained difference(s); {allowed}"
    return f"drift: docs and spec agree; {allowed}"


# ----------------------------------------------------------------- docs against the spec


def verdict_text(verdict: Verdict, show_allowed: bool = False) -> str:
    lines: list[str] = []
    for group, findings in _grouped(_problems(verdict)).items():
        lines.append(f"{group} ({len(findings)})")
        lines += [f"  {finding.text}" for finding in findings]
        lines.append("")
    if show_allowed and verdict.allowed:
        lines.append(f"allowed by the allowlist ({len(verdict.allowed)})")
        lines += [f"  {finding.text}\n      why: {reason}" for finding, reason in verdict.allowed]
        lines.append("")
    lines.append(_summary(verdict))
    return "\n".join(lines)


def _finding_json(finding: Finding) -> dict[str, object]:
    return {
        "kind": finding.kind,
        "group": finding.group,
        "subject": finding.subject,
        "key": finding.key,
        "sources": list(finding.sources),
        "text": finding.text,
    }


def verdict_json(verdict: Verdict) -> str:
    payload = {
        "ok": not _problems(verdict),
        "unexplained": [_finding_json(f) for f in verdict.unexplained],
        "stale_allowlist": verdict.stale,
        "allowed": [{**_finding_json(f), "reason": reason} for f, reason in verdict.allowed],
    }
    return json.dumps(payload, indent=2)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def verdict_markdown(verdict: Verdict, docs: str) -> str:
    """A pull-request comment: what to fix first, where it is written, and how to excuse it."""
    problems = _problems(verdict)
    if not problems:
        head = f"## Docs drift: none\n\nThe vendor's pages ({docs}) and the spec agree"
        return f"{head}; {len(verdict.allowed)} known difference(s) are explained in `{ALLOWLIST_PATH}`.\n"
    lines = [
        f"## Docs drift: {len(problems)} unexplained difference(s)",
        "",
        f"The vendor's pages ({docs}) and `openapi/clubcollect-v2.yaml` disagree. Change the spec, or "
        f"explain a deliberate difference in `{ALLOWLIST_PATH}`.",
    ]
    for group, findings in _grouped(problems).items():
        lines += [
            "",
            f"### {group} ({len(findings)})",
            "",
            "| difference | where the docs say it |",
            "| --- | --- |",
        ]
        for finding in findings:
            where = ", ".join(f"`{source}`" for source in finding.sources) or "(not in the docs)"
            lines.append(f"| {_cell(finding.key)} | {_cell(where)} |")
    if verdict.allowed:
        lines += ["", f"<details><summary>{len(verdict.allowed)} allowed by the allowlist</summary>", ""]
        lines += [f"- {_cell(finding.key)}: {_cell(reason)}" for finding, reason in verdict.allowed]
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------- docs against docs


def _heading(subject: str, changelog: Changelog) -> str:
    title = changelog.titles.get(subject)
    return f"{subject} ({title})" if title else subject


def changelog_text(changelog: Changelog) -> str:
    if not changelog.changes:
        return "docs changes: none"
    lines: list[str] = []
    for subject, changes in changelog.by_subject().items():
        lines.append(_heading(subject, changelog))
        lines += [f"  {change.line}" for change in changes]
        lines.append("")
    breaking = len(changelog.breaking)
    lines.append(f"docs changes: {len(changelog.changes)}, {breaking} can break integrations (marked !)")
    return "\n".join(lines)


def _change_json(change: DocsChange) -> dict[str, object]:
    return {
        "subject": change.subject,
        "text": change.text,
        "where": str(change.where) if change.where else None,
        "breaking": change.breaking,
    }


def changelog_json(changelog: Changelog) -> str:
    payload = {
        "changed": bool(changelog.changes),
        "changes": [_change_json(change) for change in changelog.changes],
    }
    return json.dumps(payload, indent=2)


def changelog_markdown(changelog: Changelog, old: str, new: str) -> str:
    if not changelog.changes:
        return f"## Docs changes: none\n\nNo difference between {old} and {new}.\n"
    lines = [
        f"## Docs changes: {len(changelog.changes)} ({len(changelog.breaking)} can break integrations)",
        "",
        f"From {old} to {new}, by operation. **Breaking** marks what can break an existing integration.",
    ]
    for subject, changes in changelog.by_subject().items():
        lines += ["", f"### {_cell(_heading(subject, changelog))}", ""]
        for change in changes:
            mark = "**Breaking** " if change.breaking else ""
            where = f" (`{change.where}`)" if change.where else ""
            lines.append(f"- {mark}{_cell(change.text)}{where}")
    return "\n".join(lines) + "\n"
