"""Turn failed checks into recorded divergences; raise only for those the baseline does not accept."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from contract_tests.baseline import BaselineEntry, match
from contract_tests.divergence import REGISTRY, Divergence, DivergenceError, Registry
from contract_tests.redaction import scrub

MAX_BODY_SHOWN = 1500


def shorten(text: str, limit: int = MAX_BODY_SHOWN) -> str:
    return text if len(text) <= limit else text[:limit] + f"... ({len(text) - limit} more characters)"


@dataclass
class Recorder:
    target_kind: str  # "embedded" or "remote": which baseline entries apply
    baseline: list[BaselineEntry] = field(repr=False)
    secrets: list[str] = field(repr=False)
    registry: Registry = field(default_factory=lambda: REGISTRY, repr=False)

    def clean(self, divergence: Divergence) -> Divergence:
        return replace(
            divergence,
            title=scrub(divergence.title, self.secrets),
            detail=scrub(shorten(divergence.detail, 4000), self.secrets),
            curl=scrub(divergence.curl, self.secrets),
        )

    def record(self, divergences: list[Divergence]) -> None:
        """Register every divergence; raise for the ones not accepted by the baseline."""
        new = []
        for raw in divergences:
            divergence = self.clean(raw)
            entry = match(
                self.baseline,
                divergence.operation,
                divergence.kind,
                f"{divergence.title}\n{divergence.detail}\n{divergence.curl}",
                self.target_kind,
            )
            if entry is not None:
                divergence = replace(divergence, baseline_reason=entry.reason)
                self.registry.baseline_used(entry.reason)
            else:
                new.append(divergence)
            self.registry.add(divergence)
        if new:
            raise DivergenceError(new)

    def from_failures(self, failures: Any, case: Any, response: Any) -> list[Divergence]:
        """Divergences for the failures of one schemathesis check run on ``case``."""
        operation = str(case.operation.definition.raw.get("operationId") or case.operation.label)
        curl = case.as_curl_command(headers=dict(response.request.headers))
        body = shorten(response.text if hasattr(response, "text") else "")
        result = []
        for failure in failures:
            kind = failure.checks[0] if getattr(failure, "checks", ()) else type(failure).__name__
            result.append(
                Divergence(
                    operation=operation,
                    kind=kind,
                    title=str(failure.title),
                    detail=f"{failure.message}\n\nStatus {response.status_code}; body: {body}",
                    curl=curl,
                    signature=f"{type(failure).__name__}:{failure._unique_key}",
                )
            )
        return result
