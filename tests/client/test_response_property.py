"""Whatever a server answers, the client returns a model of honest types or one typed error.

For every operation and every documented JSON answer: a valid body built from the spec's schema,
then damaged (members dropped, values of another JSON type, nulls, unknown members), goes through
the operation's own response parsing. It must come back as a model whose every field holds a
value of its declared type, or raise ResponseValidationError; never anything else (DECISIONS B8).
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clubcollect_client import AuthenticatedClient
from clubcollect_client.runtime.errors import ResponseValidationError
from contract_tests.profiles import scaled

from .response_shapes import (
    SPEC,
    damaged,
    full,
    json_body_statuses,
    operation_modules,
    pattern_strings,
    request_path,
    single_damages,
    type_errors,
    valid,
)

CANARY = "canary0000deadbeef0000canary0000deadbeef"
CLIENT = AuthenticatedClient(base_url="https://clubcollect.test/api/v2", token=CANARY)
MODULES = operation_modules()
ANSWERS = json_body_statuses()
PROPERTY = settings(max_examples=scaled(30), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse(operation: str, status: int, body: Any) -> Any:
    request = httpx.Request("GET", f"https://clubcollect.test/api/v2{request_path(operation)}")
    response = httpx.Response(status, content=json.dumps(body).encode(), request=request)
    return MODULES[operation]._parse_response(client=CLIENT, response=response)


def _patterns(node: Any) -> set[str]:
    if isinstance(node, dict):
        own = {node["pattern"]} if isinstance(node.get("pattern"), str) else set()
        return own.union(*map(_patterns, node.values()))
    if isinstance(node, list):
        return set().union(*map(_patterns, node))
    return set()


PATTERNS = sorted(_patterns(SPEC))


@pytest.mark.parametrize("pattern", PATTERNS)
@settings(max_examples=scaled(50), deadline=None)
@given(data=st.data())
def test_the_strings_drawn_for_a_pattern_match_it(pattern: str, data: st.DataObject) -> None:
    assert re.fullmatch(pattern, data.draw(pattern_strings(pattern))) is not None


def test_every_operation_with_a_json_answer_is_covered() -> None:
    assert {operation for operation, _, _ in ANSWERS} == set(MODULES)
    assert len(ANSWERS) > 50


@pytest.mark.parametrize(("operation", "status", "schema"), ANSWERS, ids=[f"{o}-{s}" for o, s, _ in ANSWERS])
@PROPERTY
@given(data=st.data())
def test_a_valid_answer_parses_into_honest_types(
    operation: str, status: int, schema: Any, data: st.DataObject
) -> None:
    body = data.draw(valid(schema))
    model = parse(operation, status, body)
    assert type_errors(model) == []


@pytest.mark.parametrize(("operation", "status", "schema"), ANSWERS, ids=[f"{o}-{s}" for o, s, _ in ANSWERS])
@PROPERTY
@given(data=st.data())
def test_a_damaged_answer_gives_honest_types_or_the_typed_error(
    operation: str, status: int, schema: Any, data: st.DataObject
) -> None:
    body = data.draw(valid(schema).flatmap(damaged))
    try:
        model = parse(operation, status, body)
    except ResponseValidationError as error:
        refused: ResponseValidationError | None = error
    else:
        refused = None
        assert type_errors(model) == []
    if refused is not None:
        assert (refused.operation, refused.status_code) == (operation, status)
        assert refused.json_path.startswith("$")
        assert CANARY not in str(refused)


@pytest.mark.parametrize(("operation", "status", "schema"), ANSWERS, ids=[f"{o}-{s}" for o, s, _ in ANSWERS])
def test_every_single_damage_gives_honest_types_or_the_typed_error(
    operation: str, status: int, schema: Any
) -> None:
    """Exhaustive where the property samples: every member of a full answer dropped, and every
    value replaced by one of each other JSON type."""
    body = full(schema)
    assert type_errors(parse(operation, status, body)) == []
    failures = []
    for label, damaged_body in single_damages(body):
        try:
            model = parse(operation, status, damaged_body)
        except ResponseValidationError:
            continue
        failures += [f"{label}: {error}" for error in type_errors(model)]
    assert failures == []
