"""``python -m generator release [--dry-run] [--baseline SPEC] [--date YYYY-MM-DD]``.

Classifies every spec change since the last release (``openapi/released/``, see
:mod:`generator.release.record`) with ``generator diff``, bumps clubcollect-client by semver
(breaking -> major, additions -> minor, descriptions and examples only -> patch, nothing -> no
release), writes the version into ``generator/config.yaml``, regenerates the client, puts the
release's section into ``CHANGELOG.md`` and records the released spec with its hash.
``--dry-run`` prints the plan and the changelog section and writes nothing. A release is
refused while ``generator lint`` has findings (an ``x-review`` mark waits for a person).

``--baseline SPEC`` names the spec of the current version when no release is recorded yet
(the first release made with this command).

Exit status: 0 released (or nothing to release, or a dry run), 1 refused, 2 something cannot be read.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from generator.common.spec_refs import SpecError, load_spec, load_spec_text, safe_load
from generator.diff.spec_changes import implied_bump, spec_changes
from generator.lint.cli import lint
from generator.regen import GenerationError, regen
from generator.release.notes import section, with_section
from generator.release.record import ReleaseRecordError, current_commit, load_released, record_release
from generator.release.version import VersionError, bumped, read_version, with_version

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC = REPO_ROOT / "openapi" / "clubcollect-v2.yaml"
RELEASED = REPO_ROOT / "openapi" / "released"
CONFIG = REPO_ROOT / "generator" / "config.yaml"
CHANGELOG = REPO_ROOT / "CHANGELOG.md"
DECISIONS = REPO_ROOT / "openapi" / "DECISIONS.md"


def _fail(message: str, code: int = 2) -> int:
    print(f"release: {message}", file=sys.stderr)
    return code


def _lint_findings(spec_text: str) -> int:
    decisions = DECISIONS.read_text(encoding="utf-8") if DECISIONS.is_file() else None
    return len(lint(safe_load(spec_text), decisions))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator release", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dry-run", action="store_true", help="print the plan and the changelog; write nothing"
    )
    parser.add_argument(
        "--baseline", type=Path, help="the current version's spec, when no release is recorded"
    )
    parser.add_argument(
        "--date", default=datetime.date.today().isoformat(), help="release date (default today)"
    )
    args = parser.parse_args(argv)
    try:
        config_text = CONFIG.read_text(encoding="utf-8")
        current = read_version(config_text)
        released = load_released(RELEASED)
        spec_text = SPEC.read_text(encoding="utf-8")
        spec = load_spec_text(spec_text, str(SPEC))
        if args.baseline is not None:
            baseline, previous = load_spec(args.baseline), current
        elif released is None:
            return _fail(f"no release recorded in {RELEASED}: give --baseline SPEC (the spec of {current})")
        else:
            baseline, previous = released.spec, released.version
    except (OSError, SpecError, VersionError, ReleaseRecordError) as error:
        return _fail(str(error))
    if released is not None and args.baseline is None and released.version != current:
        return _fail(f"generator/config.yaml says {current}, the last release was {released.version}", 1)
    changes = spec_changes(baseline, spec)
    bump = implied_bump(changes)
    if bump == "none":
        print(f"release: the spec has not changed since {previous}: nothing to release")
        return 0
    version = bumped(current, bump)
    counts = ", ".join(
        f"{sum(c.severity == severity for c in changes)} {severity}"
        for severity in ("breaking", "compatible", "doc")
    )
    notes = section(version, previous, args.date, bump, changes)
    findings = _lint_findings(spec_text)
    print(f"release: clubcollect-client {current} -> {version} ({bump}; {counts})")
    blocked = f"`generator lint` has {findings} finding(s) (an x-review mark waits for a person?)"
    if args.dry_run:
        print("\n" + notes)
        if findings:
            print(f"release: a release would be refused now: {blocked}")
        print("release: --dry-run, nothing written")
        return 0
    if findings:
        return _fail(f"refused: {blocked}", 1)
    CONFIG.write_text(with_version(config_text, version), encoding="utf-8")
    try:
        regen()
    except GenerationError as error:
        CONFIG.write_text(config_text, encoding="utf-8")
        return _fail(f"regen failed, version left at {current}:\n{error}", 1)
    CHANGELOG.write_text(with_section(CHANGELOG.read_text(encoding="utf-8"), notes), encoding="utf-8")
    record_release(RELEASED, spec_text, version, args.date, current_commit(REPO_ROOT))
    print(f"release: {version} written to {CONFIG.name}, the client, CHANGELOG.md and {RELEASED.name}/")
    return 0
