"""Keywords the spec may use: JSON Schema 2020-12 and OpenAPI 3.1 in schemas, documented ``x-``.

A schema object that carries any other key has a typo or a YAML accident in it (an unquoted
flow-mapping description containing ``": "`` or ``", "`` is split into junk keys), and every
tool downstream ignores it without a word: openapi-spec-validator and Spectral accept it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator.lint.extensions import EXTENSIONS
from generator.lint.model import Finding, Spec, escape, walk

JSON_SCHEMA_2020_12 = frozenset(
    {
        # core
        "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment",
        "$defs",
        # applicator
        "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
        "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
        # unevaluated
        "unevaluatedItems", "unevaluatedProperties",
        # validation
        "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains",
        "minContains", "maxProperties", "minProperties", "required", "dependentRequired",
        # meta-data, format annotation, content
        "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
        "contentEncoding", "contentMediaType", "contentSchema",
    }
)  # fmt: skip
OPENAPI_3_1_SCHEMA = frozenset({"discriminator", "xml", "externalDocs", "example"})
SCHEMA_KEYWORDS = JSON_SCHEMA_2020_12 | OPENAPI_3_1_SCHEMA

_ONE_SCHEMA = (
    "items", "contains", "additionalProperties", "propertyNames", "if", "then", "else", "not",
    "unevaluatedItems", "unevaluatedProperties", "contentSchema",
)  # fmt: skip
_SCHEMA_LISTS = ("prefixItems", "allOf", "anyOf", "oneOf")
_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")


def _schemas_below(schema: Any, pointer: str) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The schema and every subschema it holds, with their pointers (boolean schemas skipped)."""
    if not isinstance(schema, Mapping):
        return
    yield pointer, schema
    for key in _ONE_SCHEMA:
        if key in schema:
            yield from _schemas_below(schema[key], f"{pointer}/{key}")
    for key in _SCHEMA_LISTS:
        for index, member in enumerate(schema.get(key) or []):
            yield from _schemas_below(member, f"{pointer}/{key}/{index}")
    for key in _SCHEMA_MAPS:
        members = schema.get(key)
        if isinstance(members, Mapping):
            for name, member in members.items():
                yield from _schemas_below(member, f"{pointer}/{key}/{escape(str(name))}")


def _holders_of_schemas(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    """``schema`` of parameters, headers and media types below an OpenAPI node (not inside schemas)."""
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _holders_of_schemas(item, f"{pointer}/{index}")
        return
    if not isinstance(node, Mapping):
        return
    for key, value in node.items():
        here = f"{pointer}/{escape(str(key))}"
        if key == "schema":
            yield here, value
        elif key not in {"examples", "example", "schemas"} and not str(key).startswith("x-"):
            yield from _holders_of_schemas(value, here)


def schema_objects(spec: Spec) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every schema object of the spec: components/schemas and each ``schema`` of the document."""
    for name, schema in ((spec.get("components") or {}).get("schemas") or {}).items():
        yield from _schemas_below(schema, f"/components/schemas/{escape(str(name))}")
    for pointer, schema in _holders_of_schemas(spec, ""):
        yield from _schemas_below(schema, pointer)


def rule_schema_keywords(spec: Spec) -> list[Finding]:
    """Schema objects use only JSON Schema 2020-12, OpenAPI 3.1 and documented ``x-`` keywords."""
    findings = []
    for pointer, schema in schema_objects(spec):
        for key in schema:
            if str(key) in SCHEMA_KEYWORDS or str(key).startswith("x-"):
                continue  # x- keys are judged by rule_extensions, wherever they are
            findings.append(
                Finding(
                    pointer,
                    "schema-keyword",
                    f"{key!r} is not a JSON Schema 2020-12 or OpenAPI 3.1 keyword (a typo, or a "
                    "description YAML split into keys? quote it)",
                )
            )
    return findings


def rule_extensions(spec: Spec) -> list[Finding]:
    """Every ``x-`` key anywhere is one of the project's documented extensions."""
    findings = []
    for pointer, node in walk(spec):
        if not isinstance(node, Mapping):
            continue
        for key in node:
            if str(key).startswith("x-") and str(key) not in EXTENSIONS:
                findings.append(
                    Finding(
                        pointer,
                        "extension-unknown",
                        f"{key!r} is not a documented extension (generator/lint/extensions.py)",
                    )
                )
    return findings
