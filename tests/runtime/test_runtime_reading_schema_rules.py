"""The response reader's slow path, rule by rule: what ``ResponseSchemas.check`` accepts, rewrites
and refuses for each schema keyword it reads (types, const, formats, allOf/anyOf/oneOf, items,
required and properties, members filled from the request path, ``$ref`` chains).

Small hand-made schemas, so that each rule is pinned on its own; the spec-wide properties live
in tests/client/test_response_property.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from clubcollect_client.runtime.reading import Problem, ResponseSchemas

OPERATION = "get_thing"
NOT_AN_INTEGER = Problem((), "expected integer, got string", wrong_type=True)


def check(
    schema: Any,
    value: Any,
    *,
    components: dict[str, Any] | None = None,
    params: dict[str, str] | None = None,
) -> tuple[Any, Problem | None]:
    schemas = ResponseSchemas({OPERATION: {200: schema}}, components or {})
    return schemas.check(OPERATION, 200, value, params)


def test_a_number_accepts_an_integer_and_other_types_are_named_in_the_refusal() -> None:
    assert check({"type": "number"}, 5) == (5, None)
    assert check({"type": "number"}, 5.5) == (5.5, None)
    assert check({"type": "integer"}, 5.5)[1] == Problem((), "expected integer, got number", wrong_type=True)
    assert check({"type": "string"}, 5)[1] == Problem((), "expected string, got integer", wrong_type=True)
    # A value no JSON document holds is named by its Python type.
    assert check({"type": "string"}, (1,))[1] == Problem((), "expected string, got tuple", wrong_type=True)


def test_const_accepts_its_value_only() -> None:
    assert check({"const": "open"}, "open") == ("open", None)
    assert check({"type": "object", "properties": {"state": {"const": "open"}}}, {"state": "shut"})[1] == (
        Problem(("state",), "expected 'open'")
    )


def test_dates_and_date_times_must_parse() -> None:
    date = {"type": "string", "format": "date"}
    assert check(date, "2026-12-07") == ("2026-12-07", None)
    assert check(date, "2026-13-45")[1] == Problem((), "'2026-13-45' is not a date")
    date_time = {"type": "string", "format": "date-time"}
    assert check(date_time, "2026-12-07T10:00:00+01:00") == ("2026-12-07T10:00:00+01:00", None)
    assert check(date_time, "yesterday")[1] == Problem((), "'yesterday' is not a date-time")


def test_every_part_of_an_all_of_applies() -> None:
    schema = {
        "allOf": [
            {"type": "object", "required": ["a"]},
            {"properties": {"b": {"type": "integer"}}},
        ]
    }
    assert check(schema, {"a": 1, "b": 2}) == ({"a": 1, "b": 2}, None)
    assert check(schema, {"b": 2})[1] == Problem(("a",), "is required but absent")
    assert check(schema, {"a": 1, "b": "x"})[1] == Problem(("b",), NOT_AN_INTEGER.message, wrong_type=True)


@pytest.mark.parametrize("key", ["anyOf", "oneOf"])
def test_a_union_takes_the_first_alternative_that_fits(key: str) -> None:
    schema = {key: [{"type": "string"}, {"type": "integer"}]}
    assert check(schema, 5) == (5, None)
    assert check(schema, "x") == ("x", None)
    assert check(schema, [])[1] is not None


def test_a_tolerated_form_is_read_only_when_no_documented_alternative_fits() -> None:
    # Both alternatives fit a string: the documented one wins, whatever the order in the spec.
    schema = {"anyOf": [{"type": "string", "x-read-as": "null"}, {"type": "string"}]}
    assert check(schema, "kept") == ("kept", None)
    as_boolean = {"type": "string", "enum": ["true", "false"], "x-read-as": "boolean"}
    flag = {"anyOf": [as_boolean, {"type": "boolean"}]}
    assert check(flag, "true") == (True, None)
    assert check(flag, False) == (False, None)


def test_array_items_are_checked_where_they_are() -> None:
    schema = {"type": "array", "items": {"type": "integer"}}
    assert check(schema, [1, 2]) == ([1, 2], None)
    assert check(schema, [1, "x"])[1] == Problem((1,), NOT_AN_INTEGER.message, wrong_type=True)
    # "items" says nothing about a value that is not an array.
    assert check({"items": {"type": "integer"}}, "abc") == ("abc", None)


def test_objects_without_required_or_properties_and_boolean_member_schemas() -> None:
    assert check({"type": "object"}, {"anything": 1}) == ({"anything": 1}, None)
    assert check({"type": "object", "properties": {"a": {"type": "integer"}}}, {"a": 1}) == ({"a": 1}, None)
    assert check({"type": "object", "properties": {"free": True}}, {"free": [1]}) == ({"free": [1]}, None)


FROM_PATH = {
    "type": "object",
    "properties": {"invoice_id": {"type": "string", "x-default-from-path": "invoice_id"}},
}


@pytest.mark.parametrize(
    "schema",
    [
        FROM_PATH,
        {"allOf": [FROM_PATH]},
        {"anyOf": [FROM_PATH]},
        {"type": "array", "items": FROM_PATH},
        {"type": "object", "properties": {"line": FROM_PATH}},
    ],
    ids=["object", "allOf", "anyOf", "items", "nested"],
)
def test_a_member_left_out_is_taken_from_the_request_path_at_any_depth(schema: dict[str, Any]) -> None:
    value: Any = {}
    if schema.get("type") == "array":
        value = [{}]
    elif "line" in schema.get("properties", {}):
        value = {"line": {}}
    checked, problem = check(schema, value, params={"invoice_id": "inv-1"})
    assert problem is None
    assert "inv-1" in repr(checked)


def test_a_member_the_body_carries_is_not_overwritten_from_the_path() -> None:
    checked, problem = check(FROM_PATH, {"invoice_id": "from-body"}, params={"invoice_id": "from-path"})
    assert (checked, problem) == ({"invoice_id": "from-body"}, None)


def chain(length: int) -> dict[str, Any]:
    """``length`` references, each to the next, ending in an integer schema."""
    components: dict[str, Any] = {
        f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(length - 1)
    }
    components[f"S{length - 1}"] = {"type": "integer"}
    return components


def test_reference_chains_resolve_up_to_fifty_deep_and_cycles_are_refused() -> None:
    root = {"$ref": "#/components/schemas/S0"}
    assert check(root, 1, components=chain(50)) == (1, None)
    assert check(root, "x", components=chain(50))[1] == NOT_AN_INTEGER
    with pytest.raises(RecursionError, match=r"^reference cycle in the embedded schemas$"):
        check(root, 1, components=chain(51))
    cycle = {"S0": {"$ref": "#/components/schemas/S1"}, "S1": {"$ref": "#/components/schemas/S0"}}
    with pytest.raises(RecursionError, match=r"^reference cycle in the embedded schemas$"):
        check(root, 1, components=cycle)
