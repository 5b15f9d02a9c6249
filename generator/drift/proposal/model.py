"""A proposal: overlay actions, what is left for a person, and the Overlay 1.0 document they make."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.drift.compare import Finding

OVERLAY_VERSION = "1.0.0"
REVIEW = "x-review"  # the mark on a created node a person must finish (generator lint refuses it)


@dataclass(frozen=True)
class ProposedAction:
    target: str
    description: str
    update: Any = None
    remove: bool = False
    findings: tuple[Finding, ...] = field(default=(), compare=False)

    def as_overlay(self) -> dict[str, Any]:
        action: dict[str, Any] = {"target": self.target, "description": self.description}
        if self.remove:
            action["remove"] = True
        else:
            action["update"] = self.update
        return action


@dataclass(frozen=True)
class LeftForAPerson:
    finding: Finding
    why: str

    @property
    def text(self) -> str:
        return f"{self.finding.text}: {self.why}"


@dataclass
class Proposal:
    actions: list[ProposedAction] = field(default_factory=list)
    left: list[LeftForAPerson] = field(default_factory=list)

    def document(self, title: str, version: str) -> dict[str, Any]:
        """The Overlay 1.0 document (``actions`` must not be empty: the schema wants one)."""
        return {
            "overlay": OVERLAY_VERSION,
            "info": {"title": title, "version": version},
            "actions": [action.as_overlay() for action in self.actions],
            "x-left-for-a-person": [
                {"finding": item.finding.key, "sources": list(item.finding.sources), "why": item.why}
                for item in self.left
            ],
        }


def cite(finding: Finding, places: tuple[str, ...] | list[str] = ()) -> str:
    sources = list(places or finding.sources)
    where = f" (docs: {', '.join(sources)})" if sources else ""
    return f"{finding.key}{where}"
