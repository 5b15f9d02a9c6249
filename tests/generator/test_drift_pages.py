"""``read_folder``: every format into operations with method, URL, parameters and examples by place.

The fixture pages are the project's own, one or more per format: ``import.txt`` and
``invoice.txt`` (rendered text), ``ticket.md`` and ``notifications.md`` (served markdown),
``company.md`` (GitBook source).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clubcollect_docs.model import DocsOperation, Where
from clubcollect_docs.pages import (
    FORMAT_GITBOOK,
    FORMAT_MARKDOWN,
    FORMAT_TEXT,
    DocsReadError,
    read_folder,
    read_pages,
)
from generator.drift.stub_pages import stub_pages

PAGES = Path(__file__).parent / "fixtures" / "drift_pages"


def operation(endpoint: str, folder: Path = PAGES) -> DocsOperation:
    (found,) = [o for o in read_folder(folder) if o.endpoint == endpoint]
    return found


def line_of(page: str, text: str, folder: Path = PAGES) -> int:
    """1-based line of the first line of ``page`` that contains ``text``."""
    lines = (folder / page).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def test_each_fixture_page_is_read_in_its_format() -> None:
    formats = {page.page: page.format for page in read_pages(PAGES)}
    assert formats == {
        "company.md": FORMAT_GITBOOK,
        "import.txt": FORMAT_TEXT,
        "invoice.txt": FORMAT_TEXT,
        "notifications.md": FORMAT_MARKDOWN,
        "ticket.md": FORMAT_MARKDOWN,
    }


# ----------------------------------------------------------------- GitBook source


def test_gitbook_source_operation_method_host_path_and_title() -> None:
    show = operation("GET /companies/{company_id}")
    assert (show.method, show.title) == ("GET", "Show Company")
    assert show.url == "https://app.clubcollect.com/api/v2/companies/:id"
    assert show.base_url == "https://app.clubcollect.com/api/v2"
    assert show.where == Where("company.md", line_of("company.md", 'path="/v2/companies/:id"'))


def test_gitbook_source_parameters_by_location_with_required_flags_and_unescaped_names() -> None:
    show = operation("GET /companies/{company_id}")
    found = [(p.location, p.name, p.required, p.type) for p in show.parameters]
    assert found == [
        ("path", "company_id", True, "string"),
        ("header", "Authorization", True, "string"),
        ("query", "api_key", False, "string"),
    ]
    (header,) = show.parameters_in("header")
    assert header.description == "ApiKey <api_key>"  # HTML entities and escapes undone
    (query,) = show.parameters_in("query")
    assert query.deprecated
    create = operation("POST /companies")
    assert [(p.name, p.required) for p in create.parameters_in("body")] == [("name", True), ("brand", False)]
    assert create.parameters_in("body")[1].where.line == line_of("company.md", 'name="brand"')


def test_gitbook_source_response_examples_per_status_with_their_place_and_raw_text() -> None:
    show = operation("GET /companies/{company_id}")
    assert show.statuses == [200, 404]
    (ok,) = show.examples_for(200)
    assert ok.where == Where("company.md", line_of("company.md", '"company_id": "...",') - 1)  # its "{"
    assert ok.text.splitlines()[0] == "{"
    assert '"brand": "clubcollect"' in ok.text
    (missing,) = show.examples_for(404)
    assert missing.value() == {"errors": "not_found"}
    create = operation("POST /companies")
    assert [(r.status, len(r.examples)) for r in create.responses] == [(200, 1), (422, 0)]  # empty block


def test_gitbook_source_error_messages_after_the_block_belong_to_its_operation() -> None:
    create = operation("POST /companies")
    assert [(e.code, e.where.line) for e in create.error_bullets] == [
        ("invalid_name", line_of("company.md", "* `invalid_name`")),  # a bullet without a description
        ("invalid_brand", line_of("company.md", "* `invalid_brand`")),
    ]


# ----------------------------------------------------------------- served markdown


def test_served_markdown_required_marks_types_and_tab_statuses() -> None:
    tickets = operation("GET /companies/{company_id}/tickets/{status}")
    assert [(p.location, p.name, p.required, p.type) for p in tickets.parameters] == [
        ("path", "status", True, "string"),
        ("path", "company_id", True, "string"),
        ("query", "page_number", False, "integer"),
    ]
    assert tickets.statuses == [200, 404]
    assert tickets.where.line == line_of("ticket.md", "`GET`")
    (ok,) = tickets.examples_for(200)
    assert ok.where.line == line_of("ticket.md", '"tickets": [')


def test_an_example_outside_every_operation_is_a_payload_under_its_heading() -> None:
    (page,) = [p for p in read_pages(PAGES) if p.page == "notifications.md"]
    (payload,) = page.payloads
    assert payload.heading == "Notifications"
    assert payload.example.where.line == line_of("notifications.md", "{")
    assert page.operations == []


# ----------------------------------------------------------------- rendered text


def test_rendered_text_required_lines_statuses_and_example_places() -> None:
    show = operation("GET /imports/{import_id}")
    assert [(p.location, p.name, p.required) for p in show.parameters] == [
        ("path", "import_id", True),
        ("header", "Authorization", True),
        ("query", "api_key", False),
    ]
    assert show.statuses == [200, 404]
    assert show.examples_for(404)[0].where.line == line_of("import.txt", '"errors"') - 1
    invoice = operation("GET /invoices/{invoice_id}")
    assert invoice.statuses == [None]  # the rendering lost the status: the example is still kept


# ----------------------------------------------------------------- never silently empty


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "docs"
    shutil.copytree(PAGES, copy)
    return copy


def test_any_folder_layout_is_read_and_pages_are_named_by_their_path(folder: Path) -> None:
    (folder / "api-documentation").mkdir()
    shutil.move(folder / "company.md", folder / "api-documentation" / "company.md")
    (folder / ".gitbook").mkdir()
    (folder / ".gitbook" / "notes.md").write_text("nothing\n", encoding="utf-8")
    (folder / "SUMMARY.md").write_text("* [Company](api-documentation/company.md)\n", encoding="utf-8")
    show = operation("GET /companies/{company_id}", folder)
    assert show.where.page == "api-documentation/company.md"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("invoice.md", "<!DOCTYPE html><html><body>Sign in</body></html>\n", "invoice.md: not a docs page"),
        ("ticket.html", "<html></html>\n", "ticket.html: not a docs page"),
        (
            "payments.md",
            '{% api-method method="put" host="" path="" %}\n',
            "payments.md: line 1: api-method block without a method and a host/path",
        ),
        (
            "company.md",
            '{% api-method method="get" host="https://x.test/api" path="/v2/a" %}\n'
            '{% api-method-parameter name="id" type="string" required=true %}\n',
            "company.md: line 2: parameter 'id' outside a parameter group",
        ),
    ],
    ids=[
        "html-as-markdown",
        "html-file",
        "no-path",
        "no-group",
    ],
)
def test_a_page_in_no_known_format_is_an_error_naming_it(
    folder: Path, name: str, content: str, problem: str
) -> None:
    (folder / name).write_text(content, encoding="utf-8")
    with pytest.raises(DocsReadError) as raised:
        read_folder(folder)
    assert [p for p in raised.value.problems if p.startswith(problem)], raised.value.problems


@pytest.mark.parametrize(
    ("name", "role"),
    [("import.md", "reference"), ("untitled.md", "reference"), ("partner-possibilities.md", "guide")],
    ids=["listed-reference-page", "unlisted-page", "guide-page"],
)
def test_a_page_that_describes_nothing_is_read_empty_and_drift_knows_a_reference_stub(
    folder: Path, name: str, role: str
) -> None:
    (folder / name).write_text("# Title\n\nNothing here yet.\n", encoding="utf-8")
    pages = read_pages(folder)
    (page,) = [p for p in pages if p.page == name]
    assert page.is_empty
    assert [p.page for p in stub_pages(pages)] == ([name] if role == "reference" else [])


def test_a_folder_without_pages_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.png").write_bytes(b"\x89PNG")
    with pytest.raises(DocsReadError, match="no docs pages"):
        read_folder(tmp_path)
    with pytest.raises(DocsReadError, match="not a folder"):
        read_folder(tmp_path / "nowhere")
