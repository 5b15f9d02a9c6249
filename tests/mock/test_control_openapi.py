"""``GET /_mock/openapi.json``: a valid, linted OpenAPI 3.1 description of every control route.

Checked three ways: openapi-spec-validator; the project's own spec lint (``generator.lint``),
minus two rules that serve the generated client only; and Spectral with the project's ruleset
(``spectral-control.yaml``: the same, one rule off).
Two more tests keep it true to the code: every ``/_mock/`` route is described, and every
described closed body lists exactly the fields the code accepts (read from the refusal of an
unknown field, which names the allowed ones).
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_spec_validator import validate
from starlette.routing import Route

from clubcollect_mock import Partner, create_app
from clubcollect_mock.control_openapi import control_document
from generator.lint.rules import RULES, rule_error_codes, rule_examples_present

from .conftest import API_KEY, COMPANY_ID

ROOT = Path(__file__).resolve().parents[2]
NewInvoice = Callable[..., dict[str, Any]]
# Conventions of the ClubCollect spec that exist for the generated client (one exception class per
# documented code, examples for every body); the control API has no generated client.
CLIENT_ONLY_RULES = {rule_error_codes, rule_examples_present}


@pytest.fixture(scope="module")
def served_document(root_url: str) -> dict[str, Any]:
    with httpx.Client(trust_env=False) as plain:
        response = plain.get(root_url + "/_mock/openapi.json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    document: dict[str, Any] = response.json()
    return document


def test_the_served_document_is_valid_openapi_3_1(served_document: dict[str, Any]) -> None:
    assert served_document == control_document()
    assert served_document["openapi"].startswith("3.1")
    validate(served_document)


def test_the_project_lint_finds_nothing() -> None:
    document = control_document()
    findings = [
        finding.render("control")
        for rule in RULES
        if rule not in CLIENT_ONLY_RULES
        for finding in rule(document)
    ]
    assert findings == []


def test_spectral_finds_nothing(tmp_path: Path) -> None:
    spectral = ROOT / "node_modules" / ".bin" / "spectral"
    assert spectral.exists(), "run `npm ci` to install the node tools"
    target = tmp_path / "control-openapi.json"
    target.write_text(json.dumps(control_document()), encoding="utf-8")
    result = subprocess.run(
        [
            str(spectral),
            "lint",
            "--fail-severity=hint",
            "--ruleset",
            str(Path(__file__).with_name("spectral-control.yaml")),
            str(target),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_control_route_is_described() -> None:
    app = create_app([Partner(API_KEY, COMPANY_ID)])
    served = {
        (route.path, method.lower())
        for route in app.routes
        if isinstance(route, Route) and route.path.startswith("/_mock/")
        for method in route.methods or ()
        if method != "HEAD"
    }
    described = {(path, method) for path, item in control_document()["paths"].items() for method in item}
    assert served == described


def _closed_bodies() -> list[tuple[str, str, list[str]]]:
    document = control_document()
    schemas = document["components"]["schemas"]
    found = []
    for path, item in document["paths"].items():
        for method, operation in item.items():
            content = operation.get("requestBody", {}).get("content", {}).get("application/json")
            if content:
                schema = schemas[content["schema"]["$ref"].rsplit("/", 1)[1]]
                assert schema.get("additionalProperties") is False, path
                found.append((method, path, sorted(schema["properties"])))
    return found


@pytest.mark.parametrize(("method", "path", "fields"), _closed_bodies())
def test_each_described_body_has_the_fields_the_code_accepts(
    control: httpx.Client, new_invoice: NewInvoice, method: str, path: str, fields: list[str]
) -> None:
    url = path.removeprefix("/_mock").format(
        invoice_id=new_invoice()["invoice_id"], company_id=COMPANY_ID, payment_id="p" * 12
    )
    response = control.request(method.upper(), url, json={"zz_unknown": 1})
    answer = response.json()
    assert (response.status_code, answer["error"]) == (422, "invalid_request")
    assert answer["reason"] == f"unknown field 'zz_unknown'; allowed: {', '.join(fields)}"
