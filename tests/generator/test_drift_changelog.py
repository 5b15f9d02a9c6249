"""Docs against docs (``drift NEW_DIR --since OLD_DIR``): a changelog by operation, spec unread."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from clubcollect_docs.pages import read_pages
from generator.drift import cli as drift
from generator.drift.changelog import changelog
from tests.generator.drift_tiny_spec import PAGES

SERVED = Path(__file__).parent / "fixtures" / "drift_pages_served"


@pytest.fixture
def old(tmp_path: Path) -> Path:
    copy = tmp_path / "old"
    shutil.copytree(PAGES, copy)
    return copy


@pytest.fixture
def new(tmp_path: Path) -> Path:
    copy = tmp_path / "new"
    shutil.copytree(PAGES, copy)
    return copy


def edit(folder: Path, page: str, old: str, new: str) -> None:
    path = folder / page
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{page} no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def lines(old: Path, new: Path) -> list[str]:
    """``subject: change`` for every change, ``!`` marking what can break an integration."""
    return [
        f"{c.subject}: {'! ' if c.breaking else ''}{c.text}"
        for c in changelog(read_pages(old), read_pages(new)).changes
    ]


def test_identical_snapshots_have_no_changes(old: Path, new: Path) -> None:
    assert lines(old, new) == []


def test_the_same_page_in_two_formats_has_no_changes(tmp_path: Path) -> None:
    source, served = tmp_path / "source", tmp_path / "served"
    source.mkdir()
    shutil.copy(PAGES / "company.md", source)
    shutil.copytree(SERVED, served)
    assert lines(source, served) == []


CHANGES = {
    "operation added": (
        "company.md",
        "* `invalid_brand`: not one of the brands.\n",
        "* `invalid_brand`: not one of the brands.\n\n"
        '{% api-method method="delete" host="https://app.clubcollect.com/api" path="/v2/companies/:id" %}\n'
        "{% api-method-summary %}\nDelete Company\n{% endapi-method-summary %}\n{% endapi-method %}\n",
        ["DELETE /companies/{company_id}: operation added"],
    ),
    "path renamed, table too": (
        "ticket.md",
        "tickets/:status`",
        "tickets/:state`",
        [
            "GET /companies/{company_id}/tickets/{state}: ! path renamed from "
            "GET /companies/{company_id}/tickets/{status}",
            "GET /companies/{company_id}/tickets/{state}: ! parameter added: status (path, required)",
            "GET /companies/{company_id}/tickets/{state}: ! parameter removed: state (path)",
        ],
    ),
    "host": (
        "company.md",
        'host="https://app.clubcollect.com/api" path="/v2/companies/:id"',
        'host="https://api.clubcollect.com/api" path="/v2/companies/:id"',
        [
            "GET /companies/{company_id}: ! base URL: https://app.clubcollect.com/api/v2 -> "
            "https://api.clubcollect.com/api/v2"
        ],
    ),
    "auth deprecation": (
        "import.txt",
        "Partner API Key (Deprecated)\nResponse",
        "Partner API Key\nResponse",
        ["GET /imports/{import_id}: auth query api_key: no longer deprecated"],
    ),
    "required parameter added": (
        "company.md",
        "{% endapi-method-body-parameters %}",
        '{% api-method-parameter name="country" type="string" required=true %}\n'
        "{% endapi-method-parameter %}\n{% endapi-method-body-parameters %}",
        ["POST /companies: ! parameter added: country (body, required)"],
    ),
    "parameter made optional": (
        "company.md",
        '{% api-method-parameter name="name" type="string" required=true %}',
        '{% api-method-parameter name="name" type="string" required=false %}',
        ["POST /companies: parameter name (body): now optional"],
    ),
    "parameter moved": (
        "ticket.md",
        "| page:number | integer | Page number. |",
        "| page:number | integer | Page number. |\n\n#### Headers\n\n"
        "| Name | Type | Description |\n| - | - | - |\n| X-Trace | string | Trace id. |",
        ["GET /companies/{company_id}/tickets/{status}: parameter added: X-Trace (header, optional)"],
    ),
    "success status": (
        "company.md",
        "httpCode=200 %}\n{% api-method-response-example-description %}\nFound.",
        "httpCode=201 %}\n{% api-method-response-example-description %}\nFound.",
        ["GET /companies/{company_id}: ! success status: 200 -> 201"],
    ),
    "response field removed": (
        "import.txt",
        '"prepaid_amount_currency": "EUR|GBP",\n',
        "",
        [
            "GET /imports/{import_id}: ! response field removed: prepaid_amount_currency",
            "enum values: Currency: removed GBP",  # the removed field was the only one to show it
        ],
    ),
    "error code added": (
        "ticket.md",
        '"error": "not_found"',
        '"error": "not_found|gone"',
        ["GET /companies/{company_id}/tickets/{status}: error code added: gone"],
    ),
    "enum value": (
        "company.md",
        "From `{ clubcollect knltb }`",
        "From `{ clubcollect knltb dtb }`",
        ["enum values: ! Brand: added dtb", "POST /companies: parameter brand (body): allows dtb"],
    ),
    "notification field": (
        "notifications.md",
        '"import_ids": []',
        '"import_ids": [],\n  "company_id": "..."',
        ["notifications: ! notifications.md#notifications: field added: company_id"],
    ),
    "page removed": (
        "notifications.md",
        None,
        None,
        [
            "pages: page removed: notifications.md",
            "notifications: ! payload removed: notifications.md#notifications",
        ],
    ),
}


@pytest.mark.parametrize(("page", "before", "after", "expected"), CHANGES.values(), ids=CHANGES.keys())
def test_each_kind_of_change_is_named_under_its_operation(
    old: Path, new: Path, page: str, before: str | None, after: str | None, expected: list[str]
) -> None:
    if before is None:
        (new / page).unlink()
    else:
        assert after is not None
        edit(new, page, before, after)
    assert sorted(lines(old, new)) == sorted(expected)


def test_a_removed_operation_names_its_old_place(old: Path, new: Path) -> None:
    text = (new / "ticket.md").read_text(encoding="utf-8")
    (new / "ticket.md").write_text(text.replace("`GET`</mark>", "`HEAD`</mark>"), encoding="utf-8")
    log = changelog(read_pages(old), read_pages(new))
    removed, *statuses = log.changes  # the operation took the only list of ticket statuses with it
    assert [c.text for c in statuses] == [
        "TicketStatus: removed answered",
        "TicketStatus: removed unanswered",
    ]
    assert (removed.subject, removed.text, removed.breaking) == (
        "GET /companies/{company_id}/tickets/{status}",
        "operation removed",
        True,
    )
    assert removed.where is not None and removed.where.page == "ticket.md"


def test_the_command_prints_a_changelog_by_operation_and_exits_1(
    old: Path, new: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(new, "company.md", "From `{ clubcollect knltb }`", "From `{ clubcollect knltb dtb }`")
    edit(new, "import.txt", '"prepaid_amount_currency": "EUR|GBP",\n', "")
    summary = tmp_path / "summary.md"
    code = drift.main([str(new), "--since", str(old), "--markdown-summary", str(summary)])
    out = capsys.readouterr().out
    assert code == 1
    assert (
        "GET /imports/{import_id} (Show Import)\n  ! response field removed: prepaid_amount_currency" in out
    )
    assert "docs changes: 4, 2 can break integrations (marked !)" in out
    markdown = summary.read_text(encoding="utf-8")
    assert markdown.startswith("## Docs changes: 4 (2 can break integrations)")
    assert "### GET /imports/{import_id} (Show Import)" in markdown
    assert "- **Breaking** response field removed: prepaid_amount_currency (`import.txt:" in markdown


def test_the_command_json_and_no_change_exit_0(
    old: Path, new: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert drift.main([str(new), "--since", str(old), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"changed": False, "changes": []}


def test_an_unreadable_old_snapshot_is_exit_2(
    old: Path, new: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (old / "import.txt").write_text("<html><body>Sign in</body></html>\n", encoding="utf-8")
    assert drift.main([str(new), "--since", str(old)]) == 2
    assert "import.txt: not a docs page in a known format" in capsys.readouterr().err


def test_a_stub_page_in_the_old_snapshot_reads_as_nothing_documented(
    old: Path, new: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (old / "import.txt").write_text("Import\n\nnothing to read here yet\n", encoding="utf-8")
    assert drift.main([str(new), "--since", str(old)]) == 1
    assert "Import" in capsys.readouterr().out  # the import operations are new since then
