"""What a run of the Arazzo workflows produced, whichever runner ran them, and its reports.

Both runners' results are turned into ``WorkflowResult`` objects; the reports (markdown and
JUnit XML) are written from those alone. The API key is removed from every string that goes into
a report, and the ``Authorization`` header is always shown as redacted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

REDACTED = "[redacted]"
BODY_LIMIT = 4000  # characters of a body shown in the report


@dataclass(frozen=True)
class Exchange:
    """One request a step made and the answer it got (``status`` None: no answer arrived)."""

    method: str
    url: str
    headers: dict[str, str]
    body: Any
    status: int | None
    answer: Any


@dataclass(frozen=True)
class StepFailure:
    step_id: str
    reason: str
    exchange: Exchange | None


@dataclass(frozen=True)
class WorkflowResult:
    workflow_id: str
    steps_total: int
    steps_run: int
    seconds: float
    failure: StepFailure | None = None

    @property
    def passed(self) -> bool:
        return self.failure is None


@dataclass
class RunSummary:
    runner: str
    base_url: str
    results: list[WorkflowResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[WorkflowResult]:
        return [result for result in self.results if not result.passed]


def redact(value: Any, secret: str) -> Any:
    """``value`` with every occurrence of ``secret`` replaced, and Authorization values hidden."""
    if isinstance(value, str):
        return value.replace(secret, REDACTED) if secret else value
    if isinstance(value, dict):
        return {
            key: f"ApiKey {REDACTED}" if str(key).lower() == "authorization" else redact(item, secret)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact(item, secret) for item in value]
    return value


def _shown(body: Any) -> str:
    text = body if isinstance(body, str) else json.dumps(body, indent=2, ensure_ascii=False)
    return text if len(text) <= BODY_LIMIT else text[:BODY_LIMIT] + f"\n... ({len(text) - BODY_LIMIT} more)"


def failure_text(result: WorkflowResult, secret: str) -> str:
    """The failing step with its request and answer, for people (markdown)."""
    failure = result.failure
    if failure is None:
        return ""
    lines = [f"### {result.workflow_id}, step `{failure.step_id}`", "", redact(failure.reason, secret), ""]
    exchange = failure.exchange
    if exchange is not None:
        headers = redact(exchange.headers, secret)
        lines += [
            f"Request: `{exchange.method.upper()} {redact(exchange.url, secret)}`",
            "",
            "```",
            *(f"{name}: {value}" for name, value in sorted(headers.items())),
            "```",
        ]
        if exchange.body not in (None, ""):
            lines += ["", "```json", _shown(redact(exchange.body, secret)), "```"]
        status = "no answer" if exchange.status is None else f"status {exchange.status}"
        lines += ["", f"Answer: {status}", ""]
        if exchange.answer not in (None, ""):
            lines += ["```json", _shown(redact(exchange.answer, secret)), "```", ""]
    return "\n".join(lines)


def markdown(summary: RunSummary, secret: str) -> str:
    passed = len(summary.results) - len(summary.failed)
    lines = [
        f"# Arazzo workflows ({summary.runner})",
        "",
        f"Target: `{redact(summary.base_url, secret)}`. {passed} of {len(summary.results)} workflows passed "
        f"in {summary.seconds:.1f} s.",
        "",
        "| workflow | steps run | result | seconds |",
        "| --- | --- | --- | --- |",
    ]
    for result in summary.results:
        verdict = "passed" if result.passed else f"FAILED at `{result.failure.step_id}`"  # type: ignore[union-attr]
        steps = f"{result.steps_run}/{result.steps_total}"
        lines.append(f"| {result.workflow_id} | {steps} | {verdict} | {result.seconds:.2f} |")
    if summary.failed:
        lines += ["", "## Failures", ""]
        lines += [failure_text(result, secret) for result in summary.failed]
    return "\n".join(lines) + "\n"


def junit(summary: RunSummary, secret: str) -> bytes:
    suite = ElementTree.Element(
        "testsuite",
        name=f"workflows-{summary.runner}",
        tests=str(len(summary.results)),
        failures=str(len(summary.failed)),
        time=f"{summary.seconds:.3f}",
    )
    for result in summary.results:
        case = ElementTree.SubElement(
            suite,
            "testcase",
            classname=f"workflows.{summary.runner}",
            name=result.workflow_id,
            time=f"{result.seconds:.3f}",
        )
        if result.failure is not None:
            failure = ElementTree.SubElement(
                case,
                "failure",
                message=redact(f"step {result.failure.step_id}: {result.failure.reason}", secret),
            )
            failure.text = failure_text(result, secret)
    document: bytes = ElementTree.tostring(suite, encoding="utf-8", xml_declaration=True)
    return document


def write_reports(summary: RunSummary, directory: Path, secret: str) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    stem = f"workflows-{summary.runner}"
    written = [directory / f"{stem}.md", directory / f"{stem}-junit.xml"]
    written[0].write_text(markdown(summary, secret), encoding="utf-8")
    written[1].write_bytes(junit(summary, secret))
    return written
