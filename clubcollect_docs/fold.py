"""Folds one page's events (from any of the three format readers) into a :class:`DocsPage`."""

from __future__ import annotations

import re

from clubcollect_docs.events import (
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
from clubcollect_docs.model import (
    PARAMETER_LOCATIONS,
    DocsErrorCode,
    DocsExample,
    DocsLineType,
    DocsLink,
    DocsOperation,
    DocsPage,
    DocsParameter,
    DocsPayload,
    DocsResponse,
    DocsValueList,
    Where,
)
from clubcollect_docs.names import docs_path, real_name

_ERROR_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


class PageFold:
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
