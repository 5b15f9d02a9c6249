"""The response judge for traffic outside schemathesis (contract_tests/response_schema.py)."""

from __future__ import annotations

import json
from typing import Any

from contract_tests import response_schema
from contract_tests.response_schema import problems, response_problems, validator_for

PAYMENT = {
    "company_id": "c" * 40,
    "invoice_id": "a" * 40,
    "payment_id": "p" * 40,
    "payment_method": "ideal",
    "payment_result": "authorized",
    "external_invoice_number": None,
    "created_at": "2026-03-01T10:00:00+00:00",
    "updated_at": "2026-03-01T10:00:00+00:00",
}


def feed_problems(body: Any) -> list[str]:
    return problems("list_payment_notifications", 200, "application/json", json.dumps(body).encode())


def test_a_conforming_feed_has_no_problem() -> None:
    assert feed_problems([PAYMENT]) == []


def test_each_problem_names_where_it_is() -> None:
    assert feed_problems([{**PAYMENT, "payment_method": 7}]) == [
        "0/payment_method: 7 is not valid under any of the given schemas"
    ]
    assert feed_problems({}) == ["(root): {} is not of type 'array'"]


def test_formats_are_checked() -> None:
    assert feed_problems([{**PAYMENT, "created_at": "yesterday"}]) == [
        "0/created_at: 'yesterday' is not a 'date-time'"
    ]


def test_at_most_five_problems_are_reported_each_cut_to_300_characters() -> None:
    missing = feed_problems([{}])
    assert missing == [
        "0: 'company_id' is a required property",
        "0: 'invoice_id' is a required property",
        "0: 'payment_id' is a required property",
        "0: 'payment_method' is a required property",
        "0: 'payment_result' is a required property",
    ]  # of eight missing fields
    [long] = feed_problems([{**PAYMENT, "payment_result": "x" * 400}])
    assert long == "0/payment_result: '" + "x" * 299


def test_a_body_that_is_not_json_or_not_labelled_json() -> None:
    assert problems("list_payment_notifications", 200, "application/json", b"<html>") == [
        "the body is not JSON"
    ]
    assert problems("list_payment_notifications", 200, None, b"[]") == [
        "content type None is not application/json"
    ]
    assert problems("list_payment_notifications", 200, "Application/JSON; charset=utf-8", b"[]") == []


def test_a_status_without_a_body_must_come_without_one() -> None:
    assert problems("delete_import", 204, None, b"") == []
    assert problems("delete_import", 204, None, b"{}") == ["status 204 documents no body, got 2 bytes"]
    # documented through a $ref to components/responses
    assert problems("start_ideal_payment", 302, None, b"") == []
    assert problems("start_ideal_payment", 302, "text/html", b"<html>") == [
        "status 302 documents no body, got 6 bytes"
    ]


def test_an_undocumented_status_lists_the_documented_ones() -> None:
    assert problems("delete_import", 500, None, b"") == [
        "status 500 is not documented (documented: 204, 401, 404, 422)"
    ]
    assert problems("no_such_operation", 500, None, b"") == []


def test_a_status_range_and_default_apply_when_no_exact_status_is_documented() -> None:
    """OpenAPI's "4XX" and "default" (none in the spec yet): exact status first, then range, then default."""
    payment = {"application/json": {"schema": {"$ref": "#/components/schemas/PaymentStatus"}}}
    responses = {
        "201": {"description": "created"},
        "200": {"description": "ok"},
        "4XX": {"description": "a payment", "content": payment},
        "default": {"description": "anything else, no body"},
    }
    assert response_problems(responses, 200, None, b"") == []
    assert response_problems(responses, 404, "application/json", b"[]") == [
        "(root): [] is not of type 'object'"
    ]
    assert response_problems(responses, 503, None, b"") == []
    assert response_problems(responses, 503, None, b"oops") == ["status 503 documents no body, got 4 bytes"]
    without_default = {name: value for name, value in responses.items() if name != "default"}
    assert response_problems(without_default, 503, None, b"") == [
        "status 503 is not documented (documented: 200, 201, 4XX)"
    ]


def test_inline_schemas_reach_into_the_spec_at_any_depth() -> None:
    """Only ``$ref`` values are pointed into the spec; other strings, lists and objects stay as written."""
    schema = {
        "type": "object",
        "required": ["payments", "colour"],
        "properties": {
            "payments": {"type": "array", "items": {"$ref": "#/components/schemas/PaymentStatus"}},
            "either": {"anyOf": [{"$ref": "#/components/schemas/PaymentResult"}, {"type": "integer"}]},
            "colour": {"const": "#ffffff"},
        },
    }
    validator = validator_for(schema)
    assert validator.is_valid({"payments": [PAYMENT], "either": "refused", "colour": "#ffffff"})
    assert validator.is_valid({"payments": [], "either": 3, "colour": "#ffffff"})
    assert sorted(
        error.json_path for error in validator.iter_errors({"payments": [{}], "either": "maybe"})
    ) == sorted(["$", "$.either", *["$.payments[0]"] * 8])


def test_the_judge_closes_open_enums_unless_told_not_to() -> None:
    """The company's brand is an open enum: clients read any string, the judge only the listed ones."""
    brand = {"$ref": "#/components/schemas/Company/properties/brand"}
    assert validator_for(brand).is_valid("new-brand") is False
    assert validator_for(brand, strict=True).is_valid("new-brand") is False
    assert validator_for(brand, strict=False).is_valid("new-brand") is True


def test_a_built_validator_checks_formats() -> None:
    assert validator_for({"type": "string", "format": "date-time"}).is_valid("yesterday") is False
    assert validator_for({"type": "string", "format": "date-time"}).is_valid("2026-03-01T10:00:00Z")


def test_a_response_schemas_validator_is_built_once_and_only_for_that_schema_object() -> None:
    schema: dict[str, Any] = {"type": "string"}
    first = response_schema._cached_validator(schema)
    assert response_schema._cached_validator(schema) is first
    # Another object that came to sit at the same id (the first was freed) gets its own validator.
    impostor: dict[str, Any] = {"type": "integer"}
    response_schema._VALIDATORS[id(impostor)] = (schema, first)
    try:
        assert response_schema._cached_validator(impostor).is_valid(3)
        assert response_schema._cached_validator(impostor) is not first
    finally:
        response_schema._VALIDATORS.pop(id(impostor), None)
        response_schema._VALIDATORS.pop(id(schema), None)
