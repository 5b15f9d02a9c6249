"""Render ``clubcollect_client/response_schemas.py``: the spec's response schemas, for the reader.

The generated models check JSON types as they read; when one refuses a body, the runtime reader
(client_runtime/reading.py) checks the body against the spec's schema for that operation and
status, to rewrite the forms the spec tolerates (``x-read-as``) and to name the JSON path of the
first problem. This module copies exactly what that check uses from the full spec (not the
client view: the tolerated alternatives are the point), keeping only the schemas that some
response reaches and only the keywords the reader looks at.
"""

from __future__ import annotations

import pprint
from pathlib import Path
from typing import Any

from generator.common.spec_refs import safe_load

MODULE_NAME = "response_schemas.py"
# Keywords the reader understands (everything else is prose or the contract suite's business).
KEPT = frozenset(
    {"$ref", "type", "properties", "required", "items", "anyOf", "oneOf", "allOf", "enum", "const", "format"}
    | {"x-read-as", "x-default-from-path"}
)
_REF_PREFIX = "#/components/schemas/"
_HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _trimmed(node: Any) -> Any:
    if isinstance(node, list):
        return [_trimmed(item) for item in node]
    if not isinstance(node, dict):
        return node
    kept = {}
    for key, value in node.items():
        if key == "properties":
            kept[key] = {name: _trimmed(prop) for name, prop in value.items()}
        elif key in KEPT:
            kept[key] = _trimmed(value)
    return kept


def _refs(node: Any) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_refs(item) for item in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    found = {node["$ref"].removeprefix(_REF_PREFIX)} if isinstance(node.get("$ref"), str) else set()
    for value in node.values():
        found |= _refs(value)
    return found


def operation_paths(spec: dict[str, Any]) -> dict[str, str]:
    """operation id -> path template, for reading path parameters back from a request URL."""
    return {
        item[method]["operationId"]: path
        for path, item in spec.get("paths", {}).items()
        for method in _HTTP_METHODS
        if item.get(method)
    }


def response_schemas(spec: dict[str, Any]) -> tuple[dict[str, dict[int, Any]], dict[str, Any]]:
    """(operation id -> status -> JSON body schema, the component schemas they reach)."""
    shared = spec.get("components", {}).get("responses", {})
    responses: dict[str, dict[int, Any]] = {}
    for item in spec.get("paths", {}).values():
        for method in _HTTP_METHODS:
            operation = item.get(method)
            if not operation:
                continue
            by_status = responses.setdefault(operation["operationId"], {})
            for status, answer in operation.get("responses", {}).items():
                if "$ref" in answer:
                    answer = shared[answer["$ref"].rsplit("/", 1)[1]]
                schema = answer.get("content", {}).get("application/json", {}).get("schema")
                if schema is not None and status.isdigit():
                    by_status[int(status)] = _trimmed(schema)
    all_schemas = spec.get("components", {}).get("schemas", {})
    reached: set[str] = set()
    pending = set().union(*(_refs(s) for by in responses.values() for s in by.values()))
    while pending:
        name = pending.pop()
        if name not in reached:
            reached.add(name)
            pending |= _refs(all_schemas[name])
    components = {name: _trimmed(all_schemas[name]) for name in sorted(reached)}
    return responses, components


def render(spec: dict[str, Any]) -> str:
    responses, components = response_schemas(spec)
    return (
        '"""The spec\'s response schemas, read by the runtime reader when a model refuses a body.\n\n'
        "Generated from openapi/clubcollect-v2.yaml by generator/response_schemas.py.\n"
        '"""\n\n'
        "from .runtime.reading import ResponseSchemas\n\n"
        f"RESPONSE_SCHEMAS = ResponseSchemas(\n"
        f"    responses={pprint.pformat(responses, width=100, sort_dicts=True)},\n"
        f"    components={pprint.pformat(components, width=100, sort_dicts=True)},\n"
        f"    paths={pprint.pformat(operation_paths(spec), width=100, sort_dicts=True)},\n"
        ")\n"
    )


def write(spec_path: Path, package_dir: Path) -> None:
    spec = safe_load(spec_path.read_text(encoding="utf-8"))
    (package_dir / MODULE_NAME).write_text(render(spec), encoding="utf-8")
