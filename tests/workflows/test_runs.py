"""Both runners run every workflow against a fresh mock, and fail the right step against a broken one.

One mock start per runner run: the clean mock for all seven workflows, and one broken mock
(create_import drops ``expected_invoices_count`` AND transmit answers 204) for three workflows,
which must fail exactly where each breakage shows and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
import yaml

from clubcollect_toolkit import workflows
from tests.workflows.conftest import CANARY, Target, drop_expected_invoices_count, transmit_answers_204

ALL_WORKFLOWS = [
    w["workflowId"]
    for w in yaml.safe_load(workflows.openapi_file(workflows.WORKFLOWS_FILE).read_text(encoding="utf-8"))[
        "workflows"
    ]
]
RUNNERS = ["arazzo-runner", "respect"]


def report(directory: Path, runner: str) -> str:
    return (directory / f"workflows-{runner}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("runner", RUNNERS)
def test_every_workflow_passes_on_the_mock(
    runner: str,
    serve: Callable[..., AbstractContextManager[Target]],
    target_env: Callable[[Target], None],
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    with serve() as target:
        target_env(target)
        code = workflows.main(
            ["--base-url", target.base_url, "--runner", runner, "--report-dir", str(tmp_path)]
        )
    out, err = capfd.readouterr()
    assert code == 0, out + err + report(tmp_path, runner)
    text = report(tmp_path, runner)
    for workflow_id in ALL_WORKFLOWS:
        assert f"| {workflow_id} |" in text and f"{runner}: {workflow_id}: " in out
    assert f"{len(ALL_WORKFLOWS)} of {len(ALL_WORKFLOWS)} workflows passed" in text
    assert "FAILED" not in text and "FAILED" not in out
    junit = (tmp_path / f"workflows-{runner}-junit.xml").read_text(encoding="utf-8")
    assert f'tests="{len(ALL_WORKFLOWS)}" failures="0"' in junit
    assert CANARY not in out + err + text + junit


@pytest.mark.parametrize("runner", RUNNERS)
def test_a_broken_mock_fails_the_steps_that_show_it(
    runner: str,
    serve: Callable[..., AbstractContextManager[Target]],
    target_env: Callable[[Target], None],
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
) -> None:
    chosen = ["importInvoicesAndTransmit", "creditAndRetract", "workTickets"]
    argv = ["--runner", runner, "--report-dir", str(tmp_path)]
    for workflow_id in chosen:
        argv += ["--workflow", workflow_id]
    with serve(drop_expected_invoices_count, transmit_answers_204) as target:
        target_env(target)
        code = workflows.main(["--base-url", target.base_url, *argv])
    out, err = capfd.readouterr()
    text = report(tmp_path, runner)
    assert code == 1, out + err + text
    # The create that lost the count fails at once; the workflow without a count fails at transmit;
    # the tickets workflow needs neither and passes.
    assert f"{runner}: importInvoicesAndTransmit: 1/7 steps, FAILED at step createImport" in out
    assert f"{runner}: creditAndRetract: 3/6 steps, FAILED at step transmitImport" in out
    assert f"{runner}: workTickets: 11/11 steps, passed" in out
    # The report shows workflow, step, request and answer, with the key redacted.
    assert "### importInvoicesAndTransmit, step `createImport`" in text
    assert "expected_invoices_count" in text  # the request sent it; the answer lacks it
    assert "### creditAndRetract, step `transmitImport`" in text
    assert "Request: `PUT " in text and "/transmit`" in text and "Answer: status 204" in text
    assert "Request: `POST " in text and "Answer: status 200" in text
    assert "ApiKey [redacted]" in text
    junit = (tmp_path / f"workflows-{runner}-junit.xml").read_text(encoding="utf-8")
    assert 'failures="2"' in junit
    assert CANARY not in out + err + text + junit
