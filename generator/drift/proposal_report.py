"""How ``drift --propose`` reports its overlay: what it proposes and what it leaves for a person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.drift.proposal import Proposal


def _written(proposal: Proposal, file: Path | None) -> str:
    if file is None:
        return "proposal: nothing the docs settle on their own; no overlay written (an old file stays)"
    return f"proposal: {len(proposal.actions)} overlay action(s) written to {file}"


def proposal_text(proposal: Proposal, file: Path | None) -> str:
    lines = ["", _written(proposal, file)]
    if proposal.left:
        lines.append(f"left for a person ({len(proposal.left)})")
        lines += [f"  {item.text}" for item in proposal.left]
    return "\n".join(lines)


def proposal_json(proposal: Proposal, file: Path | None) -> dict[str, Any]:
    return {
        "file": str(file) if file is not None else None,
        "actions": [action.as_overlay() for action in proposal.actions],
        "left_for_a_person": [
            {"finding": item.finding.key, "sources": list(item.finding.sources), "why": item.why}
            for item in proposal.left
        ],
    }


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def proposal_markdown(proposal: Proposal, file: Path | None) -> str:
    lines = ["", f"### Proposed changes to the spec ({len(proposal.actions)})", ""]
    if file is None:
        lines.append("None: nothing the docs settle on their own.")
    else:
        lines += [f"An OpenAPI Overlay 1.0 document, `{file.name}`:", ""]
        lines += ["| target | change |", "| --- | --- |"]
        for action in proposal.actions:
            change = "remove" if action.remove else "update"
            lines.append(f"| `{_cell(action.target)}` | {change}: {_cell(action.description)} |")
    if proposal.left:
        lines += ["", f"### Left for a person ({len(proposal.left)})", ""]
        lines += [f"- {_cell(item.finding.text)}: {_cell(item.why)}" for item in proposal.left]
    return "\n".join(lines) + "\n"
