"""What a docs page says, as a flat stream of events, whatever format the page came in.

The two page readers (rendered text, GitBook markdown) each turn a page into these events;
:mod:`generator.drift.pages` turns the events into endpoints, parameters and enum values.
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
    url: str
    title: str
    line: int


@dataclass(frozen=True)
class Section:
    kind: str  # a value of SECTIONS


@dataclass(frozen=True)
class ParameterRow:
    name: str  # as rendered; the parser undoes the ':' artefact
    description: str


@dataclass(frozen=True)
class Status:
    code: int


@dataclass(frozen=True)
class Example:
    text: str
    line: int


@dataclass(frozen=True)
class Bullet:
    text: str


@dataclass(frozen=True)
class Prose:
    text: str


@dataclass(frozen=True)
class LineTypeRow:
    type: str
    subtype: str | None


@dataclass(frozen=True)
class Link:
    target: str
    line: int


Event: TypeAlias = (
    OperationStart | Section | ParameterRow | Status | Example | Bullet | Prose | LineTypeRow | Link
)
