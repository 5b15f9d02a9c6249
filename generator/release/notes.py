"""The CHANGELOG section of a release, from ``generator diff``'s classified spec changes.

Breaking changes and additions are listed one per line (operation, field, what changed, old ->
new), breaking ones marked; changes to descriptions and examples only are listed per operation
on one line each, since there are many and none changes code.
"""

from __future__ import annotations

import re
from collections import defaultdict

from generator.diff.spec_changes import Bump, Change

_FROM_TO = re.compile(r"changed from (.+) to (.+)$")
_HEADINGS = {"breaking": "Breaking", "compatible": "Added or relaxed (compatible)"}


def _what(change: Change) -> str:
    return _FROM_TO.sub(r"changed: \1 → \2", change.what)


def section(version: str, previous: str, date: str, bump: Bump, changes: list[Change]) -> str:
    lines = [
        f"## clubcollect-client {version} ({date})",
        "",
        f"A {bump} release: the spec changes since {previous}, as `generator diff` classifies them.",
    ]
    for severity, heading in _HEADINGS.items():
        selected = [change for change in changes if change.severity == severity]
        if not selected:
            continue
        lines += ["", f"### {heading}", ""]
        mark = "**Breaking** " if severity == "breaking" else ""
        lines += [f"- {mark}`{change.where}`: {_what(change)}" for change in selected]
    docs: dict[str, list[str]] = defaultdict(list)
    for change in changes:
        if change.severity == "doc":
            docs[change.where].append(_what(change))
    if docs:
        lines += ["", "### Descriptions and examples only", ""]
        lines += [f"- `{where}`: {'; '.join(whats)}" for where, whats in docs.items()]
    return "\n".join(lines) + "\n"


def with_section(changelog: str, new_section: str) -> str:
    """The changelog with the release section after the "Unreleased" notes (or the title)."""
    lines = changelog.splitlines(keepends=True)
    headings = [index for index, line in enumerate(lines) if line.startswith("## ")]
    unreleased = [index for index in headings if lines[index].strip().lower() == "## unreleased"]
    if unreleased:
        later = [index for index in headings if index > unreleased[0]]
        at = later[0] if later else len(lines)
    else:
        at = headings[0] if headings else len(lines)
    before = "".join(lines[:at])
    if before and not before.endswith("\n\n"):
        before = before.rstrip("\n") + "\n\n"
    after = "".join(lines[at:])
    return before + new_section + ("\n" + after if after else "")
