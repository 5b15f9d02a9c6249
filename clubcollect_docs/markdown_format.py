"""Page format 2 of 3, served markdown: a page as the live site serves it at its address + ``.md``.

Markdown keeps the structure the text rendering loses (headings, tables, tab titles with the
status code, fenced examples) but adds its own noise: ``<mark>`` tags around methods and
required markers, backslash escapes, ``{% ... %}`` blocks, front matter, and a generated
"Agent Instructions" tail that is not part of the API's documentation.

:class:`MarkdownReader` reads the markdown every format shares (headings, fences, tables,
bullets, links); the GitBook source reader extends it with the ``{% api-method %}`` blocks.
"""

from __future__ import annotations

import re

from clubcollect_docs.events import (
    OPERATION_URL,
    SECTIONS,
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
from clubcollect_docs.names import unescape_markdown
from clubcollect_docs.text_format import starts_example

_MARK = re.compile(r"</?mark[^>]*>")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_TAB = re.compile(r"""^\{%\s*tab\s+title="\s*(\d{3})\b[^"]*"\s*%\}$""")
TEMPLATE_TAG = re.compile(r"^\{%.*%\}$")
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
_BULLET = re.compile(r"^[*\-]\s+(.*)$")
_TABLE_SEPARATOR = re.compile(r"^:?-+:?$")
_TABLE_TOKEN = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_AGENT_TAIL = re.compile(r"^#{1,6}\s*Agent Instructions\b", re.IGNORECASE | re.MULTILINE)
_PARAMETER_SECTIONS = frozenset({"path", "query", "header", "body"})


def clean(text: str) -> str:
    return unescape_markdown(_MARK.sub("", text)).replace("`", "").strip()


def page_lines(text: str) -> list[str]:
    """The page's lines with the front matter and the generated tail blanked out.

    Blanking (rather than cutting) keeps every remaining line at its number in the file.
    """
    lines = text.splitlines()
    if lines and lines[0].strip() == "---":
        for end in range(1, len(lines)):
            if lines[end].strip() == "---":
                lines[: end + 1] = [""] * (end + 1)
                break
    tail = _AGENT_TAIL.search(text)
    if tail:
        first = text.count("\n", 0, tail.start())
        # the horizontal rule GitBook puts before the tail goes with it
        while first > 0 and lines[first - 1].strip() in {"", "---"}:
            first -= 1
        lines[first:] = [""] * (len(lines) - first)
    return lines


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


class MarkdownReader:
    """Turns the lines of a markdown page into events; one instance per page."""

    def __init__(self, text: str) -> None:
        self.lines = page_lines(text)
        self.events: list[Event] = []
        self.section: str | None = None
        self.title = ""
        self.table: str | None = None  # "parameters" or "line_types" while inside a table
        self.subtype_column: int | None = None
        self.index = 0  # of the next line to read

    def read(self) -> list[Event]:
        while self.index < len(self.lines):
            line = self.lines[self.index]
            self.index += 1
            self.line(line, self.index)
        return self.events

    def line(self, line: str, number: int) -> None:
        """Read one line (``number`` is 1-based); may consume following lines too."""
        stripped = line.strip()
        if stripped.startswith("```"):
            self.fence(number)
            return
        self.events.extend(Link(target, number) for target in _LINK.findall(line))
        if not stripped.startswith("|"):
            self.table = None
        text = clean(stripped)
        if not text:
            return
        if heading := _HEADING.match(text):
            self.heading(heading[2].strip(), number)
        elif tab := _TAB.match(stripped):
            self.events.append(Status(int(tab[1]), number))
        elif TEMPLATE_TAG.match(stripped):
            return
        elif url := OPERATION_URL.match(text):
            if url["method"]:
                self.events.append(OperationStart(url["method"].upper(), url["url"], self.title, number))
            self.section = None
        elif stripped.startswith("|"):
            self.table_row(stripped, number)
        elif bullet := _BULLET.match(text):
            self.events.append(Bullet(bullet[1].strip(), number))
        else:
            self.events.append(Prose(text, number))

    def heading(self, name: str, number: int) -> None:
        if name.lower() in SECTIONS:
            self.section = SECTIONS[name.lower()]
            self.events.append(Section(self.section, number))
        else:
            self.title, self.section = name, None
            self.events.append(Heading(name, number))

    def fence(self, number: int) -> None:
        """A fenced block opened on line ``number``: an example if it looks like JSON."""
        start = self.index
        while self.index < len(self.lines) and not self.lines[self.index].strip().startswith("```"):
            self.index += 1
        body = "\n".join(self.lines[start : self.index])
        self.index += 1  # the closing fence
        first = next(
            (i for i in range(start, min(self.index, len(self.lines))) if self.lines[i].strip()), None
        )
        if first is not None and starts_example(body.strip()):
            self.events.append(Example(body.strip(), first + 1))

    def table_row(self, row: str, number: int) -> None:
        cells = [clean(cell) for cell in _cells(row)]
        header = [cell.lower() for cell in cells]
        if all(_TABLE_SEPARATOR.match(cell) for cell in cells):
            return
        if header[:1] == ["type"] and header[-1:] == ["description"]:
            self.table = "line_types"  # "Type | Subtype | Description" or, older, "Type | Description"
            self.subtype_column = header.index("subtype") if "subtype" in header else None
        elif header[:3] == ["name", "type", "description"]:
            self.table = "parameters"
        elif self.table == "line_types" and _TABLE_TOKEN.match(cells[0]):  # not a "**Group**" row
            column = self.subtype_column
            subtype = (cells[column] or None) if column is not None and len(cells) > column else None
            self.events.append(LineTypeRow(cells[0], subtype, number))
        elif self.table == "parameters" and self.section in _PARAMETER_SECTIONS and cells[0]:
            # the site marks a required parameter with a red asterisk after its name
            name = cells[0]
            description = cells[2] if len(cells) > 2 else ""
            kind = cells[1].lower() if len(cells) > 1 and cells[1] else None
            required = name.endswith("*")
            self.events.append(ParameterRow(name.rstrip("*"), description, number, required, kind))


def markdown_page_events(text: str) -> list[Event]:
    return MarkdownReader(text).read()
