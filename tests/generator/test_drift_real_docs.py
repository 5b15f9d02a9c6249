"""drift over the vendor's real pages and the project's real spec and allowlist.

As they are, they agree (every difference is explained); a page that gains a payment method,
an endpoint, a field or an error code makes drift fail naming exactly that.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.drift import cli as drift

ROOT = Path(__file__).resolve().parents[2]
DOCS = Path(os.environ.get("CLUBCOLLECT_DOCS_DIR", str(ROOT.parent / "shared" / "clubcollect-docs")))
SPEC = ROOT / "openapi" / "clubcollect-v2.yaml"


@pytest.fixture
def docs_copy(tmp_path: Path) -> Path:
    if not DOCS.is_dir():
        pytest.fail(f"vendor docs snapshot not found at {DOCS} (set CLUBCOLLECT_DOCS_DIR)")
    if not SPEC.is_file():
        pytest.fail(f"the real spec {SPEC} is not there yet: drift cannot be checked against it")
    copy = tmp_path / "docs"
    shutil.copytree(DOCS, copy)
    for page in copy.iterdir():
        page.chmod(0o644)  # the snapshot is read-only
    return copy


def edit(docs: Path, page: str, old: str, new: str) -> None:
    path = docs / page
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{page} no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def run(docs: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = drift.main([str(docs), "--spec", str(SPEC)])
    out = capsys.readouterr().out
    return code, [line.strip() for line in out.splitlines() if line.startswith("  ")]


def test_real_docs_and_spec_agree(docs_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, findings = run(docs_copy, capsys)
    assert findings == []
    assert code == 0


INJECTIONS = {
    "payment method": (
        "invoice-line.txt",
        "  • external\n",
        "  • external\n\n  • klarna\n",
        "enum value missing from spec: PaymentMethod: klarna (invoice-line.txt)",
    ),
    "endpoint": (
        "invoice.txt",
        "Delete Invoice\n",
        "Refund Invoice\n\nPOST https://app.clubcollect.com/api/v2/invoices/:id/refund\n\nDelete Invoice\n",
        "endpoint missing from spec: POST /invoices/{invoice_id}/refund (invoice.txt)",
    ),
    "field": (
        "import.txt",
        '"settled_amount_cents": 456,',
        '"settled_amount_cents": 456,\n"refunded_amount_cents": 7,',
        "response field missing from spec: get_import: refunded_amount_cents (import.txt)",
    ),
    "error code": (
        "ticket.md",
        '"error": "invalid_message"',
        '"error": "invalid_message|message_too_long"',
        "error code missing from spec: create_invoice_ticket: message_too_long (ticket.md)",
    ),
}


@pytest.mark.parametrize(("page", "old", "new", "expected"), INJECTIONS.values(), ids=INJECTIONS.keys())
def test_a_page_that_gains_something_fails_naming_exactly_that(
    docs_copy: Path, capsys: pytest.CaptureFixture[str], page: str, old: str, new: str, expected: str
) -> None:
    edit(docs_copy, page, old, new)
    code, findings = run(docs_copy, capsys)
    assert findings == [expected]
    assert code == 1
