"""Folding one page's events into operations, payloads, tables and value lists (``PageFold``).

Every format reader ends here, so a misfiled event (a parameter under the wrong location, an
example under the wrong status, an error code read as an enum value) misleads drift on every
format at once. The events are written by hand; each test checks what the page became, places
included.
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
from clubcollect_docs.fold import PageFold
from clubcollect_docs.model import (
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
from clubcollect_docs.names import docs_path

PAGE = "things.txt"
SHOW = OperationStart("GET", "https://x.test/api/v2/things/:id", "Show Thing", 3)


def fold(*events: Event) -> DocsPage:
    return PageFold(DocsPage(PAGE, "rendered text")).read(list(events))


def at(line: int) -> Where:
    return Where(PAGE, line)


def only_operation(page: DocsPage) -> DocsOperation:
    (operation,) = page.operations
    return operation


def test_an_operation_keeps_its_method_url_path_title_and_place() -> None:
    operation = only_operation(fold(SHOW))
    assert operation == DocsOperation(
        PAGE,
        "Show Thing",
        "GET",
        "https://x.test/api/v2/things/:id",
        docs_path("https://x.test/api/v2/things/:id"),
        at(3),
    )
    assert operation.endpoint == "GET /things/{thing_id}"


def test_the_page_title_is_its_first_heading_or_prose_and_headings_end_operations() -> None:
    page = fold(Heading("Things", 1), SHOW, Heading("Webhooks", 9), Prose("A payload.", 10), Status(200, 11))
    assert page.title == "Things"
    assert only_operation(page).responses == []  # the status came after the operation's scope ended
    assert fold(Prose("About things.", 1), Heading("Things", 2)).title == "About things."


def test_parameters_by_section_with_the_rendered_id_renamed_into_the_path() -> None:
    page = fold(
        OperationStart("GET", "https://x.test/api/v2/companies/:id/members/:id", "Show Member", 1),
        Section("query", 2),
        ParameterRow("page:number", "Page to show.", 3, required=False, type="integer"),
        ParameterRow("id", "The member.", 4, required=True, type="string"),
        Section("header", 5),
        ParameterRow("Authorization", "ApiKey", 6, required=True),
    )
    assert only_operation(page).parameters == [
        DocsParameter("page_number", "query", False, "integer", "Page to show.", at(3)),
        DocsParameter("company_id", "path", True, "string", "The member.", at(4)),  # the first ":id"
        DocsParameter("Authorization", "header", True, None, "ApiKey", at(6)),
    ]


def test_a_parameter_row_outside_an_operation_or_a_parameter_section_is_ignored() -> None:
    row = ParameterRow("title", "The title.", 2, required=True, type="string")
    page = fold(Section("body", 1), row, SHOW, row, Section("response", 4), row, Section("errors", 6), row)
    assert page.operations[0].parameters == []
    assert page.is_empty is False


def test_examples_go_to_the_request_to_their_status_or_to_a_response_without_one() -> None:
    page = fold(
        SHOW,
        Section("example_request", 4),
        Example('{"name": "x"}', 5),
        Section("response", 6),
        Example('{"thing_id": "a"}', 7),
        Status(200, 8),
        Example('{"thing_id": "b"}', 9),
        Example('{"thing_id": "c"}', 10),
        Status(404, 11),
        Example('{"errors": "not_found"}', 12),
    )
    operation = only_operation(page)
    assert operation.request_examples == [DocsExample('{"name": "x"}', at(5))]
    assert operation.responses == [
        DocsResponse(None, at(7), [DocsExample('{"thing_id": "a"}', at(7))]),
        DocsResponse(
            200, at(8), [DocsExample('{"thing_id": "b"}', at(9)), DocsExample('{"thing_id": "c"}', at(10))]
        ),
        DocsResponse(404, at(11), [DocsExample('{"errors": "not_found"}', at(12))]),
    ]
    assert operation.statuses == [None, 200, 404]


def test_each_of_the_request_and_response_sections_starts_without_a_status() -> None:
    for kind in ("response", "example_request", "request"):
        page = fold(SHOW, Status(200, 4), Section(kind, 5), Section("errors", 6), Example('{"a": 1}', 7))
        assert only_operation(page).responses == [
            DocsResponse(200, at(4)),
            DocsResponse(None, at(7), [DocsExample('{"a": 1}', at(7))]),
        ], kind


def test_other_sections_keep_the_status_of_the_examples_after_them() -> None:
    page = fold(SHOW, Status(200, 4), Section("errors", 5), Example('{"a": 1}', 6))
    assert only_operation(page).responses == [DocsResponse(200, at(4), [DocsExample('{"a": 1}', at(6))])]


def test_a_status_outside_an_operation_is_ignored() -> None:
    page = fold(Status(200, 1), Example('{"a": 1}', 2))
    assert page.operations == []
    assert page.payloads == [DocsPayload("", DocsExample('{"a": 1}', at(2)))]


def test_an_example_outside_every_operation_is_a_payload_under_its_heading_or_the_page_title() -> None:
    page = fold(
        Prose("Webhooks", 1),
        Example('{"event": "paid"}', 2),
        Heading("Invoice paid", 3),
        Example('{"event": "x"}', 4),
    )
    assert page.payloads == [
        DocsPayload("Webhooks", DocsExample('{"event": "paid"}', at(2))),
        DocsPayload("Invoice paid", DocsExample('{"event": "x"}', at(4))),
    ]


def test_line_types_and_links_keep_their_places() -> None:
    page = fold(LineTypeRow("PAYMENT", "ideal", 2), LineTypeRow("FEE", None, 3), Link("invoice.md", 4))
    assert page.line_types == [DocsLineType("PAYMENT", "ideal", at(2)), DocsLineType("FEE", None, at(3))]
    assert page.links == [DocsLink(PAGE, "invoice.md", at(4))]


# ----------------------------------------------------------------- bullets: error codes or value lists


def test_error_bullets_give_codes_with_or_without_a_description() -> None:
    page = fold(
        SHOW,
        Section("errors", 4),
        Prose("These may come back:", 5),  # an introduction does not end the list
        Bullet("invalid_thing_id: see the list: above", 6),
        Bullet("not_found", 7),
        Bullet("Something went wrong", 8),  # not a code
    )
    assert only_operation(page).error_bullets == [
        DocsErrorCode("invalid_thing_id", at(6)),
        DocsErrorCode("not_found", at(7)),
    ]
    assert page.value_lists == []


def test_prose_after_the_error_list_ends_it_and_later_bullets_are_values() -> None:
    page = fold(
        SHOW,
        Section("errors", 4),
        Bullet("not_found", 5),
        Prose("The state is one of:", 6),
        Bullet("open", 7),
        Bullet("closed", 8),
    )
    assert only_operation(page).error_bullets == [DocsErrorCode("not_found", at(5))]
    assert page.value_lists == [DocsValueList("The state is one of:", (("open", at(7)), ("closed", at(8))))]


def test_bare_value_bullets_are_a_list_under_the_sentence_before_them() -> None:
    page = fold(
        Bullet("first", 1),
        Prose("The method is one of:", 2),
        Bullet("ideal", 3),
        Bullet("credit:card", 4),
        Bullet("", 5),  # ends the list
        Bullet("sdd", 6),
        Bullet("two words end it", 7),
        Bullet("x", 8),
        Prose("Done.", 9),
    )
    assert page.value_lists == [
        DocsValueList("", (("first", at(1)),)),
        DocsValueList("The method is one of:", (("ideal", at(3)), ("credit_card", at(4)))),
        DocsValueList("The method is one of:", (("sdd", at(6)),)),
        DocsValueList("The method is one of:", (("x", at(8)),)),
    ]
    assert page.title == "The method is one of:"


def test_bullets_inside_an_operation_outside_its_errors_are_values() -> None:
    page = fold(SHOW, Section("query", 4), Prose("Sort by:", 5), Bullet("date", 6))
    assert only_operation(page).error_bullets == []
    assert page.value_lists == [DocsValueList("Sort by:", (("date", at(6)),))]


def test_error_bullets_outside_an_operation_are_values() -> None:
    page = fold(Section("errors", 1), Bullet("not_found", 2))
    assert page.value_lists == [DocsValueList("", (("not_found", at(2)),))]
