"""Mutant outcomes: what each status counts as, where a survivor is, and the listed survivors."""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
SURVIVORS_FILE = HERE / "survivors.toml"

# mutmut's statuses. A mutant is caught when a test failed, hung past mutmut's timeout or died.
CAUGHT = frozenset({"killed", "timeout", "caught by type check", "segfault"})
# Not caught: the tests passed (``suspicious`` passed too, only slowly) or no test ran the code.
MISSED = frozenset({"survived", "suspicious", "no tests"})
# The run did not decide: treated as an error, never as a pass.
UNDECIDED = frozenset({"not checked", "skipped", "check was interrupted by user"})

_HUNK = re.compile(r"^@@ -(\d+)")


@dataclass(frozen=True)
class Mutant:
    file: str  # as tested, e.g. clubcollect_client/runtime/retry.py
    name: str  # mutmut's name, e.g. clubcollect_client.runtime.retry.xǁRetryPolicyǁdelay__mutmut_3
    status: str
    diff: str = ""

    @property
    def function(self) -> str:
        """``Class.method`` or ``function``, as a reader of the source would name it."""
        key = self.name.rsplit(".", 1)[-1].split("__mutmut_")[0]
        if key.startswith("xǁ"):
            _, cls, method = key.split("ǁ")
            return f"{cls}.{method}"
        return key.removeprefix("x_")

    @property
    def change(self) -> tuple[str, ...]:
        """The changed lines of the diff (``-old`` / ``+new``), stripped of indentation."""
        lines = []
        for line in self.diff.splitlines():
            if line.startswith(("---", "+++")) or not line.startswith(("-", "+")):
                continue
            lines.append(line[0] + line[1:].strip())
        return tuple(lines)

    def line(self, root: Path) -> int | None:
        """The line of the source file the mutant changes (the first removed line)."""
        removed = next((c[1:] for c in self.change if c.startswith("-")), None)
        source = (root / self.file).read_text(encoding="utf-8")
        span = _function_span(source, self.function)
        if span is None or removed is None:
            return span[0] if span else None
        first, last = span
        offset = _first_removed_offset(self.diff)
        lines = source.splitlines()
        candidates = [n for n in range(first, last + 1) if lines[n - 1].strip() == removed]
        if not candidates:
            return first
        guess = first + offset
        return min(candidates, key=lambda n: abs(n - guess))


def _first_removed_offset(diff: str) -> int:
    start, position = 1, 0
    for line in diff.splitlines():
        hunk = _HUNK.match(line)
        if hunk:
            start, position = int(hunk.group(1)), 0
        elif line.startswith(("---", "+++")):
            continue
        elif line.startswith("-"):
            return start + position - 1
        elif line.startswith(" "):
            position += 1
    return 0


def _function_span(source: str, function: str) -> tuple[int, int] | None:
    tree = ast.parse(source)
    parts = function.split(".")
    scope: Iterable[ast.stmt] = tree.body
    found: ast.stmt | None = None
    for part in parts:
        found = next(
            (
                node
                for node in scope
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
                and node.name == part
            ),
            None,
        )
        if found is None:
            return None
        scope = found.body
    assert found is not None
    decorators = [d.lineno for d in getattr(found, "decorator_list", [])]
    return min([found.lineno, *decorators]), found.end_lineno or found.lineno


@dataclass(frozen=True)
class Listed:
    kind: str  # "equivalent": no test can tell; "accepted": a known gap, left for later with a reason
    file: str
    function: str
    change: tuple[str, ...]
    why: str

    def matches(self, mutant: Mutant) -> bool:
        return (self.file, self.function, self.change) == (mutant.file, mutant.function, mutant.change)


@dataclass
class Listing:
    entries: list[Listed] = field(default_factory=list)

    def find(self, mutant: Mutant) -> Listed | None:
        return next((entry for entry in self.entries if entry.matches(mutant)), None)


def load_listing(path: Path = SURVIVORS_FILE) -> Listing:
    if not path.is_file():
        return Listing()
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = []
    for kind in ("equivalent", "accepted"):
        for entry in raw.get(kind, []):
            if not entry.get("why", "").strip():
                raise ValueError(f"{path}: a listed {kind} mutant of {entry.get('file')} has no reason")
            entries.append(
                Listed(
                    kind=kind,
                    file=entry["file"],
                    function=entry["function"],
                    change=tuple(entry["change"]),
                    why=entry["why"].strip(),
                )
            )
    unknown = set(raw) - {"equivalent", "accepted"}
    if unknown:
        raise ValueError(f"{path}: unknown tables {sorted(unknown)}")
    return Listing(entries)
