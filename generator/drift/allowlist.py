"""The list of deliberate differences between the docs and the spec, each with its reason.

Entries name findings by their key (``"<kind>: <subject>"``); ``*`` matches any run of
characters, so one entry can cover one decision that shows up in several places (a project
error code on every operation). An entry pattern that matches nothing is stale and reported,
so the list cannot silently outlive the differences it explains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.common.spec_refs import safe_load
from generator.drift.compare import Finding


class AllowlistError(ValueError):
    pass


@dataclass(frozen=True)
class AllowEntry:
    patterns: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class Verdict:
    unexplained: list[Finding]
    allowed: list[tuple[Finding, str]]  # finding, reason
    stale: list[str]  # patterns that matched nothing


def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in pattern.split("*")), re.DOTALL)


def load_allowlist(path: Path) -> list[AllowEntry]:
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise AllowlistError(f"cannot read allowlist {path}: {error}") from error
    if not isinstance(data, list):
        raise AllowlistError(f"{path}: expected a list of entries with 'match' and 'reason'")
    entries: list[AllowEntry] = []
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise AllowlistError(f"{path}: entry {index} is not a mapping")
        match, reason = item.get("match"), item.get("reason")
        patterns = [match] if isinstance(match, str) else match
        if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) for p in patterns):
            raise AllowlistError(f"{path}: entry {index} needs 'match': a string or a list of strings")
        if not isinstance(reason, str) or not reason.strip():
            raise AllowlistError(f"{path}: entry {index} needs a 'reason'")
        entries.append(AllowEntry(tuple(patterns), reason.strip()))
    return entries


def judge(findings: list[Finding], entries: list[AllowEntry]) -> Verdict:
    compiled = [(entry, pattern, _compiled(pattern)) for entry in entries for pattern in entry.patterns]
    used: set[str] = set()
    unexplained: list[Finding] = []
    allowed: list[tuple[Finding, str]] = []
    for finding in findings:
        hits = [(entry, pattern) for entry, pattern, regex in compiled if regex.fullmatch(finding.key)]
        used |= {pattern for _, pattern in hits}
        if hits:
            allowed.append((finding, hits[0][0].reason))
        else:
            unexplained.append(finding)
    stale = [pattern for _, pattern, _ in compiled if pattern not in used]
    return Verdict(unexplained, allowed, stale)
