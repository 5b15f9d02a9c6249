"""The served-markdown reader (``markdown_page_events``) on short hand-written pages.

Markdown keeps the structure the rendered text loses, but brings its own noise: front matter,
``<mark>`` tags, escapes, template tags and a generated tail. Each test pins what one page
shape reads as, event by event, with the line each came from.
"""

from __future__ import annotations

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
from clubcollect_docs.markdown_format import markdown_page_events, page_lines

URL = "https://x.test/api/v2/things/:id"


def events_of(*lines: str) -> list[Event]:
    return markdown_page_events("\n".join(lines) + "\n")


def test_an_operation_with_marks_links_bullets_and_prose() -> None:
    events = events_of(
        "# Things",
        "See [the guide](guide.md) and [the list](https://x.test/list).",
        "## Show Thing",
        f'<mark style="color:green;">`GET`</mark> `{URL}`',
        "- ideal",
        "* credit\\_card",
        "Plain prose with `code` and <mark>marks</mark>.",
    )
    assert events == [
        Heading("Things", 1),
        Link("guide.md", 2),
        Link("https://x.test/list", 2),
        Prose("See [the guide](guide.md) and [the list](https://x.test/list).", 2),
        Heading("Show Thing", 3),
        OperationStart("GET", URL, "Show Thing", 4),
        Bullet("ideal", 5),
        Bullet("credit_card", 6),
        Prose("Plain prose with code and marks.", 7),
    ]


def test_an_operation_before_any_heading_has_no_title_and_a_url_alone_none() -> None:
    assert events_of(f"POST {URL}", URL) == [OperationStart("POST", URL, "", 1)]


def test_a_url_line_ends_the_parameter_section() -> None:
    events = events_of(
        "## Query Parameters", "| Name | Type | Description |", URL, "| page | integer | Page. |"
    )
    assert events == [Section("query", 1)]


def test_parameter_tables_by_section_with_required_marks_and_short_rows() -> None:
    events = events_of(
        "## Show Thing",
        f"GET {URL}",
        "#### Path Parameters",
        "| Name | Type | Description |",
        "| :--- | ---: | :---: |",
        '| id<mark style="color:red;">*</mark> | String | The `thing`. |',
        "| page\\_size | integer |  |",
        "| untyped |  | No type. |",
        "| pair | string |",
        "| bare |",
        "|  | string | No name. |",
    )
    assert events[2:] == [
        Section("path", 3),
        ParameterRow("id", "The thing.", 6, required=True, type="string"),
        ParameterRow("page_size", "", 7, required=False, type="integer"),
        ParameterRow("untyped", "No type.", 8, required=False, type=None),
        ParameterRow("pair", "", 9, required=False, type="string"),
        ParameterRow("bare", "", 10, required=False, type=None),
    ]


def test_a_parameter_table_outside_a_parameter_section_or_after_prose_gives_no_rows() -> None:
    events = events_of(
        "## Response",
        "| Name | Type | Description |",
        "| id | string | Not a parameter here. |",
        "## Body Parameters",
        "| Name | Type | Description |",
        "Prose ends the table.",
        "| title | string | Too late. |",
    )
    assert events == [Section("response", 1), Section("body", 4), Prose("Prose ends the table.", 6)]


def test_line_type_tables_with_and_without_a_subtype_column() -> None:
    events = events_of(
        "| Type | Subtype | Description |",
        "| --- | --- | --- |",
        "| **Payments** | | |",
        "| PAYMENT | ideal | A payment. |",
        "| FEE |  | A fee. |",
        "| SHORT |",
        "",
        "| TYPE | DESCRIPTION |",
        "| DEBIT | A debit. |",
        "",
        "| Description | Type |",
        "| CREDIT | x |",
    )
    assert events == [
        LineTypeRow("PAYMENT", "ideal", 4),
        LineTypeRow("FEE", None, 5),
        LineTypeRow("SHORT", None, 6),
        LineTypeRow("DEBIT", None, 9),
    ]


def test_tab_titles_give_statuses_and_json_fences_examples() -> None:
    events = events_of(
        "{% tabs %}",
        '{% tab title="200: OK Found" %}',
        "```json",
        "",
        '{"thing_id": "a"}',
        "```",
        "{% endtab %}",
        '{% tab title="404" %}',
        "```",
        "not json at all",
        "```",
        "```",
        "```",
        '{% tab title="Two hundred" %}',
        "{% endtabs %}",
    )
    assert events == [Status(200, 2), Example('{"thing_id": "a"}', 5), Status(404, 8)]


def test_an_unclosed_fence_takes_the_rest_of_the_page() -> None:
    assert events_of("Intro.", "```json", '"a": 1', '"b": 2') == [
        Prose("Intro.", 1),
        Example('"a": 1\n"b": 2', 3),
    ]
    assert events_of("```") == []


def test_a_multi_line_fence_keeps_its_text() -> None:
    events = events_of("```json", "{", '  "a": 1', "}", "```", "After.")
    assert events == [Example('{\n  "a": 1\n}', 2), Prose("After.", 6)]


# ----------------------------------------------------------------- front matter and the generated tail


def test_front_matter_is_blanked_keeping_line_numbers() -> None:
    text = "---\ndescription: Things.\n---\n# Things\n\n---\nAfter a rule.\n"
    assert page_lines(text) == ["", "", "", "# Things", "", "---", "After a rule."]
    assert markdown_page_events(text) == [Heading("Things", 4), Prose("---", 6), Prose("After a rule.", 7)]


def test_empty_front_matter_and_an_unclosed_one() -> None:
    assert page_lines("---\n---\n# Things\n---\nx\n") == ["", "", "# Things", "---", "x"]
    assert page_lines("---\n# Things\n") == ["---", "# Things"]
    assert page_lines("# Things\n---\nx\n---\n") == ["# Things", "---", "x", "---"]


def test_the_generated_tail_and_the_rule_and_blanks_before_it_are_blanked() -> None:
    text = "---\nfront: matter\n---\n# Things\nLast words.\n---\n\n## Agent Instructions\nDo this.\n"
    assert page_lines(text) == ["", "", "", "# Things", "Last words.", "", "", "", ""]


def test_the_tail_stops_backing_up_at_the_first_content_line() -> None:
    assert page_lines("Last words.\n---\n## agent instructions\nDo this.\n") == ["Last words.", "", "", ""]
    assert page_lines("\nContent.\n## Agent Instructions\n") == ["", "Content.", ""]
    assert page_lines("---\n## Agent Instructions\nx\n") == ["", "", ""]
    assert page_lines("\n## Agent Instructions\nx\n\n") == ["", "", "", ""]


def test_a_table_written_without_spaces_keeps_every_character_of_its_cells() -> None:
    events = events_of(
        "## Headers",
        "|Name|Type|Description|Default|",
        "|X-Trace-X*|string|Xylophone id.|none|",
    )
    assert events == [
        Section("header", 1),
        ParameterRow("X-Trace-X", "Xylophone id.", 3, required=True, type="string"),
    ]
