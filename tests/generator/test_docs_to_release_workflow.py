"""The weekly docs-to-release workflow sample, and the loop's pull-request summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.common.spec_refs import safe_load
from generator.release.loop import Step, _summary

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "docs-to-release.yml"


def test_the_workflow_runs_the_loop_weekly_and_opens_a_pull_request_with_a_known_action() -> None:
    workflow: dict[Any, Any] = safe_load(WORKFLOW.read_text(encoding="utf-8"))
    (schedule,) = workflow[True]["schedule"]  # YAML 1.1 reads the key "on" as a boolean
    _minute, _hour, day, month, weekday = schedule["cron"].split()
    assert (day, month) == ("*", "*") and weekday.isdigit()
    steps = workflow["jobs"]["docs-to-release"]["steps"]
    loop = next(step for step in steps if "run_nox.py -s docs-to-release" in step.get("run", ""))
    assert "-- --fetch" in loop["run"]
    (pull_request,) = [step for step in steps if str(step.get("uses", "")).startswith("peter-evans/")]
    assert pull_request["uses"].startswith("peter-evans/create-pull-request@v")
    assert pull_request["with"]["body-path"] == "openapi/proposals/summary.md"
    paths = pull_request["with"]["add-paths"].split()
    assert {"openapi/clubcollect-v2.yaml", "openapi/proposals/**", "generated_client/**"} <= set(paths)
    assert workflow["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert not any("git push" in step.get("run", "") or "git commit" in step.get("run", "") for step in steps)


def test_the_summary_lists_the_steps_the_marks_to_clear_and_the_release_plan() -> None:
    steps = [
        Step("drift and propose", "python -m generator drift docs --propose p.yaml", 1, "", True),
        Step(
            "lint",
            "python -m generator lint",
            1,
            "openapi/clubcollect-v2.yaml#/components/schemas/Import/properties/note: review-pending: "
            "waiting for a person: describe it\nopenapi/clubcollect-v2.yaml: 1 finding(s)\n",
            False,
        ),
    ]
    summary = _summary(
        steps, ROOT / "openapi" / "proposals", True, "release: clubcollect-client 3.0.0 -> 3.1.0"
    )
    assert "| lint | `python -m generator lint` | **needs attention** (exit 1) |" in summary
    assert "### For the reviewer: 1 x-review mark(s) to clear" in summary
    assert "- `/components/schemas/Import/properties/note`: waiting for a person: describe it" in summary
    assert summary.rstrip().endswith("release: clubcollect-client 3.0.0 -> 3.1.0")
    assert "`proposals/docs-drift.overlay.yaml` (the overlay, applied)" in summary
