"""The spec declares exactly the documented operations, with the names the project relies on."""

from __future__ import annotations

from typing import Any

import pytest

OPERATIONS = {
    "get_company": ("Companies", "get", "/companies/{company_id}"),
    "create_company": ("Companies", "post", "/companies"),
    "update_company": ("Companies", "put", "/companies/{company_id}"),
    "get_import": ("Imports", "get", "/imports/{import_id}"),
    "create_import": ("Imports", "post", "/imports"),
    "update_import": ("Imports", "put", "/imports/{import_id}"),
    "delete_import": ("Imports", "delete", "/imports/{import_id}"),
    "transmit_import": ("Imports", "put", "/imports/{import_id}/transmit"),
    "list_company_imports": ("Imports", "get", "/companies/{company_id}/imports"),
    "get_invoice": ("Invoices", "get", "/invoices/{invoice_id}"),
    "create_invoice": ("Invoices", "post", "/invoices"),
    "update_invoice": ("Invoices", "put", "/invoices/{invoice_id}"),
    "delete_invoice": ("Invoices", "delete", "/invoices/{invoice_id}"),
    "credit_and_retract_invoice": ("Invoices", "post", "/invoices/{invoice_id}/credit_and_retract"),
    "list_invoice_lines": ("Invoices", "get", "/invoices/{invoice_id}/lines"),
    "list_invoice_tickets": ("Tickets", "get", "/invoices/{invoice_id}/tickets"),
    "create_invoice_ticket": ("Tickets", "post", "/invoices/{invoice_id}/tickets"),
    "archive_invoice_tickets": ("Tickets", "post", "/invoices/{invoice_id}/tickets/actions/archive"),
    "assign_invoice_tickets_to_support": (
        "Tickets",
        "post",
        "/invoices/{invoice_id}/tickets/actions/assign_to_support",
    ),
    "list_company_tickets": ("Tickets", "get", "/companies/{company_id}/tickets/{status}"),
}
# Signed, not keyed (P1, P2): their shape is tested in tests/spec/test_spec_payments.py.
PAYMENT_OPERATIONS = {
    "start_ideal_payment": "/payments/ideal",
    "start_bancontact_payment": "/payments/bancontact",
    "start_credit_card_payment": "/payments/credit_card",
    "start_paypal_payment": "/payments/paypal",
    "start_sofort_payment": "/payments/sofort",
    "get_payment": "/payments/{payment_id}",
    "list_payment_notifications": "/payments/notifications",
}
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
BOTH_SCHEMES: list[dict[str, list[str]]] = [{"ApiKeyHeader": []}, {"ApiKeyQuery": []}]


def all_operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                found[op["operationId"]] = (method, path, op)
    return found


def test_exactly_the_twenty_documented_operations(spec: dict[str, Any]) -> None:
    assert set(all_operations(spec)) == set(OPERATIONS) | set(PAYMENT_OPERATIONS)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_operation_method_path_tag_and_security(spec: dict[str, Any], operation_id: str) -> None:
    tag, method, path = OPERATIONS[operation_id]
    found_method, found_path, op = all_operations(spec)[operation_id]
    assert (found_method, found_path) == (method, path)
    assert op["tags"] == [tag]
    # openapi-python-client ignores root security: every operation must carry both schemes.
    assert op["security"] == BOTH_SCHEMES
    assert op["responses"]["401"] == {"$ref": "#/components/responses/Unauthorized"}


def test_only_transmit_is_deprecated(spec: dict[str, Any]) -> None:
    deprecated = {oid for oid, (_, _, op) in all_operations(spec).items() if op.get("deprecated")}
    assert deprecated == {"transmit_import"}


def test_operations_with_a_body_answer_invalid_json_and_too_large(spec: dict[str, Any]) -> None:
    for operation_id, (_, _, op) in all_operations(spec).items():
        has_body = "requestBody" in op
        assert ("400" in op["responses"]) is has_body, operation_id
        assert ("413" in op["responses"]) is has_body, operation_id
        if "requestBody" in op:
            assert list(op["requestBody"]["content"]) == ["application/json"]
        if has_body:
            assert op["responses"]["400"] == {"$ref": "#/components/responses/InvalidJson"}
            assert op["responses"]["413"] == {"$ref": "#/components/responses/RequestTooLarge"}


def test_no_content_type_header_parameter(spec: dict[str, Any]) -> None:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in HTTP_METHODS:
                names = {p.get("name", "").lower() for p in op.get("parameters", [])}
                assert "content-type" not in names, (method, path)


def test_success_statuses_follow_the_docs(spec: dict[str, Any]) -> None:
    # transmit_import answers 200 with the Import on the current page (C25), 204 in 2020.
    no_content = {
        "delete_import",
        "delete_invoice",
        "archive_invoice_tickets",
        "assign_invoice_tickets_to_support",
    }
    for operation_id, (_, _, op) in all_operations(spec).items():
        if operation_id.startswith("start_"):
            continue  # a browser redirect: 302 whatever happens (P4)
        success = {status for status in op["responses"] if status.startswith("2")}
        assert success == ({"204"} if operation_id in no_content else {"200"}), operation_id
    transmit = spec["paths"]["/imports/{import_id}/transmit"]["put"]["responses"]["200"]
    assert transmit["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Import"}


def test_notification_webhook(spec: dict[str, Any]) -> None:
    hook = spec["webhooks"]["invoice_notification"]["post"]
    body = hook["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/Notification"}
    assert set(hook["responses"]) == {"200"}
    notification = spec["components"]["schemas"]["Notification"]
    assert set(notification["required"]) == {"api_key", "invoice_ids", "import_ids"}


def test_servers_and_security_schemes(spec: dict[str, Any]) -> None:
    assert [s["url"] for s in spec["servers"]] == [
        "https://app.clubcollect.com/api/v2",
        "https://sandbox.clubcollect.com/api/v2",
        "http://127.0.0.1:8080/api/v2",
    ]
    schemes = spec["components"]["securitySchemes"]
    assert schemes["ApiKeyHeader"] == {**schemes["ApiKeyHeader"], "type": "apiKey", "in": "header"}
    assert schemes["ApiKeyHeader"]["name"] == "Authorization"
    assert (schemes["ApiKeyQuery"]["in"], schemes["ApiKeyQuery"]["name"]) == ("query", "api_key")
    assert schemes["ApiKeyQuery"]["x-deprecated"] is True
    assert spec["security"] == BOTH_SCHEMES


def test_paging_parameters(spec: dict[str, Any]) -> None:
    params = spec["components"]["parameters"]
    assert params["PageNumber"]["schema"] == {**params["PageNumber"]["schema"], "minimum": 1, "default": 1}
    assert params["PageSize"]["schema"] == {
        **params["PageSize"]["schema"],
        "minimum": 1,
        "maximum": 100,
        "default": 30,
    }
    for operation_id in ("list_company_imports", "list_company_tickets"):
        _, _, op = all_operations(spec)[operation_id]
        refs = [p["$ref"] for p in op["parameters"]]
        assert refs == ["#/components/parameters/PageNumber", "#/components/parameters/PageSize"]
