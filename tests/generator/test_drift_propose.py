"""``drift --propose``: one Overlay 1.0 action per difference the docs settle, the rest left for a person.

Each case edits a copy of the vendor's real page sources and reads the proposal for the real
spec (in-process, no YAML round trip): what the action targets and changes, or why the finding
is left for a person.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from clubcollect_docs.model import DocsParameter, Where
from generator.common.spec_refs import load_spec, safe_load
from generator.drift import cli as drift
from generator.drift.cli import DEFAULT_ALLOWLIST, run_drift
from generator.drift.compare import Finding
from generator.drift.proposal import Proposal, ProposedAction, propose
from generator.drift.proposal.proposer import without_conflicts
from generator.drift.spec_facts import spec_facts
from generator.lint.cli import lint
from generator.overlay.document import check_overlay
from tests.vendor_docs import docs_source_dir_or_skip

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "clubcollect-v2.yaml"
IMPORT = "api-documentation/import.md"
LINE = "api-documentation/invoice-line.md"
TICKET = "api-documentation/ticket.md"
COMPANY = "api-documentation/company.md"
INVOICE = "api-documentation/invoice.md"


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    copy = tmp_path / "docs"
    shutil.copytree(docs_source_dir_or_skip(), copy)
    for path in copy.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)  # the shared copy is read-only
    return copy


def edit(docs: Path, page: str, old: str, new: str, count: int = 1) -> None:
    path = docs / page
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"{page} no longer contains {old!r}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def proposal_for(docs: Path) -> Proposal:
    verdict = run_drift(docs, SPEC, DEFAULT_ALLOWLIST)
    return propose(load_spec(SPEC), verdict.unexplained)


def actions(proposal: Proposal) -> list[dict[str, Any]]:
    return [action.as_overlay() for action in proposal.actions]


def test_the_current_pages_propose_nothing(sources: Path) -> None:
    assert proposal_for(sources) == Proposal([], [])


def test_a_new_enum_value_and_its_member_name(sources: Path) -> None:
    edit(sources, LINE, "| `CREDIT-LINE` | `DONATION` |", "| `CREDIT-LINE` | `GIFT-AID` |")
    found = actions(proposal_for(sources))
    assert [(a["target"], a["update"]) for a in found] == [
        ("$['components']['schemas']['LineSubtype']['enum']", "GIFT-AID"),
        (
            "$['components']['schemas']['LineSubtype']['x-enum-varnames']",
            "GIFT_AID",
        ),  # the enum names members
    ]
    assert found[0]["description"] == (
        "enum value missing from spec: LineSubtype: GIFT-AID (docs: api-documentation/invoice-line.md:239)"
    )


def test_a_new_error_code_goes_under_the_status_the_page_shows_it_with(sources: Path) -> None:
    edit(
        sources,
        IMPORT,
        '"error": "invalid_company_id"\n}',
        '"error": "invalid_company_id|company_archived"\n}',
    )
    (action,) = actions(proposal_for(sources))
    assert action["target"] == "$['components']['schemas']['CreateImportUnprocessableErrorCode']['enum']"
    assert action["update"] == "company_archived"
    assert action["description"].endswith("(docs: api-documentation/import.md:149). Under 422")


def test_an_error_code_listed_without_a_status_is_left_for_a_person(sources: Path) -> None:
    edit(
        sources,
        INVOICE,
        "* `invalid_external_invoice_number`: min. 1 character\n",
        "* `invalid_external_invoice_number`: min. 1 character\n* `too_late`: the invoice is closed\n",
    )
    proposal = proposal_for(sources)
    assert proposal.actions == []
    (left,) = proposal.left
    assert left.finding.key == "error code missing from spec: credit_and_retract_invoice: too_late"
    assert "which status?" in left.why


def test_a_new_request_field_typed_from_the_table_and_required_when_the_table_says_so(sources: Path) -> None:
    edit(
        sources,
        IMPORT,
        '{% api-method-parameter name="company\\_id" type="string" required=true %}',
        '{% api-method-parameter name="batch_size" type="integer" required=true %}\nHow many.\n'
        "{% endapi-method-parameter %}\n\n"
        '{% api-method-parameter name="company\\_id" type="string" required=true %}',
    )
    add, require = actions(proposal_for(sources))
    assert add["target"] == "$['components']['schemas']['CreateImportRequest']['properties']"
    node = add["update"]["batch_size"]
    assert node["type"] == "integer"
    assert node["x-review"].startswith("describe it in our own words (docs: api-documentation/import.md:106")
    assert require["target"] == "$['components']['schemas']['CreateImportRequest']"
    assert require["update"]["required"][-1] == "batch_size"


def test_a_new_response_field_typed_from_the_example(sources: Path) -> None:
    edit(sources, IMPORT, '"settled_amount_cents": 456,', '"settled_amount_cents": 456, "archived_at": null,')
    (action,) = actions(proposal_for(sources))
    assert action["target"] == "$['components']['schemas']['Import']['properties']"
    review = action["update"]["archived_at"]["x-review"]
    assert "the example shows null: the type is not known" in review  # a doubt, not a guess


def test_a_response_field_the_docs_dropped_is_deprecated_and_no_longer_required(sources: Path) -> None:
    edit(sources, IMPORT, '  "settled_amount_currency": "EUR|GBP|CHF",\n', "")
    edit(sources, IMPORT, '  "settled_amount_currency": "EUR",\n', "", count=3)
    deprecate, required = actions(proposal_for(sources))
    assert (
        deprecate["target"] == "$['components']['schemas']['Import']['properties']['settled_amount_currency']"
    )
    assert deprecate["update"] == {"deprecated": True}
    assert "api-documentation/import.md:44" in deprecate["description"]  # the examples that no longer show it
    assert "settled_amount_currency" not in required["update"]["required"]
    assert "settled_amount_cents" in required["update"]["required"]


def test_a_changed_success_status_moves_the_answer(sources: Path) -> None:
    text = (sources / IMPORT).read_text(encoding="utf-8")
    at = text.index("httpCode=200", text.index("Create Import"))
    (sources / IMPORT).write_text(text[:at] + "httpCode=201" + text[at + 12 :], encoding="utf-8")
    move, remove = actions(proposal_for(sources))
    spec = load_spec(SPEC)
    assert move["target"] == "$['paths']['/imports']['post']['responses']"
    assert move["update"] == {"201": spec["paths"]["/imports"]["post"]["responses"]["200"]}
    assert remove == {
        "target": "$['paths']['/imports']['post']['responses']['200']",
        "description": "success status differs: create_import: docs 201, spec 200 "
        "(docs: api-documentation/import.md:120). 200 is now 201",
        "remove": True,
    }


def test_a_changed_required_flag_of_a_body_field(sources: Path) -> None:
    edit(
        sources,
        TICKET,
        '{% api-method-parameter name="message" type="string" required=true %}',
        '{% api-method-parameter name="message" type="string" required=false %}',
    )
    (action,) = actions(proposal_for(sources))
    # the only required field: the whole list goes (Overlay 1.0 cannot remove one array item)
    assert action["target"] == "$['components']['schemas']['CreateTicketRequest']['required']"
    assert action["remove"] is True


def test_a_required_flag_of_a_shared_parameter_is_left_for_a_person(sources: Path) -> None:
    edit(
        sources,
        TICKET,
        'page\\_size" type="integer" required=false',
        'page\\_size" type="integer" required=true',
    )
    proposal = proposal_for(sources)
    assert proposal.actions == []
    assert "the parameter is shared (PageSize, 2 operations)" in proposal.left[0].why


def test_a_new_query_parameter(sources: Path) -> None:
    edit(
        sources,
        IMPORT,
        "Partner API Key (Deprecated)\n{% endapi-method-parameter %}\n{% endapi-method-query-parameters %}",
        "Partner API Key (Deprecated)\n{% endapi-method-parameter %}\n"
        '{% api-method-parameter name="verbose" type="boolean" required=false %}\nMore.\n'
        "{% endapi-method-parameter %}\n{% endapi-method-query-parameters %}",
    )
    (action,) = actions(proposal_for(sources))
    assert action["target"] == "$['paths']['/imports/{import_id}']['get']"
    (parameter,) = action["update"]["parameters"]
    assert {k: v for k, v in parameter.items() if k != "x-review"} == {
        "name": "verbose",
        "in": "query",
        "required": False,
        "schema": {"type": "boolean"},
    }


def test_a_new_endpoint_and_one_the_docs_dropped(sources: Path) -> None:
    edit(
        sources,
        IMPORT,
        'path="/v2/imports/:id/transmit" %}\n{% api-method-summary %}\nTransmit Import',
        'path="/v2/imports/:id/reopen" %}\n{% api-method-summary %}\nReopen Import',
    )
    proposal = proposal_for(sources)
    (action,) = actions(proposal)
    assert action["target"] == "$['paths']"
    operation = action["update"]["/imports/{import_id}/reopen"]["put"]
    assert operation["operationId"] == "reopen_import"
    assert operation["tags"] == ["Imports"]
    assert operation["parameters"] == [{"$ref": "#/components/parameters/ImportId"}]
    assert set(operation["responses"]) == {"200", "404", "422"}
    assert "map it in the facade" in operation["x-review"]
    # transmit_import is already deprecated in the spec: deleting it is a person's call
    (left,) = proposal.left
    assert left.finding.key == "endpoint missing from docs: PUT /imports/{import_id}/transmit"
    assert left.why.startswith("already deprecated")


def test_a_dropped_endpoint_is_deprecated_never_deleted() -> None:
    spec = load_spec(SPEC)
    operation = next(o for o in spec_facts(spec).operations if o.operation_id == "delete_import")
    finding = Finding("endpoint missing from docs", operation.endpoint, (), {"operation": operation})
    (action,) = actions(propose(spec, [finding]))
    assert action["target"] == "$['paths']['/imports/{import_id}']['delete']"
    assert action["update"] == {"deprecated": True}


def test_a_changed_base_url(sources: Path) -> None:
    text = (sources / COMPANY).read_text(encoding="utf-8")
    text = text.replace('host="https://app.clubcollect.com/api"', 'host="https://api.clubcollect.eu/api"')
    (sources / COMPANY).write_text(text, encoding="utf-8")
    (action,) = actions(proposal_for(sources))
    assert action["target"] == "$['servers'][?@.url == 'https://app.clubcollect.com/api/v2']"
    assert action["update"] == {"url": "https://api.clubcollect.eu/api/v2"}
    assert "api-documentation/company.md:11" in action["description"]


def test_a_new_auth_scheme(sources: Path) -> None:
    edit(
        sources,
        COMPANY,
        '{% api-method-parameter name="Authorization" type="string" required=true %}',
        '{% api-method-parameter name="X-Api-Key" type="string" required=true %}\nThe key.\n'
        "{% endapi-method-parameter %}\n"
        '{% api-method-parameter name="Authorization" type="string" required=true %}',
    )
    scheme, requirement = actions(proposal_for(sources))
    assert scheme["target"] == "$['components']['securitySchemes']"
    assert scheme["update"]["ApiKeyHeaderXApiKey"]["name"] == "X-Api-Key"
    assert requirement == {
        "target": "$['paths']['/companies/{company_id}']['get']['security']",
        "description": "auth scheme missing from spec: get_company: header X-Api-Key "
        "(docs: api-documentation/company.md:29)",
        "update": {"ApiKeyHeaderXApiKey": []},
    }


def test_judgment_calls_are_left_for_a_person_with_the_reason(sources: Path) -> None:
    edit(sources, TICKET, "defaults to `30`", "defaults to `50`")
    proposal = proposal_for(sources)
    assert proposal.actions == []
    (left,) = proposal.left
    assert left.finding.kind == "pagination default differs"
    assert "decision" in left.why


def test_two_pages_that_disagree_propose_neither() -> None:
    spec = load_spec(SPEC)
    import_schema = "$['components']['schemas']['Import']['properties']['title']"
    one = Finding("response field missing from docs", "a", ("a.md:1",))
    two = Finding("response field missing from docs", "b", ("b.md:2",))
    clashing = Proposal(
        [
            ProposedAction(import_schema, "one", {"deprecated": True}, findings=(one,)),
            ProposedAction(import_schema, "two", {"deprecated": False}, findings=(two,)),
        ]
    )
    result = without_conflicts(clashing)
    assert result.actions == []
    assert [item.finding for item in result.left] == [one, two]
    assert spec  # the real spec is not needed to judge a clash


# ----------------------------------------------------------------- the command


def test_the_command_writes_a_valid_overlay_and_reports_what_is_left(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(
        sources,
        LINE,
        "| `CREDIT-LINE` | | Discount applied",
        "| `DISCOUNT-LINE` | | A reduction\n| `CREDIT-LINE` | | Discount applied",
    )
    edit(sources, TICKET, "defaults to `30`", "defaults to `50`")
    overlay = tmp_path / "proposal.yaml"
    assert drift.main([str(sources), "--propose", str(overlay)]) == 1
    out = capsys.readouterr().out
    assert f"proposal: 1 overlay action(s) written to {overlay}" in out
    assert "left for a person (1)" in out
    document = safe_load(overlay.read_text(encoding="utf-8"))
    check_overlay(document)  # valid against the Overlay 1.0 schema
    assert document["actions"][0]["update"] == "DISCOUNT-LINE"
    assert document["x-left-for-a-person"][0]["finding"].startswith("pagination default differs")
    # JSON and markdown carry it too
    assert drift.main([str(sources), "--propose", str(tmp_path / "p.json"), "--format", "json"]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["proposal"]["actions"][0]["update"] == "DISCOUNT-LINE"
    assert json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["overlay"] == "1.0.0"
    assert drift.main([str(sources), "--propose", str(overlay), "--format", "markdown"]) == 1
    markdown = capsys.readouterr().out
    assert "### Proposed changes to the spec (1)" in markdown
    assert "### Left for a person (1)" in markdown


def test_propose_is_about_the_spec_not_docs_against_docs(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert drift.main([str(sources), "--since", str(sources), "--propose", str(tmp_path / "p.yaml")]) == 2
    assert "--since compares docs with docs" in capsys.readouterr().err


def test_nothing_to_propose_writes_no_file(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overlay = tmp_path / "proposal.yaml"
    assert drift.main([str(sources), "--propose", str(overlay)]) == 0
    assert not overlay.exists()  # an overlay needs at least one action
    assert "proposal: nothing the docs settle on their own" in capsys.readouterr().out


def test_lint_refuses_a_spec_with_a_review_mark() -> None:
    spec = safe_load(SPEC.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["Import"]["properties"]["archived_at"] = {
        "type": "string",
        "x-review": "describe it",
    }
    findings = [f for f in lint(spec) if f.rule == "review-pending"]
    assert [(f.pointer, f.message) for f in findings] == [
        ("/components/schemas/Import/properties/archived_at", "waiting for a person: describe it")
    ]
    del spec["components"]["schemas"]["Import"]["properties"]["archived_at"]["x-review"]
    assert [f for f in lint(spec) if f.rule == "review-pending"] == []


def test_pages_that_disagree_on_a_required_flag_propose_nothing_for_it() -> None:
    spec = load_spec(SPEC)
    operation = next(o for o in spec_facts(spec).operations if o.operation_id == "create_invoice_ticket")
    findings = [
        Finding(
            "required differs",
            f"create_invoice_ticket: message (body): docs {state}",
            (f"{page}:1",),
            {
                "operation": operation,
                "parameter": DocsParameter("message", "body", required, "string", "", Where(page, 1)),
            },
        )
        for page, required, state in (("ticket.md", False, "optional"), ("tickets-old.md", True, "required"))
    ]
    proposal = propose(spec, findings)
    assert proposal.actions == []
    assert [item.why for item in proposal.left] == ["the pages disagree whether message is required"] * 2
