"""Hypothesis strategies for the spec's response bodies, damaged ones included, and a checker that a
parsed model holds only values of its declared types. Used by test_response_property.py."""

from __future__ import annotations

import datetime
import enum
import importlib
import json
import pkgutil
import re
import types
import typing
from typing import Any

import attrs
from hypothesis import strategies as st

import clubcollect_client.api
import clubcollect_client.models
from clubcollect_client.types import Unset
from generator.common.spec_refs import safe_load
from generator.postprocess import REPO_ROOT

SPEC: dict[str, Any] = safe_load((REPO_ROOT / "openapi" / "clubcollect-v2.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def valid(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """JSON values the schema accepts (the subset of JSON Schema the spec's responses use).

    One strategy object per schema: hypothesis computes a new strategy's emptiness and validity
    on its first draw, which was a fifth of the response-property tests' time when every example
    built its strategies afresh.
    """
    key = json.dumps(schema, sort_keys=True)
    if key not in _STRATEGIES:
        _STRATEGIES[key] = _build_valid(schema)
    return _STRATEGIES[key]


_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {}


def _build_valid(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    schema = _resolve(schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return st.one_of([valid(option) for option in schema[key]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type", "object")
    if isinstance(kinds, list):
        return st.one_of([valid({**schema, "type": kind}) for kind in kinds])
    if kinds == "null":
        return st.none()
    if kinds == "boolean":
        return st.booleans()
    if kinds == "integer":
        return st.integers(schema.get("minimum", -(2**31)), schema.get("maximum", 2**31 - 1))
    if kinds == "number":
        return st.floats(schema.get("minimum", -1e9), schema.get("maximum", 1e9), allow_nan=False)
    if kinds == "string":
        if schema.get("format") == "date-time":
            return st.datetimes(timezones=st.just(datetime.UTC)).map(datetime.datetime.isoformat)
        if schema.get("format") == "email":
            return st.emails()
        if "pattern" in schema:
            return pattern_strings(schema["pattern"])
        return st.text(max_size=8)
    if kinds == "array":
        return st.lists(valid(schema["items"]), max_size=3)
    properties = schema.get("properties", {})
    # The client's contract: a member filled in from the request path (x-default-from-path) is
    # required by the model; an answer that leaves it out where no path names it (create_invoice)
    # is refused with ResponseValidationError, which the damaged-answer properties cover.
    filled = {name for name, prop in properties.items() if "x-default-from-path" in prop}
    required = set(schema.get("required", ())) | filled
    return st.fixed_dictionaries(
        {name: valid(prop) for name, prop in properties.items() if name in required},
        optional={name: valid(prop) for name, prop in properties.items() if name not in required},
    )


# ^[class]{n}$, ^[class]{m,n}$ or ^[class]+$, the class made of letters, digits, _ and ranges of them
# (and perhaps a last literal -): the spec's ids, hashes and names.
_ONE_CLASS_REPEATED = re.compile(r"\^\[((?:\w-\w|\w)+-?)\](?:\{(\d+)(?:,(\d+))?\}|(\+))\$", re.ASCII)


def pattern_strings(pattern: str) -> st.SearchStrategy[str]:
    """Strings that fully match ``pattern``. One character class repeated is drawn as one string of
    its alphabet: the same values as from_regex's, at about a quarter of the response-property
    tests' CPU less (from_regex draws each of an id's 40 characters on its own)."""
    simple = _ONE_CLASS_REPEATED.fullmatch(pattern)
    if simple is None:
        return st.from_regex(pattern, fullmatch=True)
    members, low, high, plus = simple.groups()
    alphabet = ""
    for first, last, single in re.findall(r"(\w)-(\w)|(.)", members, re.ASCII):
        alphabet += single or "".join(map(chr, range(ord(first), ord(last) + 1)))
    if plus:
        return st.text(alphabet=alphabet, min_size=1)
    return st.text(alphabet=alphabet, min_size=int(low), max_size=int(high or low))


def full(schema: dict[str, Any]) -> Any:
    """One valid value with every declared member present: the most for single edits to damage."""
    schema = _resolve(schema)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return full(next(o for o in schema[key] if _resolve(o).get("type") != "null"))
    if "enum" in schema:
        return schema["enum"][0]
    kinds = schema.get("type", "object")
    kind = next(k for k in kinds if k != "null") if isinstance(kinds, list) else kinds
    samples = {"boolean": True, "integer": schema.get("minimum", 7), "number": 2.5}
    if kind in samples:
        return samples[kind]
    if kind == "string":
        by_format = {"date-time": "2026-01-02T03:04:05+00:00", "email": "member@club.example"}
        return by_format.get(schema.get("format", ""), "0" * 40 if "pattern" in schema else "text")
    if kind == "array":
        return [full(schema["items"])]
    return {name: full(prop) for name, prop in schema.get("properties", {}).items()}


OTHER_JSON_VALUES: list[Any] = [None, True, 3, 2.5, "text", [], {"x": 1}]


def single_damages(body: Any) -> list[tuple[str, Any]]:
    """Every body that differs from ``body`` by one edit: each member dropped, each value replaced
    by a value of each other JSON type."""
    damaged_bodies = []
    for where in _locations(body)[1:]:
        parent_path, key = where[:-1], where[-1]
        edits: list[tuple[str, Any]] = [("drop", ...)] + [(f"= {v!r}", v) for v in OTHER_JSON_VALUES]
        for label, replacement in edits:
            copy = json.loads(json.dumps(body))
            parent = _container(copy, parent_path)
            if replacement is ...:
                if isinstance(parent, dict):
                    del parent[key]
                else:
                    parent.pop(key)
            else:
                if type(replacement) is type(_container(body, where)):
                    continue
                parent[key] = replacement
            damaged_bodies.append((f"{where} {label}", copy))
    return damaged_bodies


def _locations(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _locations(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _locations(item, (*path, index))
    return found


def _container(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


@st.composite
def damaged(draw: st.DrawFn, body: Any) -> Any:
    """``body`` after a few random edits: a member dropped, a value of another JSON type, a null,
    an unknown member."""
    body = json.loads(json.dumps(body))
    for _ in range(draw(st.integers(1, 3))):
        where = draw(st.sampled_from(_locations(body)))
        edit = draw(st.sampled_from(["drop", "retype", "null", "unknown"]))
        if edit == "unknown":
            target = _container(body, where)
            if isinstance(target, dict):
                target[draw(st.text(min_size=1, max_size=6))] = draw(JSON_SCALARS)
            continue
        if not where:
            if edit != "drop":
                body = None if edit == "null" else draw(JSON_SCALARS | st.lists(JSON_SCALARS, max_size=2))
            continue
        parent, key = _container(body, where[:-1]), where[-1]
        if edit == "drop":
            if isinstance(parent, dict):
                del parent[key]
            else:
                parent.pop(key)
        elif edit == "null":
            parent[key] = None
        else:
            parent[key] = draw(JSON_SCALARS | st.lists(JSON_SCALARS, max_size=2) | st.just({"x": 1}))
    return body


def operation_modules() -> dict[str, Any]:
    """operation id -> generated endpoint module (for its private ``_parse_response``)."""
    modules = {}
    for info in pkgutil.walk_packages(clubcollect_client.api.__path__, "clubcollect_client.api."):
        if not info.ispkg:
            modules[info.name.rsplit(".", 1)[1]] = importlib.import_module(info.name)
    return modules


_MODEL_NAMESPACE = {
    name: getattr(clubcollect_client.models, name) for name in clubcollect_client.models.__all__
}
_MODEL_NAMESPACE |= {"datetime": datetime, "Unset": Unset}


def type_errors(value: Any, hint: Any = None, where: str = "$") -> list[str]:
    """Every place in a parsed model where a value does not have its declared type."""
    if hint is None:
        hint = type(value)
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        options = typing.get_args(hint)
        if any(not type_errors(value, option, where) for option in options):
            return []
        return [f"{where}: {value!r} is none of {hint}"]
    if origin is list:
        if not isinstance(value, list):
            return [f"{where}: {value!r} is not a list"]
        (item,) = typing.get_args(hint)
        return [
            error
            for index, element in enumerate(value)
            for error in type_errors(element, item, f"{where}[{index}]")
        ]
    if hint is typing.Any:
        return []
    if hint is type(None):
        return [] if value is None else [f"{where}: {value!r} is not None"]
    if hint is int:
        return (
            []
            if isinstance(value, int) and not isinstance(value, bool)
            else [f"{where}: {value!r} is not int"]
        )
    if hint is float:
        return [] if isinstance(value, float) else [f"{where}: {value!r} is not float"]
    if isinstance(hint, type) and attrs.has(hint):
        if not isinstance(value, hint):
            return [f"{where}: {value!r} is not {hint.__name__}"]
        hints = typing.get_type_hints(
            hint, globalns=vars(importlib.import_module(hint.__module__)), localns=_MODEL_NAMESPACE
        )
        errors = []
        for field in attrs.fields(hint):
            if field.name != "additional_properties":
                errors += type_errors(getattr(value, field.name), hints[field.name], f"{where}.{field.name}")
        return errors
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return [] if isinstance(value, hint) else [f"{where}: {value!r} is not {hint.__name__}"]
    if isinstance(hint, type):
        return [] if isinstance(value, hint) else [f"{where}: {value!r} is not {hint.__name__}"]
    raise AssertionError(f"no check for the hint {hint!r}")


def request_path(operation: str) -> str:
    """The operation's path with every parameter a well-formed id, as a real request has (the
    reader reads path parameters back from it)."""
    for path, item in SPEC["paths"].items():
        if any(isinstance(op, dict) and op.get("operationId") == operation for op in item.values()):
            return re.sub(r"\{[^}]+\}", "0" * 39 + "1", path)
    raise KeyError(operation)


def json_body_statuses() -> list[tuple[str, int, dict[str, Any]]]:
    """(operation id, status, body schema) for every JSON answer of every operation."""
    found = []
    shared = SPEC["components"]["responses"]
    for item in SPEC["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            for status, answer in operation["responses"].items():
                answer = shared[answer["$ref"].rsplit("/", 1)[1]] if "$ref" in answer else answer
                schema = answer.get("content", {}).get("application/json", {}).get("schema")
                if schema is not None:
                    found.append((operation["operationId"], int(status), schema))
    return sorted(found, key=lambda entry: (entry[0], entry[1]))
