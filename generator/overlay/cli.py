"""``python -m generator overlay apply OVERLAY [--spec SPEC] [--dry-run]``.

Applies an OpenAPI Overlay 1.0 document (from ``drift --propose`` or written by a person) to the
spec in place. Lines outside the nodes the overlay changes stay byte for byte as they were
(comments, key order, flow style, blank lines); new nodes follow the file's style. An invalid
overlay (wrong version, not valid against the Overlay 1.0 schema, a target that is not a
JSONPath or matches nothing) is refused with the index of each failing action, and nothing is
written. ``--dry-run`` prints the change as a unified diff instead of writing it.

Exit status: 0 applied (or nothing to change), 1 refused, 2 the spec cannot be read.
"""

from __future__ import annotations

import argparse
import difflib
import os
import sys
import tempfile
from pathlib import Path

from ruamel.yaml.error import YAMLError

from generator.common.spec_refs import safe_load
from generator.overlay.actions import run_overlay
from generator.overlay.document import Overlay, OverlayError, load_overlay
from generator.overlay.splice import splice
from generator.overlay.style import render, spec_yaml, wrap_flow_lists

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = REPO_ROOT / "openapi" / "clubcollect-v2.yaml"


class SpecReadError(ValueError):
    pass


def applied_text(original: str, overlay: Overlay) -> str:
    """The spec text with the overlay applied; raises :class:`OverlayError` when refused."""
    yaml = spec_yaml()
    try:
        tree = yaml.load(original)
    except YAMLError as error:
        raise SpecReadError(f"the spec is not YAML: {error}") from error
    before = wrap_flow_lists(render(yaml, tree))
    run_overlay(tree, overlay)
    after = render(yaml, tree)
    result = splice(original, before, wrap_flow_lists(after))
    if safe_load(result) != safe_load(after):  # the splice must say exactly what the tree says
        raise AssertionError("splicing the change into the spec text changed its meaning")
    return result


def write_atomically(path: Path, text: str) -> None:
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as handle:
        handle.write(text)
    os.replace(handle.name, path)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator overlay", description="Apply an OpenAPI Overlay 1.0 document to the spec."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    apply = commands.add_parser("apply", help="apply OVERLAY to the spec in place")
    apply.add_argument("overlay", type=Path, metavar="OVERLAY", help="overlay file (YAML or JSON)")
    apply.add_argument(
        "--spec", type=Path, default=DEFAULT_SPEC, help="spec to change (default: %(default)s)"
    )
    apply.add_argument("--dry-run", action="store_true", help="print the change as a diff, write nothing")
    args = parser.parse_args(argv)
    try:
        original = args.spec.read_text(encoding="utf-8")
    except OSError as error:
        print(f"overlay: cannot read {args.spec}: {error.strerror}", file=sys.stderr)
        return 2
    try:
        overlay = load_overlay(args.overlay)
        result = applied_text(original, overlay)
    except SpecReadError as error:
        print(f"overlay: {args.spec}: {error}", file=sys.stderr)
        return 2
    except OverlayError as error:
        print(f"overlay: refused {args.overlay}, nothing written:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    actions = len(overlay.actions)
    if args.dry_run:
        sys.stdout.writelines(
            difflib.unified_diff(
                original.splitlines(keepends=True),
                result.splitlines(keepends=True),
                fromfile=str(args.spec),
                tofile=f"{args.spec} (with {args.overlay.name})",
            )
        )
        print(f"overlay: {actions} action(s) checked; --dry-run wrote nothing", file=sys.stderr)
        return 0
    if result != original:
        write_atomically(args.spec, result)
    print(f"overlay: applied {actions} action(s) of {args.overlay} to {args.spec}", file=sys.stderr)
    return 0
