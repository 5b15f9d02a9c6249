"""The closed-body probe's parts (contract_tests/test_field_names.py): values, names, paths, bodies."""

from __future__ import annotations

import re
from typing import Any

import pytest

from contract_tests import test_field_names as probe
from contract_tests.api import Api
from contract_tests.response_schema import validator_for
from contract_tests.valid_calls import success_status

CLOSED: dict[str, Any] = {"type": "object", "additionalProperties": False}


# ----------------------------------------------------------------- sample values


def valid(schema: dict[str, Any], value: Any) -> bool:
    """``value`` fits ``schema``, formats included (what a probe value must do)."""
    return validator_for(schema).is_valid(value)


@pytest.mark.parametrize("key", ["anyOf", "oneOf"])
def test_sample_takes_the_first_alternative_that_is_neither_null_nor_tolerated(key: str) -> None:
    schema = {
        key: [
            {"type": "null"},
            {"x-tolerated": "C28", "type": "integer"},
            {"type": "string"},
            {"type": "boolean"},
        ]
    }
    value = probe.sample(schema)
    assert isinstance(value, str) and valid({"type": "string"}, value)


def test_sample_follows_refs_into_the_spec() -> None:
    schema = {"anyOf": [{"$ref": "#/components/schemas/PaymentResult"}, {"type": "string"}]}
    assert probe.sample(schema) == probe.SPEC["components"]["schemas"]["PaymentResult"]["enum"][0]
    assert probe.sample({"$ref": "#/components/schemas/PaymentResult"}) == probe.sample(schema)


def test_sample_takes_the_first_enum_value() -> None:
    assert probe.sample({"type": "string", "enum": ["second", "first"]}) == "second"


def test_sample_skips_null_in_a_list_of_types() -> None:
    assert probe.sample({"type": ["null", "integer"]}) == 1
    assert isinstance(probe.sample({"type": ["string", "null"]}), str)


@pytest.mark.parametrize("form", ["", "date-time", "email", "uri"])
def test_sample_strings_fit_their_format(form: str) -> None:
    schema = {"type": "string", "format": form} if form else {"type": "string"}
    value = probe.sample(schema)
    assert isinstance(value, str) and value and valid(schema, value), value


def test_sample_dates_are_iso_8601_and_emails_go_to_a_reserved_domain() -> None:
    """Forms every server takes: ISO 8601's upper-case T (RFC 3339 also allows a lower-case one),
    and an address at a domain reserved for examples (RFC 2606) that reaches no real mailbox."""
    moment = probe.sample({"type": "string", "format": "date-time"})
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)", moment), moment
    address = probe.sample({"type": "string", "format": "email"})
    assert address.rsplit("@", 1)[1].lower() in {"example.com", "example.org", "example.net"}, address


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"type": "integer"}, 1),
        ({"type": "integer", "minimum": 0}, 1),
        ({"type": "integer", "minimum": 100}, 100),
        ({"type": "number", "minimum": 2.5}, 2.5),
    ],
)
def test_sample_numbers_are_the_smallest_positive_value_allowed(schema: dict[str, Any], value: float) -> None:
    """The least value least risks an undocumented maximum, and 0 is refused as a count or amount."""
    assert probe.sample(schema) == value


def test_sample_booleans_arrays_and_objects() -> None:
    assert isinstance(probe.sample({"type": "boolean"}), bool)
    emails = {"type": "array", "items": {"type": "string", "format": "email"}}
    assert len(probe.sample(emails)) == 1 and valid(emails, probe.sample(emails))
    obj = {
        "type": "object",
        "required": ["name", "count"],
        "properties": {"name": {"type": "string"}, "count": {"type": "integer"}, "note": {"type": "string"}},
    }
    assert set(probe.sample(obj)) == {"name", "count"}  # only the required members
    assert valid(obj, probe.sample(obj)) and probe.sample(obj)["count"] == 1
    assert probe.sample({"type": "object", "properties": {"note": {"type": "string"}}}) == {}
    assert probe.sample({"required": ["a"]}) == {}  # no properties, no type: an empty object


def test_sample_of_a_request_body_is_a_valid_body() -> None:
    for operation_id in ("create_company", "update_company", "update_invoice", "credit_and_retract_invoice"):
        schema = probe._request_schema(operation_id)
        value = probe.sample(schema)
        assert isinstance(value, dict) and value, operation_id
        assert validator_for(schema, strict=False).is_valid(value), (operation_id, value)


# ----------------------------------------------------------------- the names probed


def test_every_name_is_each_property_name_of_the_spec_once_sorted() -> None:
    schemas = probe.SCHEMAS
    names = probe._every_name()
    declared = {name for schema in schemas.values() for name in (schema.get("properties") or {})}
    assert set(names) == declared and list(names) == sorted(declared)
    for name, prop in names.items():
        places = [
            schema["properties"][name] for schema in schemas.values() if name in schema.get("properties", {})
        ]
        assert prop is places[0], name  # the first place that declares it
    assert names == probe.EVERY_NAME


def test_the_suites_own_guard_on_the_probe_holds() -> None:
    probe.test_every_closed_body_is_probed()


def test_an_unknown_operation_has_no_request_schema() -> None:
    with pytest.raises(KeyError, match="no_such_operation"):
        probe._request_schema("no_such_operation")


# ----------------------------------------------------------------- paths of closed objects


def test_closed_objects_follow_one_of_and_objects_without_properties() -> None:
    either = {"oneOf": [{**CLOSED, "properties": {"a": {"type": "integer"}}}, {"type": "string"}]}
    assert [path for path, _ in probe.closed_objects(either, {"a": 1})] == [()]
    assert list(probe.declared_closed_objects(either)) == [()]
    bare = dict(CLOSED)  # closed, declares nothing: every member is foreign
    assert [path for path, _ in probe.closed_objects(bare, {"stray": 1})] == [()]
    assert list(probe.declared_closed_objects(bare)) == [()]


def test_closed_objects_skip_values_that_are_not_objects() -> None:
    nested = {**CLOSED, "properties": {"address": {**CLOSED, "properties": {"city": {"type": "string"}}}}}
    assert [path for path, _ in probe.closed_objects(nested, {"address": None})] == [()]
    assert [path for path, _ in probe.closed_objects(nested, {"address": {"city": "x"}})] == [
        (),
        ("address",),
    ]
    assert list(probe.closed_objects(nested, "text")) == []


def test_with_member_changes_a_copy_at_the_path() -> None:
    body = {"title": "t", "customer": {"name": {"last_name": "L"}}}
    changed = probe._with_member(body, ("customer", "name"), "nickname", "N")
    assert changed == {"title": "t", "customer": {"name": {"last_name": "L", "nickname": "N"}}}
    assert body == {"title": "t", "customer": {"name": {"last_name": "L"}}}
    assert probe._with_member(body, (), "extra", 1) == {**body, "extra": 1}
    assert probe._at(changed, ("customer", "name")) is changed["customer"]["name"]
    assert probe._at(changed, ()) is changed


@pytest.mark.parametrize("operation_id", probe.PROBED)
def test_the_probe_body_holds_every_closed_object_declared(mock_api: Api, operation_id: str) -> None:
    schema = probe._request_schema(operation_id)
    call = probe.probe_call(mock_api, operation_id)
    reached = [path for path, _ in probe.closed_objects(schema, call.body)]
    assert sorted(reached) == sorted(set(probe.declared_closed_objects(schema)))
    assert call.send(mock_api).status == success_status(operation_id)  # a body the server takes
