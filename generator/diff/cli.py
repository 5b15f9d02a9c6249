"""``python -m generator diff OLD_SPEC NEW_SPEC`` or ``diff --against REV``.

Prints every change between two spec versions grouped as breaking / compatible / doc-only,
and the semantic-version bump the client needs. Exits 1 when anything is breaking, 0 when
not, 2 when a spec cannot be read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from clubcollect_toolkit.resources import spec_file
from generator.common.spec_refs import Node, SpecError, load_spec, load_spec_text
from generator.diff.spec_changes import Change, implied_bump, spec_changes

DEFAULT_SPEC = spec_file()  # the clone's, or the copy an installed toolkit ships
_HEADINGS = {"breaking": "BREAKING", "compatible": "COMPATIBLE", "doc": "DOC-ONLY"}


def spec_at_revision(spec: Path, revision: str) -> Node:
    """The committed version of ``spec`` at ``revision`` (git show)."""
    if revision.startswith("-"):
        raise SpecError(f"not a revision: {revision!r}")
    result = subprocess.run(  # noqa: S603 - fixed program, revision passed as one argument
        ["git", "-C", str(spec.parent), "show", f"{revision}:./{spec.name}"],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SpecError(f"git show {revision}:{spec.name} failed: {result.stderr.strip()}")
    return load_spec_text(result.stdout, f"{revision}:{spec.name}")


def render_text(changes: list[Change], old_label: str, new_label: str) -> str:
    lines = [f"spec changes {old_label} -> {new_label}"]
    for severity, heading in _HEADINGS.items():
        selected = [change for change in changes if change.severity == severity]
        if not selected:
            continue
        lines += ["", f"{heading} ({len(selected)})"]
        by_place: dict[str, list[str]] = defaultdict(list)
        for change in selected:
            by_place[change.where].append(change.what)
        for where, whats in by_place.items():
            lines.append(f"  {where}")
            lines += [f"    {what}" for what in whats]
    if not changes:
        lines += ["", "no changes"]
    lines += ["", f"semver bump: {implied_bump(changes)}"]
    return "\n".join(lines)


def render_json(changes: list[Change], old_label: str, new_label: str) -> str:
    counts = {severity: sum(c.severity == severity for c in changes) for severity in _HEADINGS}
    payload = {
        "old": old_label,
        "new": new_label,
        "bump": implied_bump(changes),
        "counts": counts,
        "changes": [{"severity": c.severity, "where": c.where, "what": c.what} for c in changes],
    }
    return json.dumps(payload, indent=2)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator diff",
        description="Classify the changes between two spec versions and print the semver bump they imply.",
    )
    parser.add_argument(
        "specs", nargs="*", metavar="SPEC", help="OLD_SPEC NEW_SPEC (or NEW_SPEC with --against)"
    )
    parser.add_argument(
        "--against", metavar="REV", help="compare the spec committed at REV with the working one"
    )
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC, help="working spec for --against")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def main(argv: list[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.against is not None:
            if len(args.specs) > 1:
                parser.error("--against takes at most one spec (the new one)")
            new_path = Path(args.specs[0]) if args.specs else args.spec
            old, old_label = spec_at_revision(args.spec, args.against), f"{args.against}:{args.spec.name}"
            new, new_label = load_spec(new_path), str(new_path)
        else:
            if len(args.specs) != 2:
                parser.error("give OLD_SPEC NEW_SPEC, or --against REV")
            old, new = load_spec(Path(args.specs[0])), load_spec(Path(args.specs[1]))
            old_label, new_label = args.specs
    except SpecError as error:
        print(f"diff: {error}", file=sys.stderr)
        return 2
    changes = spec_changes(old, new)
    print(
        render_json(changes, old_label, new_label)
        if args.json
        else render_text(changes, old_label, new_label)
    )
    return 1 if any(change.severity == "breaking" for change in changes) else 0
