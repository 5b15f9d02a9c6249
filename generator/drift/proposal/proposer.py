"""One handler per kind of finding: the overlay actions it settles, or why a person must."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from clubcollect_docs.tolerant_json import JsonValue
from generator.common.spec_refs import Node
from generator.drift.compare import Finding, _parents
from generator.drift.docs_facts import OperationFacts
from generator.drift.proposal.examples import MISSING, example_value, status_showing
from generator.drift.proposal.field_types import schema_from_table, schema_from_value
from generator.drift.proposal.judgment import JUDGMENT
from generator.drift.proposal.model import REVIEW, LeftForAPerson, Proposal, ProposedAction, cite
from generator.drift.proposal.new_endpoint import new_operation, operation_name
from generator.drift.proposal.spec_places import (
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
from generator.drift.spec_facts import SpecOperation
from generator.lint.rules import python_enum_keys


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
        description = cite(finding) + (f". {note}" if note else "")
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
            description = "; ".join(dict.fromkeys(cite(finding) for finding in asked))
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
        status = status_showing(documented, code)
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
        if schema is None or (schema.get("type") in {"object", "array"} and value is not MISSING):
            if value is MISSING:
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
        value = example_value(documented.operation.request_examples, name)
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
        self.new_field(finding, root, example_value(examples, name))

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
        operation_id = operation_name(page.operation.title)
        taken = {
            operation.get("operationId")
            for item in (self.spec.get("paths") or {}).values()
            for operation in (item or {}).values()
            if isinstance(operation, dict)
        }
        if not operation_id or operation_id in taken:
            self.leave(finding, f"its name {operation_id!r} is taken or empty: name the operation")
            return
        node = new_operation(self.spec, page, operation_id, finding)
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


def _missing_request(finding: Finding, operation: SpecOperation) -> set[str]:
    documented: OperationFacts = finding.facts["documented"]
    fields = set(documented.request_fields) | set(documented.parameters.get("body", {}))
    return fields - operation.request_fields


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[^0-9A-Za-z]+", name) if part)


def propose(spec: Node, findings: list[Finding]) -> Proposal:
    """The overlay actions (and what is left for a person) for ``findings`` against ``spec``."""
    proposal = _Proposer(spec).run(findings)
    return without_conflicts(proposal)


def without_conflicts(proposal: Proposal) -> Proposal:
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
