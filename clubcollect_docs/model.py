"""What a vendor docs page says, as read: operations, parameters, examples, responses, tables, links.

Every piece keeps the page and line it was read from (:class:`Where`), so a report can cite it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from clubcollect_docs.names import DocsPath, base_url, slug
from clubcollect_docs.tolerant_json import JsonValue, parse_example

PARAMETER_LOCATIONS = ("path", "query", "header", "body")


@dataclass(frozen=True, order=True)
class Where:
    """A place in the docs folder: page path (relative, ``/``-separated) and 1-based line."""

    page: str
    line: int

    def __str__(self) -> str:
        return f"{self.page}:{self.line}"


@dataclass(frozen=True)
class DocsExample:
    """A JSON example exactly as the page writes it (JSON only in spirit, see ``tolerant_json``)."""

    text: str
    where: Where

    def value(self) -> JsonValue:
        """The example parsed tolerantly; raises ``ExampleSyntaxError`` when it cannot be."""
        return parse_example(self.text)

    def where_is(self, field_path: str) -> Where:
        """The line where the example first writes the last name of ``field_path`` as a key."""
        name = re.escape(field_path.rsplit(".", 1)[-1].removesuffix("[]")).replace("_", "[_:]")
        return self._first(re.compile(rf'"{name}"\s*:'))

    def where_is_value(self, value: str) -> Where:
        """The line where the example first shows ``value`` (an error code, an enum value)."""
        return self._first(re.compile(rf"\b{re.escape(value)}\b"))

    def _first(self, pattern: re.Pattern[str]) -> Where:
        for offset, line in enumerate(self.text.splitlines()):
            if pattern.search(line):
                return Where(self.where.page, self.where.line + offset)
        return self.where


@dataclass(frozen=True)
class DocsParameter:
    name: str  # real name: "api_key", "page_number", "customer.name.last_name"
    location: str  # one of PARAMETER_LOCATIONS
    required: bool | None  # None: the page does not say
    type: str | None
    description: str
    where: Where

    @property
    def deprecated(self) -> bool:
        return "deprecated" in self.description.lower()


@dataclass
class DocsResponse:
    """One documented answer: its status (``None`` when the page shows none) and its examples.

    A response with no example is documented without a body (for 204) or without showing it.
    """

    status: int | None
    where: Where
    examples: list[DocsExample] = field(default_factory=list)


@dataclass(frozen=True)
class DocsErrorCode:
    code: str
    where: Where


@dataclass
class DocsOperation:
    page: str
    title: str
    method: str
    url: str  # as documented: "https://app.clubcollect.com/api/v2/imports/:id"
    path: DocsPath
    where: Where
    parameters: list[DocsParameter] = field(default_factory=list)
    responses: list[DocsResponse] = field(default_factory=list)
    request_examples: list[DocsExample] = field(default_factory=list)
    error_bullets: list[DocsErrorCode] = field(default_factory=list)  # "Error Messages" lists

    @property
    def endpoint(self) -> str:
        return f"{self.method} {self.path.template}"

    @property
    def base_url(self) -> str:
        """Scheme, host and version prefix: ``https://app.clubcollect.com/api/v2``."""
        return base_url(self.url)

    def parameters_in(self, location: str) -> list[DocsParameter]:
        return [p for p in self.parameters if p.location == location]

    def examples_for(self, status: int | None) -> list[DocsExample]:
        return [e for r in self.responses if r.status == status for e in r.examples]

    @property
    def statuses(self) -> list[int | None]:
        return list(dict.fromkeys(r.status for r in self.responses))


@dataclass(frozen=True)
class DocsPayload:
    """An example outside every operation, under the heading it sits below (webhook bodies)."""

    heading: str
    example: DocsExample


@dataclass(frozen=True)
class DocsLineType:
    type: str
    subtype: str | None
    where: Where


@dataclass(frozen=True)
class DocsValueList:
    """Bare values listed as bullets right after a sentence (``payment_method`` ... one of:)."""

    intro: str
    values: tuple[tuple[str, Where], ...]  # each value with its bullet's place


@dataclass(frozen=True)
class DocsLink:
    page: str
    target: str
    where: Where


@dataclass
class DocsPage:
    page: str  # path relative to the folder: "api-documentation/import.md", "import.txt"
    format: str
    title: str = ""
    operations: list[DocsOperation] = field(default_factory=list)
    payloads: list[DocsPayload] = field(default_factory=list)
    line_types: list[DocsLineType] = field(default_factory=list)
    value_lists: list[DocsValueList] = field(default_factory=list)
    links: list[DocsLink] = field(default_factory=list)

    @property
    def anchors(self) -> set[str]:
        return {slug(operation.title) for operation in self.operations}

    @property
    def examples(self) -> list[DocsExample]:
        found = [p.example for p in self.payloads]
        for operation in self.operations:
            found += operation.request_examples
            found += [e for r in operation.responses for e in r.examples]
        return found

    @property
    def is_empty(self) -> bool:
        return not (self.operations or self.payloads or self.line_types or self.value_lists)
