"""diff on the project's real spec: refs, open enums and shared components at full size."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.common.spec_refs import load_spec
from generator.diff.spec_changes import implied_bump, spec_changes

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "clubcollect-v2.yaml"


@pytest.fixture(scope="module")
def real_spec() -> dict[str, Any]:
    if not SPEC.is_file():
        pytest.fail(f"the real spec {SPEC} is not there yet")
    return load_spec(SPEC)


def test_the_spec_against_itself_has_no_changes(real_spec: dict[str, Any]) -> None:
    assert spec_changes(real_spec, copy.deepcopy(real_spec)) == []


def test_removing_a_shared_enum_value_breaks_every_operation_that_returns_it(
    real_spec: dict[str, Any],
) -> None:
    new = copy.deepcopy(real_spec)
    new["components"]["schemas"]["PaymentMethod"]["enum"].remove("external")
    changes = spec_changes(real_spec, new)
    operations = {c.where.rsplit("(", 1)[-1].rstrip(")") for c in changes}
    assert operations == {
        "get_invoice",
        "create_invoice",
        "update_invoice",
        "credit_and_retract_invoice",
        "list_invoice_lines",
        # Payment statuses and the payment webhooks carry the same enum (P10, P12, P15).
        "get_payment",
        "list_payment_notifications",
        "payment_redirect",
        "payment_notification",
    }
    assert {c.what for c in changes} == {
        "response 200.invoice_lines[].payment_method (PaymentMethod): enum value removed: external",
        "response 200.payment_method (PaymentMethod): enum value removed: external",
        "response 200[].payment_method (PaymentMethod): enum value removed: external",
        "query parameter payment_method (PaymentMethod): enum value removed: external",
        "request body.payment_method (PaymentMethod): enum value removed: external",
    }
    assert implied_bump(changes) == "major"


def test_removing_the_deprecated_query_key_scheme_is_breaking(real_spec: dict[str, Any]) -> None:
    new = copy.deepcopy(real_spec)
    del new["components"]["securitySchemes"]["ApiKeyQuery"]
    changes = spec_changes(real_spec, new)
    assert [(c.severity, c.text) for c in changes] == [
        ("breaking", "spec: security scheme ApiKeyQuery removed")
    ]
