"""Check the Arazzo workflows (openapi/clubcollect-workflows.arazzo.yaml) against Arazzo 1.0 and the spec.

Two kinds of problem, each a ``WorkflowProblem`` with a JSON pointer into the workflows file:
the document breaks the official Arazzo 1.0 JSON schema (vendored in
``generator/lint/vendor/``), or a step names something the spec does not have: an operation, a
parameter, a request body field, or a response field read through ``$response.body#/...``.
The lint rule and the drift check both report these, so a spec change that breaks a workflow is
noticed before a runner trips over it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from generator.common.spec_refs import HTTP_METHODS, safe_load

WORKFLOWS_NAME = "clubcollect-workflows.arazzo.yaml"
ARAZZO_SCHEMA = Path(__file__).resolve().parent.parent / "lint" / "vendor" / "arazzo-1.0.schema.json"
# `$response.body#/a/0/b` anywhere in a condition, an output or a context.
_BODY_POINTER = re.compile(r"\$response\.body#(/[^\s]*)")


@dataclass(frozen=True)
class WorkflowProblem:
    pointer: str  # into the workflows document
    rule: str  # "arazzo-schema" or "workflow-spec"
    message: str


def workflows_beside(spec_path: Path) -> Path:
    """Where the workflows of a spec live: next to it, under a fixed name."""
    return spec_path.parent / WORKFLOWS_NAME


def load_workflows(path: Path) -> Any:
    return safe_load(path.read_text(encoding="utf-8"))


@cache
def _arazzo_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json.loads(ARAZZO_SCHEMA.read_text(encoding="utf-8")))


def _pointer(*tokens: str | int) -> str:
    return "".join("/" + str(token).replace("~", "~0").replace("/", "~1") for token in tokens)


def schema_problems(document: Any) -> list[WorkflowProblem]:
    """Every place the document breaks the Arazzo 1.0 JSON schema."""
    return [
        WorkflowProblem(_pointer(*error.absolute_path), "arazzo-schema", error.message)
        for error in sorted(_arazzo_validator().iter_errors(document), key=lambda e: list(map(str, e.path)))
    ]


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target: Any = spec
        for token in node["$ref"].removeprefix("#/").split("/"):
            target = (
                target.get(token.replace("~1", "/").replace("~0", "~"), {})
                if isinstance(target, Mapping)
                else {}
            )
        node = target
    return node


def _alternatives(spec: Mapping[str, Any], schema: Any) -> Iterator[Mapping[str, Any]]:
    """The schema and every schema it combines (anyOf/oneOf/allOf), references followed."""
    schema = _resolve(spec, schema)
    if not isinstance(schema, Mapping):
        return
    yield schema
    for keyword in ("anyOf", "oneOf", "allOf"):
        for part in schema.get(keyword) or []:
            yield from _alternatives(spec, part)


def _has_path(spec: Mapping[str, Any], schema: Any, tokens: list[str]) -> bool:
    """Whether some value valid against ``schema`` can have something at ``tokens``."""
    if not tokens:
        return True
    head, rest = tokens[0], tokens[1:]
    for option in _alternatives(spec, schema):
        properties = option.get("properties") or {}
        if head in properties and _has_path(spec, properties[head], rest):
            return True
        if head.isdigit() and "items" in option and _has_path(spec, option["items"], rest):
            return True
    return False


def _operations(spec: Mapping[str, Any]) -> dict[str, tuple[Mapping[str, Any], Mapping[str, Any]]]:
    """operationId -> (path item, operation)."""
    found = {}
    for item in (spec.get("paths") or {}).values():
        item = _resolve(spec, item)
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping) and operation.get("operationId"):
                found[operation["operationId"]] = (item, operation)
    return found


def _declared_parameters(
    spec: Mapping[str, Any], item: Mapping[str, Any], operation: Mapping[str, Any]
) -> set[tuple[str, str]]:
    declared = set()
    for parameter in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = _resolve(spec, parameter)
        if isinstance(parameter, Mapping):
            declared.add((str(parameter.get("in")), str(parameter.get("name")).lower()))
    return declared


def _security_headers(spec: Mapping[str, Any]) -> set[tuple[str, str]]:
    """Header and query names the spec's security schemes send (the workflows send the key in one)."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    names = {("header", "authorization")}
    for scheme in schemes.values():
        if isinstance(scheme, Mapping) and scheme.get("type") == "apiKey":
            names.add((str(scheme.get("in")), str(scheme.get("name")).lower()))
    return names


def _body_fields(payload: Any, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Field paths of a literal request payload (list items are checked through index 0)."""
    if isinstance(payload, Mapping):
        for key, value in payload.items():
            yield (*prefix, str(key))
            yield from _body_fields(value, (*prefix, str(key)))
    elif isinstance(payload, list):
        for value in payload:
            yield from _body_fields(value, (*prefix, "0"))


def _strings(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, str):
        yield pointer, node
    elif isinstance(node, Mapping):
        for key, value in node.items():
            yield from _strings(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, f"{pointer}/{index}")


def _response_schemas(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> list[Any]:
    schemas = []
    for response in (operation.get("responses") or {}).values():
        response = _resolve(spec, response)
        for media in ((response.get("content") or {}) if isinstance(response, Mapping) else {}).values():
            if isinstance(media, Mapping) and "schema" in media:
                schemas.append(media["schema"])
    return schemas


def spec_problems(document: Any, spec: Mapping[str, Any]) -> list[WorkflowProblem]:
    """Every operation, parameter, request field or response field a step names that the spec lacks."""
    operations = _operations(spec)
    security = _security_headers(spec)
    problems = []
    workflows = document.get("workflows") if isinstance(document, Mapping) else None
    for w_index, workflow in enumerate(workflows or []):
        for s_index, step in enumerate(workflow.get("steps") or []):
            where = _pointer("workflows", w_index, "steps", s_index)
            name = f"{workflow.get('workflowId')}.{step.get('stepId')}"
            operation_id = step.get("operationId")
            if operation_id is None:
                continue
            if operation_id not in operations:
                problems.append(
                    WorkflowProblem(
                        f"{where}/operationId",
                        "workflow-spec",
                        f"{name}: the spec has no operation {operation_id!r}",
                    )
                )
                continue
            item, operation = operations[operation_id]
            declared = _declared_parameters(spec, item, operation) | security
            for p_index, parameter in enumerate(step.get("parameters") or []):
                key = (str(parameter.get("in")), str(parameter.get("name")).lower())
                if "reference" not in parameter and key not in declared:
                    problems.append(
                        WorkflowProblem(
                            f"{where}/parameters/{p_index}",
                            "workflow-spec",
                            f"{name}: {operation_id} has no {key[0]} parameter {parameter.get('name')!r}",
                        )
                    )
            body = step.get("requestBody")
            if isinstance(body, Mapping) and "payload" in body:
                request = _resolve(spec, operation.get("requestBody"))
                content = (request.get("content") or {}) if isinstance(request, Mapping) else {}
                media = content.get(body.get("contentType", "application/json")) or {}
                for field in _body_fields(body["payload"]):
                    if not _has_path(spec, media.get("schema"), list(field)):
                        problems.append(
                            WorkflowProblem(
                                f"{where}/requestBody/payload",
                                "workflow-spec",
                                f"{name}: the {operation_id} request has no field {'/'.join(field)!r}",
                            )
                        )
            responses = _response_schemas(spec, operation)
            for text_pointer, text in _strings(
                {"successCriteria": step.get("successCriteria"), "outputs": step.get("outputs")}, where
            ):
                for match in _BODY_POINTER.finditer(text):
                    tokens = [t.replace("~1", "/").replace("~0", "~") for t in match.group(1).split("/")[1:]]
                    if not any(_has_path(spec, schema, tokens) for schema in responses):
                        problems.append(
                            WorkflowProblem(
                                text_pointer,
                                "workflow-spec",
                                f"{name}: no {operation_id} answer has a field {match.group(1)!r}",
                            )
                        )
    return problems


def problems(document: Any, spec: Mapping[str, Any]) -> list[WorkflowProblem]:
    """Schema problems first; the spec is compared only with a document that is valid Arazzo."""
    found = schema_problems(document)
    return found or spec_problems(document, spec)
