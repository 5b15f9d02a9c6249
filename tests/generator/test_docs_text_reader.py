"""The rendered-text reader (``text_page_events``) on short hand-written pages.

A 2020-rendered page is a flat run of lines: a misread shifts an example's end, turns a
heading into a parameter's description or drops a line type, and drift then compares the
wrong thing. Each test pins one of those readings, event by event, with the line each came from.
"""

from __future__ import annotations

import pytest

from clubcollect_docs.events import (
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
from clubcollect_docs.text_format import text_page_events


def events_of(*lines: str) -> list[Event]:
    return text_page_events("\n".join(lines) + "\n")


# ----------------------------------------------------------------- where an example ends

ONE_LINE_EXAMPLES = {
    "a string member": '{"state": "open"}',
    "a bracket inside a string": '{"note": "{"}',
    "an escaped quote inside a string": '{"note": "say \\"{\\" twice"}',
    "an escaped quote before a bracket": '{"note": "q\\"{"}',
    "a capital X inside a string": '{"code": "X"}',
    "a bare capital X, not a bracket": '{"amount": X}',
    "nested brackets": '{"page": {"page_number": [1, 2]}}',
}


@pytest.mark.parametrize("example", ONE_LINE_EXAMPLES.values(), ids=ONE_LINE_EXAMPLES.keys())
def test_a_one_line_example_ends_on_its_line(example: str) -> None:
    """Brackets inside strings (escaped quotes too) and other characters do not count."""
    assert events_of(example, "After the example.") == [Example(example, 1), Prose("After the example.", 2)]


MULTI_LINE_EXAMPLES = {
    "a bare capital X in a member": ["{", '"amount": X,', '"currency": "EUR"', "}"],
    "two brackets opened on one line": ['{"page": {"page_number": 1},', '"tickets": [', "]", "}"],
    "a list of objects": ["[", '{"id": "a"},', '{"id": "b", "tags": ["x", "y"]}', "]"],
}


@pytest.mark.parametrize("example", MULTI_LINE_EXAMPLES.values(), ids=MULTI_LINE_EXAMPLES.keys())
def test_a_multi_line_example_ends_where_its_brackets_balance(example: list[str]) -> None:
    after = len(example) + 1
    assert events_of(*example, "After the example.") == [
        Example("\n".join(example), 1),
        Prose("After the example.", after),
    ]


def test_an_example_without_outer_braces_takes_every_following_member_line() -> None:
    """The pages' list examples lack their outer braces: each ``"name":`` line still belongs."""
    lines = ['"tickets": [', '{"ticket_id": "t1"}', "]", '"page": {"page_number": 1}', '"total": 3']
    assert events_of(*lines, "After the example.") == [
        Example("\n".join(lines), 1),
        Prose("After the example.", 6),
    ]


@pytest.mark.parametrize("first", ['{"a": 1}', "[1, 2]"])
def test_a_braced_example_does_not_take_a_member_line_after_it(first: str) -> None:
    """Once an example that opened with a brace balances, a ``"name":`` line starts a new one."""
    assert events_of(first, '"b": 2') == [Example(first, 1), Example('"b": 2', 2)]


# ----------------------------------------------------------------- parameter tables


def test_parameter_rows_with_and_without_presence_and_description() -> None:
    events = events_of(
        "Body Parameters",
        "title*",
        "required",
        "string",
        "The title.",
        "count",
        "Integer",
        "How many.",
        "TOTAL_TAX",
        "optional",
        "number",
        "Response",
    )
    assert events == [
        Section("body", 1),
        # the site's required asterisk goes, every other character of the name stays
        ParameterRow("title", "The title.", 2, required=True, type="string"),
        ParameterRow("count", "How many.", 6, required=None, type="integer"),
        ParameterRow("TOTAL_TAX", "", 9, required=False, type="number"),
        Section("response", 12),
    ]


def test_a_parameter_name_written_with_blank_lines_between_its_cells() -> None:
    events = events_of("Query Parameters", "", "page", "", "optional", "", "integer", "", "Page to show.")
    assert events == [
        Section("query", 1),
        ParameterRow("page", "Page to show.", 3, required=False, type="integer"),
    ]


STRUCTURE_AFTER_A_ROW = {
    "a section heading": ("Headers", Section),
    "a status line": ("200: OK", Status),
    "an example": ("{", Example),
    "a braceless example": ('"import_id": "a1"', Example),
    "an operation URL": ("GET https://x.test/api/v2/things", OperationStart),
}


@pytest.mark.parametrize(("line", "kind"), STRUCTURE_AFTER_A_ROW.values(), ids=STRUCTURE_AFTER_A_ROW.keys())
def test_a_row_without_description_leaves_the_next_structure_line_alone(line: str, kind: type) -> None:
    """The line after a row's type is its description only if it is not page structure."""
    first, row, structure = events_of("Path Parameters", "id", "required", "string", line)
    assert (first, row) == (Section("path", 1), ParameterRow("id", "", 2, required=True, type="string"))
    assert (type(structure), structure.line) == (kind, 5)


def test_presence_and_type_words_are_never_parameter_names() -> None:
    events = events_of("Body Parameters", "required", "string", "Orphan words.")
    assert [e for e in events if isinstance(e, ParameterRow)] == []
    assert events[1:] == [Prose("required", 2), Prose("string", 3), Prose("Orphan words.", 4)]


def test_a_presence_line_makes_a_row_only_before_a_type() -> None:
    events = events_of("Body Parameters", "note", "optional", "Free text, not a type.")
    assert events[1:] == [Prose("note", 2), Prose("optional", 3), Prose("Free text, not a type.", 4)]


def test_only_a_presence_word_may_stand_between_a_name_and_its_type() -> None:
    """Any other word there is the name: the line before it is prose."""
    events = events_of("Body Parameters", "title", "mandatory", "string")
    assert events[1:] == [Prose("title", 2), ParameterRow("mandatory", "", 3, required=None, type="string")]


# ----------------------------------------------------------------- line type tables


def test_line_type_rows_with_and_without_subtypes_and_their_lines() -> None:
    events = events_of(
        "TypeSubtypeDescription",
        "PAYMENT",
        "ideal",
        "A payment by bank transfer.",
        "",
        "FEE",
        "A fee line.",
        "CREDIT",
        "refund",
        "DEBIT",
        "A debit line.",
        "The table ends at this sentence.",
        "CLOSING",
    )
    assert events == [
        LineTypeRow("PAYMENT", "ideal", 2),
        LineTypeRow("FEE", None, 6),
        LineTypeRow("CREDIT", "refund", 8),  # its description is missing: DEBIT starts the next row
        LineTypeRow("DEBIT", None, 10),
        Prose("The table ends at this sentence.", 12),
        Prose("CLOSING", 13),
    ]


def test_a_line_type_table_at_the_end_of_the_page_keeps_its_last_row() -> None:
    assert events_of("TypeSubtypeDescription", "PAYMENT") == [LineTypeRow("PAYMENT", None, 2)]
    assert events_of("TypeSubtypeDescription", "PAYMENT", "ideal") == [LineTypeRow("PAYMENT", "ideal", 2)]


def test_a_line_type_table_whose_first_line_is_no_row_is_empty() -> None:
    assert events_of("TypeSubtypeDescription", "No rows yet.", "PAYMENT") == [
        Prose("No rows yet.", 2),
        Prose("PAYMENT", 3),
    ]


# ----------------------------------------------------------------- where an operation starts


def test_the_title_is_the_line_right_above_the_url() -> None:
    events = events_of("Things", "Show Thing", "GET https://x.test/api/v2/things/:id")
    assert events[-1:] == [OperationStart("GET", "https://x.test/api/v2/things/:id", "Show Thing", 3)]


def test_an_operation_on_the_first_line_has_no_title() -> None:
    """Nothing above it: the title is empty, not some line from elsewhere on the page."""
    events = events_of("GET https://x.test/api/v2/things", "List the things.")
    assert events == [
        OperationStart("GET", "https://x.test/api/v2/things", "", 1),
        Prose("List the things.", 2),
    ]


def test_the_method_and_title_come_from_the_two_lines_above_the_url_only() -> None:
    """A URL with no method next to it is a link in prose, not an operation."""
    events = events_of("get", "Show Thing", "See the list at:", "https://x.test/api/v2/things", "Done.")
    assert [e for e in events if isinstance(e, OperationStart)] == []
    assert events[-1] == Prose("Done.", 5)


def test_two_method_lines_above_the_url_leave_the_title_empty() -> None:
    events = events_of("Intro.", "post", "get", "https://x.test/api/v2/things")
    assert events[-1:] == [OperationStart("GET", "https://x.test/api/v2/things", "", 4)]


def test_bullets_one_per_line_in_any_of_the_three_marks() -> None:
    assert events_of("• ideal", "* sdd", "- credit:card", "-not a bullet") == [
        Bullet("ideal", 1),
        Bullet("sdd", 2),
        Bullet("credit:card", 3),
        Prose("-not a bullet", 4),
    ]
