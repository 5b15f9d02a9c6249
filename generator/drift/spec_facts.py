"""The facts of the spec that the vendor's pages can also state, in the docs' terms.

Per operation: method and path, base URLs, auth schemes, parameters with their required flag
and defaults, request and response field paths (``invoice_lines[].type``) with the request's
required ones, success statuses and whether they carry a body, and the error codes its error
bodies may carry. Across the spec: every named enum with its values, and the webhooks with
their payload fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from clubcollect_docs.names import path_shape
from generator.common.schema_shape import shape_of
from generator.common.spec_refs import Node, json_content_schema, operations, resolve

ERROR_KEYS = ("error", "errors")


@dataclass(frozen=True)
class SpecParameter:
    name: str
    location: str
    required: bool
    default: Any = None
    maximum: Any = None


@dataclass(frozen=True)
class SpecAuthScheme:
    location: str  # "header" or "query"
    name: str  # "Authorization", "api_key"
    deprecated: bool
    description: str


@dataclass
class SpecOperation:
    operation_id: str
    method: str
    path: str
    base_urls: list[str] = field(default_factory=list)
    parameters: dict[str, dict[str, SpecParameter]] = field(default_factory=dict)  # location -> name ->
    auth: list[SpecAuthScheme] = field(default_factory=list)  # any one of them is accepted
    request_fields: set[str] = field(default_factory=set)
    request_required: set[str] = field(default_factory=set)  # required within their parent object
    response_fields: set[str] = field(default_factory=set)
    response_deprecated: set[str] = field(default_factory=set)  # response fields marked deprecated
    response_schema: str = ""  # component name of the success body (the operation id if inline)
    success: dict[int, bool] = field(default_factory=dict)  # 2xx status -> has a body
    error_codes: set[str] = field(default_factory=set)
    deprecated: bool = False

    @property
    def endpoint(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def shape(self) -> str:
        return f"{self.method} {path_shape(self.path)}"

    @property
    def path_params(self) -> list[str]:
        return [segment[1:-1] for segment in self.path.split("/") if segment.startswith("{")]

    @property
    def auth_query_names(self) -> set[str]:
        return {scheme.name for scheme in self.auth if scheme.location == "query"}


@dataclass
class SpecWebhook:
    name: str
    fields: set[str]


@dataclass
class SpecFacts:
    operations: list[SpecOperation]
    enums: dict[str, set[str]]
    webhooks: list[SpecWebhook] = field(default_factory=list)
    base_urls: list[str] = field(default_factory=list)  # the spec's servers, in order


def schema_fields(spec: Node, schema: Any, prefix: str = "", stack: frozenset[str] = frozenset()) -> set[str]:
    """Dotted field paths of a schema, following refs, merging allOf, anyOf and oneOf branches."""
    return set(_walk_fields(spec, schema, prefix, stack))


def deprecated_fields(spec: Node, schema: Any) -> set[str]:
    """Dotted field paths a schema marks ``deprecated: true`` (beside a ``$ref`` or in the target)."""
    found: set[str] = set()
    _walk_fields(spec, schema, deprecated=found)
    return found


def _walk_fields(
    spec: Node,
    schema: Any,
    prefix: str = "",
    stack: frozenset[str] = frozenset(),
    deprecated: set[str] | None = None,
) -> dict[str, bool]:
    """Field path -> whether it is required within its parent object (in every branch naming it).

    ``deprecated``, when given, collects the paths of the fields marked deprecated.
    """
    shape = shape_of(spec, schema)
    if shape.ref is not None:
        if shape.ref in stack:
            return {}
        stack = stack | {shape.ref}
    fields: dict[str, bool] = {}

    def add(path: str, required: bool) -> None:
        fields[path] = fields.get(path, True) and required

    for name, member in shape.properties.items():
        path = f"{prefix}.{name}" if prefix else name
        add(path, name in shape.required)
        marked = isinstance(member, dict) and (
            member.get("deprecated") or resolve(spec, member)[0].get("deprecated")
        )
        if deprecated is not None and marked:
            deprecated.add(path)
        for inner, required in _walk_fields(spec, member, path, stack, deprecated).items():
            add(inner, required)
    if shape.items is not None:
        for inner, required in _walk_fields(spec, shape.items, prefix + "[]", stack, deprecated).items():
            add(inner, required)
    for variant in shape.variants:
        for inner, required in _walk_fields(spec, variant, prefix, stack, deprecated).items():
            add(inner, required)
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


def _auth(spec: Node, operation: Node) -> list[SpecAuthScheme]:
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    found: dict[tuple[str, str], SpecAuthScheme] = {}
    for requirement in operation.get("security", spec.get("security")) or []:
        for scheme_name in requirement:
            scheme, _ = resolve(spec, schemes.get(scheme_name, {}))
            if scheme.get("type") == "apiKey" and scheme.get("in") in {"header", "query"}:
                location, name = str(scheme["in"]), str(scheme.get("name"))
                deprecated = bool(scheme.get("x-deprecated") or scheme.get("deprecated"))
                found[(location, name)] = SpecAuthScheme(
                    location, name, deprecated, str(scheme.get("description") or "")
                )
            elif scheme.get("type") == "http":
                # "Authorization: <Scheme> <credentials>": documented the same way as an apiKey header
                label = str(scheme.get("scheme", "")).capitalize()
                found[("header", "Authorization")] = SpecAuthScheme("header", "Authorization", False, label)
    return list(found.values())


def _servers(holder: Node) -> list[str]:
    return [str(s["url"]) for s in holder.get("servers") or [] if isinstance(s, dict) and "url" in s]


def _parameter(spec: Node, raw: Any) -> SpecParameter:
    resolved, _ = resolve(spec, raw)
    schema, _ = resolve(spec, resolved.get("schema") or {})
    return SpecParameter(
        str(resolved.get("name")),
        str(resolved.get("in")),
        bool(resolved.get("required")),
        schema.get("default"),
        schema.get("maximum"),
    )


def _operation_facts(
    spec: Node, method: str, path: str, operation: Node, servers: list[str]
) -> SpecOperation:
    facts = SpecOperation(str(operation.get("operationId") or f"{method} {path}"), method, path)
    facts.deprecated = bool(operation.get("deprecated"))
    facts.base_urls = _servers(operation) or servers
    for raw in operation.get("parameters") or []:
        parameter = _parameter(spec, raw)
        facts.parameters.setdefault(parameter.location, {})[parameter.name] = parameter
    facts.auth = _auth(spec, operation)
    if operation.get("requestBody"):
        request, _ = resolve(spec, operation["requestBody"])
        schema = json_content_schema(spec, request)
        if schema is not None:
            walked = _walk_fields(spec, schema)
            facts.request_fields = set(walked)
            facts.request_required = {name for name, required in walked.items() if required}
    facts.response_schema = facts.operation_id
    for code, response in (operation.get("responses") or {}).items():
        resolved, _ = resolve(spec, response)
        schema = json_content_schema(spec, resolved)
        if str(code).startswith("2") and str(code).isdigit():
            facts.success[int(code)] = bool(resolved.get("content"))
        if schema is None:
            continue
        if str(code).startswith("2"):
            facts.response_fields |= schema_fields(spec, schema)
            facts.response_deprecated |= deprecated_fields(spec, schema)
            facts.response_schema = resolve(spec, schema)[1] or facts.operation_id
        else:
            facts.error_codes |= error_codes(spec, schema)
    return facts


def _webhooks(spec: Node) -> list[SpecWebhook]:
    found = []
    for (_, name), operation in operations(spec, "webhooks").items():
        fields: set[str] = set()
        if operation.get("requestBody"):
            request, _ = resolve(spec, operation["requestBody"])
            schema = json_content_schema(spec, request)
            if schema is not None:
                fields = schema_fields(spec, schema)
        found.append(SpecWebhook(str(operation.get("operationId") or name), fields))
    return found


def spec_facts(spec: Node) -> SpecFacts:
    servers = _servers(spec)
    found = []
    for path, item in (spec.get("paths") or {}).items():
        path_item, _ = resolve(spec, item)
        path_servers = _servers(path_item) or servers
        for (method, op_path), operation in operations({**spec, "paths": {path: path_item}}).items():
            found.append(_operation_facts(spec, method, op_path, operation, path_servers))
    schemas = (spec.get("components") or {}).get("schemas") or {}
    enums = {
        str(name): {str(v) for v in schema["enum"]}
        for name, schema in schemas.items()
        if isinstance(schema, dict) and isinstance(schema.get("enum"), list)
    }
    return SpecFacts(found, enums, _webhooks(spec), servers)
