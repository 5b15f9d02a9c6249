"""Operations that repeat another at a new path (the payment start links) get schemathesis'
coverage phase only when the budget repeats it: the cases would be the same ones (spec.py,
schema.py, session.py)."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from contract_tests.schema import load_schema
from contract_tests.spec import load_raw_spec, repeated_operations

REPEATED_LINKS = [
    "start_bancontact_payment",
    "start_credit_card_payment",
    "start_paypal_payment",
    "start_sofort_payment",
]
ROOT = Path(__file__).resolve().parents[2]


def test_the_spec_repeats_the_first_payment_link_four_times() -> None:
    assert repeated_operations(load_raw_spec()) == REPEATED_LINKS


def _document() -> dict[str, Any]:
    answer = {"200": {"description": "ok"}}
    other = {"302": {"description": "elsewhere"}}
    query = [{"name": "q", "in": "query", "schema": {"type": "string"}}]
    return {
        "paths": {
            "/a": {"get": {"operationId": "a", "parameters": query, "responses": answer}},
            "/b": {"get": {"operationId": "b", "parameters": query, "responses": answer}},
            "/c": {"get": {"operationId": "c", "parameters": query, "responses": other}},
            "/d": {"post": {"operationId": "d", "parameters": query, "responses": answer}},
            "/e": {
                "parameters": [{"name": "h", "in": "header", "schema": {"type": "string"}}],
                "get": {"operationId": "e", "parameters": query, "responses": answer},
            },
            "/f": {"get": {"parameters": query, "responses": answer}},
        }
    }


def test_only_the_same_method_inputs_and_answers_make_a_repeat() -> None:
    # c answers otherwise, d is another method, e has a path-level parameter more.
    assert repeated_operations(_document()) == ["b", "GET /f"]
    with_body = copy.deepcopy(_document())
    with_body["paths"]["/b"]["get"]["requestBody"] = {"content": {"application/json": {"schema": {}}}}
    assert repeated_operations(with_body) == ["GET /f"]


def _coverage_by_operation_id(coverage_off: list[str]) -> dict[str, bool]:
    loaded = load_schema("repeated-operations-test-key", coverage_off=coverage_off)
    operations = [result.ok() for result in loaded.schema.get_all_operations()]
    return {
        str(op.definition.raw["operationId"]): loaded.schema.config.phases_for(operation=op).coverage.enabled
        for op in operations
    }


def test_coverage_is_off_for_the_named_operations_only() -> None:
    enabled = _coverage_by_operation_id(REPEATED_LINKS)
    assert sorted(name for name, on in enabled.items() if not on) == REPEATED_LINKS
    assert enabled["start_ideal_payment"] and len(enabled) == 27
    assert all(_coverage_by_operation_id([]).values())


def test_the_payment_links_keep_their_own_checks_with_coverage_off() -> None:
    # The added [[operations]] table merges with schemathesis.toml's own one for the links.
    loaded = load_schema("repeated-operations-test-key", coverage_off=REPEATED_LINKS)
    by_id = {str(r.ok().definition.raw["operationId"]): r.ok() for r in loaded.schema.get_all_operations()}
    checks = loaded.schema.config.checks_config_for(operation=by_id["start_sofort_payment"], phase="fuzzing")
    assert checks.positive_data_acceptance.expected_statuses == ["302"]
    assert loaded.schema.config.phases_for(operation=by_id["start_sofort_payment"]).fuzzing.enabled


@pytest.mark.parametrize(("profile", "expected"), [("ci", REPEATED_LINKS), ("deep", [])])
def test_the_session_follows_the_profile(profile: str, expected: list[str]) -> None:
    # A process of its own: contract_tests.session decides at import, from the environment.
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLUBCOLLECT_")}
    env["CLUBCOLLECT_PROFILE"] = profile
    code = "from contract_tests.session import COVERAGE_OFF; print(','.join(COVERAGE_OFF))"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ",".join(expected)
