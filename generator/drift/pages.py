"""Read a folder of the vendor's documentation pages, in any of its three formats, into operations.

The public entry points are :func:`read_folder` (every operation of every page) and
:func:`read_pages` (the pages themselves, with what lies outside operations: line type
tables, value lists, links, webhook payloads). Each operation keeps what an integration
depends on, each piece with the page and line it was read from: method, documented URL
(host included), parameters by location with their required flags, and the examples, the
responses' per status code.

Formats are recognised by content, not by name alone: a ``.md`` page with ``{% api-method %}``
blocks is GitBook source, any other ``.md`` page served markdown, a ``.txt`` page rendered
text. A page in no recognised format, or from which nothing can be read, is an error naming
the file: a folder is never silently compared as empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from generator.drift.events import (
    Bullet,
    Event,
    Example,
    Heading,
    LineTypeRow,
    Link,
    OperationStart,
    ParameterRow,
    Prose,
    Section,
    Status,
)
from generator.drift.gitbook_format import GitBookSourceError, gitbook_page_events, looks_like_gitbook_source
from generator.drift.markdown_format import markdown_page_events
from generator.drift.names import DocsPath, base_url, docs_path, real_name, slug
from generator.drift.site import page_role
from generator.drift.text_format import text_page_events
from generator.drift.tolerant_json import JsonValue, parse_example

# Files of a docs folder that describe the folder, not the API.
NOT_PAGES = frozenset({"FACTS.md", "README.md", "SUMMARY.md"})
PAGE_SUFFIXES = frozenset({".txt", ".md"})
# Saved web pages are not one of the formats: say so instead of skipping them.
UNREADABLE_SUFFIXES = frozenset({".html", ".htm"})
PARAMETER_LOCATIONS = ("path", "query", "header", "body")
_ERROR_CODE = re.compile(r"^[a-z][a-z0-9_]*$")

FORMAT_TEXT = "rendered text"
FORMAT_MARKDOWN = "served markdown"
FORMAT_GITBOOK = "GitBook source"


class DocsReadError(ValueError):
    """One or more pages could not be read; ``problems`` names each file (and line)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


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


class _Fold:
    """Folds one page's events into a :class:`DocsPage`."""

    def __init__(self, page: DocsPage) -> None:
        self.page = page
        self.operation: DocsOperation | None = None
        self.section: str | None = None
        self.response: DocsResponse | None = None
        self.heading = ""
        self.last_prose = ""
        self.values: list[tuple[str, int]] = []  # bullets of bare values after last_prose
        self.errors_listed = False  # an error bullet was read in the current "errors" section

    def where(self, line: int) -> Where:
        return Where(self.page.page, line)

    def read(self, events: list[Event]) -> DocsPage:
        for event in events:
            if not isinstance(event, Bullet):
                self.flush_values()
            self.apply(event)
        self.flush_values()
        return self.page

    def apply(self, event: Event) -> None:
        if isinstance(event, OperationStart):
            self.operation = DocsOperation(
                self.page.page,
                event.title,
                event.method,
                event.url,
                docs_path(event.url),
                self.where(event.line),
            )
            self.page.operations.append(self.operation)
            self.section, self.response = None, None
        elif isinstance(event, Heading):
            if not self.page.title:
                self.page.title = event.text
            self.heading = event.text
            self.operation, self.section, self.response = None, None, None
        elif isinstance(event, Section):
            self.section = event.kind
            self.errors_listed = False
            if event.kind in {"response", "example_request", "request"}:
                self.response = None
        elif isinstance(event, Status):
            if self.operation is not None:
                self.response = DocsResponse(event.code, self.where(event.line))
                self.operation.responses.append(self.response)
        elif isinstance(event, ParameterRow):
            self.parameter(event)
        elif isinstance(event, Example):
            self.example(event)
        elif isinstance(event, Bullet):
            self.bullet(event)
        elif isinstance(event, LineTypeRow):
            self.page.line_types.append(DocsLineType(event.type, event.subtype, self.where(event.line)))
        elif isinstance(event, Link):
            self.page.links.append(DocsLink(self.page.page, event.target, self.where(event.line)))
        elif isinstance(event, Prose):
            if not self.page.title:
                self.page.title = event.text
            if self.section == "errors" and self.errors_listed:
                self.section = None  # prose after the list: the error list has ended
            self.last_prose = event.text

    def parameter(self, row: ParameterRow) -> None:
        if self.operation is None or self.section not in PARAMETER_LOCATIONS:
            return
        name = real_name(row.name)
        path = self.operation.path
        location = self.section
        if name in path.rendered_params:
            # ":id" renamed like the URL's; a page that files it under query still means the path
            name, location = path.params[path.rendered_params.index(name)], "path"
        self.operation.parameters.append(
            DocsParameter(name, location, row.required, row.type, row.description, self.where(row.line))
        )

    def example(self, event: Example) -> None:
        example = DocsExample(event.text, self.where(event.line))
        if self.operation is None:
            self.page.payloads.append(DocsPayload(self.heading or self.page.title, example))
        elif self.section == "example_request":
            self.operation.request_examples.append(example)
        else:
            if self.response is None:  # an example under no status: the page does not say which
                self.response = DocsResponse(None, example.where)
                self.operation.responses.append(self.response)
            self.response.examples.append(example)

    def bullet(self, event: Bullet) -> None:
        token = real_name(event.text)
        if self.section == "errors" and self.operation is not None:
            code = real_name(event.text.split(":", 1)[0]).strip()  # "invalid_foo: what it means"
            if _ERROR_CODE.match(code):  # with or without a description
                self.operation.error_bullets.append(DocsErrorCode(code, self.where(event.line)))
                self.errors_listed = True
            return
        if token and " " not in token:
            self.values.append((token, event.line))
        else:
            self.flush_values()

    def flush_values(self) -> None:
        if self.values:
            values = tuple((value, self.where(line)) for value, line in self.values)
            self.page.value_lists.append(DocsValueList(self.last_prose, values))
            self.values = []


def page_format(path: Path, text: str) -> str | None:
    """The page's format, or ``None`` when it is none of the three."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype", "<html", "<?xml")) or "\x00" in text:
        return None
    if path.suffix == ".md":
        return FORMAT_GITBOOK if looks_like_gitbook_source(text) else FORMAT_MARKDOWN
    if path.suffix == ".txt":
        return FORMAT_TEXT
    return None


def read_page(path: Path, name: str) -> DocsPage:
    """One page; raises :class:`DocsReadError` naming the file when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DocsReadError([f"{name}: cannot be read ({error})"]) from error
    kind = page_format(path, text)
    if kind is None:
        raise DocsReadError(
            [f"{name}: not a docs page in a known format (rendered text, served markdown, GitBook source)"]
        )
    try:
        if kind == FORMAT_GITBOOK:
            events = gitbook_page_events(text)
        elif kind == FORMAT_MARKDOWN:
            events = markdown_page_events(text)
        else:
            events = text_page_events(text)
    except GitBookSourceError as error:
        raise DocsReadError([f"{name}: {error}"]) from error
    page = _Fold(DocsPage(name, kind)).read(events)
    if page.is_empty and page_role(name) == "reference":
        raise DocsReadError([f"{name}: no operation, table or example could be read ({kind})"])
    return page


def docs_files(folder: Path) -> list[Path]:
    """Candidate pages below ``folder`` (any depth), hidden folders and folder notes left out."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.name in NOT_PAGES:
            continue
        if path.suffix in PAGE_SUFFIXES | UNREADABLE_SUFFIXES:
            found.append(path)
    return found


def read_pages(folder: Path) -> list[DocsPage]:
    """Every page of the folder; raises :class:`DocsReadError` listing every page that failed."""
    if not folder.is_dir():
        raise DocsReadError([f"{folder}: not a folder"])
    pages: list[DocsPage] = []
    problems: list[str] = []
    for path in docs_files(folder):
        try:
            pages.append(read_page(path, PurePosixPath(path.relative_to(folder)).as_posix()))
        except DocsReadError as error:
            problems += error.problems
    if not pages and not problems:
        problems.append(f"{folder}: no docs pages (.md, .txt) in this folder")
    if problems:
        raise DocsReadError(problems)
    return pages


def read_folder(folder: Path) -> list[DocsOperation]:
    """Every operation documented in ``folder``, in page order."""
    return [operation for page in read_pages(folder) for operation in page.operations]
