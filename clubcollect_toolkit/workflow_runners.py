"""Run the Arazzo workflows with either of two independent runners and collect what happened.

``arazzo-runner`` (Python) runs in this process: each workflow gets a fresh runner whose HTTP
session records every exchange, so a failing step can be shown with its request and answer.
Redocly CLI's ``respect`` (Node) runs as a child process; its JSON log has the same facts. The
key reaches Respect through the environment (``REDOCLY_CLI_RESPECT_INPUT``), never the command
line, and is declared ``format: password`` in the workflows, which Respect masks.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from clubcollect_toolkit.workflow_results import Exchange, RunSummary, StepFailure, WorkflowResult
from generator.common.spec_refs import safe_load

SOURCE_NAME = "clubcollect"  # the sourceDescriptions name in the workflows file
_QUIET = logging.CRITICAL + 10  # arazzo-runner logs its state, inputs (the key) included, at INFO


class RunnerUnavailable(RuntimeError):
    """The runner could not be started or produced nothing readable (exit status 2)."""


def _json_or_text(raw: bytes | str | None) -> Any:
    if raw in (None, b"", ""):
        return None
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    try:
        return json.loads(text)
    except ValueError:
        return text


def _steps_of(document: Mapping[str, Any]) -> dict[str, list[Mapping[str, Any]]]:
    return {workflow["workflowId"]: list(workflow.get("steps") or []) for workflow in document["workflows"]}


def run_arazzo_runner(
    workflows_path: Path,
    spec_path: Path,
    base_url: str,
    inputs: Mapping[str, str],
    workflow_ids: Sequence[str] = (),
) -> RunSummary:
    """Every workflow (or those named) with the Python arazzo-runner against ``base_url``."""
    for name in ("arazzo-runner", "arazzo_runner"):
        logging.getLogger(name).setLevel(_QUIET)
    document = yaml.safe_load(workflows_path.read_text(encoding="utf-8"))
    spec = safe_load(spec_path.read_text(encoding="utf-8"))
    spec["servers"] = [{"url": base_url}]
    steps = _steps_of(document)
    summary = RunSummary("arazzo-runner", base_url)
    started = time.monotonic()
    for workflow_id in workflow_ids or list(steps):
        summary.results.append(_one_workflow(document, spec, steps[workflow_id], workflow_id, inputs))
    summary.seconds = time.monotonic() - started
    return summary


def _one_workflow(
    document: Mapping[str, Any],
    spec: Mapping[str, Any],
    steps: list[Mapping[str, Any]],
    workflow_id: str,
    inputs: Mapping[str, str],
) -> WorkflowResult:
    """One workflow with a fresh arazzo-runner whose session records each step's last exchange."""
    import requests
    from arazzo_runner import ArazzoRunner

    exchanges: dict[str, Exchange] = {}
    current = [""]
    completed: list[tuple[str, bool]] = []

    def record(response: requests.Response, *args: Any, **kwargs: Any) -> None:
        request = response.request
        exchanges[current[0]] = Exchange(
            method=str(request.method),
            url=str(request.url),
            headers={str(name): str(value) for name, value in request.headers.items()},
            body=_json_or_text(request.body if isinstance(request.body, bytes | str) else None),
            status=response.status_code,
            answer=_json_or_text(response.content),
        )

    with requests.Session() as session:
        session.hooks["response"].append(record)
        runner = ArazzoRunner(
            arazzo_doc=dict(document), source_descriptions={SOURCE_NAME: dict(spec)}, http_client=session
        )
        runner.register_callback("step_start", lambda step_id, **_: current.__setitem__(0, step_id))
        runner.register_callback(
            "step_complete", lambda step_id, success, **_: completed.append((step_id, bool(success)))
        )
        began = time.monotonic()
        outcome = runner.execute_workflow(workflow_id, dict(inputs))
        seconds = time.monotonic() - began
    failure = None
    failed_steps = [step_id for step_id, success in completed if not success]
    if failed_steps or outcome.status != "workflow_complete":
        step_id = failed_steps[0] if failed_steps else current[0]
        criteria = next((s.get("successCriteria") or [] for s in steps if s.get("stepId") == step_id), [])
        wanted = "; ".join(str(c.get("condition")) for c in criteria)
        reason = f"{outcome.error or 'the step failed'}; its success criteria: {wanted}"
        failure = StepFailure(step_id, reason, exchanges.get(step_id))
    return WorkflowResult(workflow_id, len(steps), len(completed), seconds, failure)


def run_respect(
    workflows_path: Path,
    base_url: str,
    inputs: Mapping[str, str],
    redocly: Path,
    workflow_ids: Sequence[str] = (),
) -> RunSummary:
    """Every workflow (or those named) with Redocly CLI's Respect against ``base_url``."""
    document = yaml.safe_load(workflows_path.read_text(encoding="utf-8"))
    steps = _steps_of(document)
    with tempfile.TemporaryDirectory(prefix="clubcollect-respect-") as scratch:
        log = Path(scratch) / "respect.json"
        command = [str(redocly), "respect", str(workflows_path), "--server", f"{SOURCE_NAME}={base_url}"]
        command += ["-J", str(log)]
        for workflow_id in workflow_ids:
            command += ["--workflow", workflow_id]
        environment = {
            **os.environ,
            "REDOCLY_CLI_RESPECT_INPUT": json.dumps(dict(inputs)),
            "REDOCLY_TELEMETRY": "off",
            "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
            "NO_COLOR": "1",
        }
        started = time.monotonic()
        try:
            completed = subprocess.run(  # noqa: S603 - our own tool, arguments built here
                command, env=environment, capture_output=True, check=False, timeout=1800
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise RunnerUnavailable(f"could not run {redocly}: {error}") from None
        seconds = time.monotonic() - started
        if not log.is_file():
            tail = completed.stderr.decode("utf-8", "replace")[-2000:]
            raise RunnerUnavailable(f"respect wrote no results (exit {completed.returncode}): {tail}")
        data = json.loads(log.read_text(encoding="utf-8"))
    summary = RunSummary("respect", base_url, seconds=seconds)
    for file_result in data.get("files", {}).values():
        for executed in file_result.get("executedWorkflows", []):
            summary.results.append(_respect_workflow(executed, steps))
    return summary


def _respect_workflow(
    executed: Mapping[str, Any], steps: Mapping[str, list[Mapping[str, Any]]]
) -> WorkflowResult:
    workflow_id = str(executed.get("workflowId"))
    run = list(executed.get("executedSteps") or [])
    failure = None
    for step in run:
        if step.get("status") == "success":
            continue
        failed = [check for check in step.get("checks") or [] if not check.get("passed")]
        reason = (
            "; ".join(f"{check.get('name')}: {check.get('message')}" for check in failed) or "the step failed"
        )
        request = step.get("request") or {}
        response = step.get("response") or {}
        exchange = Exchange(
            method=str(request.get("method", "")),
            url=str(request.get("url", "")),
            headers=dict(request.get("headers") or {}),
            body=request.get("body"),
            status=response.get("statusCode"),
            answer=response.get("body"),
        )
        failure = StepFailure(str(step.get("stepId")), reason, exchange)
        break
    if failure is None and executed.get("status") != "success":
        failure = StepFailure("(workflow)", f"respect reports status {executed.get('status')}", None)
    seconds = float(executed.get("totalTimeMs") or 0) / 1000
    return WorkflowResult(workflow_id, len(steps.get(workflow_id, [])), len(run), seconds, failure)
