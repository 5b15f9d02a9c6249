"""reports/mutation.md: the score of every mutated file and each survivor with its place and change."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from mutation_testing.outcomes import CAUGHT, MISSED, UNDECIDED, Listing, Mutant

GOAL = 0.90


@dataclass
class FileScore:
    file: str
    caught: int = 0
    equivalent: int = 0
    accepted: int = 0
    new: int = 0
    undecided: int = 0

    @property
    def judged(self) -> int:
        """Mutants a test could have caught: every mutant but the listed equivalent ones."""
        return self.caught + self.accepted + self.new + self.undecided

    @property
    def score(self) -> float:
        return self.caught / self.judged if self.judged else 1.0


@dataclass
class Verdict:
    scores: dict[str, FileScore] = field(default_factory=dict)
    new_survivors: list[Mutant] = field(default_factory=list)
    listed_survivors: list[tuple[Mutant, str, str]] = field(default_factory=list)  # mutant, kind, why
    undecided: list[Mutant] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.new_survivors and not self.undecided


def judge(mutants: list[Mutant], listing: Listing) -> Verdict:
    verdict = Verdict()
    for mutant in mutants:
        score = verdict.scores.setdefault(mutant.file, FileScore(mutant.file))
        if mutant.status in CAUGHT:
            score.caught += 1
        elif mutant.status in UNDECIDED:
            score.undecided += 1
            verdict.undecided.append(mutant)
        elif mutant.status in MISSED:
            listed = listing.find(mutant)
            if listed is None:
                score.new += 1
                verdict.new_survivors.append(mutant)
            else:
                if listed.kind == "equivalent":
                    score.equivalent += 1
                else:
                    score.accepted += 1
                verdict.listed_survivors.append((mutant, listed.kind, listed.why))
        else:
            raise ValueError(f"unknown mutmut status {mutant.status!r} for {mutant.name}")
    return verdict


def _place(mutant: Mutant, root: Path) -> str:
    line = mutant.line(root)
    return f"{mutant.file}:{line}" if line else mutant.file


def _change(mutant: Mutant) -> str:
    return " / ".join(f"`{c}`" for c in mutant.change) or "(no diff)"


def render(verdict: Verdict, *, root: Path, title: str, notes: list[str]) -> str:
    lines = [f"# Mutation testing: {title}", ""]
    lines += notes + ([""] if notes else [])
    lines += [
        "Score = caught / (every mutant but the listed equivalent ones); goal >= 90% per module.",
        "",
        "| module | caught | equivalent | accepted gaps | new survivors | undecided | score | goal |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    totals = FileScore("all")
    for file in sorted(verdict.scores):
        s = verdict.scores[file]
        for name in ("caught", "equivalent", "accepted", "new", "undecided"):
            setattr(totals, name, getattr(totals, name) + getattr(s, name))
        mark = "met" if s.score >= GOAL else "MISSED"
        lines.append(
            f"| `{file}` | {s.caught} | {s.equivalent} | {s.accepted} | {s.new} | {s.undecided} "
            f"| {s.score:.1%} | {mark} |"
        )
    lines.append(
        f"| **all** | {totals.caught} | {totals.equivalent} | {totals.accepted} | {totals.new} "
        f"| {totals.undecided} | {totals.score:.1%} | |"
    )
    lines += ["", f"## New survivors ({len(verdict.new_survivors)}): a test should catch each", ""]
    by_file: dict[str, list[Mutant]] = defaultdict(list)
    for mutant in verdict.new_survivors:
        by_file[mutant.file].append(mutant)
    for file in sorted(by_file):
        for mutant in by_file[file]:
            lines.append(f"- {_place(mutant, root)} `{mutant.function}` ({mutant.status}): {_change(mutant)}")
    if verdict.undecided:
        lines += ["", f"## Undecided ({len(verdict.undecided)}): the run did not finish these", ""]
        lines += [f"- {_place(m, root)} `{m.function}` ({m.status})" for m in verdict.undecided]
    lines += [
        "",
        f"## Listed survivors ({len(verdict.listed_survivors)}, mutation_testing/survivors.toml)",
        "",
    ]
    for mutant, kind, why in verdict.listed_survivors:
        lines.append(f"- {kind}: {_place(mutant, root)} `{mutant.function}`: {_change(mutant)}: {why}")
    return "\n".join(lines) + "\n"


def suggestions(verdict: Verdict) -> str:
    """survivors.toml entries for the new survivors, to fill in (why) and move there after review."""
    out = [
        "# New survivors of the last run. Write a test that catches each; or, after review, move the",
        "# entry to mutation_testing/survivors.toml as [[equivalent]] or [[accepted]] with its reason.",
    ]
    for mutant in verdict.new_survivors:
        change = ", ".join(_toml_string(c) for c in mutant.change)
        out += [
            "",
            "[[equivalent]]",
            f"file = {_toml_string(mutant.file)}",
            f"function = {_toml_string(mutant.function)}",
            f"change = [{change}]",
            'why = ""',
        ]
    return "\n".join(out) + "\n"


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
