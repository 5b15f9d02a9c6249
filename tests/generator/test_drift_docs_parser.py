"""The docs reader on the noise the vendor's pages really contain."""

from __future__ import annotations

from pathlib import Path

import pytest

from clubcollect_docs.events import OperationStart, Status
from clubcollect_docs.gitbook_format import GitBookSourceError, gitbook_page_events
from clubcollect_docs.markdown_format import markdown_page_events
from clubcollect_docs.names import docs_path, real_name, slug
from clubcollect_docs.pages import DocsReadError, read_pages
from clubcollect_docs.text_format import text_page_events
from clubcollect_docs.tolerant_json import (
    Alternatives,
    ExampleSyntaxError,
    field_paths,
    parse_example,
    string_values,
)
from generator.drift.docs_facts import DocsFacts, docs_facts
from tests.vendor_docs import docs_dir_or_skip, docs_source_dir_or_skip

PAGES = Path(__file__).parent / "fixtures" / "drift_pages"


def read_docs(folder: Path) -> DocsFacts:
    return docs_facts(read_pages(folder))


# ----------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("url", "template", "params"),
    [
        ("https://api.clubcollect.com/api/v2/imports/:id", "/imports/{import_id}", ("import_id",)),
        (
            "https://app.clubcollect.com/api/v2/invoices/:id/credit:and:retract",
            "/invoices/{invoice_id}/credit_and_retract",
            ("invoice_id",),
        ),
        (
            "https://app.clubcollect.com/api/v2/companies/:id/tickets/:status",
            "/companies/{company_id}/tickets/{status}",
            ("company_id", "status"),
        ),
        ("/v2/invoices/{id}?api_key=x", "/invoices/{invoice_id}", ("invoice_id",)),
    ],
)
def test_documented_urls_become_spec_paths(url: str, template: str, params: tuple[str, ...]) -> None:
    path = docs_path(url)
    assert (path.template, path.params) == (template, params)


def test_rendered_underscores_are_undone_only_inside_names() -> None:
    assert real_name("page:number") == "page_number"
    assert real_name("api:key") == "api_key"
    assert real_name("200: OK") == "200: OK"
    assert slug("Credit and Retract Invoice") == "credit-and-retract-invoice"


# ----------------------------------------------------------------- tolerant JSON


def test_alternations_trailing_commas_and_nulls() -> None:
    value = parse_example('{"a": true|false, "b": null | "...", "c": [1, 2,], "d": "EUR|GBP",}')
    assert isinstance(value, dict)
    assert value["a"] == Alternatives((True, False))
    assert value["c"] == [1, 2]
    assert string_values(value["d"]) == ["EUR", "GBP"]
    assert string_values(value["b"]) == ["..."]


def test_braceless_member_list_with_a_missing_comma_reads_as_one_object() -> None:
    value = parse_example('"tickets": [{"ticket_id": "x"}]\n"page": {"page_number": 1}')
    assert field_paths(value) == {"tickets", "tickets[].ticket_id", "page", "page.page_number"}


@pytest.mark.parametrize("text", ['{"a": no}', '{"a": 1', '{"a" 1}', "", '{"a": 1} trailing'])
def test_what_is_not_json_even_in_spirit_is_refused(text: str) -> None:
    with pytest.raises(ExampleSyntaxError):
        parse_example(text)


# ----------------------------------------------------------------- rendered text pages


def test_text_page_parameters_with_and_without_required_lines() -> None:
    model = read_docs(PAGES)
    create_import = next(o for o in model.operations if o.endpoint == "POST /imports")
    show_import = next(o for o in model.operations if o.endpoint == "GET /imports/{import_id}")
    assert create_import.names("body") == {"title", "company_id"}
    assert show_import.names("path") == {"import_id"}  # ":id" renamed like the URL
    assert [(p.location, p.name) for p in show_import.auth] == [
        ("header", "Authorization"),
        ("query", "api_key"),
    ]
    assert set(show_import.error_codes) == {"invalid_import_id"}  # from the plural "errors" key


def test_text_page_example_request_body_is_the_request_and_other_blocks_the_response() -> None:
    model = read_docs(PAGES)
    create = next(o for o in model.operations if o.endpoint == "POST /invoices")
    assert set(create.request_fields) == {"import_id", "external_invoice_number", "amount_total_cents"}
    assert set(create.response_fields) == {"invoice_id", "amount_total_cents"}
    assert set(create.error_codes) == {"invalid_import_id", "invalid_amount_total_cents"}


def test_text_page_line_type_table_and_value_bullets() -> None:
    model = read_docs(PAGES)
    assert set(model.enum_values["LineType"]) == {"INVOICE-LINE", "PAYMENT"}
    assert set(model.enum_values["LineSubtype"]) == {"donation"}
    assert set(model.enum_values["PaymentMethod"]) == {"ideal", "sdd"}
    assert "customer.email.email_address" not in str(model.enum_values)


def test_method_on_its_own_line_before_the_title() -> None:
    events = text_page_events("get\nShow Thing\n\nhttps://x.test/api/v2/things/:id\nFetch.\n")
    (start,) = [e for e in events if isinstance(e, OperationStart)]
    assert (start.method, start.title) == ("GET", "Show Thing")


# ----------------------------------------------------------------- markdown pages


def test_markdown_page_tabs_tables_marks_and_escapes() -> None:
    model = read_docs(PAGES)
    tickets = next(o for o in model.operations if o.page == "ticket.md")
    assert tickets.endpoint == "GET /companies/{company_id}/tickets/{status}"
    assert tickets.names("path") == {"company_id", "status"}
    assert tickets.names("query") == {"page_number"}
    assert set(tickets.error_codes) == {"not_found"}
    assert set(tickets.response_fields) == {
        "tickets",
        "tickets[].ticket_id",
        "tickets[].sender",
        "page",
        "page.page_number",
    }
    assert set(model.enum_values["TicketStatus"]) == {"unanswered", "answered"}


def test_markdown_agent_instructions_tail_and_front_matter_are_ignored() -> None:
    model = read_docs(PAGES)
    assert [o.endpoint for o in model.operations if o.page == "ticket.md"] == [
        "GET /companies/{company_id}/tickets/{status}"
    ]
    events = markdown_page_events((PAGES / "ticket.md").read_text(encoding="utf-8"))
    assert not any("Agent" in str(e) or "description:" in str(e) for e in events)


def test_facts_and_readme_are_not_pages(tmp_path: Path) -> None:
    (tmp_path / "FACTS.md").write_text("## x\n`GET` `https://a.test/api/v2/nothing`\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("GET https://a.test/api/v2/nothing\n", encoding="utf-8")
    (tmp_path / "invoice.txt").write_text("Show\n\nGET https://a.test/api/v2/things/:id\n", encoding="utf-8")
    assert [o.endpoint for o in read_docs(tmp_path).operations] == ["GET /things/{thing_id}"]


# ----------------------------------------------------------------- GitBook source pages


def gitbook_page(response_tag: str) -> str:
    """A one-operation GitBook source page whose response example tag, on line 7, is ``response_tag``."""
    return (
        '{% api-method method="get" host="https://app.clubcollect.com/api" path="/v2/things/:id" %}\n'
        "{% api-method-summary %}\nShow Thing\n{% endapi-method-summary %}\n"
        "{% api-method-spec %}\n"
        "{% api-method-response %}\n"
        f"{response_tag}\n"
        "{% api-method-response-example-description %}\nFound.\n"
        "{% endapi-method-response-example-description %}\n"
        '```javascript\n{"thing_id": "..."}\n```\n'
        "{% endapi-method-response-example %}\n"
        "{% endapi-method-response %}\n{% endapi-method-spec %}\n{% endapi-method %}\n"
    )


@pytest.mark.parametrize(
    ("response_tag", "status"),
    [
        ("{% api-method-response-example httpCode=200 %}", 200),
        ('{% api-method-response-example httpCode="204" %}', 204),
        ("{%api-method-response-example   httpCode = 404%}", 404),
    ],
)
def test_gitbook_response_example_status_is_read_from_http_code(response_tag: str, status: int) -> None:
    """The well-formed spellings the refusals below must not catch."""
    statuses = [e for e in gitbook_page_events(gitbook_page(response_tag)) if isinstance(e, Status)]
    assert [(s.code, s.line) for s in statuses] == [(status, 7)]


MALFORMED_HTTP_CODES = {
    "letter O for zero": "{% api-method-response-example httpCode=2OO %}",
    "empty": "{% api-method-response-example httpCode= %}",
    "empty quoted": '{% api-method-response-example httpCode="" %}',
    "quoted word": '{% api-method-response-example httpCode="abc" %}',
    "missing": "{% api-method-response-example %}",
    "other attribute only": '{% api-method-response-example code="200" %}',
    "wrong case": "{% api-method-response-example httpcode=200 %}",
    "digits then letters": "{% api-method-response-example httpCode=200ok %}",
    "space inside": "{% api-method-response-example httpCode=2 00 %}",
    "too short": "{% api-method-response-example httpCode=20 %}",
    "too long": "{% api-method-response-example httpCode=2000 %}",
    "not a status class": "{% api-method-response-example httpCode=700 %}",
    "superscript digits": "{% api-method-response-example httpCode=\u00b2\u2070\u2070 %}",
    "fullwidth digits": "{% api-method-response-example httpCode=\uff12\uff10\uff10 %}",
    "percent inside": '{% api-method-response-example httpCode="2%0" %}',
    "text after the tag": "{% api-method-response-example httpCode=200 %} OK",
}


@pytest.mark.parametrize("response_tag", MALFORMED_HTTP_CODES.values(), ids=MALFORMED_HTTP_CODES.keys())
def test_gitbook_response_example_with_a_malformed_http_code_is_refused_naming_its_line(
    response_tag: str,
) -> None:
    """A response example whose status cannot be read must stop the run, not vanish from the comparison.

    Skipping it would drop a documented status (and its example) silently, so drift in it could
    never be reported.
    """
    with pytest.raises(GitBookSourceError, match=r"^line 7: "):
        gitbook_page_events(gitbook_page(response_tag))


def test_a_malformed_http_code_fails_the_page_read_naming_page_and_line(tmp_path: Path) -> None:
    """Through the folder reader too: the error names the page and the line, not a traceback."""
    page = gitbook_page("{% api-method-response-example httpCode=2OO %}")
    (tmp_path / "thing.md").write_text(page, encoding="utf-8")
    with pytest.raises(DocsReadError) as raised:
        read_pages(tmp_path)
    (problem,) = raised.value.problems
    assert problem.startswith("thing.md: line 7: ")
    assert "httpCode" in problem


def test_the_real_snapshot_pages_parse_without_unreadable_examples() -> None:
    model = read_docs(docs_dir_or_skip())
    assert model.problems == []
    assert len(model.operations) == 17
    assert len(model.enum_values["LineType"]) == 28
    assert len(model.enum_values["PaymentMethod"]) == 9


def test_the_real_page_sources_parse_every_operation_block() -> None:
    sources = docs_source_dir_or_skip()
    model = read_docs(sources)
    blocks = sum(
        page.read_text(encoding="utf-8").count("{% api-method method=") for page in sources.rglob("*.md")
    )
    assert blocks == 23
    assert len(model.operations) == blocks
    assert model.problems == []
    assert set(model.enum_values["Brand"]) == {"clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"}
