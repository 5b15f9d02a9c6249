"""Deliberately broken servers: the mock plus one rewrite each, and what the suite must report."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from tests.contract_selftest.rewriting import Request, RequestRule, Response, ResponseRule


@dataclass(frozen=True)
class BrokenServer:
    name: str
    breaks: str  # what is wrong, in a few words
    expected_kinds: tuple[str, ...]  # the report must hold a divergence of one of these kinds...
    expected_operations: tuple[str, ...]  # ...on one of these operations
    tests: tuple[str, ...]  # the part of the suite to run (pytest node ids / files)
    requests: tuple[RequestRule, ...] = ()
    responses: tuple[ResponseRule, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    select: str | None = None  # pytest -k expression


def _on(method: str, pattern: str) -> Callable[[Request], bool]:
    regex = re.compile(pattern)
    return lambda request: request.method == method and regex.fullmatch(request.path) is not None


def _edit_json(
    matches: Callable[[Request], bool], edit: Callable[[Any], None], status: int = 200
) -> ResponseRule:
    def rule(request: Request, response: Response) -> Response:
        body = response.json()
        if matches(request) and response.status == status and body is not None:
            edit(body)
            response.set_json(body)
        return response

    return rule


INVOICE = r"/invoices/[^/]+"


def _any_invoice_read(request: Request) -> bool:
    return request.path == "/invoices" or re.fullmatch(INVOICE + r"(/lines)?", request.path) is not None


def _total_as_string(body: Any) -> None:
    body["amount_total_cents"] = str(body["amount_total_cents"])


def _drop_transmitted_at(body: Any) -> None:
    body.pop("transmitted_at", None)


def _mystery_line_type(body: Any) -> None:
    for line in body.get("invoice_lines") or []:
        if line.get("type") == "INVOICE-LINE":
            line["type"] = "MYSTERY-LINE"


def _drop_last_item(body: Any) -> None:
    if body.get("imports"):
        body["imports"].pop()


def _status(matches: Callable[[Request], bool], old: int, new: int) -> ResponseRule:
    def rule(request: Request, response: Response) -> Response:
        if matches(request) and response.status == old:
            response.status = new
        return response

    return rule


def _accept_any_total(request: Request) -> Request | Response:
    body = request.json()
    if request.method == "POST" and request.path == "/invoices" and isinstance(body, dict):
        lines = body.get("invoice_lines")
        if isinstance(lines, list) and all(isinstance(line, dict) for line in lines):
            amounts = [line.get("amount_cents") for line in lines]
            if all(type(amount) is int for amount in amounts):
                body["amount_total_cents"] = sum(amounts)
                return replace(request, body=json.dumps(body).encode())
    return request


def _pretend(matches: Callable[[Request], bool], status: int) -> RequestRule:
    """Answer ``status`` without telling the mock: the server forgets to act."""

    def rule(request: Request) -> Request | Response:
        return Response(status=status) if matches(request) else request

    return rule


def _show_instead_of_transmit(request: Request) -> Request | Response:
    """Answer a transmit with the import as it stands: 200 and the Import, but nothing done."""
    if request.method == "PUT" and re.fullmatch(r"/imports/[^/]+/transmit", request.path):
        return replace(request, method="GET", path=request.path.removesuffix("/transmit"), body=b"")
    return request


def _any_key_works(valid_key: str) -> RequestRule:
    def rule(request: Request) -> Request | Response:
        return request.with_header("Authorization", f"ApiKey {valid_key}")

    return rule


def _singular_error_key(body: Any) -> None:
    if "errors" in body:
        body["error"] = body.pop("errors")


def _json_content_type_always(request: Request) -> Request | Response:
    return request.with_header("Content-Type", "application/json") if request.body else request


# The documented create_invoice fields; anything else is silently dropped by the broken server.
_INVOICE_FIELDS = frozenset(
    {
        "import_id", "external_invoice_number", "reference", "direct_debit_iban",
        "federation_membership_number", "club_membership_number", "member_external_id",
        "external_membership_number", "locale", "customer", "invoice_lines", "amount_total_cents",
    }
)  # fmt: skip


def _drop_unknown_invoice_fields(request: Request) -> Request | Response:
    body = request.json()
    if request.method == "POST" and request.path == "/invoices" and isinstance(body, dict):
        kept = {key: value for key, value in body.items() if key in _INVOICE_FIELDS}
        return replace(request, body=json.dumps(kept).encode())
    return request


_CUSTOMER_NAME_FIELDS = frozenset({"prefix", "first_name", "infix", "last_name", "organization"})


def _drop_unknown_customer_name_fields(request: Request) -> Request | Response:
    """Top-level names are still refused; a misspelled one inside ``customer.name`` is dropped."""
    body = request.json()
    if request.method == "POST" and request.path == "/invoices" and isinstance(body, dict):
        customer = body.get("customer")
        if isinstance(customer, dict) and isinstance(customer.get("name"), dict):
            name = customer["name"]
            customer["name"] = {key: value for key, value in name.items() if key in _CUSTOMER_NAME_FIELDS}
            return replace(request, body=json.dumps(body).encode())
    return request


def _everyone_is(valid_key: str) -> RequestRule:
    """Any *known-looking* key (40 hex) acts as the main partner: partners see each other's data."""

    def rule(request: Request) -> Request | Response:
        value = request.header("Authorization") or ""
        if re.fullmatch(r"ApiKey [0-9a-f]{40}", value) and value != f"ApiKey {valid_key}":
            return request.with_header("Authorization", f"ApiKey {valid_key}")
        return request

    return rule


def _refusal_becomes_500(request: Request, response: Response) -> Response:
    if request.method == "POST" and request.path == "/invoices" and response.status == 422:
        response.status = 500
        response.set_json({"error": "internal_error"})
    return response


SCHEMA_SUITE = ("contract_tests/test_schema_conformance.py", "contract_tests/test_stateful_links.py")


def catalogue(valid_key: str) -> list[BrokenServer]:
    """Every broken server; ``valid_key`` is the key the wrapped mock knows."""
    return [
        BrokenServer(
            name="wrong-type",
            breaks="amount_total_cents sent as a string",
            expected_kinds=("response_schema_conformance",),
            expected_operations=("create_invoice", "get_invoice", "list_invoice_lines"),
            tests=("contract_tests/test_invoice_rules.py::test_lines_endpoint_matches_invoice",),
            responses=(_edit_json(_any_invoice_read, _total_as_string),),
        ),
        BrokenServer(
            name="missing-field",
            breaks="import responses lack transmitted_at",
            expected_kinds=("response_schema_conformance",),
            expected_operations=("create_import", "get_import", "update_import"),
            tests=SCHEMA_SUITE,
            responses=(_edit_json(lambda r: r.path.startswith("/imports"), _drop_transmitted_at),),
            env={"CLUBCOLLECT_OPERATIONS": "create_import,get_import,update_import"},
        ),
        BrokenServer(
            name="undocumented-status",
            breaks="create_import answers 201",
            expected_kinds=("status_code_conformance",),
            expected_operations=("create_import",),
            tests=SCHEMA_SUITE,
            responses=(_status(_on("POST", "/imports"), 200, 201),),
            env={"CLUBCOLLECT_OPERATIONS": "create_import"},
        ),
        BrokenServer(
            name="enum-outside-list",
            breaks="line type MYSTERY-LINE instead of INVOICE-LINE",
            expected_kinds=("response_schema_conformance",),
            expected_operations=("create_invoice", "get_invoice", "list_invoice_lines"),
            tests=("contract_tests/test_invoice_rules.py::test_lines_endpoint_matches_invoice",),
            responses=(_edit_json(_any_invoice_read, _mystery_line_type),),
        ),
        BrokenServer(
            name="totals-not-enforced",
            breaks="any amount_total_cents is accepted",
            expected_kinds=("rule:invoice-total", "rule:error-code:invalid_amount_total_cents"),
            expected_operations=("create_invoice",),
            tests=("contract_tests/test_invoice_rules.py::test_total_must_equal_sum_of_lines",),
            requests=(_accept_any_total,),
        ),
        BrokenServer(
            name="delete-does-nothing",
            breaks="DELETE /invoices/{id} answers 204 and keeps the invoice",
            expected_kinds=("rule:delete-invoice", "rule:model"),
            expected_operations=("get_invoice", "list_invoice_lines", "get_import", "delete_invoice"),
            tests=("contract_tests/test_invoice_rules.py::test_deleted_invoice_is_gone",),
            requests=(_pretend(_on("DELETE", INVOICE), 204),),
        ),
        BrokenServer(
            name="transmit-does-nothing",
            breaks="transmit answers 200 with the Import but leaves it open",
            expected_kinds=("rule:transmit-import", "rule:model"),
            expected_operations=("get_import", "transmit_import", "create_invoice", "delete_import"),
            tests=("contract_tests/test_import_rules.py::test_transmit_closes_the_import",),
            requests=(_show_instead_of_transmit,),
        ),
        BrokenServer(
            name="pagination-wrong",
            breaks="every page of company imports loses its last item",
            expected_kinds=("rule:pagination",),
            expected_operations=("list_company_imports",),
            tests=("contract_tests/test_pagination.py::test_import_pages_partition_the_list",),
            responses=(_edit_json(_on("GET", r"/companies/[^/]+/imports"), _drop_last_item),),
        ),
        BrokenServer(
            name="auth-not-enforced",
            breaks="any API key (or none) is accepted",
            expected_kinds=("rule:auth-enforced",),
            expected_operations=("get_company",),
            tests=("contract_tests/test_target_character.py",),
            requests=(_any_key_works(valid_key),),
        ),
        BrokenServer(
            name="wrong-error-key",
            breaks="get_import 404 uses 'error' instead of the documented 'errors'",
            expected_kinds=("response_schema_conformance", "rule:error-code:invalid_import_id"),
            expected_operations=("get_import",),
            tests=("contract_tests/test_error_codes.py::test_documented_error_code_is_returned",),
            responses=(_edit_json(_on("GET", r"/imports/[^/]+"), _singular_error_key, status=404),),
            select="get_import",
        ),
        BrokenServer(
            name="content-type-not-enforced",
            breaks="any Content-Type is read as JSON",
            expected_kinds=("rule:content-type",),
            expected_operations=(
                "create_invoice",
                "create_import",
                "update_invoice",
                "create_invoice_ticket",
            ),
            tests=("contract_tests/test_content_type.py",),
            requests=(_json_content_type_always,),
        ),
        BrokenServer(
            name="unknown-fields-ignored",
            breaks="unknown create_invoice fields are silently dropped (A8 not enforced)",
            expected_kinds=("rule:input-rules",),
            expected_operations=("create_invoice",),
            tests=("contract_tests/test_input_rules.py::test_bad_invoices_are_refused_and_change_nothing",),
            requests=(_drop_unknown_invoice_fields,),
        ),
        BrokenServer(
            name="nested-unknown-fields-ignored",
            breaks="unknown fields inside create_invoice's customer.name are silently dropped",
            expected_kinds=("rule:closed-bodies",),
            expected_operations=("create_invoice",),
            tests=(
                "contract_tests/test_field_names.py::"
                "test_closed_bodies_accept_their_own_fields_and_refuse_every_other_name[create_invoice]",
            ),
            requests=(_drop_unknown_customer_name_fields,),
        ),
        BrokenServer(
            name="partners-not-isolated",
            breaks="every partner key acts as the same partner",
            expected_kinds=("rule:partner-isolation",),
            expected_operations=("get_company", "get_import", "get_invoice", "list_company_imports"),
            tests=("contract_tests/test_auth.py::test_partners_never_see_each_others_data",),
            requests=(_everyone_is(valid_key),),
        ),
        BrokenServer(
            name="server-error",
            breaks="refused invoices answer 500",
            expected_kinds=("status_code_conformance", "rule:invoice-total", "not_a_server_error"),
            expected_operations=("create_invoice",),
            tests=("contract_tests/test_invoice_rules.py::test_total_must_equal_sum_of_lines",),
            responses=(_refusal_becomes_500,),
        ),
    ]


OPERATIONS_VARIABLE = "CLUBCOLLECT_OPERATIONS"


def identity_run() -> tuple[tuple[str, ...], dict[str, str]]:
    """The tests and environment of the run behind the identity wrapper: every test some broken
    server runs, with the schemathesis operations any of them narrows to (all, if one does not)."""
    broken = catalogue("<unused>")
    tests = tuple(sorted({test for server in broken for test in server.tests}))
    schema_runs = [server for server in broken if set(server.tests) & set(SCHEMA_SUITE)]
    if any(OPERATIONS_VARIABLE not in server.env for server in schema_runs):
        return tests, {}
    named = {name for server in schema_runs for name in server.env[OPERATIONS_VARIABLE].split(",")}
    return tests, {OPERATIONS_VARIABLE: ",".join(sorted(named))}
