"""A new operation from what a page shows, marked for the review it needs."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from clubcollect_docs.tolerant_json import ExampleSyntaxError, string_values
from generator.common.spec_refs import Node
from generator.drift.compare import Finding
from generator.drift.docs_facts import OperationFacts, is_auth_parameter
from generator.drift.proposal.examples import MISSING
from generator.drift.proposal.field_types import schema_from_table, schema_from_value
from generator.drift.proposal.model import REVIEW


def operation_name(title: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", title.lower()).strip("_")


def new_operation(spec: Node, page: OperationFacts, operation_id: str, finding: Finding) -> dict[str, Any]:
    """A new operation from what the page shows, marked for the review it needs."""
    first_segment = page.path.template.strip("/").split("/")[0]
    tags: dict[str, int] = defaultdict(int)
    for path, item in (spec.get("paths") or {}).items():
        if str(path).strip("/").split("/")[0] == first_segment:
            for operation in (item or {}).values():
                if isinstance(operation, dict):
                    for tag in operation.get("tags") or []:
                        tags[tag] += 1
    components = (spec.get("components") or {}).get("parameters") or {}
    parameters: list[dict[str, Any]] = []
    for name in page.path.params:
        shared = [
            key
            for key, parameter in components.items()
            if isinstance(parameter, dict) and parameter.get("name") == name and parameter.get("in") == "path"
        ]
        parameters.append(
            {"$ref": f"#/components/parameters/{shared[0]}"}
            if shared
            else {"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
        )
    for location in ("query", "header"):
        for parameter in page.parameters.get(location, {}).values():
            if not is_auth_parameter(parameter):
                parameters.append(
                    {
                        "name": parameter.name,
                        "in": location,
                        "required": bool(parameter.required),
                        "schema": schema_from_table(parameter.type) or {"type": "string"},
                    }
                )
    node: dict[str, Any] = {
        "operationId": operation_id,
        REVIEW: (
            "a new endpoint from the docs: write its summary and descriptions in our own words, name "
            "its schemas and error bodies (*Error, *ErrorCode), add examples and map it in the facade "
            f"(generator/config.yaml) (docs: {', '.join(finding.sources)})"
        ),
    }
    if tags:
        node["tags"] = [max(tags, key=lambda tag: tags[tag])]
    node["security"] = list(spec.get("security") or [])
    if parameters:
        node["parameters"] = parameters
    body = _body_schema(page)
    if body is not None:
        node["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    node["responses"] = _responses(page)
    return node


def _body_schema(page: OperationFacts) -> dict[str, Any] | None:
    table = page.parameters.get("body", {})
    example: Any = MISSING
    for candidate in page.operation.request_examples:
        try:
            example = candidate.value()
            break
        except ExampleSyntaxError:
            continue
    if not table and example is MISSING:
        return None
    schema, _ = (
        schema_from_value(example)
        if isinstance(example, dict)
        else ({"type": "object", "properties": {}}, [])
    )
    properties = schema.setdefault("properties", {})
    for name, parameter in table.items():
        if "." not in name and "[]" not in name:
            properties[name] = schema_from_table(parameter.type) or properties.get(name, {})
    required = sorted(name for name, parameter in table.items() if parameter.required and "." not in name)
    if required:
        schema["required"] = required
    return schema


def _responses(page: OperationFacts) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for response in page.operation.responses:
        if response.status is None:
            continue
        codes: list[str] = []
        body: Any = MISSING
        for example in response.examples:
            try:
                parsed = example.value()
            except ExampleSyntaxError:
                continue
            if isinstance(parsed, dict) and set(parsed) <= {"error", "errors"} and parsed:
                codes += [code for key in parsed for code in string_values(parsed[key])]
            elif body is MISSING:
                body = parsed
        answer: dict[str, Any] = {"description": ""}
        if codes:
            error = {"type": "string", "enum": sorted(set(codes))}
            answer["content"] = {
                "application/json": {
                    "schema": {"type": "object", "required": ["error"], "properties": {"error": error}}
                }
            }
        elif body is not MISSING:
            answer["content"] = {"application/json": {"schema": schema_from_value(body)[0]}}
        answers.setdefault(str(response.status), answer)
    return answers or {"default": {"description": ""}}
