"""The facts of the spec that the vendor's pages can also state, in the docs' terms.

Per operation: method and path, parameter names, request and response field paths
(``invoice_lines[].type``), and the error codes its error bodies may carry; and every named
enum with its values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.common.schema_shape import shape_of
from generator.common.spec_refs import Node, json_content_schema, operations, resolve
from generator.drift.names import path_shape

ERROR_KEYS = ("error", "errors")


@dataclass
class SpecOperation:
    operation_id: str
    method: str
    path: str
    parameters: dict[str, set[str]] = field(default_factory=dict)  # location -> names
    auth_query_names: set[str] = field(default_factory=set)  # api keys sent as query parameters
    request_fields: set[str] = field(default_factory=set)
    response_fields: set[str] = field(default_factory=set)
    response_schema: str = ""  # component name of the success body (the operation id if inline)
    error_codes: set[str] = field(default_factory=set)

    @property
    def endpoint(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def shape(self) -> str:
        return f"{self.method} {path_shape(self.path)}"

    @property
    def path_params(self) -> list[str]:
        return [segment[1:-1] for segment in self.path.split("/") if segment.startswith("{")]


@dataclass
class SpecFacts:
    operations: list[SpecOperation]
    enums: dict[str, set[str]]


def schema_fields(spec: Node, schema: Any, prefix: str = "", stack: frozenset[str] = frozenset()) -> set[str]:
    """Dotted field paths of a schema, following refs, merging allOf, anyOf and oneOf branches."""
    shape = shape_of(spec, schema)
    if shape.ref is not None:
        if shape.ref in stack:
            return set()
        stack = stack | {shape.ref}
    fields: set[str] = set()
    for name, member in shape.properties.items():
        path = f"{prefix}.{name}" if prefix else name
        fields.add(path)
        fields |= schema_fields(spec, member, path, stack)
    if shape.items is not None:
        fields |= schema_fields(spec, shape.items, prefix + "[]", stack)
    for variant in shape.variants:
        fields |= schema_fields(spec, variant, prefix, stack)
    return fields


def error_codes(spec: Node, schema: Any) -> set[str]:
    """Codes an error body may carry: the enum values of its ``error``/``errors`` member."""
    body = shape_of(spec, schema)
    codes: set[str] = set()
    for key in ERROR_KEYS:
        if key not in body.properties:
            continue
        member = shape_of(spec, body.properties[key])
        candidates = [member, *(shape_of(spec, v) for v in member.variants)]
        codes |= {str(v) for c in candidates for v in c.enum or ()}
    return codes


def _auth_query_names(spec: Node, operation: Node) -> set[str]:
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    names: set[str] = set()
    for requirement in operation.get("security", spec.get("security")) or []:
        for scheme_name in requirement:
            scheme, _ = resolve(spec, schemes.get(scheme_name, {}))
            if scheme.get("type") == "apiKey" and scheme.get("in") == "query":
                names.add(str(scheme.get("name")))
    return names


def _operation_facts(spec: Node, method: str, path: str, operation: Node) -> SpecOperation:
    facts = SpecOperation(str(operation.get("operationId") or f"{method} {path}"), method, path)
    for parameter in operation.get("parameters") or []:
        resolved, _ = resolve(spec, parameter)
        facts.parameters.setdefault(str(resolved.get("in")), set()).add(str(resolved.get("name")))
    facts.auth_query_names = _auth_query_names(spec, operation)
    if operation.get("requestBody"):
        request, _ = resolve(spec, operation["requestBody"])
        schema = json_content_schema(spec, request)
        if schema is not None:
            facts.request_fields = schema_fields(spec, schema)
    facts.response_schema = facts.operation_id
    for code, response in (operation.get("responses") or {}).items():
        resolved, _ = resolve(spec, response)
        schema = json_content_schema(spec, resolved)
        if schema is None:
            continue
        if str(code).startswith("2"):
            facts.response_fields |= schema_fields(spec, schema)
            facts.response_schema = resolve(spec, schema)[1] or facts.operation_id
        else:
            facts.error_codes |= error_codes(spec, schema)
    return facts


def spec_facts(spec: Node) -> SpecFacts:
    found = [_operation_facts(spec, method, path, op) for (method, path), op in operations(spec).items()]
    schemas = (spec.get("components") or {}).get("schemas") or {}
    enums = {
        str(name): {str(v) for v in schema["enum"]}
        for name, schema in schemas.items()
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list)
    }
    return SpecFacts(found, enums)
