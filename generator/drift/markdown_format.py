"""Events of a GitBook markdown page (``ticket.md``, ``partner-integration.md``).

Markdown keeps the structure the text rendering loses (headings, tables, tab titles with the
status code, fenced examples) but adds its own noise: ``<mark>`` tags around methods and
required markers, backslash escapes, ``{% ... %}`` blocks, front matter, and a generated
"Agent Instructions" tail that is not part of the API's documentation.
"""

from __future__ import annotations

import re

from generator.drift.events import (
    OPERATION_URL,
    SECTIONS,
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
from generator.drift.names import unescape_markdown
from generator.drift.text_format import starts_example

_MARK = re.compile(r"</?mark[^>]*>")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_TAB = re.compile(r"""^\{%\s*tab\s+title="\s*(\d{3})\b[^"]*"\s*%\}$""")
_TEMPLATE_TAG = re.compile(r"^\{%.*%\}$")
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
_BULLET = re.compile(r"^[*\-]\s+(.*)$")
_TABLE_SEPARATOR = re.compile(r"^:?-+:?$")
_AGENT_TAIL = re.compile(r"^#{1,6}\s*Agent Instructions\b", re.IGNORECASE | re.MULTILINE)
_PARAMETER_SECTIONS = frozenset({"path", "query", "header", "body"})


def _clean(text: str) -> str:
    return unescape_markdown(_MARK.sub("", text)).replace("`", "").strip()


def _without_boilerplate(text: str) -> str:
    """Drop the front matter and the generated tail (with its ``---`` rule)."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            text = text[end + 4 :]
    tail = _AGENT_TAIL.search(text)
    if tail:
        text = text[: tail.start()].rstrip().removesuffix("---")
    return text


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def markdown_page_events(text: str) -> list[Event]:
    lines = _without_boilerplate(text).splitlines()
    events: list[Event] = []
    section: str | None = None
    title = ""
    table: str | None = None  # "parameters" or "line_types" while inside a table
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        index += 1
        if stripped.startswith("```"):
            start = index
            while index < len(lines) and not lines[index].strip().startswith("```"):
                index += 1
            body = "\n".join(lines[start:index]).strip()
            index += 1  # the closing fence
            if body and starts_example(body):
                events.append(Example(body, start + 1))
            continue
        events.extend(Link(target, index) for target in _LINK.findall(line))
        if not stripped.startswith("|"):
            table = None
        clean = _clean(stripped)
        if not clean:
            continue
        if heading := _HEADING.match(clean):
            name = heading[2].strip()
            if name.lower() in SECTIONS:
                section = SECTIONS[name.lower()]
                events.append(Section(section))
            else:
                title, section = name, None
                events.append(Prose(name))
            continue
        if tab := _TAB.match(stripped):
            events.append(Status(int(tab[1])))
            continue
        if _TEMPLATE_TAG.match(stripped):
            continue
        if url := OPERATION_URL.match(clean):
            if url["method"]:
                events.append(OperationStart(url["method"].upper(), url["url"], title, index))
            section = None
            continue
        if stripped.startswith("|"):
            cells = [_clean(cell) for cell in _cells(stripped)]
            header = [cell.lower() for cell in cells]
            if all(_TABLE_SEPARATOR.match(cell) for cell in cells):
                continue
            if header[:3] == ["type", "subtype", "description"]:
                table = "line_types"
            elif header[:3] == ["name", "type", "description"]:
                table = "parameters"
            elif table == "line_types" and cells[0]:
                events.append(LineTypeRow(cells[0], cells[1] or None if len(cells) > 1 else None))
            elif table == "parameters" and section in _PARAMETER_SECTIONS and cells[0]:
                description = cells[2] if len(cells) > 2 else ""
                events.append(ParameterRow(cells[0].rstrip("*"), description))
            continue
        if bullet := _BULLET.match(clean):
            events.append(Bullet(bullet[1].strip()))
            continue
        events.append(Prose(clean))
    return events
