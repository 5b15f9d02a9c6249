"""Read-only views of an OpenAPI document for the lint rules: findings, operations, pointers.

Everything works on the parsed YAML (plain dicts and lists); only local ``#/...`` references are
followed, since the spec must not use any other kind.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Spec = Mapping[str, Any]


@dataclass(frozen=True)
class Finding:
    """One broken rule at one place in the spec (``pointer`` is a JSON pointer)."""

    pointer: str
    rule: str
    message: str

    def render(self, spec_path: str) -> str:
        return f"{spec_path}#{self.pointer}: {self.rule}: {self.message}"


@dataclass(frozen=True)
class Operation:
    """An operation found under ``paths`` or ``webhooks``."""

    pointer: str
    method: str
    node: Mapping[str, Any]
    is_webhook: bool


def escape(token: str) -> str:
    """Escape one JSON pointer token."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer_of(*tokens: str | int) -> str:
    return "".join(f"/{escape(str(token))}" for token in tokens)


def resolve(spec: Spec, node: Any) -> Any:
    """Follow local ``$ref``s until a node without one (external refs are returned as is)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            return node
        seen.add(ref)
        target: Any = spec
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, Mapping) or token not in target:
                return node
            target = target[token]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    """The component name a ``#/components/schemas/X`` reference points to, if any."""
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        prefix = "#/components/schemas/"
        ref: str = node["$ref"]
        if ref.startswith(prefix):
            return ref[len(prefix) :]
    return None


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every node of the document with its JSON pointer, depth first."""
    yield pointer, node
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield from walk(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{pointer}/{index}")


def operations(spec: Spec) -> Iterator[Operation]:
    for section in ("paths", "webhooks"):
        for name, item in (spec.get(section) or {}).items():
            item = resolve(spec, item)
            if not isinstance(item, Mapping):
                continue
            for method in HTTP_METHODS:
                if isinstance(item.get(method), Mapping):
                    yield Operation(
                        pointer_of(section, name, method), method, item[method], section == "webhooks"
                    )


def media_types(spec: Spec, op: Operation) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(pointer, role, media type object) for the request body and every response of ``op``."""
    body = resolve(spec, op.node.get("requestBody"))
    if isinstance(body, Mapping):
        for mime, media in (body.get("content") or {}).items():
            yield f"{op.pointer}/requestBody/content/{escape(mime)}", "request body", media
    for status, response in (op.node.get("responses") or {}).items():
        response = resolve(spec, response)
        if isinstance(response, Mapping):
            for mime, media in (response.get("content") or {}).items():
                yield f"{op.pointer}/responses/{status}/content/{escape(mime)}", f"response {status}", media


def example_sites(spec: Spec) -> Iterator[tuple[str, str, str, Any]]:
    """(example pointer, name, schema pointer, value) of every example that has a schema."""
    for op in operations(spec):
        for where, _, media in media_types(spec, op):
            # `where` runs through a $ref'd body or response as if it were written inline, so it
            # may lead nowhere in the document: a $ref'd schema is checked where the $ref leads.
            schema_ptr = schema_pointer(spec, f"{where}/schema", media.get("schema"))
            yield from named_examples(spec, where, media, schema_ptr)
    params = spec.get("components", {}).get("parameters") or {}
    for name, param in params.items():
        where = pointer_of("components", "parameters", name)
        # A component parameter's schema is always really at {where}/schema, so the examples are
        # checked against it there: keywords beside a $ref (maxLength next to a shared type) count too.
        yield from named_examples(spec, where, param, f"{where}/schema")
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        where = pointer_of("components", "schemas", name)
        for index, value in enumerate(schema.get("examples") or []):
            yield f"{where}/examples/{index}", str(index), where, value


def schema_pointer(spec: Spec, inline_pointer: str, schema: Any) -> str:
    """Pointer of the schema itself: where a local ``$ref`` leads, else where it is written."""
    name = ref_name(schema)
    return pointer_of("components", "schemas", name) if name else inline_pointer


def named_examples(
    spec: Spec, where: str, holder: Mapping[str, Any], schema_ptr: str
) -> Iterator[tuple[str, str, str, Any]]:
    if "example" in holder:
        yield f"{where}/example", "example", schema_ptr, holder["example"]
    for name, example in (holder.get("examples") or {}).items():
        example = resolve(spec, example)
        if isinstance(example, Mapping) and "value" in example:
            yield f"{where}/examples/{escape(name)}", name, schema_ptr, example["value"]
