"""The project's tiny spec that agrees exactly with the fixture pages in ``fixtures/drift_pages``.

Shared by the drift tests: each changes one thing on a copy of a page or in this spec and
expects exactly one finding.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

PAGES = Path(__file__).parent / "fixtures" / "drift_pages"


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def open_enum(name: str) -> dict[str, Any]:
    return {"anyOf": [ref(name), {"type": "string"}]}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def error_body(key: str, name: str, codes: list[str]) -> dict[str, Any]:
    return {
        "description": "error",
        **json_body({"type": "object", "properties": {key: open_enum(name)}}),
        "x-codes": {name: codes},
    }


def obj(*names: str, **typed: Any) -> dict[str, Any]:
    properties: dict[str, Any] = {name: {"type": "string"} for name in names}
    properties.update(typed)
    return {"type": "object", "properties": properties}


def tiny_spec() -> dict[str, Any]:
    """Exactly what the fixture pages document, in the project's spec conventions."""
    path_param = {"in": "path", "required": True, "schema": {"type": "string"}}
    ok = {"description": "ok"}
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1"},
        "servers": [{"url": "https://app.clubcollect.com/api/v2"}, {"url": "http://127.0.0.1:8080/api/v2"}],
        "security": [{"ApiKeyHeader": []}, {"ApiKeyQuery": []}],
        "paths": {
            "/companies/{company_id}": {
                "parameters": [{"name": "company_id", **path_param}],
                "get": {
                    "operationId": "get_company",
                    "responses": {
                        "200": {**ok, **json_body(ref("Company"))},
                        "404": error_body("errors", "GetCompanyNotFoundErrorCode", ["not_found"]),
                    },
                },
            },
            "/companies": {
                "post": {
                    "operationId": "create_company",
                    "requestBody": json_body({**obj("name", brand=open_enum("Brand")), "required": ["name"]}),
                    "responses": {
                        "200": {**ok, **json_body(ref("Company"))},
                        "422": error_body(
                            "error", "CreateCompanyUnprocessableErrorCode", ["invalid_name", "invalid_brand"]
                        ),
                    },
                }
            },
            "/invoices/{invoice_id}": {
                "parameters": [{"name": "invoice_id", **path_param}],
                "get": {
                    "operationId": "get_invoice",
                    "responses": {
                        "200": {**ok, **json_body(ref("Invoice"))},
                        "404": error_body("error", "GetInvoiceNotFoundErrorCode", ["invalid_invoice_id"]),
                    },
                },
            },
            "/invoices": {
                "post": {
                    "operationId": "create_invoice",
                    "requestBody": json_body(
                        obj("import_id", "external_invoice_number", "amount_total_cents")
                    ),
                    "responses": {
                        "200": {**ok, **json_body(ref("Invoice"))},
                        "422": error_body(
                            "error",
                            "CreateInvoiceUnprocessableErrorCode",
                            ["invalid_import_id", "invalid_amount_total_cents"],
                        ),
                    },
                }
            },
            "/imports/{import_id}": {
                "parameters": [{"name": "import_id", **path_param}],
                "get": {
                    "operationId": "get_import",
                    "responses": {
                        "200": {**ok, **json_body(ref("Import"))},
                        "404": error_body("errors", "GetImportNotFoundErrorCode", ["invalid_import_id"]),
                    },
                },
            },
            "/imports": {
                "post": {
                    "operationId": "create_import",
                    "requestBody": json_body({**obj("title", "company_id"), "required": ["company_id"]}),
                    "responses": {
                        "200": {**ok, **json_body(ref("Import"))},
                        "422": error_body(
                            "error", "CreateImportUnprocessableErrorCode", ["invalid_company_id"]
                        ),
                    },
                }
            },
            "/companies/{company_id}/tickets/{status}": {
                "parameters": [
                    {"name": "company_id", **path_param},
                    {"name": "status", "in": "path", "required": True, "schema": ref("TicketStatus")},
                ],
                "get": {
                    "operationId": "list_company_tickets",
                    "parameters": [
                        {
                            "name": "page_number",
                            "in": "query",
                            "schema": {"type": "integer", "default": 1, "maximum": 1000},
                        }
                    ],
                    "responses": {
                        "200": {**ok, **json_body(ref("CompanyTicketsPage"))},
                        "404": error_body("error", "ListCompanyTicketsNotFoundErrorCode", ["not_found"]),
                    },
                },
            },
        },
        "components": {
            "securitySchemes": {
                "ApiKeyHeader": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization",
                    "description": "Send `Authorization: ApiKey <api_key>`.",
                },
                "ApiKeyQuery": {"type": "apiKey", "in": "query", "name": "api_key", "x-deprecated": True},
            },
            "schemas": {
                "LineType": {"type": "string", "enum": ["INVOICE-LINE", "PAYMENT"]},
                "LineSubtype": {"type": "string", "enum": ["donation"]},
                "PaymentMethod": {"type": "string", "enum": ["ideal", "sdd"]},
                "MessageType": {"type": "string", "enum": ["EMAIL", "SMS"]},
                "Currency": {"type": "string", "enum": ["EUR", "GBP"]},
                "TicketSender": {"type": "string", "enum": ["CUSTOMER"]},
                "TicketStatus": {"type": "string", "enum": ["unanswered", "answered"]},
                "Brand": {"type": "string", "enum": ["clubcollect", "knltb"]},
                "Company": obj("company_id", "name", brand=open_enum("Brand")),
                "Notification": obj("api_key", invoice_ids={"type": "array"}, import_ids={"type": "array"}),
                "Invoice": obj(
                    "invoice_id",
                    "amount_total_cents",
                    "retracted_at",
                    "show_retraction_reason_to_customer",
                    invoice_lines={
                        "type": "array",
                        "items": obj(type=open_enum("LineType"), payment_method=open_enum("PaymentMethod")),
                    },
                    messages={"type": "array", "items": obj(type=open_enum("MessageType"))},
                ),
                "Import": obj("import_id", "transmitted", prepaid_amount_currency=open_enum("Currency")),
                "CompanyTicketsPage": obj(
                    tickets={"type": "array", "items": obj("ticket_id", sender=open_enum("TicketSender"))},
                    page=obj("page_number"),
                ),
            },
        },
    }
    spec["webhooks"] = {
        "invoice_notification": {
            "post": {
                "operationId": "invoice_notification",
                "requestBody": json_body(ref("Notification")),
                "responses": {"200": ok},
            }
        }
    }
    # Error code enums live in components, as in the real spec; x-codes above only carries them here.
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for response in operation.get("responses", {}).values():
                for name, codes in response.pop("x-codes", {}).items():
                    spec["components"]["schemas"][name] = {"type": "string", "enum": codes}
    return spec


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def write_spec(folder: Path, spec: dict[str, Any] | None = None) -> Path:
    path = folder / "spec.yaml"
    path.write_text(yaml.safe_dump(spec or tiny_spec()), encoding="utf-8")
    return path
