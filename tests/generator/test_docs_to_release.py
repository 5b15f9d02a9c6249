"""From a docs change to a released client (issue 20's "done when"), on a copy of the repository.

The vendor's current page sources get one edit of each kind: a new line type, a new response
field, a new optional request field, a new error code (additions: a minor release), then a
changed success status and a removed response field (a major one). Each round runs the real
commands, as a person or the weekly workflow would, in a copy of the repository:
``drift --propose`` -> ``overlay apply`` -> a person replaces the ``x-review`` marks -> ``lint``
-> ``release`` (a dry run after the first round, the real one after the second) -> ``check``.
The whole loop runs once (regeneration takes seconds); the tests read its results.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from generator.common.spec_refs import safe_load
from tests.vendor_docs import docs_source_dir_or_skip

ROOT = Path(__file__).resolve().parents[2]
SPEC = "openapi/clubcollect-v2.yaml"
IMPORT = "api-documentation/import.md"
LINE = "api-documentation/invoice-line.md"


@dataclass
class Loop:
    repo: Path
    docs: Path
    spec_before: str
    outputs: dict[str, subprocess.CompletedProcess[str]] = field(default_factory=dict)

    def run(self, step: str, *args: str) -> subprocess.CompletedProcess[str]:
        """``python -m generator ARGS`` in the copy (its own generator package comes first)."""
        result = subprocess.run(
            [sys.executable, "-m", "generator", *args],
            cwd=self.repo,
            capture_output=True,
            text=True,
            check=False,
            env={"PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin", "PYTHONDONTWRITEBYTECODE": "1"},
        )
        self.outputs[step] = result
        return result

    def text(self, relative: str) -> str:
        return (self.repo / relative).read_text(encoding="utf-8")

    def edit(self, page: str, old: str, new: str, count: int = 1) -> None:
        path = self.docs / page
        text = path.read_text(encoding="utf-8")
        assert text.count(old) >= count, f"{page} no longer contains {old!r}"
        path.write_text(text.replace(old, new, count), encoding="utf-8")

    def clear_review_marks(self) -> int:
        """What the reviewer does: write each description the mark asks for, remove the mark."""
        path = self.repo / SPEC
        text, count = re.subn(
            r"^(\s+)x-review: .*$",
            r"\1description: Written by the reviewer.",
            path.read_text(encoding="utf-8"),
            flags=re.M,
        )
        path.write_text(text, encoding="utf-8")
        return count


def _copy_repository(destination: Path) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)


def _round(loop: Loop, name: str) -> None:
    overlay = loop.repo / f"proposal-{name}.yaml"
    loop.run(f"{name}: drift", "drift", str(loop.docs), "--propose", str(overlay))
    loop.run(f"{name}: apply", "overlay", "apply", str(overlay))
    loop.run(f"{name}: lint before review", "lint")
    loop.outputs[f"{name}: review marks"] = subprocess.CompletedProcess([], loop.clear_review_marks())
    loop.run(f"{name}: lint", "lint")


@pytest.fixture(scope="module")
def loop(tmp_path_factory: pytest.TempPathFactory) -> Loop:
    source = docs_source_dir_or_skip()
    repo = tmp_path_factory.mktemp("repo")
    _copy_repository(repo)
    docs = tmp_path_factory.mktemp("docs") / "docs"
    shutil.copytree(source, docs)
    for path in docs.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    loop = Loop(repo, docs, (repo / SPEC).read_text(encoding="utf-8"))
    # Round 1: additions only.
    loop.edit(
        LINE,
        "| `CREDIT-LINE` | | Discount",
        "| `DISCOUNT-LINE` | | A reduction\n| `CREDIT-LINE` | | Discount",
    )
    loop.edit(
        IMPORT,
        '"settled_amount_cents": 456,',
        '"settled_amount_cents": 456,\n  "archived_at": "2017-05-16T08:57:02+00:00",',
    )
    loop.edit(
        IMPORT,
        '{% api-method-parameter name="company\\_id" type="string" required=true %}',
        '{% api-method-parameter name="reference" type="string" required=false %}\nOur reference.\n'
        "{% endapi-method-parameter %}\n\n"
        '{% api-method-parameter name="company\\_id" type="string" required=true %}',
    )
    loop.edit(IMPORT, '"error": "invalid_company_id"\n}', '"error": "invalid_company_id|company_archived"\n}')
    # the loop the weekly workflow runs: drift --propose, apply, lint, regen, tests, release --dry-run
    loop.run(
        "additions: loop",
        "docs-to-release",
        str(docs),
        "--tests",
        "tests/generator/test_docs_to_release_workflow.py",
    )
    loop.outputs["additions: review marks"] = subprocess.CompletedProcess([], loop.clear_review_marks())
    loop.run("additions: lint", "lint")
    # Round 2: a changed success status and a removed response field.
    text = (docs / IMPORT).read_text(encoding="utf-8")
    at = text.index("httpCode=200", text.index("Create Import"))
    (docs / IMPORT).write_text(text[:at] + "httpCode=201" + text[at + 12 :], encoding="utf-8")
    loop.edit(IMPORT, '  "settled_amount_currency": "EUR|GBP|CHF",\n', "")
    loop.edit(IMPORT, '  "settled_amount_currency": "EUR",\n', "", count=3)
    _round(loop, "breaking")
    loop.run("release", "release")
    loop.run("check", "check")
    loop.run(
        "drift after", "drift", str(docs), "--propose", str(repo / "proposal-after.yaml"), "--format", "json"
    )
    return loop


def test_every_step_succeeds(loop: Loop) -> None:
    expected_codes = {
        "additions: loop": 0,
        "additions: lint": 0,
        "breaking: drift": 1,
        "breaking: apply": 0,
        "breaking: lint before review": 0,  # nothing created, nothing to review
        "breaking: lint": 0,
        "release": 0,
        "check": 0,
        "drift after": 1,  # what is left for a person
    }
    codes = {step: loop.outputs[step].returncode for step in expected_codes}
    details = {
        step: loop.outputs[step].stderr[-2000:]
        for step, code in codes.items()
        if code != expected_codes[step]
    }
    assert codes == expected_codes, details
    assert loop.outputs["additions: review marks"].returncode == 2  # the two new fields


def test_additions_alone_are_a_minor_release(loop: Loop) -> None:
    summary = loop.text("openapi/proposals/summary.md")
    assert summary == loop.outputs["additions: loop"].stdout.removesuffix("\n")
    assert "release: clubcollect-client 3.0.0 -> 3.1.0 (minor;" in summary
    assert "release: --dry-run, nothing written" in summary
    assert "### For the reviewer: 2 x-review mark(s) to clear" in summary  # before the reviewer came
    for step in ("drift and propose", "apply the overlay", "regen", "tests", "release plan"):
        assert f"| {step} | " in summary and "| tests | " in summary
    assert "**needs attention**" in summary.split("| lint |")[1].splitlines()[0]
    overlay = safe_load(loop.text("openapi/proposals/docs-drift.overlay.yaml"))
    assert len(overlay["actions"]) == 4


def test_the_release_is_major_once_something_is_removed(loop: Loop) -> None:
    assert "release: clubcollect-client 3.0.0 -> 4.0.0 (major;" in loop.outputs["release"].stdout
    assert "package_version_override: 4.0.0" in loop.text("generator/config.yaml")
    assert 'version = "4.0.0"' in loop.text("generated_client/pyproject.toml")
    record = json.loads(loop.text("openapi/released/RELEASE.json"))
    assert record["client_version"] == "4.0.0"
    assert loop.text("openapi/released/clubcollect-v2.yaml") == loop.text(SPEC)


def test_the_client_has_the_new_enum_member_fields_and_error(loop: Loop) -> None:
    package = "generated_client/clubcollect_client/"
    assert 'DISCOUNT_LINE = "DISCOUNT-LINE"' in loop.text(package + "models/line_type.py")
    assert "archived_at:" in loop.text(package + "models/import_.py")
    assert "reference:" in loop.text(package + "models/create_import_request.py")
    assert "class CompanyArchived(" in loop.text(package + "errors.py")
    create = loop.text(package + "api/imports/create_import.py")
    assert "if response.status_code == 201:" in create
    assert "if response.status_code == 200:" not in create


def test_the_changelog_names_each_change(loop: Loop) -> None:
    changelog = loop.text("CHANGELOG.md")
    start = changelog.index("## clubcollect-client 4.0.0")
    section = changelog[start : changelog.index("\n## ", start + 1)]
    for expected in (
        "enum value added: DISCOUNT-LINE",
        "response 200.archived_at: field added",
        "request body.reference: optional field added",
        "enum value added: company_archived",
        "**Breaking** `POST /imports (create_import)`: status code 200 removed",
        "`POST /imports (create_import)`: status code 201 added",
        "**Breaking** `GET /imports/{import_id} (get_import)`: "
        "response 200.settled_amount_currency: made optional",
    ):
        assert expected in section, expected


def test_the_spec_changed_only_at_the_touched_nodes(loop: Loop) -> None:
    changed = [
        line
        for line in difflib.unified_diff(
            loop.spec_before.splitlines(), loop.text(SPEC).splitlines(), lineterm="", n=0
        )
        if line[:1] in "+-" and not line.startswith(("---", "+++"))
    ]
    removed_200 = [line for line in changed if line.startswith("-")][:30]
    assert removed_200[0] == "-        '200':"  # create_import's answer, moved to 201 below
    assert changed[30:] == [
        "+        '201':",
        "+          description: The new, open import.",
        "+          content:",
        "+            application/json:",
        "+              schema: {$ref: '#/components/schemas/Import'}",
        "+              examples:",
        "+                created:",
        "+                  $ref: '#/components/examples/ImportCreatedExample'",
        "+          links:",
        "+            GetImport:",
        "+              operationId: get_import",
        "+              parameters: {path.import_id: $response.body#/import_id}",
        "+            UpdateImport:",
        "+              operationId: update_import",
        "+              parameters: {path.import_id: $response.body#/import_id}",
        "+            TransmitImport:",
        "+              operationId: transmit_import",
        "+              parameters: {path.import_id: $response.body#/import_id}",
        "+            DeleteImport:",
        "+              operationId: delete_import",
        "+              parameters: {path.import_id: $response.body#/import_id}",
        "+            CreateInvoice:",
        "+              operationId: create_invoice",
        "+              requestBody: {import_id: $response.body#/import_id}",
        "+        - DISCOUNT-LINE",
        "+        reference:",
        "+          type: string",
        "+          description: Written by the reviewer.",
        "-        prepaid_amount_currency, settled_amount_cents, settled_amount_currency, invoice_ids]",
        "+        prepaid_amount_currency, settled_amount_cents, invoice_ids]",
        "+          deprecated: true",
        "+        archived_at:",
        "+          type: string",
        "+          format: date-time",
        "+          description: Written by the reviewer.",
        "-      enum: [invalid_company_id, invalid_request, invalid_content_type]",
        "+      enum: [invalid_company_id, invalid_request, invalid_content_type, company_archived]",
    ]


def test_the_spec_drifts_no_more_except_what_is_left_for_a_person(loop: Loop) -> None:
    report = json.loads(loop.outputs["drift after"].stdout)
    assert [finding["key"] for finding in report["unexplained"]] == [
        "response field missing from docs: Import: settled_amount_currency"
    ]
    assert report["proposal"]["actions"] == []
    assert [item["why"] for item in report["proposal"]["left_for_a_person"]] == [
        "already deprecated: delete it in a major release, or allowlist it"
    ]
    assert not (loop.repo / "proposal-after.yaml").exists()
    assert safe_load(loop.text(SPEC))["paths"]["/imports"]["post"]["responses"]["201"]
