"""One normalised view of a JSON Schema node, whatever way the spec spells it.

``type: [string, "null"]``, ``nullable: true`` and ``anyOf: [X, {type: "null"}]`` all become
``nullable``; the project's open-enum pattern ``anyOf: [{$ref: Enum}, {type: string}]`` becomes
an enum with ``open_enum``; ``allOf`` parts are merged. Comparisons then look at one shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.common.spec_refs import Node, resolve

CONSTRAINTS = (
    "maxLength",
    "minLength",
    "maximum",
    "minimum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "maxItems",
    "minItems",
    "pattern",
    "multipleOf",
)


@dataclass
class Shape:
    ref: str | None = None
    types: frozenset[str] = frozenset()
    nullable: bool = False
    enum: tuple[Any, ...] | None = None
    enum_name: str | None = None
    open_enum: bool = False
    properties: dict[str, Any] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Any = None
    variants: list[Any] = field(default_factory=list)
    additional_properties: Any = None
    format: str | None = None
    description: str | None = None
    constraints: dict[str, Any] = field(default_factory=dict)


def _is_null_schema(spec: Node, schema: Any) -> bool:
    node, _ = resolve(spec, schema)
    return node.get("type") == "null" or node.get("type") == ["null"]


def _merge(into: Shape, part: Shape) -> None:
    into.types |= part.types
    into.nullable = into.nullable or part.nullable
    into.properties = {**into.properties, **part.properties}
    into.required |= part.required
    if part.enum is not None and into.enum is None:
        into.enum, into.enum_name, into.open_enum = part.enum, part.enum_name, part.open_enum
    into.items = into.items if into.items is not None else part.items
    into.variants = into.variants or part.variants
    into.format = into.format or part.format
    into.description = into.description or part.description
    into.additional_properties = (
        into.additional_properties if into.additional_properties is not None else part.additional_properties
    )
    into.constraints = {**part.constraints, **into.constraints}


def shape_of(spec: Node, schema: Any) -> Shape:
    node, ref = resolve(spec, schema)
    shape = Shape(ref=ref, description=node.get("description"), format=node.get("format"))
    declared = node.get("type")
    type_list = declared if isinstance(declared, list) else [declared] if declared else []
    shape.nullable = node.get("nullable") is True or "null" in type_list
    shape.types = frozenset(str(t) for t in type_list if t != "null")
    if "enum" in node or "const" in node:
        values = list(node["enum"]) if "enum" in node else [node["const"]]
        shape.nullable = shape.nullable or None in values
        shape.enum, shape.enum_name = tuple(v for v in values if v is not None), ref
    shape.properties = dict(node.get("properties") or {})
    shape.required = frozenset(node.get("required") or [])
    shape.items = node.get("items")
    shape.additional_properties = node.get("additionalProperties")
    shape.constraints = {key: node[key] for key in CONSTRAINTS if key in node}
    for part in node.get("allOf") or []:
        _merge(shape, shape_of(spec, part))
    branches = list(node.get("anyOf") or node.get("oneOf") or [])
    if any(_is_null_schema(spec, branch) for branch in branches):
        shape.nullable = True
        branches = [b for b in branches if not _is_null_schema(spec, b)]
    _apply_branches(spec, shape, branches)
    if not shape.types:
        shape.types = _inferred_types(shape)
    return shape


def _apply_branches(spec: Node, shape: Shape, branches: list[Any]) -> None:
    if not branches:
        return
    shapes = [shape_of(spec, branch) for branch in branches]
    enums = [s for s in shapes if s.enum is not None]
    plain_strings = [s for s in shapes if s.enum is None and s.types == {"string"} and not s.constraints]
    if len(shapes) == 2 and len(enums) == 1 and len(plain_strings) == 1:  # the open-enum pattern
        shape.enum, shape.enum_name, shape.open_enum = enums[0].enum, enums[0].enum_name, True
        shape.types |= frozenset({"string"})
        shape.description = shape.description or enums[0].description
    elif len(shapes) == 1:  # a nullable wrapper around one schema
        _merge(shape, shapes[0])
        shape.ref = shape.ref or shapes[0].ref
    else:
        shape.variants = branches


def _inferred_types(shape: Shape) -> frozenset[str]:
    if shape.properties:
        return frozenset({"object"})
    if shape.items is not None:
        return frozenset({"array"})
    if shape.enum:
        return frozenset(_JSON_TYPES.get(type(v), "object") for v in shape.enum)
    return frozenset()


_JSON_TYPES = {str: "string", bool: "boolean", int: "integer", float: "number", list: "array"}
