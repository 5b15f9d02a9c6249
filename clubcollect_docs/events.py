"""What a docs page says, as a flat stream of events, whatever format the page came in.

Each page-format reader (rendered text, served markdown, GitBook source) turns a page into
these events; :mod:`clubcollect_docs.pages` folds them into operations. Every event carries the
1-based line of the page it comes from, so each finding can name its page and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypeAlias

HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
# "GET https://app.example.com/api/v2/invoices/:id" (the method may sit on an earlier line).
OPERATION_URL = re.compile(
    r"^(?:(?P<method>GET|POST|PUT|PATCH|DELETE)\s+)?(?P<url>https?://\S+/api/v\d+(?:/\S*)?)$",
    re.IGNORECASE,
)
PARAMETER_TYPES = frozenset({"string", "integer", "number", "boolean", "object", "array"})

# Section headings, lower-cased, and the kind of content that follows each.
SECTIONS = {
    "path parameters": "path",
    "query parameters": "query",
    "headers": "header",
    "body parameters": "body",
    "request body": "body",
    "example request body": "example_request",
    "request": "request",
    "response": "response",
    "error messages": "errors",
}


@dataclass(frozen=True)
class OperationStart:
    method: str
    url: str  # as documented, host included: "https://app.clubcollect.com/api/v2/imports/:id"
    title: str
    line: int


@dataclass(frozen=True)
class Section:
    kind: str  # a value of SECTIONS
    line: int = 0


@dataclass(frozen=True)
class Heading:
    """A heading that is not a section name: it ends the previous operation's scope."""

    text: str
    line: int = 0


@dataclass(frozen=True)
class ParameterRow:
    name: str  # as rendered; the fold undoes the ':' artefact
    description: str
    line: int = 0
    required: bool | None = None  # None: the page does not say
    type: str | None = None


@dataclass(frozen=True)
class Status:
    code: int
    line: int = 0


@dataclass(frozen=True)
class Example:
    text: str
    line: int


@dataclass(frozen=True)
class Bullet:
    text: str
    line: int = 0


@dataclass(frozen=True)
class Prose:
    text: str
    line: int = 0


@dataclass(frozen=True)
class LineTypeRow:
    type: str
    subtype: str | None
    line: int = 0


@dataclass(frozen=True)
class Link:
    target: str
    line: int


Event: TypeAlias = (
    OperationStart | Section | Heading | ParameterRow | Status | Example | Bullet | Prose | LineTypeRow | Link
)
