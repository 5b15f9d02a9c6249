"""The workflows are valid Arazzo 1.0, and lint and drift notice when the spec loses what a step names."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.common import workflows
from generator.common.spec_refs import load_spec, safe_dump
from generator.drift.cli import run_drift, workflow_findings
from generator.lint.cli import main as lint_main

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "clubcollect-v2.yaml"
WORKFLOWS = ROOT / "openapi" / workflows.WORKFLOWS_NAME
DRIFT_PAGES = ROOT / "tests" / "generator" / "fixtures" / "drift_pages"


@pytest.fixture(scope="module")
def document() -> Any:
    return workflows.load_workflows(WORKFLOWS)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec(SPEC)


def test_the_workflows_are_valid_arazzo_and_name_only_what_the_spec_has(document: Any, spec: Any) -> None:
    assert workflows.schema_problems(document) == []
    assert workflows.spec_problems(document, spec) == []


def test_the_vendored_schema_is_the_official_arazzo_1_0_one() -> None:
    schema = yaml.safe_load(workflows.ARAZZO_SCHEMA.read_text(encoding="utf-8"))
    assert schema["$id"] == "https://spec.openapis.org/arazzo/1.0/schema/2024-08-01"


def test_a_document_that_breaks_arazzo_is_reported(document: Any, spec: Any) -> None:
    broken = copy.deepcopy(document)
    del broken["workflows"][1]["steps"][0]["stepId"]
    broken["workflows"][2]["steps"][0]["successCriteria"][0]["type"] = "sql"
    found = workflows.problems(broken, spec)
    assert {problem.rule for problem in found} == {"arazzo-schema"}
    assert any(problem.pointer.startswith("/workflows/1/steps/0") for problem in found)


def _without_expected_count(spec: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(spec)
    del changed["components"]["schemas"]["Import"]["properties"]["expected_invoices_count"]
    del changed["components"]["schemas"]["CreateImportRequest"]["properties"]["expected_invoices_count"]
    return changed


def test_a_field_the_spec_lost_is_reported_in_requests_and_answers(document: Any, spec: Any) -> None:
    messages = [
        problem.message for problem in workflows.spec_problems(document, _without_expected_count(spec))
    ]
    step = "importInvoicesAndTransmit.createImport"
    assert f"{step}: the create_import request has no field 'expected_invoices_count'" in messages
    assert f"{step}: no create_import answer has a field '/expected_invoices_count'" in messages
    assert any(
        m.startswith("changeBeforeTransmit.changeExpectedCount: no update_import answer") for m in messages
    )


def test_an_operation_or_parameter_the_spec_lost_is_reported(document: Any, spec: Any) -> None:
    changed = copy.deepcopy(spec)
    changed["paths"]["/imports/{import_id}/transmit"]["put"]["operationId"] = "send_import"
    changed["components"]["parameters"]["PageSize"]["name"] = "per_page"
    messages = [problem.message for problem in workflows.spec_problems(document, changed)]
    assert "refusals.transmitImport: the spec has no operation 'transmit_import'" in messages
    assert "pageThroughImports.firstPage: list_company_imports has no query parameter 'page_size'" in messages


def _copy_openapi(tmp_path: Path, spec: dict[str, Any]) -> Path:
    for name in ("DECISIONS.md", workflows.WORKFLOWS_NAME):
        shutil.copy(ROOT / "openapi" / name, tmp_path / name)
    target = tmp_path / SPEC.name
    target.write_text(safe_dump(spec, sort_keys=False), encoding="utf-8")
    return target


def test_the_spec_lint_fails_on_a_workflow_the_spec_no_longer_supports(
    tmp_path: Path, spec: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    assert lint_main([str(_copy_openapi(tmp_path, spec))]) == 0
    capsys.readouterr()
    assert lint_main([str(_copy_openapi(tmp_path, _without_expected_count(spec)))]) == 1
    out = capsys.readouterr().out
    assert f"{workflows.WORKFLOWS_NAME}#/workflows/1/steps/0/requestBody/payload: workflow-spec:" in out


def test_drift_reports_a_workflow_the_spec_no_longer_supports(tmp_path: Path, spec: Any) -> None:
    spec_path = _copy_openapi(tmp_path, _without_expected_count(spec))
    findings = workflow_findings(spec_path, load_spec(spec_path))
    assert findings and {finding.kind for finding in findings} == {"workflow names what the spec lacks"}
    assert findings[0].sources[0].startswith(f"{workflows.WORKFLOWS_NAME}#/workflows/")
    verdict = run_drift(DRIFT_PAGES, spec_path, None)
    assert {finding.key for finding in findings} <= {finding.key for finding in verdict.unexplained}
    clean = run_drift(DRIFT_PAGES, _copy_openapi(tmp_path, spec), None)
    assert not [f for f in clean.unexplained if f.kind == "workflow names what the spec lacks"]
