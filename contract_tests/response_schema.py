"""Validate any response against the spec (enums closed), for traffic outside schemathesis."""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from contract_tests.spec import HTTP_METHODS, judge_strictly, load_raw_spec, resolve

DOCUMENT_URI = "urn:clubcollect-spec"


@cache
def _strict_document() -> dict[str, Any]:
    document = copy.deepcopy(load_raw_spec())
    judge_strictly(document)
    return document


@cache
def _registry(strict: bool = True) -> Registry:
    document = _strict_document() if strict else load_raw_spec()
    resource: Resource[Any] = DRAFT202012.create_resource(document)
    registry: Registry[Any] = Registry().with_resource(DOCUMENT_URI, resource)
    return registry


def validator_for(schema: Any, *, strict: bool = True) -> Draft202012Validator:
    """A validator of ``schema`` (refs into the spec); ``strict`` closes the open enums."""
    return Draft202012Validator(_rebase(schema), registry=_registry(strict), format_checker=FormatChecker())


# Validators of the spec's own response schemas, by schema object (kept here, so its id stays its
# own): rebasing a schema and building its validator costs more than validating one response, and
# the rule tests validate thousands of responses against a few dozen schemas.
_VALIDATORS: dict[int, tuple[Any, Draft202012Validator]] = {}


def _cached_validator(schema: Any) -> Draft202012Validator:
    entry = _VALIDATORS.get(id(schema))
    if entry is None or entry[0] is not schema:
        entry = (schema, validator_for(schema))
        _VALIDATORS[id(schema)] = entry
    return entry[1]


@cache
def _responses(operation_id: str) -> dict[str, Any]:
    document = _strict_document()
    for item in (document.get("paths") or {}).values():
        for method in HTTP_METHODS:
            definition = (item or {}).get(method)
            if isinstance(definition, dict) and definition.get("operationId") == operation_id:
                return dict(definition.get("responses") or {})
    return {}


def _rebase(node: Any) -> Any:
    # Local refs ("#/components/...") must point into the registered document.
    if isinstance(node, dict):
        return {
            key: (
                DOCUMENT_URI + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _rebase(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rebase(value) for value in node]
    return node


def problems(operation_id: str, status: int, content_type: str | None, body: bytes) -> list[str]:
    """Ways the response disagrees with the spec; empty when it conforms (or the op is unknown)."""
    return response_problems(_responses(operation_id), status, content_type, body)


def response_problems(
    responses: dict[str, Any], status: int, content_type: str | None, body: bytes
) -> list[str]:
    """Ways the response disagrees with an operation's ``responses`` (refs into the spec)."""
    if not responses:
        return []
    documented = (
        responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
    )
    if documented is None:
        return [f"status {status} is not documented (documented: {', '.join(sorted(responses))})"]
    documented = resolve(_strict_document(), documented)
    media = (documented.get("content") or {}) if isinstance(documented, dict) else {}
    if not media:
        return [] if not body else [f"status {status} documents no body, got {len(body)} bytes"]
    if not (content_type or "").lower().startswith("application/json"):
        return [f"content type {content_type!r} is not application/json"]
    schema = (media.get("application/json") or {}).get("schema")
    if schema is None:
        return []
    try:
        instance = json.loads(body)
    except ValueError:
        return ["the body is not JSON"]
    validator = _cached_validator(schema)
    found = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))[:5]:
        where = "/".join(str(part) for part in error.absolute_path) or "(root)"
        found.append(f"{where}: {error.message[:300]}")
    return found
