"""A9: writes require ``Content-Type: application/json`` (parameters and case allowed)."""

from __future__ import annotations

import json

import pytest

from contract_tests.api import Api
from contract_tests.valid_calls import BODY_OPERATIONS, success_status, valid_call

WRONG_TYPES = ["text/plain", "application/x-www-form-urlencoded", "application/xml"]


@pytest.mark.parametrize("operation_id", sorted(BODY_OPERATIONS))
@pytest.mark.parametrize("content_type", WRONG_TYPES)
def test_other_content_types_are_refused(api: Api, operation_id: str, content_type: str) -> None:
    call = valid_call(api, operation_id)
    exchange = api.call(
        call.method, call.path, content=json.dumps(call.body).encode(), headers={"Content-Type": content_type}
    )
    api.expect_error(exchange, 422, "invalid_content_type", "content-type")


@pytest.mark.parametrize("operation_id", sorted(BODY_OPERATIONS))
def test_missing_content_type_is_refused(api: Api, operation_id: str) -> None:
    call = valid_call(api, operation_id)
    exchange = api.call(call.method, call.path, content=json.dumps(call.body).encode())
    api.expect_error(exchange, 422, "invalid_content_type", "content-type")


@pytest.mark.parametrize("operation_id", sorted(BODY_OPERATIONS))
@pytest.mark.parametrize("content_type", ["application/json; charset=utf-8", "Application/JSON"])
def test_json_variants_are_accepted(api: Api, operation_id: str, content_type: str) -> None:
    call = valid_call(api, operation_id)
    exchange = api.call(
        call.method, call.path, content=json.dumps(call.body).encode(), headers={"Content-Type": content_type}
    )
    api.expect_status(exchange, success_status(operation_id), "content-type", f"{content_type!r} is JSON")


def test_reads_ignore_content_type(api: Api) -> None:
    call = valid_call(api, "get_company")
    exchange = api.call(call.method, call.path, headers={"Content-Type": "text/plain"})
    api.expect_status(exchange, 200, "content-type", "a GET ignores the content type")
