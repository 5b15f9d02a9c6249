"""drift over the vendor's real page sources and the project's real spec and allowlist.

An edit to a real page, of each kind of thing an integration depends on, adds exactly the
finding that names it (compared with the findings before the edit, so these tests hold
whatever the spec's state).
"""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from generator.drift import cli as drift
from tests.vendor_docs import docs_source_dir_or_skip

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "clubcollect-v2.yaml"


def copy_of_the_sources(folder: Path) -> Path:
    copy = folder / "docs"
    shutil.copytree(docs_source_dir_or_skip(), copy)
    for path in copy.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)  # the shared copy is read-only
    return copy


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    return copy_of_the_sources(tmp_path)


def edit(docs: Path, page: str, old: str, new: str) -> None:
    path = docs / page
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{page} no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def run(docs: Path) -> tuple[int, list[str]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = drift.main([str(docs), "--spec", str(SPEC)])
    return code, [line.strip() for line in out.getvalue().splitlines() if line.startswith("  ")]


@pytest.fixture(scope="module")
def unedited(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, list[str]]:
    """drift's exit status and findings on the unedited pages: read once, each edit is compared with them."""
    return run(copy_of_the_sources(tmp_path_factory.mktemp("unedited")))


def test_real_page_sources_and_spec_agree(unedited: tuple[int, list[str]]) -> None:
    code, findings = unedited
    assert findings == []
    assert code == 0


INVOICE = "api-documentation/invoice.md"
IMPORT = "api-documentation/import.md"
INJECTIONS = {
    "payment method": (
        "api-documentation/invoice-line.md",
        "* `external`\n",
        "* `external`\n* `klarna`\n",
        "enum value missing from spec: PaymentMethod: klarna (api-documentation/invoice-line.md:167)",
    ),
    "endpoint": (
        IMPORT,
        'path="/v2/imports/:id/transmit"',
        'path="/v2/imports/:id/reopen"',
        [
            "endpoint missing from spec: PUT /imports/{import_id}/reopen (api-documentation/import.md:161)",
            "endpoint missing from docs: PUT /imports/{import_id}/transmit",
        ],
    ),
    "response field": (
        IMPORT,
        '"settled_amount_cents": 456,',
        '"settled_amount_cents": 456, "refunded_amount_cents": 7,',
        "response field missing from spec: get_import: refunded_amount_cents "
        "(api-documentation/import.md:51)",
    ),
    "error code": (
        "api-documentation/ticket.md",
        '"error": "invalid_message"',
        '"error": "invalid_message|message_too_long"',
        "error code missing from spec: create_invoice_ticket: message_too_long "
        "(api-documentation/ticket.md:150)",
    ),
    "host": (
        "api-documentation/company.md",
        'method="get" host="https://app.clubcollect.com/api" path="/v2/companies/:id"',
        'method="get" host="https://api.clubcollect.eu/api" path="/v2/companies/:id"',
        "base URL missing from spec: get_company: https://api.clubcollect.eu/api/v2 "
        "(api-documentation/company.md:11)",
    ),
    "auth header": (
        "api-documentation/company.md",
        "ApiKey &lt;api\\_key&gt;",
        "Bearer &lt;api\\_key&gt;",
        "auth format differs: get_company: header Authorization: docs Bearer <...> "
        "(api-documentation/company.md:29)",
    ),
    "required": (
        "api-documentation/ticket.md",
        '{% api-method-parameter name="message" type="string" required=true %}',
        '{% api-method-parameter name="message" type="string" required=false %}',
        "required differs: create_invoice_ticket: message (body): docs optional, spec required "
        "(api-documentation/ticket.md:109)",
    ),
    # 2020-05: the credit_and_retract table left out a field its example sent and the API required
    "required field only in the example": (
        INVOICE,
        '{% api-method-parameter name="external\\_invoice\\_number" type="string" required=true %}\n\n'
        '{% endapi-method-parameter %}\n\n{% api-method-parameter name="retraction\\_reason"',
        '{% api-method-parameter name="retraction\\_reason"',
        "required field only in an example: credit_and_retract_invoice: external_invoice_number "
        "(api-documentation/invoice.md:936)",
    ),
    "page size default": (
        "api-documentation/ticket.md",
        "defaults to `30`",
        "defaults to `50`",
        "pagination default differs: list_company_tickets: page_size: docs 50, spec 30 "
        "(api-documentation/ticket.md:312)",
    ),
    "notification payload": (
        "api-documentation/notifications.md",
        '"import_ids": [\n    "92bce',
        '"signature": "abc",\n  "import_ids": [\n    "92bce',
        "notification field missing from spec: invoice_notification: signature "
        "(api-documentation/notifications.md:26)",
    ),
}


def test_a_stub_page_is_one_finding_and_the_other_pages_are_still_compared(
    sources: Path, unedited: tuple[int, list[str]]
) -> None:
    """2018: the tickets page held only its title; drift refused the whole folder (exit 2)."""
    _, before = unedited
    (sources / "api-documentation" / "ticket.md").write_text(
        "---\ndescription: Tickets.\n---\n\n# Tickets\n", encoding="utf-8"
    )
    code, after = run(sources)
    added = [line for line in after if line not in before]
    assert code == 1
    assert "page describes nothing: api-documentation/ticket.md (api-documentation/ticket.md:1)" in added
    assert [line for line in added if line.startswith("endpoint missing from docs")]  # the ticket calls
    assert not [line for line in added if "company.md" in line or "import.md" in line]


@pytest.mark.parametrize(("page", "old", "new", "expected"), INJECTIONS.values(), ids=INJECTIONS.keys())
def test_a_page_edit_adds_exactly_the_finding_that_names_it(
    sources: Path,
    unedited: tuple[int, list[str]],
    page: str,
    old: str,
    new: str,
    expected: str | list[str],
) -> None:
    _, before = unedited
    edit(sources, page, old, new)
    code, after = run(sources)
    added = [line for line in after if line not in before]
    assert added == ([expected] if isinstance(expected, str) else expected)
    assert code == 1
