"""The scheduled drift workflow sample runs the live check weekly and reports in the job summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.common.spec_refs import safe_load

WORKFLOW = Path(__file__).resolve().parents[2] / ".github" / "workflows" / "drift.yml"


def test_the_workflow_fetches_the_live_pages_weekly_and_writes_the_markdown_summary() -> None:
    workflow: dict[Any, Any] = safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = workflow[True]  # YAML 1.1 reads the key "on" as a boolean
    (schedule,) = triggers["schedule"]
    _minute, _hour, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*") and weekday.isdigit()  # once a week
    steps = workflow["jobs"]["drift"]["steps"]
    run = next(step["run"] for step in steps if "drift" in step.get("run", ""))
    assert "run_nox.py -s drift -- --fetch" in run
    assert '--markdown-summary "$GITHUB_STEP_SUMMARY"' in run
