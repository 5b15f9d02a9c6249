"""What the pages state, in the terms the comparison with the spec needs.

From the pages read by :mod:`clubcollect_docs.pages`: per operation the parameter names by
location, request and response field paths and error codes; across pages the values each
spec enum is shown with, the links between pages and the anchors they can point to. Every
fact keeps the places it was read from.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from clubcollect_docs.model import DocsExample, DocsLink, DocsOperation, DocsPage, DocsParameter, Where
from clubcollect_docs.names import DocsPath, real_name, slug
from clubcollect_docs.tolerant_json import (
    ExampleSyntaxError,
    JsonValue,
    field_paths,
    members_at,
    string_values,
)

_ERROR_KEYS = frozenset({"error", "errors"})
NO_BODY = frozenset({204, 205, 304})  # statuses that never carry a body
# Headers the spec expresses through media types, not as parameters.
NOT_PARAMETER_HEADERS = frozenset({"content-type", "accept"})
# "One of: { a b c }", "From `{ a b c }`" (backticks are gone by now) and "(allowed: a, b)"
_CHOICES = re.compile(r"(?:one of|from):?\s*\{([^}]*)\}|\(allowed:\s*([^)]*)\)", re.IGNORECASE)
# Parameters (not body fields) whose documented choices are a spec enum.
_PARAMETER_ENUMS = {"status": "TicketStatus"}
_PLACEHOLDER = re.compile(r"^\.*$|\s|^<.*>$")  # "...", "", prose and "<unique-id>" are not values


def enum_for_field(path: str) -> str | None:
    """The spec enum a documented field or parameter draws its values from, by field name."""
    last = path.rsplit(".", 1)[-1]
    parent = path.rsplit(".", 1)[0] if "." in path else ""
    if last == "type" and parent.endswith("invoice_lines[]"):
        return "LineType"
    if last == "subtype" and parent.endswith("invoice_lines[]"):
        return "LineSubtype"
    if last == "type" and parent.endswith("messages[]"):
        return "MessageType"
    named = {
        "payment_method": "PaymentMethod",
        "sender": "TicketSender",
        "currency": "Currency",
        "locale": "Locale",
        "brand": "Brand",
    }
    if last in named:
        return named[last]
    if last.endswith("_currency"):
        return "Currency"
    return None


@dataclass
class ParsedExample:
    example: DocsExample
    value: JsonValue

    @property
    def is_error(self) -> bool:
        return isinstance(self.value, dict) and bool(self.value) and set(self.value) <= _ERROR_KEYS

    def error_codes(self) -> list[str]:
        assert isinstance(self.value, dict)
        return [code for key in self.value for code in string_values(self.value[key])]

    def fields(self) -> set[str]:
        return {real_name(path) for path in field_paths(self.value)}


@dataclass
class OperationFacts:
    """One documented operation and what the comparison reads from it, each with its place."""

    operation: DocsOperation
    # location ("path", "query", "header", "body") -> name -> parameter (path ones renamed like the URL's)
    parameters: dict[str, dict[str, DocsParameter]] = field(default_factory=lambda: defaultdict(dict))
    auth: list[DocsParameter] = field(default_factory=list)  # the API key parameters
    request_fields: dict[str, Where] = field(default_factory=dict)
    response_fields: dict[str, Where] = field(default_factory=dict)
    error_codes: dict[str, Where] = field(default_factory=dict)
    # 2xx status -> whether the page shows a body (None: documented without saying)
    success: dict[int, bool | None] = field(default_factory=dict)

    @property
    def page(self) -> str:
        return self.operation.page

    @property
    def where(self) -> Where:
        return self.operation.where

    @property
    def path(self) -> DocsPath:
        return self.operation.path

    @property
    def method(self) -> str:
        return self.operation.method

    @property
    def endpoint(self) -> str:
        return self.operation.endpoint

    def names(self, location: str) -> set[str]:
        return set(self.parameters.get(location, {}))


@dataclass
class DocsFacts:
    pages: list[DocsPage] = field(default_factory=list)
    operations: list[OperationFacts] = field(default_factory=list)
    # enum name -> value -> places that show it
    enum_values: dict[str, dict[str, set[Where]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set))
    )
    problems: list[str] = field(default_factory=list)  # examples that cannot be read, with place

    @property
    def links(self) -> list[DocsLink]:
        return [link for page in self.pages for link in page.links]

    @property
    def anchors(self) -> dict[str, set[str]]:
        """Page stem ("invoice") -> anchors of its operation titles."""
        found: dict[str, set[str]] = defaultdict(set)
        for page in self.pages:
            found[PurePosixPath(page.page).stem] |= page.anchors
        return found

    def add_enum_value(self, enum: str, value: str, where: Where) -> None:
        if not _PLACEHOLDER.search(value):
            self.enum_values[enum][value].add(where)

    def parse_quietly(self, example: DocsExample) -> ParsedExample | None:
        """The example parsed, or None (its problem is recorded when :meth:`parse` saw it)."""
        try:
            return ParsedExample(example, example.value())
        except ExampleSyntaxError:
            return None

    def parse(self, example: DocsExample) -> ParsedExample | None:
        try:
            parsed = ParsedExample(example, example.value())
        except ExampleSyntaxError as error:
            self.problems.append(f"{example.where}: {error}")
            return None
        for path, member in members_at(parsed.value):
            enum = enum_for_field(real_name(path))
            if enum:
                for text in string_values(member):
                    self.add_enum_value(enum, text, example.where_is_value(text))
        return parsed


def parameter_choices(parameter: DocsParameter) -> tuple[str, ...]:
    """The values a parameter's description allows, if it lists them."""
    choices = _CHOICES.search(parameter.description)
    if choices is None:
        return ()
    return tuple(value for value in re.split(r"[\s,|]+", choices[1] or choices[2]) if value)


def is_auth_parameter(parameter: DocsParameter) -> bool:
    """The API key, as the ``Authorization`` header or an ``api_key``-like parameter."""
    name = parameter.name.lower().replace("-", "_")
    if parameter.location == "header" and name == "authorization":
        return True
    return parameter.location in {"query", "header", "path"} and (
        "api_key" in name
        or "apikey" in name
        or re.search(r"\bapi key\b", parameter.description, re.I) is not None
    )


def _operation_facts(facts: DocsFacts, operation: DocsOperation) -> OperationFacts:
    found = OperationFacts(operation)
    for parameter in operation.parameters:
        if is_auth_parameter(parameter):
            found.auth.append(parameter)
        elif not (parameter.location == "header" and parameter.name.lower() in NOT_PARAMETER_HEADERS):
            found.parameters[parameter.location].setdefault(parameter.name, parameter)
        enum = _PARAMETER_ENUMS.get(parameter.name) or enum_for_field(parameter.name)
        if enum:
            for value in parameter_choices(parameter):
                facts.add_enum_value(enum, value, parameter.where)
    for bullet in operation.error_bullets:
        found.error_codes.setdefault(bullet.code, bullet.where)
    for example in operation.request_examples:
        if (parsed := facts.parse(example)) is not None:
            for name in sorted(parsed.fields()):
                found.request_fields.setdefault(name, example.where_is(name))
    for response in operation.responses:
        success = response.status is not None and 200 <= response.status < 300
        if success and response.status is not None:
            shown = True if response.examples else (False if response.status in NO_BODY else None)
            found.success[response.status] = found.success.get(response.status) or shown
        for example in response.examples:
            parsed = facts.parse(example)
            if parsed is None:
                continue
            if parsed.is_error:
                for code in parsed.error_codes():
                    found.error_codes.setdefault(code, example.where_is_value(code))
            elif response.status is None or success:
                for name in sorted(parsed.fields()):
                    found.response_fields.setdefault(name, example.where_is(name))
    return found


_NOTIFICATION = re.compile(r"notification|webhook|callback", re.IGNORECASE)


def notification_payloads(facts: DocsFacts) -> dict[str, dict[str, Where]]:
    """Payloads shown outside operations under a notification heading: "page#heading" -> field -> place."""
    found: dict[str, dict[str, Where]] = defaultdict(dict)
    for page in facts.pages:
        for payload in page.payloads:
            if not _NOTIFICATION.search(payload.heading) and not _NOTIFICATION.search(page.title):
                continue
            parsed = facts.parse_quietly(payload.example)
            if parsed is None:
                continue
            label = f"{PurePosixPath(page.page).name}#{slug(payload.heading)}"
            for name in sorted(parsed.fields()):
                found[label].setdefault(name, payload.example.where_is(name))
    return found


def docs_facts(pages: list[DocsPage]) -> DocsFacts:
    facts = DocsFacts(pages=pages)
    for page in pages:
        for operation in page.operations:
            facts.operations.append(_operation_facts(facts, operation))
        for payload in page.payloads:
            facts.parse(payload.example)
        for row in page.line_types:
            facts.add_enum_value("LineType", row.type, row.where)
            if row.subtype:
                facts.add_enum_value("LineSubtype", row.subtype, row.where)
        for values in page.value_lists:
            # bare values right after a sentence naming an enum field list that enum
            for word in re.findall(r"[a-z_]+", real_name(values.intro)):
                if enum := enum_for_field(word):
                    for value, where in values.values:
                        if re.match(r"^[a-z][a-z0-9_]*$", value):
                            facts.add_enum_value(enum, value, where)
                    break
    return facts
