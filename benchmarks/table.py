"""The results table: Markdown for the terminal and for benchmarks/README.md."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from benchmarks.results import Row, format_number

START = "<!-- benchmarks:results:start -->"
END = "<!-- benchmarks:results:end -->"
_BLOCK = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_table(rows: Sequence[Row]) -> str:
    lines = [
        "| benchmark | subject | baseline (same run) | result | goal | verdict |",
        "| --- | --- | --- | ---: | --- | --- |",
    ]
    for row in rows:
        goal = row.goal.describe() if row.goal else "report only"
        lines.append(
            "| "
            + " | ".join(
                _cell(part)
                for part in (
                    row.name,
                    row.subject,
                    row.baseline,
                    f"{format_number(row.value)}{row.unit}",
                    goal,
                    row.verdict,
                )
            )
            + " |"
        )
    return "\n".join(lines)


def render_details(rows: Sequence[Row]) -> str:
    out: list[str] = []
    for row in rows:
        out.append(f"- **{row.name}**: {row.what}. Reproduce: `{row.command}`")
        out += [f"  - {note}" for note in row.notes]
    return "\n".join(out)


def render_block(rows: Sequence[Row], machine: Sequence[str], header: str) -> str:
    parts = [START, "", header, "", render_table(rows), "", render_details(rows), ""]
    parts += ["Machine:", "", *[f"- {line}" for line in machine], "", END]
    return "\n".join(parts)


def replace_block(document: str, block: str) -> str:
    """The document with its marked block replaced, or the block appended if there is none."""
    if _BLOCK.search(document):
        return _BLOCK.sub(lambda _: block, document, count=1)
    return document.rstrip("\n") + "\n\n" + block + "\n"


def update_readme(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(replace_block(text, block), encoding="utf-8")
