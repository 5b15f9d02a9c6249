"""Each comparison rule of drift on hand-built facts, at the edges the fixture pages do not reach.

The pages are :mod:`clubcollect_docs.model` objects and the spec side is :class:`SpecOperation`s,
so every test states exactly what the docs and the spec say: an endpoint documented on two
pages, paths paired by shape or written as literals, several parameters where an early one is
skipped, two operations sharing a response schema. Each expects the whole list of findings.
"""

from __future__ import annotations

import pytest

from clubcollect_docs.model import (
    DocsErrorCode,
    DocsExample,
    DocsLink,
    DocsOperation,
    DocsPage,
    DocsParameter,
    DocsPayload,
    DocsResponse,
    Where,
)
from clubcollect_docs.names import docs_path
from generator.drift.compare import _labels, compare
from generator.drift.docs_facts import docs_facts
from generator.drift.spec_facts import SpecAuthScheme, SpecFacts, SpecOperation, SpecParameter, SpecWebhook

PAGE = "api-documentation/invoice.md"
OTHER = "api-documentation/invoice-more.md"
BASE = "https://app.clubcollect.com/api/v2"


def at(line: int, page: str = PAGE) -> Where:
    return Where(page, line)


def param(
    name: str, location: str = "query", description: str = "", required: bool | None = None, line: int = 5
) -> DocsParameter:
    return DocsParameter(name, location, required, "string", description, at(line))


def example(text: str, line: int, page: str = PAGE) -> DocsExample:
    return DocsExample(text, at(line, page))


def documented(
    path: str,
    *,
    method: str = "GET",
    base: str = BASE,
    page: str = PAGE,
    line: int = 3,
    parameters: list[DocsParameter] | None = None,
    responses: list[DocsResponse] | None = None,
    requests: list[DocsExample] | None = None,
    codes: list[DocsErrorCode] | None = None,
) -> DocsOperation:
    url = base + path
    return DocsOperation(
        page,
        f"{method} {path}",
        method,
        url,
        docs_path(url),
        at(line, page),
        parameters or [],
        responses or [],
        requests or [],
        codes or [],
    )


def operation(
    operation_id: str,
    path: str,
    *,
    method: str = "GET",
    parameters: list[SpecParameter] | None = None,
    **facts: object,
) -> SpecOperation:
    found = SpecOperation(operation_id, method, path, base_urls=[BASE])
    for parameter in parameters or []:
        found.parameters.setdefault(parameter.location, {})[parameter.name] = parameter
    for name, value in facts.items():
        setattr(found, name, value)
    return found


def findings(
    operations: list[DocsOperation],
    spec: list[SpecOperation],
    *,
    base_urls: tuple[str, ...] = (BASE,),
    enums: dict[str, set[str]] | None = None,
    webhooks: list[SpecWebhook] | None = None,
    pages: list[DocsPage] | None = None,
) -> list[str]:
    by_page: dict[str, list[DocsOperation]] = {}
    for documented_operation in operations:
        by_page.setdefault(documented_operation.page, []).append(documented_operation)
    read = [DocsPage(page, "markdown", "Invoice", operations=ops) for page, ops in by_page.items()]
    facts = docs_facts(read + (pages or []))
    return [f.text for f in compare(facts, SpecFacts(spec, enums or {}, webhooks or [], list(base_urls)))]


# Endpoints: by path, by path shape, as literal paths.

METHODS = {"PaymentMethod": {"bancontact", "ideal"}}  # a payment_method's values are that enum's


def test_a_path_whose_parameter_is_named_differently_pairs_by_its_shape() -> None:
    docs = documented("/imports/:id/invoices", parameters=[param("import_id", "path")])
    spec = operation("list_invoices", "/imports/{id}/invoices")
    assert findings([docs], [spec]) == []


def test_two_spec_paths_of_the_same_shape_are_not_guessed_between() -> None:
    docs = documented("/things/:colour")
    spec = [operation("by_size", "/things/{size}"), operation("by_weight", "/things/{weight}")]
    assert findings([docs], spec) == [
        f"endpoint missing from spec: GET /things/{{colour}} ({PAGE}:3)",
        "endpoint missing from docs: GET /things/{size}",
        "endpoint missing from docs: GET /things/{weight}",
    ]


def test_a_path_parameter_listing_its_values_pairs_with_the_literal_paths() -> None:
    """The first path parameter lists nothing; of the second's values the spec has one."""
    methods = param("payment_method", "path", "(allowed: bancontact, ideal)", line=7)
    first_page = documented(
        "/companies/:company_id/payments/:payment_method",
        parameters=[param("company_id", "path", line=6), methods, param("expand", line=8)],
    )
    second_page = documented("/companies/:company_id/payments/:payment_method", page=OTHER)
    spec = operation("start_ideal", "/companies/{company_id}/payments/ideal")
    assert findings([first_page, second_page], [spec], enums=METHODS) == [
        f"endpoint missing from spec: GET /companies/{{company_id}}/payments/bancontact ({PAGE}:7)",
        f"parameter missing from spec: start_ideal: expand (query) ({PAGE}:8)",
    ]


def test_a_literal_path_the_spec_lacks_carries_the_documented_operations_for_propose() -> None:
    methods = param("payment_method", "path", "(allowed: bancontact, ideal)", line=7)
    docs = documented("/payments/:payment_method", parameters=[methods])
    facts = docs_facts([DocsPage(PAGE, "markdown", "Payments", operations=[docs])])
    spec = SpecFacts([operation("ideal", "/payments/ideal")], METHODS, [], [BASE])
    missing = [f for f in compare(facts, spec) if f.kind == "endpoint missing from spec"]
    assert [(f.subject, f.facts) for f in missing] == [
        ("GET /payments/bancontact", {"literal_of": facts.operations}),
    ]


def test_values_of_a_later_path_parameter_are_tried_when_an_earlier_one_s_are_not_in_the_spec() -> None:
    company = param("company", "path", "(allowed: acme)", line=6)
    methods = param("payment_method", "path", "(allowed: ideal)", line=7)
    docs = documented("/companies/:company/payments/:payment_method", parameters=[company, methods])
    spec = operation("start_ideal", "/companies/{company}/payments/ideal")
    assert findings([docs], [spec], enums={"PaymentMethod": {"ideal"}}) == []


def test_endpoints_paired_before_a_literal_one_are_still_compared() -> None:
    invoice = documented("/invoices/:id", parameters=[param("expand", line=4)])
    payments = documented(
        "/payments/:payment_method", line=10, parameters=[param("payment_method", "path", "(allowed: ideal)")]
    )
    spec = [operation("get_invoice", "/invoices/{invoice_id}"), operation("ideal", "/payments/ideal")]
    assert findings([invoice, payments], spec, enums={"PaymentMethod": {"ideal"}}) == [
        f"parameter missing from spec: get_invoice: expand (query) ({PAGE}:4)"
    ]


# Base URLs.


def test_a_page_without_a_base_url_does_not_hide_the_next_page_s() -> None:
    relative = documented("/invoices/:id", base="")
    sandbox = documented("/invoices/:id", base="https://sandbox.clubcollect.com/api/v2", page=OTHER)
    spec = operation("get_invoice", "/invoices/{invoice_id}")
    assert findings([relative, sandbox], [spec], base_urls=()) == [
        f"base URL missing from spec: get_invoice: https://sandbox.clubcollect.com/api/v2 ({OTHER}:3)"
    ]


def test_the_spec_s_first_server_must_be_documented() -> None:
    sandbox = documented("/invoices/:id", base="https://sandbox.clubcollect.com/api/v2")
    spec = operation("get_invoice", "/invoices/{invoice_id}")
    spec.base_urls = [BASE, "https://sandbox.clubcollect.com/api/v2"]
    assert findings([sandbox], [spec], base_urls=(BASE, "https://sandbox.clubcollect.com/api/v2")) == [
        f"base URL missing from docs: {BASE}"
    ]


# Success responses.


def test_a_body_shown_on_one_page_counts_even_if_another_page_shows_none() -> None:
    shown = documented("/invoices/:id", responses=[DocsResponse(200, at(20), [example("{}", 21)])])
    unsaid = documented("/invoices/:id", page=OTHER, responses=[DocsResponse(200, at(30, OTHER))])
    spec = operation("get_invoice", "/invoices/{invoice_id}", success={200: False})
    assert findings([shown, unsaid], [spec]) == [
        f"success body missing from spec: get_invoice: 200 ({PAGE}:20)"
    ]


def test_a_success_finding_points_at_the_response_of_its_own_status() -> None:
    responses = [
        DocsResponse(404, at(10), [example('{"error": "not_found"}', 11)]),
        DocsResponse(200, at(20), [example("{}", 21)]),
    ]
    docs = documented("/invoices/:id", responses=responses)
    spec = operation("get_invoice", "/invoices/{invoice_id}", success={200: False}, error_codes={"not_found"})
    assert findings([docs], [spec]) == [f"success body missing from spec: get_invoice: 200 ({PAGE}:20)"]


def test_a_status_the_spec_has_is_compared_with_that_status_not_the_first() -> None:
    docs = documented("/invoices/:id", method="DELETE", responses=[DocsResponse(204, at(20))])
    spec = operation(
        "delete_invoice", "/invoices/{invoice_id}", method="DELETE", success={200: False, 204: True}
    )
    assert findings([docs], [spec]) == [
        f"success status differs: delete_invoice: docs 204, spec 200, 204 ({PAGE}:20)",
        f"success body missing from docs: delete_invoice: 204 ({PAGE}:20)",
    ]


@pytest.mark.parametrize(
    ("status", "shown", "spec_body", "expected"),
    [
        (200, True, False, "success body missing from spec"),
        (200, True, True, None),
        (200, None, False, None),
        (200, None, True, None),
        (204, False, True, "success body missing from docs"),
        (204, False, False, None),
    ],
)
def test_a_success_body_is_compared_only_when_the_page_says_whether_it_has_one(
    status: int, shown: bool | None, spec_body: bool, expected: str | None
) -> None:
    examples = [example("{}", 21)] if shown else []
    docs = documented("/invoices/:id", responses=[DocsResponse(status, at(20), examples)])
    spec = operation("get_invoice", "/invoices/{invoice_id}", success={status: spec_body})
    assert findings([docs], [spec]) == (
        [f"{expected}: get_invoice: {status} ({PAGE}:20)"] if expected else []
    )


def test_a_status_the_spec_lacks_is_compared_with_the_spec_s_only_success() -> None:
    docs = documented("/invoices", method="POST", responses=[DocsResponse(201, at(20), [example("{}", 21)])])
    spec = operation("create_invoice", "/invoices", method="POST", success={200: False})
    assert findings([docs], [spec]) == [
        f"success status differs: create_invoice: docs 201, spec 200 ({PAGE}:20)",
        f"success body missing from spec: create_invoice: 201 ({PAGE}:20)",
    ]


def test_a_status_the_spec_lacks_is_not_compared_when_the_spec_has_several() -> None:
    docs = documented("/invoices", method="POST", responses=[DocsResponse(204, at(20))])
    spec = operation("create_invoice", "/invoices", method="POST", success={200: True, 201: True})
    assert findings([docs], [spec]) == [
        f"success status differs: create_invoice: docs 204, spec 200, 201 ({PAGE}:20)"
    ]


# Parameters and pagination.


def test_query_and_header_parameters_against_the_spec_s() -> None:
    docs = documented(
        "/invoices",
        parameters=[
            param("page", line=3),
            param("status", line=4),
            param("X-Trace", "header", line=5),
            param("invoice_id", "path", line=6),
        ],
    )
    spec = operation(
        "list_invoices",
        "/invoices",
        parameters=[SpecParameter("status", "query", False), SpecParameter("extra", "query", False)],
    )
    assert findings([docs], [spec]) == [
        f"parameter missing from spec: list_invoices: X-Trace (header) ({PAGE}:5)",
        f"parameter missing from spec: list_invoices: invoice_id (path) ({PAGE}:6)",
        "parameter missing from docs: list_invoices: extra (query)",
        f"pagination parameter missing from spec: list_invoices: page (query) ({PAGE}:3)",
    ]


def test_paging_parameters_in_every_location() -> None:
    docs = documented(
        "/invoices",
        parameters=[
            param("per_page", line=4),
            param("limit", description="Defaults to 10, maximum 100", line=5),
            param("page", "header", line=6),
            param("page_size", "body", line=7),
        ],
    )
    spec = operation(
        "list_invoices",
        "/invoices",
        parameters=[
            SpecParameter("limit", "query", False, 20, 50),
            SpecParameter("page", "header", False),
            SpecParameter("page_size", "path", False),
        ],
    )
    assert findings([docs], [spec]) == [
        f"pagination parameter missing from spec: list_invoices: per_page (query) ({PAGE}:4)",
        f"pagination parameter location differs: list_invoices: page_size: docs body, spec path ({PAGE}:7)",
        f"pagination default differs: list_invoices: limit: docs 10, spec 20 ({PAGE}:5)",
        f"pagination maximum differs: list_invoices: limit: docs 100, spec 50 ({PAGE}:5)",
        f"request field missing from spec: list_invoices: page_size ({PAGE}:7)",
    ]


def test_the_spec_s_paging_parameters_the_page_leaves_out() -> None:
    docs = documented("/invoices", parameters=[param("page", line=4)])
    spec = operation(
        "list_invoices",
        "/invoices",
        parameters=[SpecParameter("page", "query", False), SpecParameter("per_page", "path", False)],
    )
    assert findings([docs], [spec]) == ["pagination parameter missing from docs: list_invoices: per_page"]


# Required or optional.


def test_required_flags_of_query_and_header_parameters() -> None:
    docs = documented(
        "/invoices",
        parameters=[
            param("status", required=None, line=4),
            param("archived", required=True, line=5),
            param("X-Trace", "header", required=True, line=6),
        ],
    )
    spec = operation(
        "list_invoices",
        "/invoices",
        parameters=[
            SpecParameter("status", "query", True),
            SpecParameter("archived", "query", False),
            SpecParameter("X-Trace", "header", False),
        ],
    )
    assert findings([docs], [spec]) == [
        f"required differs: list_invoices: X-Trace (header): docs required, spec optional ({PAGE}:6)",
        f"required differs: list_invoices: archived (query): docs required, spec optional ({PAGE}:5)",
    ]


def test_a_location_the_spec_has_no_parameters_in_is_no_trouble() -> None:
    docs = documented("/invoices", parameters=[param("X-Trace", "header", required=True, line=6)])
    spec = operation("list_invoices", "/invoices", parameters=[SpecParameter("X-Trace", "header", True)])
    assert findings([docs], [spec]) == []


def test_required_flags_of_body_fields_the_spec_has() -> None:
    docs = documented(
        "/invoices",
        method="POST",
        parameters=[
            param("note", "body", required=None, line=4),
            param("reference", "body", required=False, line=5),
        ],
    )
    spec = operation(
        "create_invoice",
        "/invoices",
        method="POST",
        request_fields={"note", "reference"},
        request_required={"note", "reference"},
    )
    assert findings([docs], [spec]) == [
        f"required differs: create_invoice: reference (body): docs optional, spec required ({PAGE}:5)"
    ]


def test_a_required_field_shown_only_in_the_example_of_a_page_with_a_body_table() -> None:
    body = (
        '{\n  "reference": "x",\n  "customer": {"name": "n", "email": "e"},\n  "amount": 1,\n  "note": "n"\n}'
    )
    docs = documented(
        "/invoices",
        method="POST",
        parameters=[param("reference", "body", line=4), param("customer.name", "body", line=5)],
        requests=[example(body, 10)],
    )
    required = {"reference", "customer", "customer.name", "customer.email", "amount", "lines[].id"}
    spec = operation(
        "create_invoice",
        "/invoices",
        method="POST",
        request_fields=required | {"note", "lines", "customer.email"},
        request_required=required,
    )
    assert findings([docs], [spec]) == [
        f"required field only in an example: create_invoice: amount ({PAGE}:13)",
        "request field missing from docs: create_invoice: lines",
        "request field missing from docs: create_invoice: lines[].id",
    ]


def test_a_required_top_level_field_shown_only_in_the_example_is_reported_whatever_its_name() -> None:
    """A form-style name ("ids[]") is still a top-level field; only a dot makes a path nested.

    (The place is the example's first line: the reader looks for a key without its "[]".)
    """
    docs = documented(
        "/invoices",
        method="POST",
        parameters=[param("reference", "body", line=4)],
        requests=[example('{\n  "reference": "x",\n  "ids[]": [1]\n}', 10)],
    )
    required = {"reference", "ids[]"}
    spec = operation(
        "create_invoice", "/invoices", method="POST", request_fields=required, request_required=required
    )
    assert findings([docs], [spec]) == [
        f"required field only in an example: create_invoice: ids[] ({PAGE}:10)"
    ]


# Fields and codes pooled over pages.


def test_request_fields_and_error_codes_documented_on_two_pages_add_up() -> None:
    first = documented(
        "/invoices",
        method="POST",
        requests=[example('{"a": 1}', 10)],
        codes=[DocsErrorCode("x", at(11))],
    )
    second = documented(
        "/invoices",
        method="POST",
        page=OTHER,
        parameters=[param("b", "body", line=20)],
        codes=[DocsErrorCode("y", at(21, OTHER))],
    )
    spec = operation(
        "create_invoice", "/invoices", method="POST", request_fields={"a", "b"}, error_codes={"x", "y"}
    )
    assert findings([first, second], [spec]) == []


def test_an_operation_without_a_success_body_does_not_stop_the_next_s_response_check() -> None:
    gone = documented("/invoices/:id", method="DELETE", responses=[DocsResponse(204, at(10))])
    shown = documented(
        "/invoices/:id", line=20, responses=[DocsResponse(200, at(21), [example('{"extra": 1}', 22)])]
    )
    spec = [
        operation("delete_invoice", "/invoices/{invoice_id}", method="DELETE", success={204: False}),
        operation("get_invoice", "/invoices/{invoice_id}", success={200: True}, response_schema="Invoice"),
    ]
    assert findings([gone, shown], spec) == [
        f"response field missing from spec: get_invoice: extra ({PAGE}:22)"
    ]


def test_response_fields_shown_on_any_page_of_the_schema_count_as_documented() -> None:
    get = documented("/invoices/:id", responses=[DocsResponse(200, at(10), [example('{"id": 1}', 11)])])
    update = documented(
        "/invoices/:id",
        method="PUT",
        line=20,
        responses=[DocsResponse(200, at(21), [example('{"total": 1}', 22)])],
    )
    spec = [
        operation(
            "get_invoice",
            "/invoices/{invoice_id}",
            response_schema="Invoice",
            response_fields={"id", "total"},
        ),
        operation(
            "update_invoice",
            "/invoices/{invoice_id}",
            method="PUT",
            response_schema="Invoice",
            response_fields={"id", "total"},
        ),
    ]
    assert findings([get, update], spec) == []


def test_a_field_missing_from_docs_names_every_success_example_of_its_schema() -> None:
    get = documented(
        "/invoices/:id",
        responses=[
            DocsResponse(200, at(10), [example('{"id": 1}', 11)]),
            DocsResponse(300, at(12), [example('{"id": 1}', 13)]),
            DocsResponse(None, at(14), [example('{"id": 1}', 15)]),
        ],
    )
    update = documented(
        "/invoices/:id",
        method="PUT",
        line=20,
        responses=[DocsResponse(299, at(21), [example('{"id": 1}', 22)])],
    )
    spec = [
        operation(
            "get_invoice",
            "/invoices/{invoice_id}",
            response_schema="Invoice",
            response_fields={"id", "total"},
        ),
        operation(
            "update_invoice",
            "/invoices/{invoice_id}",
            method="PUT",
            response_schema="Invoice",
            response_fields={"id"},
        ),
    ]
    docs = docs_facts([DocsPage(PAGE, "markdown", "Invoice", operations=[get, update])])
    missing = [
        f
        for f in compare(docs, SpecFacts(spec, {}, [], [BASE]))
        if f.kind == "response field missing from docs"
    ]
    assert [(f.subject, f.facts["shown_at"]) for f in missing] == [
        ("Invoice: total", (f"{PAGE}:11", f"{PAGE}:22"))
    ]


def test_response_fields_missing_from_docs_pool_every_operation_of_the_schema() -> None:
    get = documented("/invoices/:id", responses=[DocsResponse(200, at(10), [example('{"id": 1}', 11)])])
    update = documented(
        "/invoices/:id",
        method="PUT",
        line=20,
        responses=[DocsResponse(200, at(21), [example('{"id": 1}', 22)])],
    )
    spec = [
        operation(
            "get_invoice",
            "/invoices/{invoice_id}",
            response_schema="Invoice",
            response_fields={"id", "total"},
        ),
        operation(
            "update_invoice",
            "/invoices/{invoice_id}",
            method="PUT",
            response_schema="Invoice",
            response_fields={"id"},
        ),
    ]
    assert findings([get, update], spec) == ["response field missing from docs: Invoice: total"]


# Notifications, enums, links.


def test_every_notification_payload_is_matched_even_after_one_that_is_not() -> None:
    payloads = [
        DocsPayload("Refund notification", example('{"refund_reason": "x"}', 10, "guides/hooks.md")),
        DocsPayload(
            "Payment notification",
            example('{"invoice_id": 1, "amount": 2, "extra": 3}', 20, "guides/hooks.md"),
        ),
    ]
    hooks = DocsPage("guides/hooks.md", "markdown", "Hooks", payloads=payloads)
    webhooks = [
        SpecWebhook("payment", {"invoice_id", "amount", "paid_at"}),
        SpecWebhook("ping", set()),  # no body the pages could show
        SpecWebhook("refund_done", {"refund_id"}),
    ]
    assert findings([], [], pages=[hooks], webhooks=webhooks, base_urls=()) == [
        "notification payload missing from spec: hooks.md#refund-notification (guides/hooks.md:10)",
        "notification missing from docs: refund_done",
        "notification field missing from spec: payment: extra (guides/hooks.md:20)",
        "notification field missing from docs: payment: paid_at",
    ]


def test_every_documented_enum_is_checked_even_after_one_the_spec_lacks() -> None:
    docs = documented(
        "/invoices", method="POST", requests=[example('{"brand": "acme", "currency": "XYZ"}', 10)]
    )
    spec = operation("create_invoice", "/invoices", method="POST", request_fields={"brand", "currency"})
    assert findings([docs], [spec], enums={"Currency": {"EUR"}}) == [
        f"enum missing from spec: Brand ({PAGE}:10)",
        f"enum value missing from spec: Currency: XYZ ({PAGE}:10)",
        "enum value missing from docs: Currency: EUR",
    ]


def test_every_link_into_the_api_pages_is_checked_even_after_an_overview_link() -> None:
    links = [
        DocsLink(PAGE, "../overview.md", at(40)),
        DocsLink(PAGE, "api-documentation/gone.md", at(41)),
        DocsLink(PAGE, "api-documentation/invoice.md#no-such-section", at(42)),
        DocsLink(PAGE, "api-documentation/invoice.md", at(43)),
        DocsLink(PAGE, "api-documentation/invoice.md#get-invoices", at(44)),
        DocsLink(
            PAGE, "api-documentation/invoice.md#x#get-invoices", at(45)
        ),  # the anchor is all after the first #
    ]
    page = DocsPage(PAGE, "markdown", "Invoice", operations=[documented("/invoices")], links=links)
    spec = operation("list_invoices", "/invoices")
    assert findings([], [spec], pages=[page]) == [
        f"docs link to a page not in the snapshot: invoice.md: gone.md ({PAGE}:41)",
        f"docs link to a missing section: invoice.md: invoice.md#no-such-section ({PAGE}:42)",
        f"docs link to a missing section: invoice.md: invoice.md#x#get-invoices ({PAGE}:45)",
    ]


def test_a_place_without_a_line_sorts_before_the_lines_of_its_page() -> None:
    """Many pages, so a sort that left the order of such a pair to chance would show."""
    pages = [f"p{index:02}.md" for index in range(24)]
    labels = [label for page in pages for label in (f"{page}:1", page)]
    assert _labels(reversed(labels)) == tuple(label for page in pages for label in (page, f"{page}:1"))


# Auth.


def test_every_documented_key_is_checked_even_after_one_the_spec_lacks() -> None:
    docs = documented(
        "/invoices/:id",
        parameters=[
            param("api_key", line=4),
            param("Authorization", "header", "Bearer <token>, deprecated", line=5),
        ],
    )
    spec = operation("get_invoice", "/invoices/{invoice_id}")
    spec.auth = [
        SpecAuthScheme("header", "Authorization", False, "ApiKey <api_key>"),
        SpecAuthScheme("query", "token", False, ""),
    ]
    assert findings([docs], [spec]) == [
        f"auth scheme missing from spec: get_invoice: query api_key ({PAGE}:4)",
        "auth scheme missing from docs: get_invoice: query token",
        "auth deprecation differs: get_invoice: header Authorization: docs deprecated, spec not deprecated"
        f" ({PAGE}:5)",
        f"auth format differs: get_invoice: header Authorization: docs Bearer <...> ({PAGE}:5)",
    ]


def test_a_key_the_spec_marks_deprecated_and_the_page_does_not() -> None:
    docs = documented("/invoices/:id", parameters=[param("api_key", description="ApiKey <api_key>", line=4)])
    spec = operation("get_invoice", "/invoices/{invoice_id}")
    spec.auth = [SpecAuthScheme("query", "api_key", True, "ApiKey <api_key>")]
    assert findings([docs], [spec]) == [
        "auth deprecation differs: get_invoice: query api_key: docs not deprecated, spec deprecated"
        f" ({PAGE}:4)"
    ]


# What drift --propose builds from.


def test_every_finding_carries_the_facts_propose_builds_from() -> None:
    key = param("api_key", line=4)
    expand = param("expand", line=5)
    archived = param("archived", required=True, line=6)
    reference = param("reference", "body", required=False, line=7)
    create_page = documented(
        "/invoices",
        method="POST",
        base="https://sandbox.clubcollect.com/api/v2",
        parameters=[key, expand, archived, reference],
        requests=[example('{"reference": "x", "currency": "XYZ", "extra": 1}', 30)],
        responses=[DocsResponse(201, at(40), [example('{"id": 1, "bonus": 2}', 41)])],
        codes=[DocsErrorCode("gone", at(50))],
    )
    ghost = documented("/ghost", line=60)
    facts = docs_facts([DocsPage(PAGE, "markdown", "Invoice", operations=[create_page, ghost])])
    documented_create, documented_ghost = facts.operations
    create = operation(
        "create_invoice",
        "/invoices",
        method="POST",
        parameters=[SpecParameter("archived", "query", False)],
        request_fields={"reference", "currency"},
        request_required={"reference"},
        success={200: True},
        response_fields={"id", "total"},
        response_schema="Invoice",
        error_codes={"not_found"},
    )
    delete = operation("delete_invoice", "/invoices/{invoice_id}", method="DELETE")
    found = compare(facts, SpecFacts([create, delete], {"Currency": {"EUR"}}, [], [BASE]))
    sandbox = "https://sandbox.clubcollect.com/api/v2"
    assert [(f.kind, f.facts) for f in found] == [
        ("endpoint missing from spec", {"documented": [documented_ghost]}),
        ("endpoint missing from docs", {"operation": delete}),
        ("base URL missing from spec", {"operation": create, "base": sandbox}),
        ("base URL missing from docs", {}),
        ("auth scheme missing from spec", {"operation": create, "parameter": key}),
        ("success status differs", {"operation": create, "docs_statuses": (201,)}),
        ("parameter missing from spec", {"operation": create, "parameter": expand}),
        ("required differs", {"operation": create, "parameter": archived}),
        ("required differs", {"operation": create, "parameter": reference}),
        (
            "request field missing from spec",
            {"operation": create, "documented": documented_create, "name": "extra"},
        ),
        (
            "response field missing from spec",
            {"operation": create, "documented": documented_create, "name": "bonus"},
        ),
        (
            "response field missing from docs",
            {"schema": "Invoice", "name": "total", "operations": [create], "shown_at": (f"{PAGE}:41",)},
        ),
        ("enum value missing from spec", {"enum": "Currency", "value": "XYZ"}),
        ("enum value missing from docs", {}),
        (
            "error code missing from spec",
            {"operation": create, "documented": documented_create, "code": "gone"},
        ),
        ("error code missing from docs", {}),
    ]
