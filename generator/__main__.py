"""Command line: ``python -m generator {regen,check,lint,drift,diff,overlay,release,docs-to-release} ...``.

Each subcommand lives in its own subpackage (``regen`` and ``check`` in ``regen.py``) whose
``cli`` module exposes ``main(argv) -> int``; this file only dispatches, so
``python -m generator X --help`` is answered by the module that owns X.
"""

from __future__ import annotations

import importlib
import os
import sys

COMMANDS = {
    "regen": ("generator.regen", "main_regen", "rewrite generated_client/ from the spec"),
    "check": ("generator.regen", "main_check", "fail if generated_client/ differs from a fresh regen"),
    "lint": ("generator.lint.cli", "main", "validate the spec and apply the project's rules"),
    "drift": ("generator.drift.cli", "main", "compare the vendor's docs pages with the spec"),
    "diff": ("generator.diff.cli", "main", "classify changes between two spec versions"),
    "overlay": ("generator.overlay.cli", "main", "apply an OpenAPI Overlay 1.0 document to the spec"),
    "release": ("generator.release.cli", "main", "regen, classify spec changes, bump the version, changelog"),
    "docs-to-release": (
        "generator.release.loop",
        "main",
        "drift --propose, apply, lint, regen, tests, release plan",
    ),
}


def usage() -> str:
    lines = ["usage: python -m generator COMMAND [ARGS...]", "", "commands:"]
    lines += [f"  {name:<15} {help_}" for name, (_, _, help_) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in {"-h", "--help"}:
        print(usage())
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        print(f"unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    module_name, func_name, _ = COMMANDS[name]
    func = getattr(importlib.import_module(module_name), func_name)
    result: int = func(rest)
    return result


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into a reader that stopped early (`| head`)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        sys.exit(1)
