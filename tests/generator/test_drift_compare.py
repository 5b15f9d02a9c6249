"""One test per kind of drift, on tiny fixture pages and a tiny spec that agree with them.

Every test changes exactly one thing, on a copy of a page (the docs gained something) or in
the spec (the spec has something the docs no longer mention), and expects exactly one finding.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from clubcollect_docs.pages import read_pages
from generator.drift import cli as drift
from generator.drift.allowlist import AllowEntry, AllowlistError, judge, load_allowlist
from generator.drift.compare import Finding, _closest_webhook, _labels, _parents, compare
from generator.drift.docs_facts import docs_facts
from generator.drift.spec_facts import (
    SpecAuthScheme,
    SpecWebhook,
    _auth,
    _walk_fields,
    error_codes,
    schema_fields,
    spec_facts,
)
from tests.generator.drift_tiny_spec import PAGES, schemas, tiny_spec


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    copy = tmp_path / "pages"
    shutil.copytree(PAGES, copy)
    return copy


def edit_page(pages: Path, name: str, old: str, new: str) -> None:
    page = pages / name
    text = page.read_text(encoding="utf-8")
    assert old in text, f"fixture {name} no longer contains {old!r}"
    page.write_text(text.replace(old, new, 1), encoding="utf-8")


def findings(pages: Path, spec: dict[str, Any] | None = None) -> list[Finding]:
    return compare(docs_facts(read_pages(pages)), spec_facts(spec or tiny_spec()))


def texts(pages: Path, spec: dict[str, Any] | None = None) -> list[str]:
    """Each finding with the pages it was read from (lines are checked by their own tests)."""
    return [f"{f.key} ({', '.join(f.pages)})" if f.pages else f.key for f in findings(pages, spec)]


def test_fixture_pages_and_tiny_spec_agree(pages: Path) -> None:
    assert texts(pages) == []


# ----------------------------------------------------------------- endpoints


def test_endpoint_missing_from_spec(pages: Path) -> None:
    new_section = (
        "Credit Invoice\n\nPOST https://app.clubcollect.com/api/v2/invoices/:id/credit\n\nLast updated"
    )
    edit_page(pages, "invoice.txt", "Last updated", new_section)
    assert texts(pages) == ["endpoint missing from spec: POST /invoices/{invoice_id}/credit (invoice.txt)"]


def test_endpoint_missing_from_docs(pages: Path) -> None:
    spec = tiny_spec()
    spec["paths"]["/invoices/{invoice_id}"]["delete"] = {
        "operationId": "delete_invoice",
        "responses": {"204": {"description": "gone"}},
    }
    assert texts(pages, spec) == ["endpoint missing from docs: DELETE /invoices/{invoice_id}"]


# ----------------------------------------------------------------- parameters


def test_path_parameter_missing_from_spec(pages: Path) -> None:
    edit_page(pages, "import.txt", "Import ID.\n", "Import ID.\nexpand\noptional\nstring\nWhat to expand.\n")
    assert texts(pages) == ["parameter missing from spec: get_import: expand (path) (import.txt)"]


def test_query_parameter_missing_from_spec(pages: Path) -> None:
    row = "| page:number | integer | Page number. |"
    edit_page(pages, "ticket.md", row, row + "\n| sort:order | string | Order. |")
    assert texts(pages) == [
        "parameter missing from spec: list_company_tickets: sort_order (query) (ticket.md)"
    ]


def test_query_parameter_missing_from_docs(pages: Path) -> None:
    spec = tiny_spec()
    operation = spec["paths"]["/companies/{company_id}/tickets/{status}"]["get"]
    operation["parameters"].append({"name": "sort_order", "in": "query", "schema": {"type": "string"}})
    assert texts(pages, spec) == ["parameter missing from docs: list_company_tickets: sort_order (query)"]


def test_the_api_key_parameter_is_matched_by_the_security_scheme_not_as_a_parameter(pages: Path) -> None:
    spec = tiny_spec()
    spec["security"] = [{"ApiKeyHeader": []}]  # api_key no longer accepted as a query parameter
    assert texts(pages, spec) == [
        "auth scheme missing from spec: create_company: query api_key (company.md)",
        "auth scheme missing from spec: create_import: query api_key (import.txt)",
        "auth scheme missing from spec: get_company: query api_key (company.md)",
        "auth scheme missing from spec: get_import: query api_key (import.txt)",
    ]


# ----------------------------------------------------------------- what integrations depend on


def test_endpoints_whose_paths_have_the_same_shape_stay_apart(pages: Path) -> None:
    edit_page(
        pages,
        "company.md",
        'path="/v2/companies" %}',
        'path="/v2/companies" %}\n{% api-method-summary %}\nCreate\n{% endapi-method-summary %}\n'
        '{% endapi-method %}\n{% api-method method="get" host="https://app.clubcollect.com/api" '
        'path="/v2/companies/:brand" %}',
    )
    # GET /companies/:id and GET /companies/:brand share a shape: the new one is not the show page
    assert texts(pages) == ["endpoint missing from spec: GET /companies/{brand} (company.md)"]


def test_a_path_parameter_with_listed_values_may_be_one_literal_path_per_value(pages: Path) -> None:
    spec = tiny_spec()
    item = spec["paths"].pop("/companies/{company_id}/tickets/{status}")
    item["parameters"] = item["parameters"][:1]  # company_id only: the status is in the path
    for status in ("unanswered", "answered"):
        literal = {"get": {**item["get"], "operationId": f"list_{status}_tickets"}}
        spec["paths"][f"/companies/{{company_id}}/tickets/{status}"] = {**item, **literal}
    assert texts(pages, spec) == []
    edit_page(pages, "ticket.md", "unanswered answered }", "unanswered answered archived }")
    assert texts(pages, spec) == [
        "endpoint missing from spec: GET /companies/{company_id}/tickets/archived (ticket.md)",
        "enum value missing from spec: TicketStatus: archived (ticket.md)",
    ]


def test_a_path_parameter_filed_under_query_is_still_the_path_parameter(pages: Path) -> None:
    text = (pages / "company.md").read_text(encoding="utf-8")
    path_group = text.index("{% api-method-path-parameters %}")
    end = text.index("{% endapi-method-path-parameters %}") + len("{% endapi-method-path-parameters %}")
    moved = text[path_group:end].replace("path-parameters", "query-parameters")
    (pages / "company.md").write_text(text[:path_group] + moved + text[end:], encoding="utf-8")
    assert texts(pages) == []


HOST_AND_AUTH = {
    "host": (
        "company.md",
        'host="https://app.clubcollect.com/api" path="/v2/companies/:id"',
        'host="https://api.clubcollect.com/api" path="/v2/companies/:id"',
        ["base URL missing from spec: get_company: https://api.clubcollect.com/api/v2 (company.md)"],
    ),
    "auth scheme in docs only": (
        "import.txt",
        "ApiKey <api:key>\nQuery Parameters",
        "ApiKey <api:key>\nX-Partner-Key\nrequired\nstring\nThe partner's API key.\nQuery Parameters",
        ["auth scheme missing from spec: get_import: header X-Partner-Key (import.txt)"],
    ),
    "auth scheme in spec only": (
        "import.txt",
        "Headers\nAuthorization\nrequired\nstring\nApiKey <api:key>\nQuery Parameters",
        "Query Parameters",
        ["auth scheme missing from docs: get_import: header Authorization"],
    ),
    "deprecation": (
        "company.md",
        "Partner API Key (Deprecated)",
        "Partner API Key",
        [
            "auth deprecation differs: get_company: query api_key: docs not deprecated, spec deprecated "
            "(company.md)"
        ],
    ),
    "header format": (
        "company.md",
        "ApiKey &lt;api\\_key&gt;",
        "Bearer &lt;api\\_key&gt;",
        ["auth format differs: get_company: header Authorization: docs Bearer <...> (company.md)"],
    ),
}


@pytest.mark.parametrize(("page", "old", "new", "expected"), HOST_AND_AUTH.values(), ids=HOST_AND_AUTH.keys())
def test_host_and_auth(pages: Path, page: str, old: str, new: str, expected: list[str]) -> None:
    edit_page(pages, page, old, new)
    assert texts(pages) == expected


def test_base_url_missing_from_docs(pages: Path) -> None:
    spec = tiny_spec()
    spec["servers"][0]["url"] = "https://api.clubcollect.com/api/v2"
    found = texts(pages, spec)
    assert "base URL missing from docs: https://api.clubcollect.com/api/v2" in found
    assert len([f for f in found if f.startswith("base URL missing from spec")]) == 7  # every operation


def test_success_status_and_body(pages: Path) -> None:
    spec = tiny_spec()
    create = spec["paths"]["/companies"]["post"]
    create["responses"]["204"] = {"description": "made, nothing to say"}
    del create["responses"]["200"]
    assert texts(pages, spec) == [
        "success status differs: create_company: docs 200, spec 204 (company.md)",
        "success body missing from spec: create_company: 200 (company.md)",
    ]


def test_success_status_the_spec_has_and_the_docs_lack(pages: Path) -> None:
    """The docs still list the spec's 200 but not its new 201: the status sets differ all the same.

    The other test changes both sides at once, so a check that only looked for statuses the docs
    have and the spec lacks would pass it; here only the spec gained one.
    """
    spec = tiny_spec()
    spec["paths"]["/companies"]["post"]["responses"]["201"] = {"description": "made, nothing to say"}
    assert texts(pages, spec) == [
        "success status differs: create_company: docs 200, spec 200, 201 (company.md)"
    ]


def test_success_status_the_docs_have_and_the_spec_lacks(pages: Path) -> None:
    """The mirror case: the page gains a 201 the spec does not answer with."""
    edit_page(
        pages,
        "company.md",
        "{% api-method-response-example httpCode=422 %}",
        "{% api-method-response-example httpCode=201 %}\n{% api-method-response-example-description %}\n"
        "Made again.\n{% endapi-method-response-example-description %}\n\n```text\n\n```\n"
        "{% endapi-method-response-example %}\n\n{% api-method-response-example httpCode=422 %}",
    )
    assert texts(pages) == ["success status differs: create_company: docs 200, 201, spec 200 (company.md)"]


def test_success_body_missing_from_docs(pages: Path) -> None:
    spec = tiny_spec()
    responses = spec["paths"]["/companies"]["post"]["responses"]
    responses["204"] = responses.pop("200")  # the spec answers 204 with the Company
    text = (pages / "company.md").read_text(encoding="utf-8")
    made = text.index(
        "{% api-method-response-example httpCode=200 %}\n{% api-method-response-example-description %}\nMade."
    )
    start = text.index("```javascript", made)
    end = text.index("```\n", start + 3) + 4
    text = (
        text[:made]
        + text[made:start].replace("httpCode=200", "httpCode=204")
        + "```text\n\n```\n"
        + text[end:]
    )
    (pages / "company.md").write_text(text, encoding="utf-8")  # the page: 204 and an empty block
    assert texts(pages, spec) == ["success body missing from docs: create_company: 204 (company.md)"]


REQUIRED = {
    "body field made optional": (
        "company.md",
        '{% api-method-parameter name="name" type="string" required=true %}',
        '{% api-method-parameter name="name" type="string" required=false %}',
        ["required differs: create_company: name (body): docs optional, spec required (company.md)"],
    ),
    "body field made required": (
        "import.txt",
        "title\noptional\nstring\n",
        "title\nrequired\nstring\n",
        ["required differs: create_import: title (body): docs required, spec optional (import.txt)"],
    ),
    "query parameter made required": (
        "ticket.md",
        "| page:number | integer | Page number. |",
        '| page:number<mark style="color:red;">\\*</mark> | integer | Page number. |',
        [
            "required differs: list_company_tickets: page_number (query): docs required, spec optional "
            "(ticket.md)"
        ],
    ),
}


@pytest.mark.parametrize(("page", "old", "new", "expected"), REQUIRED.values(), ids=REQUIRED.keys())
def test_required_or_optional(pages: Path, page: str, old: str, new: str, expected: list[str]) -> None:
    edit_page(pages, page, old, new)
    assert texts(pages) == expected


PAGINATION = {
    "parameter in docs only": (
        "| page:number | integer | Page number. |",
        "| page:number | integer | Page number. |\n| page:size | integer | Page size. |",
        ["pagination parameter missing from spec: list_company_tickets: page_size (query) (ticket.md)"],
    ),
    "location": (
        "#### Query Parameters\n\n| Name        | Type    | Description  |\n"
        "| ----------- | ------- | ------------ |\n| page:number | integer | Page number. |",
        "",
        [
            "pagination parameter location differs: list_company_tickets: page_number: docs path, spec query "
            "(ticket.md)"
        ],
    ),
    "default": (
        "| page:number | integer | Page number. |",
        "| page:number | integer | Page number; defaults to `2`. |",
        ["pagination default differs: list_company_tickets: page_number: docs 2, spec 1 (ticket.md)"],
    ),
    "maximum": (
        "| page:number | integer | Page number. |",
        "| page:number | integer | Page number. Maximum permitted value is `500`. |",
        ["pagination maximum differs: list_company_tickets: page_number: docs 500, spec 1000 (ticket.md)"],
    ),
}


@pytest.mark.parametrize(("old", "new", "expected"), PAGINATION.values(), ids=PAGINATION.keys())
def test_pagination(pages: Path, old: str, new: str, expected: list[str]) -> None:
    if not new:  # moved into the path parameters table, as the vendor's imports list does
        row = '| id<mark style="color:red;">\\*</mark>     | string | Company id \\(server made\\).     |'
        edit_page(pages, "ticket.md", row, row + "\n| page:number | integer | Page number. |")
    edit_page(pages, "ticket.md", old, new)
    assert texts(pages) == expected


def test_a_pagination_default_written_as_a_string_in_the_spec_is_the_same_number(pages: Path) -> None:
    spec = tiny_spec()
    parameter = spec["paths"]["/companies/{company_id}/tickets/{status}"]["get"]["parameters"][0]
    parameter["schema"] = {"type": "string", "default": "1"}
    edit_page(pages, "ticket.md", "| Page number. |", "| Page number, defaults to `1`. |")
    assert texts(pages, spec) == []


def test_pagination_parameter_missing_from_docs(pages: Path) -> None:
    spec = tiny_spec()
    operation = spec["paths"]["/companies/{company_id}/tickets/{status}"]["get"]
    operation["parameters"].append({"name": "page_size", "in": "query", "schema": {"type": "integer"}})
    assert texts(pages, spec) == ["pagination parameter missing from docs: list_company_tickets: page_size"]


NOTIFICATIONS = {
    "field in docs only": (
        '"import_ids": []',
        '"import_ids": [],\n  "signature": "..."',
        ["notification field missing from spec: invoice_notification: signature (notifications.md)"],
    ),
    "field in spec only": (
        '  "import_ids": []\n',
        "",
        ["notification field missing from docs: invoice_notification: import_ids"],
    ),
    "a payload no webhook matches": (
        '"api_key": "...",\n  "invoice_ids": ["..."],\n  "import_ids": []',
        '"payment_id": "...", "payment_result": "authorized", "company_id": "..."',
        [
            "notification payload missing from spec: notifications.md#notifications (notifications.md)",
            "notification missing from docs: invoice_notification",
        ],
    ),
}


@pytest.mark.parametrize(("old", "new", "expected"), NOTIFICATIONS.values(), ids=NOTIFICATIONS.keys())
def test_notification_payloads(pages: Path, old: str, new: str, expected: list[str]) -> None:
    edit_page(pages, "notifications.md", old, new)
    assert texts(pages) == expected


def test_a_webhook_without_a_body_is_not_expected_among_the_payloads(pages: Path) -> None:
    spec = tiny_spec()
    spec["webhooks"]["browser_return"] = {
        "get": {
            "operationId": "browser_return",
            "parameters": [{"name": "result", "in": "query", "schema": {"type": "string"}}],
            "responses": {"200": {"description": "ok"}},
        }
    }
    assert texts(pages, spec) == []


def test_findings_name_the_line_they_come_from(pages: Path) -> None:
    edit_page(
        pages, "company.md", "Brand code. From `{ clubcollect knltb }`.", "From `{ clubcollect knltb dtb }`."
    )
    edit_page(pages, "import.txt", '"transmitted": false', '"transmitted": false,\n"refund_cents": 1')
    edit_page(pages, "invoice.txt", "  • invalid_import_id:", "  • invalid_foo\n\n  • invalid_import_id:")
    lines = {f.kind: f.sources for f in findings(pages)}

    def line(page: str, text: str) -> str:
        number = next(n for n, row in enumerate((pages / page).read_text().splitlines(), 1) if text in row)
        return f"{page}:{number}"

    assert lines["enum value missing from spec"] == (line("company.md", 'name="brand"'),)
    assert lines["response field missing from spec"] == (line("import.txt", '"refund_cents"'),)
    assert lines["error code missing from spec"] == (line("invoice.txt", "• invalid_foo"),)


# ----------------------------------------------------------------- request fields


def test_request_field_missing_from_spec_from_the_example_body(pages: Path) -> None:
    edit_page(
        pages,
        "invoice.txt",
        '"import_id": "...",\n  "external',
        '"import_id": "...",\n  "reference": "x",\n  "external',
    )
    assert texts(pages) == ["request field missing from spec: create_invoice: reference (invoice.txt)"]


def test_request_field_missing_from_spec_from_body_parameters(pages: Path) -> None:
    edit_page(
        pages, "import.txt", "title\noptional\nstring\n", "title\noptional\nstring\nnote\noptional\nstring\n"
    )
    assert texts(pages) == ["request field missing from spec: create_import: note (import.txt)"]


def test_request_field_missing_from_docs(pages: Path) -> None:
    spec = tiny_spec()
    body = spec["paths"]["/imports"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["expected_invoices_count"] = {"type": "integer"}
    assert texts(pages, spec) == ["request field missing from docs: create_import: expected_invoices_count"]


# ----------------------------------------------------------------- response fields


def test_response_field_missing_from_spec(pages: Path) -> None:
    edit_page(
        pages, "import.txt", '"transmitted": true|false', '"transmitted": true|false,\n"refund_cents": 1'
    )
    assert texts(pages) == ["response field missing from spec: get_import: refund_cents (import.txt)"]


def test_nested_response_field_missing_from_spec_in_a_braceless_example(pages: Path) -> None:
    edit_page(pages, "ticket.md", '"sender": "CUSTOMER",', '"sender": "CUSTOMER",\n   "read": true,')
    assert texts(pages) == [
        "response field missing from spec: list_company_tickets: tickets[].read (ticket.md)"
    ]


def test_response_field_missing_from_docs_is_named_by_schema(pages: Path) -> None:
    spec = tiny_spec()
    schemas(spec)["Invoice"]["properties"]["locale"] = {"type": "string"}
    assert texts(pages, spec) == ["response field missing from docs: Invoice: locale"]


# ----------------------------------------------------------------- enum values


MISSING = "enum value missing from spec"
ENUM_EDITS = {
    "line type in a table": (
        "invoice.txt",
        "PAYMENT\n\ndonation",
        "JEUGDFONDS\n\ndonation",
        # the edited row was the only mention of PAYMENT, so that is reported the other way round
        [f"{MISSING}: LineType: JEUGDFONDS (invoice.txt)", "enum value missing from docs: LineType: PAYMENT"],
    ),
    "line type in an example": (
        "invoice.txt",
        '"type": "INVOICE-LINE"',
        '"type": "INVOICE-LINE|CHARGEBACK-LINE"',
        [f"{MISSING}: LineType: CHARGEBACK-LINE (invoice.txt)"],
    ),
    "line subtype in a table": (
        "invoice.txt",
        "donation\n",
        "donation\n\nCHARGEBACK\n\nDONATION\n\nChargeback of a donation\n",
        [f"{MISSING}: LineSubtype: DONATION (invoice.txt)", f"{MISSING}: LineType: CHARGEBACK (invoice.txt)"],
    ),
    "payment method alternation": (
        "invoice.txt",
        '"ideal|sdd"',
        '"ideal|sdd|klarna"',
        [f"{MISSING}: PaymentMethod: klarna (invoice.txt)"],
    ),
    "payment method bullet": (
        "invoice.txt",
        "  • sdd\n",
        "  • sdd\n\n  • klarna\n",
        [f"{MISSING}: PaymentMethod: klarna (invoice.txt)"],
    ),
    "message type": (
        "invoice.txt",
        '"EMAIL|SMS"',
        '"EMAIL|SMS|LETTER"',
        [f"{MISSING}: MessageType: LETTER (invoice.txt)"],
    ),
    "ticket sender": (
        "ticket.md",
        '"sender": "CUSTOMER"',
        '"sender": "CUSTOMER|COMPANY"',
        [f"{MISSING}: TicketSender: COMPANY (ticket.md)"],
    ),
    "ticket status": (
        "ticket.md",
        "unanswered answered }",
        "unanswered answered archived }",
        [f"{MISSING}: TicketStatus: archived (ticket.md)"],
    ),
    "currency": ("import.txt", '"EUR|GBP"', '"EUR|GBP|CHF"', [f"{MISSING}: Currency: CHF (import.txt)"]),
}


@pytest.mark.parametrize(("page", "old", "new", "expected"), ENUM_EDITS.values(), ids=ENUM_EDITS.keys())
def test_enum_value_missing_from_spec(
    pages: Path, page: str, old: str, new: str, expected: list[str]
) -> None:
    edit_page(pages, page, old, new)
    assert texts(pages) == expected


def test_enum_value_missing_from_docs(pages: Path) -> None:
    spec = tiny_spec()
    schemas(spec)["PaymentMethod"]["enum"].append("paypal")
    assert texts(pages, spec) == ["enum value missing from docs: PaymentMethod: paypal"]


def test_enum_missing_from_spec(pages: Path) -> None:
    spec = tiny_spec()
    del schemas(spec)["MessageType"]
    schemas(spec)["Invoice"]["properties"]["messages"]["items"]["properties"]["type"] = {"type": "string"}
    assert texts(pages, spec) == ["enum missing from spec: MessageType (invoice.txt)"]


# ----------------------------------------------------------------- error codes


ERROR_EDITS = {
    "bullet list": (
        "invoice.txt",
        "  • invalid_amount_total_cents:",
        "  • invalid_foo: Made up.\n\n  • invalid_amount_total_cents:",
        ["error code missing from spec: create_invoice: invalid_foo (invoice.txt)"],
    ),
    "plural errors example": (
        "import.txt",
        '"errors": "invalid_import_id"',
        '"errors": "invalid_import_id|import_gone"',
        ["error code missing from spec: get_import: import_gone (import.txt)"],
    ),
    "markdown tab example": (
        "ticket.md",
        '"error": "not_found"',
        '"error": "company_gone"',
        # the replaced code is reported the other way round
        [
            "error code missing from spec: list_company_tickets: company_gone (ticket.md)",
            "error code missing from docs: list_company_tickets: not_found",
        ],
    ),
}


@pytest.mark.parametrize(("page", "old", "new", "expected"), ERROR_EDITS.values(), ids=ERROR_EDITS.keys())
def test_error_code_missing_from_spec(
    pages: Path, page: str, old: str, new: str, expected: list[str]
) -> None:
    edit_page(pages, page, old, new)
    assert texts(pages) == expected


def test_error_code_missing_from_docs(pages: Path) -> None:
    spec = tiny_spec()
    schemas(spec)["CreateInvoiceUnprocessableErrorCode"]["enum"].append("invalid_customer_email")
    assert texts(pages, spec) == ["error code missing from docs: create_invoice: invalid_customer_email"]


def test_no_reverse_error_check_where_the_page_lists_no_errors(pages: Path) -> None:
    spec = tiny_spec()  # get_invoice: the page shows no error at all, the spec has invalid_invoice_id
    schemas(spec)["GetInvoiceNotFoundErrorCode"]["enum"].append("another_code")
    assert texts(pages, spec) == []


# ----------------------------------------------------------------- pages


def test_link_to_a_missing_section(pages: Path) -> None:
    edit_page(pages, "ticket.md", "import.md#create-import", "import.md#credit-import")
    assert texts(pages) == ["docs link to a missing section: ticket.md: import.md#credit-import (ticket.md)"]


def test_link_to_a_page_not_in_the_snapshot(pages: Path) -> None:
    edit_page(pages, "ticket.md", "import.md#create-import", "payments.md")
    assert texts(pages) == ["docs link to a page not in the snapshot: ticket.md: payments.md (ticket.md)"]


def test_unreadable_example_is_reported_not_skipped(pages: Path) -> None:
    edit_page(pages, "import.txt", '"transmitted": false', '"transmitted": no')
    (finding,) = texts(pages)
    assert finding.startswith("docs example unreadable: import.txt:")


# ----------------------------------------------------------------- allowlist


def finding(text: str) -> Finding:
    kind, subject = text.split(": ", 1)
    return Finding(kind, subject)


def test_allowlist_explains_matching_findings_with_wildcards_and_reports_stale_patterns() -> None:
    findings = [
        finding("error code missing from docs: create_import: unauthorized"),
        finding("error code missing from docs: get_import: unauthorized"),
        finding("error code missing from docs: get_import: invalid_json"),
    ]
    entries = [
        AllowEntry(("error code missing from docs: *: unauthorized",), "A1"),
        AllowEntry(("endpoint missing from docs: GET /gone",), "removed long ago"),
    ]
    verdict = judge(findings, entries)
    assert [(f.key, reason) for f, reason in verdict.allowed] == [
        ("error code missing from docs: create_import: unauthorized", "A1"),
        ("error code missing from docs: get_import: unauthorized", "A1"),
    ]
    assert [f.key for f in verdict.unexplained] == ["error code missing from docs: get_import: invalid_json"]
    assert verdict.stale == ["endpoint missing from docs: GET /gone"]


@pytest.mark.parametrize(
    "pattern",
    [
        "enum value missing from spec: PaymentMethod: klarn",  # a prefix of the key
        "value missing from spec: PaymentMethod: klarna",  # a suffix
        "missing from spec: PaymentMethod",  # the middle
        "enum value missing from spec: PaymentMethod: klarna and more",  # longer than the key
    ],
)
def test_an_allowlist_entry_covering_part_of_a_key_excuses_nothing(pattern: str) -> None:
    verdict = judge(
        [finding("enum value missing from spec: PaymentMethod: klarna")], [AllowEntry((pattern,), "r")]
    )
    assert [f.key for f in verdict.unexplained] == ["enum value missing from spec: PaymentMethod: klarna"]
    assert verdict.stale == [pattern]


def test_allowlist_patterns_are_literal_except_for_the_star() -> None:
    entries = [AllowEntry(("response field missing from docs: Invoice: invoice_lines[].subtype",), "D1")]
    hit = judge([finding("response field missing from docs: Invoice: invoice_lines[].subtype")], entries)
    miss = judge([finding("response field missing from docs: Invoice: invoice_lines_.subtype")], entries)
    assert len(hit.allowed) == 1
    assert len(miss.unexplained) == 1


@pytest.mark.parametrize(
    "content",
    ["- match: x\n", "- reason: why\n", "match: x\nreason: y\n", "- match: [1]\n  reason: y\n", "- [oops\n"],
    ids=["no-reason", "no-match", "not-a-list", "not-strings", "bad-yaml"],
)
def test_malformed_allowlist_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "allow.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AllowlistError):
        load_allowlist(path)


# ----------------------------------------------------------------- command line


def run(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    pages: Path,
    *extra: str,
    spec: dict[str, Any] | None = None,
) -> tuple[int, str]:
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(spec or tiny_spec()), encoding="utf-8")
    allowlist = tmp_path / "allow.yaml"
    if not allowlist.exists():
        allowlist.write_text("[]\n", encoding="utf-8")
    code = drift.main([str(pages), "--spec", str(spec_path), "--allowlist", str(allowlist), *extra])
    return code, capsys.readouterr().out


def test_cli_exits_0_when_docs_and_spec_agree(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pages: Path
) -> None:
    code, out = run(capsys, tmp_path, pages)
    assert code == 0
    assert "docs and spec agree" in out


def test_cli_exits_1_and_groups_the_findings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pages: Path
) -> None:
    edit_page(pages, "invoice.txt", '"ideal|sdd"', '"ideal|sdd|klarna"')
    code, out = run(capsys, tmp_path, pages)
    assert code == 1
    assert "enum values (1)\n  enum value missing from spec: PaymentMethod: klarna (invoice.txt:23)\n" in out


def test_cli_json_output(capsys: pytest.CaptureFixture[str], tmp_path: Path, pages: Path) -> None:
    edit_page(pages, "invoice.txt", '"ideal|sdd"', '"ideal|sdd|klarna"')
    code, out = run(capsys, tmp_path, pages, "--json")
    payload = json.loads(out)
    assert code == 1
    assert payload["ok"] is False
    assert [f["text"] for f in payload["unexplained"]] == [
        "enum value missing from spec: PaymentMethod: klarna (invoice.txt:23)"
    ]


def test_cli_allowlisted_difference_exits_0_and_stale_entry_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pages: Path
) -> None:
    edit_page(pages, "invoice.txt", '"ideal|sdd"', '"ideal|sdd|klarna"')
    allowlist = tmp_path / "allow.yaml"
    allowlist.write_text('- match: "enum value missing from spec: PaymentMethod: klarna"\n  reason: test\n')
    code, out = run(capsys, tmp_path, pages, "--show-allowed")
    assert (code, "why: test" in out) == (0, True)
    edit_page(pages, "invoice.txt", '"ideal|sdd|klarna"', '"ideal|sdd"')
    code, out = run(capsys, tmp_path, pages)
    assert code == 1
    assert "stale allowlist entry: enum value missing from spec: PaymentMethod: klarna" in out


def test_cli_exits_2_on_unreadable_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert drift.main([str(tmp_path / "nowhere")]) == 2
    assert drift.main([str(PAGES), "--spec", str(tmp_path / "missing.yaml")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_cli_markdown_summary_for_a_pull_request(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pages: Path
) -> None:
    edit_page(pages, "invoice.txt", '"ideal|sdd"', '"ideal|sdd|klarna"')
    edit_page(pages, "import.txt", "title\noptional\nstring\n", "title\nrequired\nstring\n")
    summary = tmp_path / "summary.md"
    summary.write_text("earlier steps\n", encoding="utf-8")
    code, out = run(capsys, tmp_path, pages, "--format", "markdown", "--markdown-summary", str(summary))
    assert code == 1
    assert out.startswith("## Docs drift: 2 unexplained difference(s)\n")
    assert "### enum values (1)\n\n| difference | where the docs say it |\n| --- | --- |\n" in out
    assert "| enum value missing from spec: PaymentMethod: klarna | `invoice.txt:23` |" in out
    assert (
        "| required differs: create_import: title (body): docs required, spec optional | `import.txt:" in out
    )
    assert summary.read_text(encoding="utf-8") == "earlier steps\n" + out.removesuffix("\n")  # appended


def test_cli_markdown_when_nothing_drifted(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pages: Path
) -> None:
    code, out = run(capsys, tmp_path, pages, "--format", "markdown")
    assert code == 0
    assert out.startswith("## Docs drift: none\n")


def test_cli_exits_2_naming_a_page_in_no_format_it_can_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pages: Path
) -> None:
    (pages / "payments.md").write_text("<!DOCTYPE html><html><body>Sign in</body></html>\n", encoding="utf-8")
    code = drift.main([str(pages), "--no-allowlist"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert "payments.md: not a docs page in a known format" in err


def test_a_stub_page_is_a_finding_not_a_failed_run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pages: Path
) -> None:
    """2018: the tickets page held only its title; the other pages must still be compared."""
    (pages / "payments.md").write_text("# Payments\n\nComing soon.\n", encoding="utf-8")
    (pages / "partner-possibilities.md").write_text("# Possibilities\n\nProse.\n", encoding="utf-8")
    code = drift.main([str(pages), "--no-allowlist"])
    out = capsys.readouterr().out
    assert code == 1
    assert "  page describes nothing: payments.md (payments.md:1)" in out.splitlines()
    assert "partner-possibilities.md" not in out  # a guide page may describe nothing
    assert "endpoint missing from docs" in out  # the payment operations, no longer documented


def test_output_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    """``python -m generator drift ... | head``: no traceback when the reader goes away."""
    with subprocess.Popen(
        [sys.executable, "-m", "generator", "drift", str(PAGES), "--format", "json", "--no-allowlist"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader is gone before anything is written
        err = process.stderr.read().decode()
        assert process.wait(timeout=60) == 1
    assert "Traceback" not in err


def test_places_sort_by_page_then_line_number() -> None:
    labels = ["p.md:10", "https://x.test/a.md:3", "p.md:9", "https://x.test/a.md:12", "notes"]
    assert _labels(labels) == (
        "https://x.test/a.md:3",
        "https://x.test/a.md:12",
        "notes",
        "p.md:9",
        "p.md:10",
    )


def test_parents_of_a_nested_field_name() -> None:
    assert _parents("customer.name.last_name") == {"customer", "customer.name"}
    assert _parents("lines[].id") == {"lines"}
    assert _parents("lines[].tags[].id") == {"lines", "lines[].tags"}
    assert _parents("amount") == set()


def test_closest_webhook_needs_half_the_fields_in_common() -> None:
    paid = SpecWebhook("invoice_paid", {"invoice_id", "amount", "paid_at", "method"})
    assert _closest_webhook({"invoice_id", "amount"}, [paid]) is paid  # 2 of 4: enough
    assert _closest_webhook({"invoice_id", "note", "extra"}, [paid]) is None  # 1 of 6: too few
    assert _closest_webhook(set(), [SpecWebhook("ping", set())]) is None  # nothing to go by


def test_closest_webhook_prefers_the_most_shared_fields_and_the_first_on_a_tie() -> None:
    first = SpecWebhook("first", {"a", "b"})
    second = SpecWebhook("second", {"a", "b"})
    closer = SpecWebhook("closer", {"a", "b", "c"})
    assert _closest_webhook({"a", "b"}, [first, second]) is first
    assert _closest_webhook({"a", "b", "c"}, [first, closer, second]) is closer


def component_spec(**components: Any) -> dict[str, Any]:
    return {"components": {"schemas": components}}


def schema_ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def test_schema_fields_stop_at_recursion_through_properties_items_and_alternatives() -> None:
    spec = component_spec(
        Node={
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "parent": schema_ref("Node"),
                "children": {"type": "array", "items": schema_ref("Node")},
                "link": {"oneOf": [schema_ref("Node"), schema_ref("Url")]},
            },
        },
        Url={"type": "object", "required": ["href"], "properties": {"href": {"type": "string"}}},
    )
    assert _walk_fields(spec, schema_ref("Node")) == {
        "name": True,
        "parent": False,
        "children": False,
        "link": False,
        "link.href": True,
    }
    assert schema_fields(spec, schema_ref("Node"), stack=frozenset({"Node"})) == set()


def test_schema_fields_of_an_array_body_and_under_a_prefix() -> None:
    spec = component_spec(Line={"type": "object", "properties": {"id": {"type": "string"}}})
    assert schema_fields(spec, {"type": "array", "items": schema_ref("Line")}) == {"[].id"}
    assert schema_fields(spec, schema_ref("Line"), "lines[]") == {"lines[].id"}


def test_a_field_is_required_only_if_every_alternative_naming_it_requires_it() -> None:
    spec = component_spec(
        Person={"type": "object", "properties": {"name": {"type": "string"}, "email": {"type": "string"}}},
        Company={
            "type": "object",
            "required": ["name", "vat"],
            "properties": {"name": {"type": "string"}, "vat": {"type": "string"}},
        },
    )
    payer = {"oneOf": [schema_ref("Person"), schema_ref("Company")]}
    assert _walk_fields(spec, payer) == {"name": False, "email": False, "vat": True}
    body = {"type": "object", "required": ["payer"], "properties": {"payer": payer}}
    assert _walk_fields(spec, body) == {
        "payer": True,
        "payer.name": False,
        "payer.email": False,
        "payer.vat": True,
    }


def test_error_codes_of_every_error_member_and_alternative() -> None:
    spec = component_spec(
        Body={
            "type": "object",
            "properties": {
                "error": {"anyOf": [schema_ref("NotFound"), schema_ref("Gone")]},
                "errors": {"type": "string", "enum": ["invalid"]},
            },
        },
        NotFound={"type": "string", "enum": ["not_found"]},
        Gone={"type": "string", "enum": ["gone", 410]},
    )
    assert error_codes(spec, schema_ref("Body")) == {"not_found", "gone", "410", "invalid"}


def test_auth_schemes_an_operation_needs() -> None:
    spec: dict[str, Any] = {
        "security": [{"Key": []}],
        "components": {
            "securitySchemes": {
                "Key": {"$ref": "#/components/x-schemes/Key"},
                "OldKey": {"type": "apiKey", "in": "query", "name": "api_key", "deprecated": True},
                "Cookie": {"type": "apiKey", "in": "cookie", "name": "session"},
            },
            "x-schemes": {
                "Key": {"type": "apiKey", "in": "header", "name": "X-Key", "description": "The key."}
            },
        },
    }
    assert _auth(spec, {}) == [SpecAuthScheme("header", "X-Key", False, "The key.")]  # the spec's default
    assert _auth(spec, {"security": []}) == []  # the operation's own list wins, even empty
    assert _auth(spec, {"security": [{"OldKey": []}, {"Cookie": []}]}) == [
        SpecAuthScheme("query", "api_key", True, "")  # a cookie is not a documented key
    ]
