"""``drift --propose``: the unexplained findings as an OpenAPI Overlay 1.0 document.

One action per difference the docs settle on their own: a new enum value, a new request or
response field (typed from the docs table or example), a new error code under the status the
page shows it with, a changed success status, a changed required flag, a new endpoint or one
the docs dropped (``deprecated: true``, never a deletion), a response field the docs dropped
(``deprecated: true`` and no longer required), a changed base URL or auth scheme. Each action's
description cites the page lines the finding was read from.

Nothing that needs judgment is guessed. Such a finding is *left for a person*, with the reason;
where an action creates a node whose prose or naming a person must still write, the node carries
``x-review: <what to do>``, which ``generator lint`` refuses until it is removed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from clubcollect_docs.names import real_name
from clubcollect_docs.tolerant_json import ExampleSyntaxError, JsonValue, members_at, string_values
from generator.common.spec_refs import Node
from generator.drift.compare import Finding, _parents
from generator.drift.docs_facts import OperationFacts, is_auth_parameter
from generator.drift.example_types import schema_from_table, schema_from_value
from generator.drift.spec_facts import SpecOperation
from generator.drift.spec_places import (
    Parts,
    at,
    error_code_enum,
    field_parent,
    follow,
    jsonpath,
    operation_parts,
    parameter_place,
    ref_count,
    request_schema,
    response_key,
    success_schema,
)
from generator.lint.rules import python_enum_keys

OVERLAY_VERSION = "1.0.0"
REVIEW = "x-review"

_PAGING = "paging is shared machinery (the facade's pages): a person wires it"
_NOTIFICATION = "partners' servers read notification bodies: a person decides"
# Why each kind of finding the proposal does not act on needs a person.
JUDGMENT = {
    "base URL missing from docs": "the docs no longer show a server the spec lists: drop it or keep it?",
    "auth scheme missing from docs": "the docs dropped a way to send the key: removing it breaks callers",
    "auth deprecation differs": "whether a way to send the key is on its way out is a decision",
    "auth format differs": "a new credential format needs its scheme and description written",
    "success body missing from spec": "a body the spec says is empty: its schema needs a person",
    "success body missing from docs": "the docs show no body where the spec has one: omission or change?",
    "parameter missing from docs": "removing a parameter breaks callers that send it",
    "pagination parameter missing from spec": _PAGING,
    "pagination parameter missing from docs": _PAGING,
    "pagination parameter location differs": _PAGING,
    "pagination default differs": "a paging default is a decision the mock and the client share",
    "pagination maximum differs": "a paging maximum is a decision the mock and the client share",
    "request field missing from docs": "removing a request field breaks callers that send it",
    "required field only in an example": "the spec already requires it; the docs table is what is incomplete",
    "notification payload missing from spec": "a new notification needs a webhook written by a person",
    "notification missing from docs": "the docs no longer show a notification: omission or change?",
    "notification field missing from spec": _NOTIFICATION,
    "notification field missing from docs": _NOTIFICATION,
    "enum missing from spec": "a new enum needs a name and a home in the schemas",
    "enum value missing from docs": "response enums are open: a value the docs dropped may still be sent",
    "error code missing from docs": "the docs no longer list a code the spec has: omission or change?",
    "docs link to a page not in the snapshot": "a problem of the docs, not of the spec",
    "docs link to a missing section": "a problem of the docs, not of the spec",
    "docs example unreadable": "a problem of the docs, not of the spec",
    "page describes nothing": "a stub page: nothing on it to compare or propose",
    "parameter missing from spec": "a path parameter the spec's path lacks: the path itself changed",
    "stale allowlist entry": "the allowlist entry explains nothing any more: delete it",
}


@dataclass(frozen=True)
class ProposedAction:
    target: str
    description: str
    update: Any = None
    remove: bool = False
    findings: tuple[Finding, ...] = field(default=(), compare=False)

    def as_overlay(self) -> dict[str, Any]:
        action: dict[str, Any] = {"target": self.target, "description": self.description}
        if self.remove:
            action["remove"] = True
        else:
            action["update"] = self.update
        return action


@dataclass(frozen=True)
class LeftForAPerson:
    finding: Finding
    why: str

    @property
    def text(self) -> str:
        return f"{self.finding.text}: {self.why}"


@dataclass
class Proposal:
    actions: list[ProposedAction] = field(default_factory=list)
    left: list[LeftForAPerson] = field(default_factory=list)

    def document(self, title: str, version: str) -> dict[str, Any]:
        """The Overlay 1.0 document (``actions`` must not be empty: the schema wants one)."""
        return {
            "overlay": OVERLAY_VERSION,
            "info": {"title": title, "version": version},
            "actions": [action.as_overlay() for action in self.actions],
            "x-left-for-a-person": [
                {"finding": item.finding.key, "sources": list(item.finding.sources), "why": item.why}
                for item in self.left
            ],
        }


def _cite(finding: Finding, places: tuple[str, ...] | list[str] = ()) -> str:
    sources = list(places or finding.sources)
    where = f" (docs: {', '.join(sources)})" if sources else ""
    return f"{finding.key}{where}"


def _snake(title: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", title.lower()).strip("_")


class _Proposer:
    def __init__(self, spec: Node) -> None:
        self.spec = spec
        self.proposal = Proposal()
        # parent schema -> (names to require, names to no longer require, findings that asked)
        self.required: dict[Parts, tuple[set[str], set[str], list[Finding]]] = {}
        self.required_by: dict[tuple[Parts, str], list[Finding]] = defaultdict(list)
        self.dropped: dict[str, set[str]] = defaultdict(set)  # schema -> response fields the docs dropped

    # ------------------------------------------------------------- bookkeeping

    def act(
        self, finding: Finding, target: str, update: Any = None, *, remove: bool = False, note: str = ""
    ) -> None:
        description = _cite(finding) + (f". {note}" if note else "")
        self.proposal.actions.append(ProposedAction(target, description, update, remove, (finding,)))

    def leave(self, finding: Finding, why: str) -> None:
        self.proposal.left.append(LeftForAPerson(finding, why))

    def require(self, finding: Finding, parent: Parts, name: str, required: bool) -> None:
        adds, drops, asked = self.required.setdefault(parent, (set(), set(), []))
        (adds if required else drops).add(name)
        asked.append(finding)
        self.required_by[(parent, name)].append(finding)

    def required_actions(self) -> None:
        for parent, (adds, drops, asked) in self.required.items():
            for name in sorted(adds & drops):  # one page says required, another optional
                for finding in self.required_by[(parent, name)]:
                    self.leave(finding, f"the pages disagree whether {name} is required")
                    asked.remove(finding)
            adds, drops = adds - drops, drops - adds
            current = list(at(self.spec, parent).get("required") or [])
            wanted = [name for name in current if name not in drops] + sorted(adds - set(current))
            if wanted == current or not asked:
                continue
            description = "; ".join(dict.fromkeys(_cite(finding) for finding in asked))
            found = tuple(asked)
            if wanted:
                action = ProposedAction(jsonpath(parent), description, {"required": wanted}, findings=found)
            else:
                action = ProposedAction(
                    jsonpath((*parent, "required")), description, remove=True, findings=found
                )
            self.proposal.actions.append(action)

    # ------------------------------------------------------------- enums and codes

    def enum_value(self, finding: Finding) -> None:
        enum, value = finding.facts["enum"], finding.facts["value"]
        schema = (self.spec.get("components") or {}).get("schemas", {}).get(enum)
        if not isinstance(schema, dict) or not isinstance(schema.get("enum"), list):
            self.leave(finding, f"{enum} is not an enum schema of its own in the spec")
            return
        varnames = schema.get("x-enum-varnames")
        values = [*schema["enum"], value]
        named = [*varnames, re.sub(r"[^0-9A-Za-z]+", "_", value).strip("_").upper()] if varnames else None
        keys = python_enum_keys(values, named)
        if len(set(keys)) != len(keys) or not keys[-1]:
            self.leave(finding, f"its generated member name {keys[-1]!r} clashes: name it in x-enum-varnames")
            return
        parts = ("components", "schemas", enum)
        self.act(finding, jsonpath((*parts, "enum")), value)
        if named is not None:
            self.act(
                finding,
                jsonpath((*parts, "x-enum-varnames")),
                named[-1],
                note="Its generated member name (x-enum-varnames)",
            )

    def error_code(self, finding: Finding) -> None:
        operation: SpecOperation = finding.facts["operation"]
        documented: OperationFacts = finding.facts["documented"]
        code = finding.facts["code"]
        status = _status_showing(documented, code)
        if status is None:
            self.leave(finding, "the page lists the code without an answer that shows it: which status?")
            return
        where = operation_parts(operation.path, operation.method)
        enum = error_code_enum(self.spec, where, status)
        if enum is None:
            if response_key(self.spec, where, status) is None:
                why = f"the spec has no {status} answer here: a new error body needs a person"
            else:
                why = f"the {status} answer's body names its codes in no enum"
            self.leave(finding, why)
            return
        shared = ref_count(self.spec, "#/" + "/".join(map(str, enum)))
        note = f"Under {status}" + (f"; the enum is shared by {shared} answers" if shared > 1 else "")
        self.act(finding, jsonpath((*enum, "enum")), code, note=note)

    # ------------------------------------------------------------- fields

    def new_field(self, finding: Finding, root: Parts | None, value: JsonValue, *, table: Any = None) -> None:
        name: str = finding.facts["name"]
        if root is None:
            self.leave(finding, "the spec has no JSON body there to add the field to")
            return
        placed = field_parent(self.spec, root, name)
        if placed is None:
            self.leave(finding, "the field's parent is not one object schema in the spec (allOf or oneOf)")
            return
        parent, last = placed
        schema = schema_from_table(table.type) if table is not None else None
        doubts: list[str] = []
        if schema is None or (schema.get("type") in {"object", "array"} and value is not _MISSING):
            if value is _MISSING:
                schema, doubts = (
                    {},
                    [f"the docs give no type for it ({table.type if table else 'no example'})"],
                )
            else:
                schema, doubts = schema_from_value(value)
        review = "describe it in our own words" + "".join(f"; {doubt}" for doubt in doubts)
        node = {**schema, REVIEW: review + f" (docs: {', '.join(finding.sources)})"}
        properties = at(self.spec, parent).get("properties")
        if isinstance(properties, dict):
            self.act(finding, jsonpath((*parent, "properties")), {last: node})
        else:
            self.act(finding, jsonpath(parent), {"properties": {last: node}})
        if table is not None and table.required:
            self.require(finding, parent, last, True)

    def request_field(self, finding: Finding) -> None:
        operation: SpecOperation = finding.facts["operation"]
        documented: OperationFacts = finding.facts["documented"]
        name: str = finding.facts["name"]
        if any(parent in _missing_request(finding, operation) for parent in _parents(name)):
            return  # created whole with its parent
        table = documented.parameters.get("body", {}).get(name)
        value = _example_value(documented.operation.request_examples, name)
        root = request_schema(self.spec, operation_parts(operation.path, operation.method))
        self.new_field(finding, root, value, table=table)

    def response_field(self, finding: Finding) -> None:
        operation: SpecOperation = finding.facts["operation"]
        documented: OperationFacts = finding.facts["documented"]
        name: str = finding.facts["name"]
        if any(parent not in operation.response_fields for parent in _parents(name)):
            return  # created whole with its parent
        examples = [
            example
            for response in documented.operation.responses
            if response.status is None or 200 <= response.status < 300
            for example in response.examples
        ]
        root = success_schema(self.spec, operation_parts(operation.path, operation.method))
        self.new_field(finding, root, _example_value(examples, name))

    def dropped_response_field(self, finding: Finding) -> None:
        schema: str = finding.facts["schema"]
        name: str = finding.facts["name"]
        operations: list[SpecOperation] = finding.facts["operations"]
        shown_at: tuple[str, ...] = finding.facts["shown_at"]
        if any(parent in self.dropped[schema] for parent in _parents(name)):
            return  # its parent is deprecated as a whole
        components = (self.spec.get("components") or {}).get("schemas") or {}
        if schema in components:
            root: Parts | None = ("components", "schemas", schema)
        else:
            root = success_schema(self.spec, operation_parts(operations[0].path, operations[0].method))
        placed = field_parent(self.spec, root, name) if root is not None else None
        if placed is None:
            self.leave(finding, "the field's parent is not one object schema in the spec (allOf or oneOf)")
            return
        parent, last = placed
        member = (at(self.spec, parent).get("properties") or {}).get(last)
        if not isinstance(member, dict):
            self.leave(finding, "the field is not a schema object in the spec")
            return
        if member.get("deprecated") or follow(self.spec, (*parent, "properties", last))[1].get("deprecated"):
            self.leave(finding, "already deprecated: delete it in a major release, or allowlist it")
            return
        self.act(
            finding,
            jsonpath((*parent, "properties", last)),
            {"deprecated": True},
            note=f"No example of the docs shows it any more (read: {', '.join(shown_at) or 'none'})",
        )
        if last in (at(self.spec, parent).get("required") or []):
            self.require(finding, parent, last, False)

    def required_flag(self, finding: Finding) -> None:
        operation: SpecOperation = finding.facts["operation"]
        parameter = finding.facts["parameter"]
        where = operation_parts(operation.path, operation.method)
        if parameter.location == "body":
            root = request_schema(self.spec, where)
            placed = field_parent(self.spec, root, parameter.name) if root is not None else None
            if placed is None:
                self.leave(finding, "the field's parent is not one object schema in the spec")
                return
            self.require(finding, placed[0], placed[1], bool(parameter.required))
            return
        target, component = parameter_place(
            self.spec, operation.path, operation.method, parameter.location, parameter.name
        )
        if component is not None:
            users = ref_count(self.spec, f"#/components/parameters/{component}")
            if users > 1:
                self.leave(
                    finding, f"the parameter is shared ({component}, {users} operations): change it for all?"
                )
                return
        self.act(finding, target, {"required": bool(parameter.required)})

    def new_parameter(self, finding: Finding) -> None:
        operation: SpecOperation = finding.facts["operation"]
        parameter = finding.facts["parameter"]
        if parameter.location not in {"query", "header"}:
            self.leave(finding, JUDGMENT["parameter missing from spec"])
            return
        schema = schema_from_table(parameter.type)
        review = "describe it in our own words" + ("" if schema else "; the docs give no type")
        node = {
            "name": parameter.name,
            "in": parameter.location,
            "required": bool(parameter.required),
            "schema": schema or {"type": "string"},
            REVIEW: f"{review} (docs: {', '.join(finding.sources)})",
        }
        where = operation_parts(operation.path, operation.method)
        if isinstance(at(self.spec, where).get("parameters"), list):
            self.act(finding, jsonpath((*where, "parameters")), node)
        else:
            self.act(finding, jsonpath(where), {"parameters": [node]})

    # ------------------------------------------------------------- answers and endpoints

    def success_status(self, finding: Finding) -> None:
        operation: SpecOperation = finding.facts["operation"]
        documented: tuple[int, ...] = finding.facts["docs_statuses"]
        if len(documented) != 1 or len(operation.success) != 1:
            self.leave(finding, "several success statuses: which answer became which?")
            return
        (old,) = operation.success
        (new,) = documented
        where = operation_parts(operation.path, operation.method)
        key = response_key(self.spec, where, old)
        assert key is not None  # the spec's own success status
        responses = (*where, "responses")
        self.act(
            finding,
            jsonpath(responses),
            {str(new): at(self.spec, (*responses, key))},
            note=f"The {old} answer, moved to {new}; check prose that names the old status",
        )
        self.act(finding, jsonpath((*responses, key)), remove=True, note=f"{old} is now {new}")

    def dropped_endpoint(self, finding: Finding) -> None:
        operation: SpecOperation = finding.facts["operation"]
        if operation.deprecated:
            self.leave(finding, "already deprecated: delete it in a major release, or allowlist it")
            return
        target = jsonpath(operation_parts(operation.path, operation.method))
        self.act(finding, target, {"deprecated": True}, note="No page documents it any more")

    def new_endpoint(self, finding: Finding) -> None:
        if "documented" not in finding.facts:
            self.leave(finding, "one path per listed value: copy the sibling path's definition")
            return
        documented: list[OperationFacts] = finding.facts["documented"]
        page = documented[0]
        operation_id = _snake(page.operation.title)
        taken = {
            operation.get("operationId")
            for item in (self.spec.get("paths") or {}).values()
            for operation in (item or {}).values()
            if isinstance(operation, dict)
        }
        if not operation_id or operation_id in taken:
            self.leave(finding, f"its name {operation_id!r} is taken or empty: name the operation")
            return
        node = _new_operation(self.spec, page, operation_id, finding)
        path, method = page.path.template, page.method.lower()
        if path in (self.spec.get("paths") or {}):
            self.act(finding, jsonpath(("paths", path)), {method: node})
        else:
            self.act(finding, jsonpath(("paths",)), {path: {method: node}})

    # ------------------------------------------------------------- servers and auth

    def base_urls(self, findings: list[Finding]) -> None:
        bases = {finding.facts["base"] for finding in findings}
        servers = [s for s in self.spec.get("servers") or [] if isinstance(s, dict)]
        own = [f for f in findings if f.facts["operation"].base_urls != [str(s.get("url")) for s in servers]]
        if len(bases) != 1 or not servers or own:
            for finding in findings:
                self.leave(
                    finding, "the pages show several base URLs, or the operation has servers of its own"
                )
            return
        (base,) = bases
        old = str(servers[0]["url"])
        places = sorted({source for finding in findings for source in finding.sources})
        description = f"base URL {old} is now {base} (docs: {', '.join(places)})"
        target = "$['servers'][?@.url == '" + old.replace("'", "\\'") + "']"
        self.proposal.actions.append(
            ProposedAction(target, description, {"url": base}, findings=tuple(findings))
        )

    def auth_schemes(self, findings: list[Finding]) -> None:
        schemes = (self.spec.get("components") or {}).get("securitySchemes") or {}
        by_scheme: dict[tuple[str, str], list[Finding]] = defaultdict(list)
        for finding in findings:
            parameter = finding.facts["parameter"]
            by_scheme[(parameter.location, parameter.name)].append(finding)
        for (location, name), same in by_scheme.items():
            existing = [
                key
                for key, scheme in schemes.items()
                if isinstance(scheme, dict) and scheme.get("in") == location and scheme.get("name") == name
            ]
            scheme_name = existing[0] if existing else f"ApiKey{location.capitalize()}{_camel(name)}"
            places = sorted({source for finding in same for source in finding.sources})
            if not existing:
                node = {
                    "type": "apiKey",
                    "in": location,
                    "name": name,
                    REVIEW: "a new way to send the key: describe it, decide what it replaces "
                    f"(docs: {', '.join(places)})",
                }
                self.act(same[0], jsonpath(("components", "securitySchemes")), {scheme_name: node})
            for finding in same:
                operation: SpecOperation = finding.facts["operation"]
                where = operation_parts(operation.path, operation.method)
                if isinstance(at(self.spec, where).get("security"), list):
                    self.act(finding, jsonpath((*where, "security")), {scheme_name: []})
                else:
                    self.leave(finding, "the operation uses the document's security: change it for all?")

    # ------------------------------------------------------------- the run

    def run(self, findings: list[Finding]) -> Proposal:
        grouped: dict[str, list[Finding]] = defaultdict(list)
        for finding in findings:
            grouped[finding.kind].append(finding)
        for finding in grouped["response field missing from docs"]:
            self.dropped[finding.facts["schema"]].add(finding.facts["name"])
        one_by_one: dict[str, Callable[[Finding], None]] = {
            "enum value missing from spec": self.enum_value,
            "error code missing from spec": self.error_code,
            "request field missing from spec": self.request_field,
            "response field missing from spec": self.response_field,
            "response field missing from docs": self.dropped_response_field,
            "required differs": self.required_flag,
            "parameter missing from spec": self.new_parameter,
            "success status differs": self.success_status,
            "endpoint missing from docs": self.dropped_endpoint,
            "endpoint missing from spec": self.new_endpoint,
        }
        for kind, same in grouped.items():
            if kind == "base URL missing from spec":
                self.base_urls(same)
            elif kind == "auth scheme missing from spec":
                self.auth_schemes(same)
            elif kind in one_by_one:
                for finding in same:
                    one_by_one[kind](finding)
            else:
                for finding in same:
                    self.leave(finding, JUDGMENT.get(kind, "needs a person"))
        self.required_actions()
        return self.proposal


# ----------------------------------------------------------------- helpers


class _Missing:
    pass


_MISSING: Any = _Missing()


def _example_value(examples: list[Any], name: str) -> Any:
    """The first value an example shows for the field ``name`` (dotted, ``[]`` for items)."""
    for example in examples:
        try:
            parsed = example.value()
        except ExampleSyntaxError:
            continue
        for path, member in members_at(parsed):
            if real_name(path) == name:
                return member
    return _MISSING


def _status_showing(documented: OperationFacts, code: str) -> int | None:
    for response in documented.operation.responses:
        for example in response.examples:
            try:
                parsed = example.value()
            except ExampleSyntaxError:
                continue
            if isinstance(parsed, dict) and any(
                code in string_values(parsed.get(key)) for key in ("error", "errors")
            ):
                return response.status
    return None


def _missing_request(finding: Finding, operation: SpecOperation) -> set[str]:
    documented: OperationFacts = finding.facts["documented"]
    fields = set(documented.request_fields) | set(documented.parameters.get("body", {}))
    return fields - operation.request_fields


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[^0-9A-Za-z]+", name) if part)


def _new_operation(spec: Node, page: OperationFacts, operation_id: str, finding: Finding) -> dict[str, Any]:
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
    example: Any = _MISSING
    for candidate in page.operation.request_examples:
        try:
            example = candidate.value()
            break
        except ExampleSyntaxError:
            continue
    if not table and example is _MISSING:
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
        body: Any = _MISSING
        for example in response.examples:
            try:
                parsed = example.value()
            except ExampleSyntaxError:
                continue
            if isinstance(parsed, dict) and set(parsed) <= {"error", "errors"} and parsed:
                codes += [code for key in parsed for code in string_values(parsed[key])]
            elif body is _MISSING:
                body = parsed
        answer: dict[str, Any] = {"description": ""}
        if codes:
            error = {"type": "string", "enum": sorted(set(codes))}
            answer["content"] = {
                "application/json": {
                    "schema": {"type": "object", "required": ["error"], "properties": {"error": error}}
                }
            }
        elif body is not _MISSING:
            answer["content"] = {"application/json": {"schema": schema_from_value(body)[0]}}
        answers.setdefault(str(response.status), answer)
    return answers or {"default": {"description": ""}}


def propose(spec: Node, findings: list[Finding]) -> Proposal:
    """The overlay actions (and what is left for a person) for ``findings`` against ``spec``."""
    proposal = _Proposer(spec).run(findings)
    return _without_conflicts(proposal)


def _without_conflicts(proposal: Proposal) -> Proposal:
    """Two actions that set one value of one node differently: the pages disagree; keep neither."""
    settings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for action in proposal.actions:
        if isinstance(action.update, dict):
            for key, value in action.update.items():
                settings[(action.target, key)].add(repr(value))
    clashing = {target for (target, _), values in settings.items() if len(values) > 1}
    if not clashing:
        return proposal
    kept = [action for action in proposal.actions if action.target not in clashing]
    left = list(proposal.left)
    for action in proposal.actions:
        if action.target in clashing:
            left += [LeftForAPerson(finding, "the pages disagree about it") for finding in action.findings]
    return Proposal(kept, left)
