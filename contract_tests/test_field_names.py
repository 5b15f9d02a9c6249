"""Closed request bodies know exactly their own fields (A8), probed with real names.

Random unknown names (schemathesis's negative data) rarely hit the mistakes that matter: a field
that exists in the API, just not here (``locale`` on update_invoice before the vendor added it),
or one that the spec allows here but the server refuses. So every closed object of a valid body
is probed with every property name the spec uses anywhere, one at a time: a name the object
declares must be accepted with a valid value, any other name must be refused with 422. The body
holds every optional nested object (``customer.address``, ``customer.phone``...), so each of
them is probed too.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from contract_tests.api import Api
from contract_tests.factories import customer
from contract_tests.spec import load_raw_spec, resolve
from contract_tests.valid_calls import BODY_OPERATIONS, Call, success_status, valid_call

SPEC = load_raw_spec()
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
_RULE = "closed-bodies"


def _request_schema(operation_id: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return dict(resolve(SPEC, operation["requestBody"]["content"]["application/json"]["schema"]))
    raise KeyError(operation_id)


def sample(schema: Any) -> Any:
    """A valid, non-null value of ``schema`` (the first documented alternative)."""
    schema = resolve(SPEC, schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [
                o for o in schema[key] if resolve(SPEC, o).get("type") != "null" and "x-tolerated" not in o
            ]
            return sample(options[0])
    if "enum" in schema:
        return schema["enum"][0]
    kinds = schema.get("type", "object")
    kind = next(k for k in kinds if k != "null") if isinstance(kinds, list) else kinds
    if kind == "string":
        by_format = {"date-time": "2026-03-01T10:00:00+00:00", "email": "probe@example.com"}
        return by_format.get(schema.get("format", ""), "probe")
    if kind in {"integer", "number"}:
        return max(schema.get("minimum", 1), 1)
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample(schema["items"])]
    return {
        name: sample(prop)
        for name, prop in schema.get("properties", {}).items()
        if name in schema.get("required", [])
    }


def _every_name() -> dict[str, Any]:
    """Each property name the spec uses, with the schema of one place that declares it."""
    names: dict[str, Any] = {}
    for schema in SCHEMAS.values():
        for name, prop in (schema.get("properties") or {}).items():
            names.setdefault(name, prop)
    return dict(sorted(names.items()))


EVERY_NAME = _every_name()


def closed_objects(
    schema: Any, value: Any, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """(path, resolved schema) of every closed object present in ``value`` (lists are not entered)."""
    schema = resolve(SPEC, schema)
    for key in ("anyOf", "oneOf"):
        if key in schema and isinstance(value, dict):
            for option in schema[key]:
                if resolve(SPEC, option).get("type") == "object":
                    yield from closed_objects(option, value, path)
            return
    if not isinstance(value, dict) or schema.get("type") != "object":
        return
    if schema.get("additionalProperties") is False:
        yield path, schema
    for name, member in value.items():
        if name in schema.get("properties", {}):
            yield from closed_objects(schema["properties"][name], member, (*path, name))


def declared_closed_objects(schema: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """The path of every closed object ``schema`` declares outside lists: what the probe must reach."""
    schema = resolve(SPEC, schema)
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key, []):
            yield from declared_closed_objects(option, path)
    if schema.get("type") != "object":
        return
    if schema.get("additionalProperties") is False:
        yield path
    for name, member in schema.get("properties", {}).items():
        yield from declared_closed_objects(member, (*path, name))


# The valid calls leave optional nested objects out; the probe's body has them all.
_FULL_CUSTOMER = frozenset({"create_invoice", "update_invoice"})


def probe_call(api: Api, operation_id: str) -> Call:
    """A valid call whose body holds every closed object the request declares (lists aside)."""
    call = valid_call(api, operation_id)
    if operation_id in _FULL_CUSTOMER:
        return call.with_body({**call.body, "customer": customer(phone=True, address=True)})
    return call


def _with_member(body: dict[str, Any], path: tuple[str, ...], name: str, value: Any) -> dict[str, Any]:
    probe = copy.deepcopy(body)
    target = probe
    for part in path:
        target = target[part]
    target[name] = value
    return probe


PROBED = sorted(op for op in BODY_OPERATIONS if _request_schema(op).get("additionalProperties") is False)


def test_every_closed_body_is_probed() -> None:
    assert {"create_invoice", "update_invoice", "create_import", "update_company"} <= set(PROBED)
    assert len(EVERY_NAME) > 60


@pytest.mark.parametrize("operation_id", PROBED)
def test_the_probe_body_reaches_every_closed_object_outside_lists(api: Api, operation_id: str) -> None:
    """An object missing from the probe's body (``customer.address``) would never be probed."""
    schema = _request_schema(operation_id)
    reached = [path for path, _ in closed_objects(schema, probe_call(api, operation_id).body)]
    assert sorted(reached) == sorted(set(declared_closed_objects(schema)))


@pytest.mark.parametrize("operation_id", PROBED)
def test_closed_bodies_accept_their_own_fields_and_refuse_every_other_name(
    api: Api, operation_id: str
) -> None:
    schema = _request_schema(operation_id)
    call: Call = probe_call(api, operation_id)
    for path, closed in list(closed_objects(schema, call.body)):
        present = set(_at(call.body, path))
        for name, declared_elsewhere in EVERY_NAME.items():
            if name in present:
                continue
            where = ".".join((*path, name))
            if name in closed.get("properties", {}):
                fresh = probe_call(api, operation_id)  # an accepted probe changes state
                probe = fresh.with_body(
                    _with_member(fresh.body, path, name, sample(closed["properties"][name]))
                )
                api.expect_status(
                    probe.send(api),
                    success_status(operation_id),
                    _RULE,
                    f"{operation_id}: the declared `{where}` is refused",
                )
            else:
                probe = call.with_body(_with_member(call.body, path, name, sample(declared_elsewhere)))
                exchange = probe.send(api)
                api.expect(
                    exchange.status == 422,
                    exchange,
                    _RULE,
                    f"{operation_id}: `{where}` is not a field here and must be refused (422, A8)",
                )


def _at(body: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    for part in path:
        body = body[part]
    return body
