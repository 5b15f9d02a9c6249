"""Where things are in the spec, as JSON pointer parts and as the JSONPath an overlay targets.

``drift --propose`` names the node each action changes: the object schema that holds a field
(through ``$ref``, nullable ``anyOf`` and array items), the enum an error body's codes come
from, a parameter wherever it is declared. Everything here reads plain data (PyYAML), never the
file's text.
"""

from __future__ import annotations

from typing import Any

from generator.common.spec_refs import Node

Parts = tuple[str | int, ...]
ERROR_KEYS = ("error", "errors")


def jsonpath(parts: Parts) -> str:
    """The RFC 9535 normalized path of a node: ``$['components']['schemas']['Import']``."""

    def segment(part: str | int) -> str:
        if isinstance(part, int):
            return f"[{part}]"
        return "['" + part.replace("\\", "\\\\").replace("'", "\\'") + "']"

    return "$" + "".join(segment(part) for part in parts)


def at(spec: Node, parts: Parts) -> Any:
    node: Any = spec
    for part in parts:
        node = node[part]
    return node


def ref_parts(ref: str) -> Parts:
    return tuple(part.replace("~1", "/").replace("~0", "~") for part in ref.removeprefix("#/").split("/"))


def follow(spec: Node, parts: Parts) -> tuple[Parts, Any]:
    """The node at ``parts`` with its ``$ref`` chain followed, and where it really is."""
    node = at(spec, parts)
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        parts = ref_parts(node["$ref"])
        node = at(spec, parts)
    return parts, node


def object_schema(spec: Node, parts: Parts) -> Parts | None:
    """Where the object schema at ``parts`` keeps its properties (one branch of a nullable anyOf
    or oneOf, or the one allOf part with properties); None when that is not one place."""
    parts, node = follow(spec, parts)
    if not isinstance(node, dict):
        return None
    if "properties" in node or node.get("type") == "object":
        return parts
    for key in ("anyOf", "oneOf", "allOf"):
        branches = [
            object_schema(spec, (*parts, key, index))
            for index, branch in enumerate(node.get(key) or [])
            if isinstance(branch, dict) and follow(spec, (*parts, key, index))[1].get("type") != "null"
        ]
        found = [branch for branch in branches if branch is not None]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    return None


def _items(spec: Node, parts: Parts) -> Parts | None:
    parts, node = follow(spec, parts)
    if isinstance(node, dict) and isinstance(node.get("items"), dict):
        return (*parts, "items")
    for key in ("anyOf", "oneOf"):
        for index, branch in enumerate(node.get(key) or [] if isinstance(node, dict) else []):
            if isinstance(branch, dict):
                found = _items(spec, (*parts, key, index))
                if found is not None:
                    return found
    return None


def field_parent(spec: Node, root: Parts, field: str) -> tuple[Parts, str] | None:
    """The object schema that holds the last name of ``field`` (``customer.name.last_name``,
    ``invoice_lines[].type``) and that name; None when the path leaves the schema."""
    segments = field.split(".")
    current: Parts | None = root
    for segment in segments[:-1]:
        holder = object_schema(spec, current) if current is not None else None
        if holder is None:
            return None
        name = segment.removesuffix("[]")
        properties = at(spec, holder).get("properties") or {}
        if name not in properties:
            return None
        current = (*holder, "properties", name)
        if segment.endswith("[]"):
            current = _items(spec, current)
    last = segments[-1].removesuffix("[]")
    holder = object_schema(spec, current) if current is not None else None
    return (holder, last) if holder is not None else None


def operation_parts(path: str, method: str) -> Parts:
    return ("paths", path, method.lower())


def _json_schema_of(spec: Node, holder: Parts) -> Parts | None:
    holder, node = follow(spec, holder)
    for media, entry in (node.get("content") or {}).items() if isinstance(node, dict) else []:
        if "json" in str(media) and isinstance(entry, dict) and "schema" in entry:
            return (*holder, "content", media, "schema")
    return None


def request_schema(spec: Node, operation: Parts) -> Parts | None:
    if "requestBody" not in at(spec, operation):
        return None
    return _json_schema_of(spec, (*operation, "requestBody"))


def response_key(spec: Node, operation: Parts, status: int) -> str | int | None:
    """The key of a status in the operation's responses (``'200'`` quoted or ``200`` bare)."""
    responses = at(spec, operation).get("responses") or {}
    for key in (str(status), status):
        if key in responses:
            return key
    return None


def success_schema(spec: Node, operation: Parts) -> Parts | None:
    """The JSON schema of the first 2xx answer that has one."""
    responses = at(spec, operation).get("responses") or {}
    for key in responses:
        if str(key).startswith("2"):
            found = _json_schema_of(spec, (*operation, "responses", key))
            if found is not None:
                return found
    return None


def error_code_enum(spec: Node, operation: Parts, status: int) -> Parts | None:
    """The enum an error answer's ``error``/``errors`` member draws its codes from."""
    key = response_key(spec, operation, status)
    if key is None:
        return None
    body = _json_schema_of(spec, (*operation, "responses", key))
    holder = object_schema(spec, body) if body is not None else None
    if holder is None:
        return None
    properties = at(spec, holder).get("properties") or {}
    for name in ERROR_KEYS:
        if name in properties:
            found = _enum_below(spec, (*holder, "properties", name))
            if found is not None:
                return found
    return None


def _enum_below(spec: Node, parts: Parts) -> Parts | None:
    parts, node = follow(spec, parts)
    if not isinstance(node, dict):
        return None
    if isinstance(node.get("enum"), list):
        return parts
    for key in ("anyOf", "oneOf"):
        for index in range(len(node.get(key) or [])):
            found = _enum_below(spec, (*parts, key, index))
            if found is not None:
                return found
    if isinstance(node.get("items"), dict):
        return _enum_below(spec, (*parts, "items"))
    return None


def parameter_place(spec: Node, path: str, method: str, location: str, name: str) -> tuple[str, str | None]:
    """(JSONPath of the parameter object, the component it is when shared by a ``$ref``)."""
    for holder in (operation_parts(path, method), ("paths", path)):
        for index in range(len(at(spec, holder).get("parameters") or [])):
            parts, node = follow(spec, (*holder, "parameters", index))
            if node.get("name") == name and node.get("in") == location:
                if parts[:2] == ("components", "parameters"):
                    return jsonpath(parts), str(parts[2])
                quoted_name = name.replace("'", "\\'")
                return (
                    jsonpath((*holder, "parameters"))
                    + f"[?@.name == '{quoted_name}' && @.in == '{location}']",
                    None,
                )
    raise KeyError(f"{location} parameter {name} of {method} {path}")


def ref_count(spec: Node, ref: str) -> int:
    """How many times ``ref`` is used anywhere in the spec."""

    def count(node: Any) -> int:
        if isinstance(node, dict):
            return (node.get("$ref") == ref) + sum(count(value) for value in node.values())
        if isinstance(node, list):
            return sum(count(value) for value in node)
        return 0

    return count(spec)
