"""The GitBook source reader (``gitbook_page_events``) on short hand-written ``api-method`` blocks.

The source keeps the most structure of the three formats: each tag says which parameter group,
status or summary follows. Each test pins what one block shape reads as, event by event, with its
line, and that a block the reader cannot make sense of stops the read naming its line.
"""

from __future__ import annotations

import pytest

from clubcollect_docs.events import Event, Example, OperationStart, ParameterRow, Prose, Section, Status
from clubcollect_docs.gitbook_format import GitBookSourceError, gitbook_page_events, looks_like_gitbook_source


def events_of(*lines: str) -> list[Event]:
    return gitbook_page_events("\n".join(lines) + "\n")


def test_an_operation_block_read_whole() -> None:
    events = events_of(
        '{% api-method method="post" host="https://x.test/api/" path="v2/things/:id" %}',  # 1
        "{% api-method-summary %}",
        "Update",
        "  Thing",
        "{% endapi-method-summary %}",  # 5
        "{% api-method-description %}",
        "Changes a thing.",
        "{% endapi-method-description %}",
        "{% api-method-spec %}",
        "{% api-method-request %}",  # 10
        "{% api-method-path-parameters %}",
        '{% api-method-parameter name="id" type="string" required=true %}',
        "The thing.",
        "{% endapi-method-parameter %}",
        "{% endapi-method-path-parameters %}",  # 15
        "{% api-method-query-parameters %}",
        '{% api-method-parameter name="api\\_key" type=string required="FALSE" %}',
        "Key: &lt;api\\_key&gt;",
        "",
        "(deprecated)",  # 20
        "{% endapi-method-parameter %}",
        "{% endapi-method-query-parameters %}",
        "{% api-method-headers %}",
        '{% api-method-parameter name="Authorization" %}',
        "{% endapi-method-parameter %}",  # 25
        "{% endapi-method-headers %}",
        "{% api-method-form-data-parameters %}",
        '{% api-method-parameter name="title" type="" required="maybe" %}',
        "{% endapi-method-parameter %}",
        "{% endapi-method-form-data-parameters %}",  # 30
        "{% endapi-method-request %}",
        "{% api-method-response %}",
        '{% api-method-response-example httpCode="200" %}',
        "{% api-method-response-example-description %}",
        "Updated.",  # 35
        "{% endapi-method-response-example-description %}",
        "```json",
        '{"thing_id": "a"}',
        "```",
        "{% endapi-method-response-example %}",  # 40
        "{% endapi-method-response %}",
        "{% endapi-method-spec %}",
        "{% endapi-method %}",
    )
    assert events == [
        OperationStart("POST", "https://x.test/api/v2/things/:id", "Update Thing", 1),
        Prose("Changes a thing.", 7),
        Section("path", 11),
        ParameterRow("id", "The thing.", 12, required=True, type="string"),
        Section("query", 16),
        ParameterRow("api_key", "Key: <api_key> (deprecated)", 17, required=False, type="string"),
        Section("header", 23),
        ParameterRow("Authorization", "", 24, required=None, type=None),
        Section("body", 27),
        ParameterRow("title", "", 28, required=None, type=None),
        Section("response", 32),
        Status(200, 33),
        Prose("Updated.", 35),
        Example('{"thing_id": "a"}', 38),
    ]


def test_the_title_is_the_summary_within_the_next_six_lines_only() -> None:
    events = events_of(
        '{% api-method method="get" host="https://x.test/api" path="/v2/things" %}',
        "{% api-method-spec %}",
        "{% endapi-method-spec %}",
        "",
        "",
        "",
        "",
        "{% api-method-summary %}",
        "Too far",
        "{% endapi-method-summary %}",
    )
    assert events[0] == OperationStart("GET", "https://x.test/api/v2/things", "", 1)
    assert events[1:] == []  # a summary is never prose


def test_a_summary_right_at_the_end_of_the_page() -> None:
    events = events_of(
        "Intro.",
        "{%api-method method=get host=https://x.test/api path=/v2/things%}",
        "{% api-method-summary %}",
        "List `Things`",
    )
    assert events == [
        Prose("Intro.", 1),
        OperationStart("GET", "https://x.test/api/v2/things", "List Things", 2),
    ]


def test_a_parameter_after_its_group_ended_is_refused() -> None:
    with pytest.raises(GitBookSourceError, match=r"^line 6: parameter 'late' outside a parameter group$"):
        events_of(
            '{% api-method method="get" host="https://x.test/api" path="/v2/things" %}',
            "{% api-method-spec %}",
            "{% api-method-request %}",
            "{% api-method-query-parameters %}",
            "{% endapi-method-query-parameters %}",
            '{% api-method-parameter name="late" %}',
            "{% endapi-method-parameter %}",
        )


@pytest.mark.parametrize("end", ["{% endapi-method-spec %}", "{% endapi-method-response %}"])
def test_the_end_of_the_spec_or_response_ends_the_group(end: str) -> None:
    with pytest.raises(GitBookSourceError, match=r"^line 4: parameter 'x' outside"):
        events_of("{% api-method-cookies %}", end, "Prose between.", '{% api-method-parameter name="x" %}')


def test_cookies_are_a_group_of_their_own() -> None:
    events = events_of(
        "{% api-method-cookies %}",
        '{% api-method-parameter name="session" %}',
        "{% endapi-method-parameter %}",
    )
    assert events == [Section("cookie", 1), ParameterRow("session", "", 2, required=None, type=None)]


REFUSED_BLOCKS = {
    "no method": (
        '{% api-method host="https://x.test/api" path="/v2/x" %}',
        "api-method block without a method",
    ),
    "no host or path": ('{% api-method method="get" %}', "api-method block without a method and a host/path"),
    "a parameter without name": (
        '{% api-method-parameter type="string" %}',
        "api-method-parameter without a name",
    ),
    "an empty name": ('{% api-method-parameter name="" %}', "api-method-parameter without a name"),
    "an unclosed tag": ("{% api-method-summary", "unreadable api-method tag '{% api-method-summary'"),
    "an unclosed end tag": ("{% endapi-method", "unreadable api-method tag '{% endapi-method'"),
}


@pytest.mark.parametrize(("line", "message"), REFUSED_BLOCKS.values(), ids=REFUSED_BLOCKS.keys())
def test_a_block_the_reader_cannot_read_is_refused_naming_its_line(line: str, message: str) -> None:
    with pytest.raises(GitBookSourceError) as raised:
        events_of("Intro.", line)
    assert str(raised.value).startswith(f"line 2: {message}")


def test_a_host_or_a_path_alone_is_enough() -> None:
    events = events_of('{% api-method method="get" path="https://x.test/api/v2/things" %}')
    assert events == [OperationStart("GET", "/https://x.test/api/v2/things", "", 1)]
    events = events_of('{% api-method method="delete" host="https://x.test/api/v2/things/:id" %}')
    assert events == [OperationStart("DELETE", "https://x.test/api/v2/things/:id/", "", 1)]


def test_other_template_tags_are_markdown_noise() -> None:
    events = events_of('{% hint style="info" %}', "A hint.", "{% endhint %}", "{% api-methodical %}")
    assert events == [Prose("A hint.", 2)]


def test_gitbook_source_is_recognised_by_an_api_method_tag() -> None:
    assert looks_like_gitbook_source('Intro\n{% api-method method="get" %}\n')
    assert looks_like_gitbook_source('{%api-method method="get"%}')
    assert not looks_like_gitbook_source("{% api-method-summary %}\n{% hint %}\n")


def test_a_summary_on_the_sixth_line_after_the_tag_is_still_the_title() -> None:
    lines = ['{% api-method method="get" host="https://x.test/api" path="/v2/things" %}', "", "", "", "", ""]
    events = events_of(*lines, "{% api-method-summary %}", "Close enough", "{% endapi-method-summary %}")
    assert events == [OperationStart("GET", "https://x.test/api/v2/things", "Close enough", 1)]


def test_the_url_joins_host_and_path_with_one_slash_and_keeps_every_other_character() -> None:
    events = events_of('{% api-method method="get" host="https://x.test/BOX/" path="/XRef/things" %}')
    assert events == [OperationStart("GET", "https://x.test/BOX/XRef/things", "", 1)]


@pytest.mark.parametrize("block", ["api-method-description", "api-method-response-example-description"])
def test_a_tag_written_inside_a_description_is_its_text_not_structure(block: str) -> None:
    # A description is prose: a tag shown in it (its syntax quoted, say) opens nothing; read as a
    # tag, this one would stop the page (a status that is not a number).
    events = events_of(
        '{% api-method method="get" host="https://x.test" path="/things" %}',
        f"{{% {block} %}}",
        '{% api-method-response-example httpCode="soon" %}',
        f"{{% end{block} %}}",
    )
    assert events == [OperationStart("GET", "https://x.test/things", "", 1)]
