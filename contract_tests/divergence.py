"""What a divergence is, and the per-process registry every test reports into."""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Divergence:
    """One way the server and the spec (or a documented rule) disagree."""

    operation: str  # operationId, or "METHOD /path" when no operation matches
    kind: str  # schemathesis check name, or "rule:<name>" for business rules
    title: str  # one line
    detail: str  # what was expected and what came back (already scrubbed)
    curl: str  # minimal reproduction, credentials filtered
    signature: str = ""  # distinguishes two divergences of one kind on one operation
    baseline_reason: str | None = None  # set when baseline.yaml accepts it

    @property
    def identity(self) -> tuple[str, str, str]:
        return (self.operation, self.kind, self.signature or self.title)

    @property
    def baselined(self) -> bool:
        return self.baseline_reason is not None

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "baselined": self.baselined}


@dataclass
class Registry:
    """Divergences (deduplicated, newest reproduction wins) and what was exercised."""

    divergences: dict[tuple[str, str, str], Divergence] = field(default_factory=dict)
    calls_per_operation: Counter[str] = field(default_factory=Counter)
    cases_run: int = 0
    notes: list[str] = field(default_factory=list)
    used_baseline_reasons: set[str] = field(default_factory=set)
    # Divergence kinds whose every test was skipped (kind -> why): their baseline entries were not
    # checked, so the report does not call them stale (the vendor pages' examples in a clone).
    skipped_kinds: dict[str, str] = field(default_factory=dict)
    checked_kinds: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, divergence: Divergence) -> None:
        # Hypothesis replays the minimal example last, so the newest reproduction is the smallest.
        with self._lock:
            self.divergences[divergence.identity] = divergence

    def count_call(self, operation: str) -> None:
        with self._lock:
            self.calls_per_operation[operation] += 1

    def count_case(self) -> None:
        with self._lock:
            self.cases_run += 1

    def baseline_used(self, reason: str) -> None:
        with self._lock:
            self.used_baseline_reasons.add(reason)

    def kind_checked(self, kind: str) -> None:
        with self._lock:
            self.checked_kinds.add(kind)

    def kind_skipped(self, kind: str, why: str) -> None:
        with self._lock:
            self.skipped_kinds.setdefault(kind, why)

    def unchecked_kinds(self) -> dict[str, str]:
        """Kinds some test skipped and no test checked, with the first reason given."""
        return {kind: why for kind, why in self.skipped_kinds.items() if kind not in self.checked_kinds}

    def note(self, text: str) -> None:
        with self._lock:
            if text not in self.notes:
                self.notes.append(text)

    def new(self) -> list[Divergence]:
        return [d for d in self.divergences.values() if not d.baselined]

    def known(self) -> list[Divergence]:
        return [d for d in self.divergences.values() if d.baselined]


REGISTRY = Registry()


class DivergenceError(AssertionError):
    """Raised by a test when it found a divergence that the baseline does not accept."""

    def __init__(self, divergences: list[Divergence]) -> None:
        self.divergences = divergences
        lines = []
        for item in divergences:
            lines.append(
                f"[{item.operation}] {item.kind}: {item.title}\n{item.detail}\nReproduce:\n  {item.curl}"
            )
        super().__init__("\n\n".join(lines))
