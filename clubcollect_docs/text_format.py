"""Page format 1 of 3, rendered text: a page as GitBook rendered it to plain text (``import.txt``).

Rendering flattened everything to lines: parameter tables become runs of
``name / [required|optional] / type / description`` lines, tab titles become lines such as
``200: OK`` or disappear, and the "Request"/"Response" tab markers stay as noise lines.
"""

from __future__ import annotations

import re

from clubcollect_docs.events import (
    HTTP_METHODS,
    OPERATION_URL,
    PARAMETER_TYPES,
    SECTIONS,
    Bullet,
    Event,
    Example,
    LineTypeRow,
    OperationStart,
    ParameterRow,
    Prose,
    Section,
    Status,
)

_STATUS = re.compile(r"^(\d{3}):\s")
_BULLET = re.compile(r"^[•*\-]\s+(.*)$")
_MEMBER_START = re.compile(r'^"[^"]*"\s*:')
_TABLE_TOKEN = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")
_PRESENCE = frozenset({"required", "optional"})
_PARAMETER_SECTIONS = frozenset({"path", "query", "header", "body"})


def starts_example(line: str) -> bool:
    return line.startswith(("{", "[")) or _MEMBER_START.match(line) is not None


def _nonblank_after(lines: list[str], index: int) -> int | None:
    for j in range(index + 1, len(lines)):
        if lines[j].strip():
            return j
    return None


def _nonblank_before(lines: list[str], index: int, count: int) -> list[str]:
    found: list[str] = []
    for j in range(index - 1, -1, -1):
        if lines[j].strip():
            found.append(lines[j].strip())
            if len(found) == count:
                break
    return found


def _type_line_after_name(lines: list[str], index: int) -> int | None:
    """Index of the type line if ``lines[index]`` names a parameter, else None."""
    name = lines[index].strip().lower()
    if name in PARAMETER_TYPES or name in _PRESENCE:
        return None
    first = _nonblank_after(lines, index)
    if first is None:
        return None
    if lines[first].strip().lower() in PARAMETER_TYPES:
        return first
    second = _nonblank_after(lines, first)
    if (
        lines[first].strip().lower() in _PRESENCE
        and second is not None
        and lines[second].strip().lower() in PARAMETER_TYPES
    ):
        return second
    return None


def _is_structure(line: str) -> bool:
    return (
        line.lower() in SECTIONS
        or _STATUS.match(line) is not None
        or OPERATION_URL.match(line) is not None
        or starts_example(line)
    )


def _parameter_at(lines: list[str], index: int) -> tuple[ParameterRow, int] | None:
    type_line = _type_line_after_name(lines, index)
    if type_line is None:
        return None
    presence = _nonblank_after(lines, index)
    marker = lines[presence].strip().lower() if presence is not None and presence < type_line else None
    required = {"required": True, "optional": False}.get(marker or "")
    description = ""
    after = _nonblank_after(lines, type_line)
    next_index = type_line + 1
    if after is not None:
        candidate = lines[after].strip()
        if not _is_structure(candidate) and _type_line_after_name(lines, after) is None:
            description = candidate
            next_index = after + 1
    name = lines[index].strip()
    row = ParameterRow(
        name.rstrip("*"),
        description,
        index + 1,
        required=required,
        type=lines[type_line].strip().lower(),
    )
    return row, next_index


def _bracket_depth_change(line: str) -> int:
    depth = 0
    in_string = escaped = False
    for char in line:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return depth


def _collect_example(lines: list[str], start: int) -> tuple[str, int]:
    """The example starting at ``start`` and the index after it.

    It ends where its brackets balance, unless it started without an outer brace: then
    further ``"name":`` lines still belong to it (the pages' brace-less list examples).
    """
    braceless = not lines[start].strip().startswith(("{", "["))
    collected: list[str] = []
    depth = 0
    index = start
    while index < len(lines):
        stripped = lines[index].strip()
        if collected and depth <= 0 and not (braceless and _MEMBER_START.match(stripped)):
            break
        collected.append(lines[index])
        depth += _bracket_depth_change(stripped)
        index += 1
    return "\n".join(collected), index


def _line_type_table(lines: list[str], start: int, events: list[Event]) -> int:
    """Rows of a flattened Type/Subtype/Description table; returns where the table ends.

    Each row is a type token, an optional subtype token and a description sentence; the
    table ends at the first line that fits none of these.
    """
    current: str | None = None
    current_line = 0
    state = "type"  # what the next line may be: "type", "after_type", "after_subtype"
    index = start
    while index < len(lines):
        stripped = lines[index].strip()
        if not stripped:
            index += 1
            continue
        is_token = _TABLE_TOKEN.match(stripped) is not None
        if state == "type":
            if not is_token:
                break
            current, current_line, state = stripped, index + 1, "after_type"
        elif state == "after_type":
            assert current is not None
            if is_token:
                events.append(LineTypeRow(current, stripped, current_line))
                state = "after_subtype"
            else:
                events.append(LineTypeRow(current, None, current_line))
                state = "type"
        elif is_token:  # after a subtype, a token means the description was missing
            current, current_line, state = stripped, index + 1, "after_type"
        else:
            state = "type"
        index += 1
    if state == "after_type" and current is not None:
        events.append(LineTypeRow(current, None, current_line))
    return index


def text_page_events(text: str) -> list[Event]:
    lines = text.splitlines()
    events: list[Event] = []
    section: str | None = None
    index = 0
    while index < len(lines):
        stripped = lines[index].strip()
        if not stripped:
            index += 1
            continue
        url_match = OPERATION_URL.match(stripped)
        if url_match:
            before = _nonblank_before(lines, index, 2)
            method = url_match["method"] or next((b for b in before if b.upper() in HTTP_METHODS), None)
            title = next((b for b in before if b.upper() not in HTTP_METHODS), "")
            if method is not None:
                events.append(OperationStart(method.upper(), url_match["url"], title, index + 1))
            section = None
            index += 1
            continue
        if stripped.lower() in SECTIONS:
            section = SECTIONS[stripped.lower()]
            events.append(Section(section, index + 1))
            index += 1
            continue
        if stripped == "TypeSubtypeDescription":
            index = _line_type_table(lines, index + 1, events)
            continue
        status = _STATUS.match(stripped)
        if status:
            events.append(Status(int(status[1]), index + 1))
            index += 1
            continue
        if starts_example(stripped):
            example, after = _collect_example(lines, index)
            events.append(Example(example, index + 1))
            index = after
            continue
        bullet = _BULLET.match(stripped)
        if bullet:
            events.append(Bullet(bullet[1].strip(), index + 1))
            index += 1
            continue
        if section in _PARAMETER_SECTIONS:
            row = _parameter_at(lines, index)
            if row is not None:
                events.append(row[0])
                index = row[1]
                continue
        events.append(Prose(stripped, index + 1))
        index += 1
    return events
