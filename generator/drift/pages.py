"""What the vendor's pages document: endpoints, their parameters, fields and error codes, and
the values of the enums, read from a folder of pages as published.

Pages ending in ``.md`` are read as GitBook markdown, everything else as rendered text.
``FACTS.md`` and ``README.md`` describe the snapshot rather than the API and are skipped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from generator.drift.events import (
    Bullet,
    Event,
    Example,
    LineTypeRow,
    Link,
    OperationStart,
    ParameterRow,
    Prose,
    Section,
    Status,
)
from generator.drift.markdown_format import markdown_page_events
from generator.drift.names import DocsPath, docs_path, real_name, slug
from generator.drift.text_format import text_page_events
from generator.drift.tolerant_json import (
    ExampleSyntaxError,
    field_paths,
    members_at,
    parse_example,
    string_values,
)

NOT_PAGES = frozenset({"FACTS.md", "README.md"})
_ERROR_CODE = re.compile(r"^[a-z][a-z0-9_]*$")
_ERROR_KEYS = frozenset({"error", "errors"})
_ONE_OF = re.compile(r"one of:?\s*\{([^}]*)\}", re.IGNORECASE)  # "One of: { a b c }"
# Parameters (not body fields) whose documented choices are a spec enum.
_PARAMETER_ENUMS = {"status": "TicketStatus"}
_PLACEHOLDER = re.compile(r"^\.*$|\s")  # "...", "" and prose are not enum values


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
class DocsOperation:
    page: str
    title: str
    method: str
    path: DocsPath
    line: int
    # location ("path", "query", "body") -> parameter names, path ones renamed like the URL's
    parameters: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    request_fields: set[str] = field(default_factory=set)
    response_fields: set[str] = field(default_factory=set)
    error_codes: set[str] = field(default_factory=set)

    @property
    def endpoint(self) -> str:
        return f"{self.method} {self.path.template}"


@dataclass(frozen=True)
class DocsLink:
    page: str
    target: str


@dataclass
class DocsModel:
    operations: list[DocsOperation] = field(default_factory=list)
    # enum name -> value -> pages that show it
    enum_values: dict[str, dict[str, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set))
    )
    links: list[DocsLink] = field(default_factory=list)
    # page stem ("invoice") -> anchors of its operation titles
    anchors: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    problems: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)

    def add_enum_value(self, enum: str, value: str, page: str) -> None:
        if not _PLACEHOLDER.search(value):
            self.enum_values[enum][value].add(page)


class _PageReader:
    """Folds one page's events into the model."""

    def __init__(self, model: DocsModel, page: str) -> None:
        self.model = model
        self.page = page
        self.operation: DocsOperation | None = None
        self.section: str | None = None
        self.status: int | None = None
        self.last_prose = ""

    def read(self, events: list[Event]) -> None:
        for event in events:
            self.apply(event)

    def apply(self, event: Event) -> None:
        if isinstance(event, OperationStart):
            self.operation = DocsOperation(
                self.page, event.title, event.method, docs_path(event.url), event.line
            )
            self.model.operations.append(self.operation)
            self.model.anchors[Path(self.page).stem].add(slug(event.title))
            self.section, self.status = None, None
        elif isinstance(event, Section):
            self.section = event.kind
            if event.kind in {"response", "example_request"}:
                self.status = None
        elif isinstance(event, Status):
            self.status = event.code
        elif isinstance(event, ParameterRow):
            self.parameter(event)
        elif isinstance(event, Example):
            self.example(event)
        elif isinstance(event, Bullet):
            self.bullet(event.text)
        elif isinstance(event, LineTypeRow):
            self.model.add_enum_value("LineType", event.type, self.page)
            if event.subtype:
                self.model.add_enum_value("LineSubtype", event.subtype, self.page)
        elif isinstance(event, Link):
            self.model.links.append(DocsLink(self.page, event.target))
        elif isinstance(event, Prose):
            self.last_prose = event.text

    def parameter(self, row: ParameterRow) -> None:
        if self.operation is None or self.section not in {"path", "query", "body"}:
            return
        name = real_name(row.name)
        path = self.operation.path
        if self.section == "path" and name in path.rendered_params:
            name = path.params[path.rendered_params.index(name)]
        self.operation.parameters[self.section].add(name)
        enum = _PARAMETER_ENUMS.get(name) or enum_for_field(name)
        choices = _ONE_OF.search(row.description)
        if enum and choices:
            for value in re.split(r"[\s,|]+", choices[1]):
                if value:
                    self.model.add_enum_value(enum, value, self.page)

    def example(self, event: Example) -> None:
        if self.operation is None:
            return
        try:
            value = parse_example(event.text)
        except ExampleSyntaxError as error:
            self.model.problems.append(f"{self.page}:{event.line}: {error}")
            return
        for path, member in members_at(value):
            enum = enum_for_field(real_name(path))
            if enum:
                for text in string_values(member):
                    self.model.add_enum_value(enum, text, self.page)
        if isinstance(value, dict) and value and set(value) <= _ERROR_KEYS:
            for key in value:
                for code in string_values(value[key]):
                    self.operation.error_codes.add(code)
            return
        fields = {real_name(path) for path in field_paths(value)}
        if self.section == "example_request":
            self.operation.request_fields |= fields
        elif self.status is None or 200 <= self.status < 300:
            self.operation.response_fields |= fields

    def bullet(self, text: str) -> None:
        if self.section == "errors" and self.operation is not None and ":" in text:
            code = real_name(text.split(":", 1)[0])  # "invalid_foo: what it means"
            if _ERROR_CODE.match(code):
                self.operation.error_codes.add(code)
            return
        # A list of bare values right after prose naming an enum field lists that enum.
        token = real_name(text)
        if _ERROR_CODE.match(token):
            for word in re.findall(r"[a-z_]+", real_name(self.last_prose)):
                if enum := enum_for_field(word):
                    self.model.add_enum_value(enum, token, self.page)
                    break


def page_events(path: Path) -> list[Event]:
    text = path.read_text(encoding="utf-8")
    return markdown_page_events(text) if path.suffix == ".md" else text_page_events(text)


PAGE_SUFFIXES = frozenset({".txt", ".md"})


def docs_pages(docs_dir: Path) -> list[Path]:
    return sorted(
        p for p in docs_dir.iterdir() if p.is_file() and p.suffix in PAGE_SUFFIXES and p.name not in NOT_PAGES
    )


def read_docs(docs_dir: Path) -> DocsModel:
    model = DocsModel()
    for path in docs_pages(docs_dir):
        model.pages.append(path.name)
        _PageReader(model, path.name).read(page_events(path))
    return model
