"""Third-party tools accept the spec: schemathesis builds its state machine from the links, and
openapi-python-client generates without warnings. (Spectral, with every hint an error: the lint
session, noxfile.lint.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from schemathesis.config import SchemathesisConfig
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.stateful import collect_transitions

from .spec_files import SPEC_PATH

EXPECTED_LINKS = {
    "POST /companies": {
        "GET /companies/{company_id}",
        "PUT /companies/{company_id}",
        "GET /companies/{company_id}/imports",
        "GET /companies/{company_id}/tickets/{status}",
        "POST /imports",
    },
    "POST /imports": {
        "GET /imports/{import_id}",
        "PUT /imports/{import_id}",
        "PUT /imports/{import_id}/transmit",
        "DELETE /imports/{import_id}",
        "POST /invoices",
    },
    "POST /invoices": {
        "GET /invoices/{invoice_id}",
        "PUT /invoices/{invoice_id}",
        "GET /invoices/{invoice_id}/lines",
        "GET /invoices/{invoice_id}/tickets",
        "POST /invoices/{invoice_id}/tickets",
        "POST /invoices/{invoice_id}/tickets/actions/archive",
        "POST /invoices/{invoice_id}/tickets/actions/assign_to_support",
        "POST /invoices/{invoice_id}/credit_and_retract",
        "DELETE /invoices/{invoice_id}",
    },
}


def operations_of(schema: schemathesis.BaseSchema) -> list[Any]:
    operations = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result
        operations.append(result.ok())
    return operations


@pytest.fixture(scope="module")
def st_schema() -> schemathesis.BaseSchema:
    # An explicit config keeps the project's schemathesis.toml (which needs a real key) out of it.
    return schemathesis.openapi.from_path(SPEC_PATH, config=SchemathesisConfig())


def test_links_resolve_to_the_expected_operations(st_schema: schemathesis.BaseSchema) -> None:
    operations = operations_of(st_schema)
    transitions = collect_transitions(operations)
    found = {
        source: {link.target.label for link in ops.outgoing}
        for source, ops in transitions.operations.items()
        if ops.outgoing
    }
    assert found == EXPECTED_LINKS


def test_body_links_carry_the_parent_id(st_schema: schemathesis.BaseSchema) -> None:
    operations = operations_of(st_schema)
    bodies = {
        link.target.label: link.body
        for ops in collect_transitions(operations).operations.values()
        for link in ops.outgoing
        if isinstance(link.body, dict)
    }
    assert bodies == {
        "POST /imports": {"company_id": "$response.body#/company_id"},
        "POST /invoices": {"import_id": "$response.body#/import_id"},
    }


def test_state_machine_builds(st_schema: schemathesis.BaseSchema) -> None:
    assert st_schema.as_state_machine() is not None


@pytest.mark.slow
def test_openapi_python_client_generates_without_warnings(tmp_path: Path) -> None:
    bin_dir = Path(sys.executable).parent
    generator = bin_dir / "openapi-python-client"
    assert generator.exists() and shutil.which("ruff", path=str(bin_dir))
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [
            str(generator),
            "generate",
            "--path",
            str(SPEC_PATH),
            "--output-path",
            str(tmp_path / "out"),
            "--fail-on-warning",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning" not in result.stdout + result.stderr
