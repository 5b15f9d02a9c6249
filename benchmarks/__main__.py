"""``python -m benchmarks [--quick] [--only NAME ...] [--no-readme] [--self-check]``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from benchmarks import machine, registry, selfcheck
from benchmarks.results import Row
from benchmarks.settings import Settings
from benchmarks.table import render_block, render_details, render_table, update_readme

README = Path(__file__).with_name("README.md")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="fewer rounds and smaller loads (under a minute)"
    )
    parser.add_argument(
        "--only", action="append", metavar="NAME", help=f"run only these ({', '.join(registry.MODULES)})"
    )
    parser.add_argument("--no-readme", action="store_true", help="print the table, leave README.md alone")
    parser.add_argument("--self-check", action="store_true", help="check the table and ratio code, then exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.self_check:
        failures = selfcheck.run()
        for failure in failures:
            print(f"self-check failed: {failure}", file=sys.stderr)
        print("self-check passed" if not failures else f"{len(failures)} self-check(s) failed")
        return 1 if failures else 0
    settings = Settings(quick=args.quick)
    try:
        names = registry.selected(args.only, args.quick)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    rows: list[Row] = []
    started = time.perf_counter()
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        began = time.perf_counter()
        rows += registry.load(name)(settings)
        print(f"  {name} took {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    total = time.perf_counter() - started
    print(render_table(rows))
    print()
    print(render_details(rows))
    if not args.no_readme:
        command = "python -m benchmarks" + (" --quick" if args.quick else "")
        command += "".join(f" --only {name}" for name in args.only or [])
        header = (
            f"Last run: `{command}`, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
            f"{total:.0f} s in all."
        )
        update_readme(README, render_block(rows, machine.describe(), header))
        print(f"\nresults written to {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
