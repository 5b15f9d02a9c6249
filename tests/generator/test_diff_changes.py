"""One test per kind of spec change: is it classified as an SDK user would experience it?"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.diff.spec_changes import Change, implied_bump, spec_changes

JSON = "application/json"


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {JSON: {"schema": schema}}}


def base_spec() -> dict[str, Any]:
    """A tiny spec in the project's style: refs, an open response enum, a closed request enum."""
    invoice_id = {"name": "invoice_id", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1.0.0"},
        "servers": [{"url": "https://example.test/api/v2"}],
        "security": [{"ApiKeyHeader": []}],
        "paths": {
            "/invoices/{invoice_id}": {
                "parameters": [invoice_id],
                "get": {
                    "operationId": "get_invoice",
                    "responses": {
                        "200": {"description": "found", **body(ref("Invoice"))},
                        "404": {"description": "unknown", **body(ref("NotFoundError"))},
                    },
                },
            },
            "/invoices": {
                "post": {
                    "operationId": "create_invoice",
                    "parameters": [
                        {"name": "dry_run", "in": "query", "required": False, "schema": {"type": "boolean"}}
                    ],
                    "requestBody": {"required": True, **body(ref("InvoiceCreate"))},
                    "responses": {"200": {"description": "created", **body(ref("Invoice"))}},
                }
            },
        },
        "components": {
            "securitySchemes": {"ApiKeyHeader": {"type": "apiKey", "in": "header", "name": "Authorization"}},
            "schemas": {
                "PaymentMethod": {"type": "string", "enum": ["ideal", "sdd"]},
                "Invoice": {
                    "type": "object",
                    "required": ["invoice_id", "amount_total_cents", "payment_method", "retracted_at"],
                    "properties": {
                        "invoice_id": {"type": "string", "description": "Server id."},
                        "amount_total_cents": {"type": "integer"},
                        "payment_method": {"anyOf": [ref("PaymentMethod"), {"type": "string"}]},
                        "retracted_at": {"type": "string", "format": "date-time"},
                    },
                },
                "InvoiceCreate": {
                    "type": "object",
                    "required": ["import_id"],
                    "additionalProperties": False,
                    "properties": {
                        "import_id": {"type": "string"},
                        "reference": {"type": "string", "maxLength": 255},
                        "payment_method": ref("PaymentMethod"),
                    },
                },
                "NotFoundError": {"type": "object", "properties": {"error": ref("NotFoundErrorCode")}},
                "NotFoundErrorCode": {"type": "string", "enum": ["invalid_invoice_id"]},
            },
        },
    }


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def changed(edit: Any) -> tuple[list[Change], list[str]]:
    old = base_spec()
    new = copy.deepcopy(old)
    edit(new)
    result = spec_changes(old, new)
    return result, [f"{c.severity}: {c.text}" for c in result]


GET = "GET /invoices/{invoice_id} (get_invoice)"
POST = "POST /invoices (create_invoice)"
METHOD_SENT = f"{POST}: request body.payment_method (PaymentMethod)"
METHOD_READ = f"{GET}: response 200.payment_method (PaymentMethod)"
METHOD_CREATED = f"{POST}: response 200.payment_method (PaymentMethod)"


def test_identical_specs_have_no_changes_and_no_bump() -> None:
    result = spec_changes(base_spec(), base_spec())
    assert result == []
    assert implied_bump(result) == "none"


def test_operation_removed_is_breaking() -> None:
    result, texts = changed(lambda s: s["paths"]["/invoices"].pop("post"))
    assert texts == [f"breaking: {POST}: operation removed"]
    assert implied_bump(result) == "major"


def test_operation_added_is_compatible_minor() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["paths"]["/invoices/{invoice_id}"]["delete"] = {
            "operationId": "delete_invoice",
            "responses": {"204": {"description": "gone"}},
        }

    result, texts = changed(edit)
    assert texts == ["compatible: DELETE /invoices/{invoice_id} (delete_invoice): operation added"]
    assert implied_bump(result) == "minor"


def test_path_changed_is_breaking_and_reported_once() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["paths"]["/bills"] = s["paths"].pop("/invoices")

    _, texts = changed(edit)
    assert texts == [f"breaking: {POST}: path changed to POST /bills"]


def test_parameter_removed_is_breaking() -> None:
    _, texts = changed(lambda s: s["paths"]["/invoices"]["post"].pop("parameters"))
    assert texts == [f"breaking: {POST}: query parameter dry_run: removed"]


def test_parameter_made_required_is_breaking() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["paths"]["/invoices"]["post"]["parameters"][0]["required"] = True

    _, texts = changed(edit)
    assert texts == [f"breaking: {POST}: query parameter dry_run: made required"]


@pytest.mark.parametrize(("required", "severity"), [(True, "breaking"), (False, "compatible")])
def test_parameter_added(required: bool, severity: str) -> None:
    def edit(s: dict[str, Any]) -> None:
        s["paths"]["/invoices"]["post"]["parameters"].append(
            {"name": "lang", "in": "query", "required": required, "schema": {"type": "string"}}
        )

    _, texts = changed(edit)
    kind = "required" if required else "optional"
    assert texts == [f"{severity}: {POST}: query parameter lang: added ({kind})"]


@pytest.mark.parametrize(("required", "severity"), [(True, "breaking"), (False, "compatible")])
def test_request_field_added(required: bool, severity: str) -> None:
    def edit(s: dict[str, Any]) -> None:
        schemas(s)["InvoiceCreate"]["properties"]["locale"] = {"type": "string"}
        if required:
            schemas(s)["InvoiceCreate"]["required"].append("locale")

    _, texts = changed(edit)
    kind = "required" if required else "optional"
    assert texts == [f"{severity}: {POST}: request body.locale: {kind} field added"]


def test_request_field_removed_is_breaking_because_bodies_are_closed() -> None:
    _, texts = changed(lambda s: schemas(s)["InvoiceCreate"]["properties"].pop("reference"))
    assert texts == [f"breaking: {POST}: request body.reference: field removed"]


def test_response_field_added_is_compatible_in_every_operation_using_it() -> None:
    _, texts = changed(lambda s: schemas(s)["Invoice"]["properties"].update(locale={"type": "string"}))
    assert texts == [
        f"compatible: {GET}: response 200.locale: field added",
        f"compatible: {POST}: response 200.locale: field added",
    ]


def test_response_field_removed_is_breaking() -> None:
    def edit(s: dict[str, Any]) -> None:
        schemas(s)["Invoice"]["properties"].pop("amount_total_cents")
        schemas(s)["Invoice"]["required"].remove("amount_total_cents")

    _, texts = changed(edit)
    assert f"breaking: {GET}: response 200.amount_total_cents: field removed" in texts
    assert all(text.startswith("breaking") for text in texts)


def test_response_field_made_optional_is_breaking() -> None:
    _, texts = changed(lambda s: schemas(s)["Invoice"]["required"].remove("invoice_id"))
    assert f"breaking: {GET}: response 200.invoice_id: made optional" in texts


@pytest.mark.parametrize(
    "nullable",
    [
        {"type": ["string", "null"], "format": "date-time"},
        {"anyOf": [{"type": "string", "format": "date-time"}, {"type": "null"}]},
    ],
    ids=["type-list", "anyOf-null"],
)
def test_response_field_made_nullable_is_breaking(nullable: dict[str, Any]) -> None:
    _, texts = changed(lambda s: schemas(s)["Invoice"]["properties"].update(retracted_at=nullable))
    assert f"breaking: {GET}: response 200.retracted_at: made nullable" in texts
    assert len(texts) == 2  # the same for the create response, nothing else


def test_type_changed_is_breaking() -> None:
    def edit(s: dict[str, Any]) -> None:
        schemas(s)["Invoice"]["properties"]["amount_total_cents"] = {"type": "string"}

    _, texts = changed(edit)
    assert f"breaking: {GET}: response 200.amount_total_cents: type changed from integer to string" in texts


def test_request_enum_value_removed_is_breaking_and_added_is_compatible() -> None:
    def edit(s: dict[str, Any]) -> None:
        schemas(s)["PaymentMethod"]["enum"] = ["ideal", "paypal"]

    _, texts = changed(edit)
    assert f"breaking: {METHOD_SENT}: enum value removed: sdd" in texts
    assert f"compatible: {METHOD_SENT}: enum value added: paypal" in texts


def test_response_enum_value_removed_is_breaking_added_to_open_enum_is_compatible() -> None:
    def edit(s: dict[str, Any]) -> None:
        schemas(s)["PaymentMethod"]["enum"] = ["ideal", "paypal"]

    _, texts = changed(edit)
    assert f"breaking: {METHOD_READ}: enum value removed: sdd" in texts
    assert f"compatible: {METHOD_READ}: enum value added: paypal" in texts


def test_response_enum_closed_is_breaking() -> None:
    closed = ref("PaymentMethod")
    _, texts = changed(lambda s: schemas(s)["Invoice"]["properties"].update(payment_method=closed))
    assert texts == [
        f"breaking: {METHOD_READ}: enum closed (other values no longer accepted)",
        f"breaking: {METHOD_CREATED}: enum closed (other values no longer accepted)",
    ]


def test_error_code_added_to_closed_error_enum_is_breaking() -> None:
    _, texts = changed(lambda s: schemas(s)["NotFoundErrorCode"]["enum"].append("not_found"))
    added = "enum value added: not_found (closed response enum)"
    assert texts == [f"breaking: {GET}: response 404.error (NotFoundErrorCode): {added}"]


def test_status_code_removed_is_breaking_and_added_is_compatible() -> None:
    def edit(s: dict[str, Any]) -> None:
        responses = s["paths"]["/invoices/{invoice_id}"]["get"]["responses"]
        responses["410"] = responses.pop("404")

    _, texts = changed(edit)
    assert texts == [f"breaking: {GET}: status code 404 removed", f"compatible: {GET}: status code 410 added"]


def test_operation_security_changed_is_breaking() -> None:
    _, texts = changed(lambda s: s["paths"]["/invoices"]["post"].update(security=[]))
    assert texts == [f"breaking: {POST}: security changed from [[('ApiKeyHeader', ())]] to []"]


def test_security_scheme_moved_to_query_is_breaking() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["components"]["securitySchemes"]["ApiKeyHeader"].update({"in": "query", "name": "api_key"})

    _, texts = changed(edit)
    assert texts == [
        "breaking: spec: security scheme ApiKeyHeader: in changed from header to query",
        "breaking: spec: security scheme ApiKeyHeader: name changed from Authorization to api_key",
    ]


def test_request_constraint_tightened_is_breaking_loosened_is_compatible() -> None:
    def reference(s: dict[str, Any]) -> dict[str, Any]:
        field: dict[str, Any] = schemas(s)["InvoiceCreate"]["properties"]["reference"]
        return field

    _, tighter = changed(lambda s: reference(s).update(maxLength=10))
    _, looser = changed(lambda s: reference(s).update(maxLength=999))
    assert tighter == [f"breaking: {POST}: request body.reference: maxLength changed from 255 to 10"]
    assert looser == [f"compatible: {POST}: request body.reference: maxLength changed from 255 to 999"]


def test_description_change_is_doc_only_patch() -> None:
    def edit(s: dict[str, Any]) -> None:
        schemas(s)["Invoice"]["properties"]["invoice_id"]["description"] = "Identifier chosen by the server."

    result, texts = changed(edit)
    assert texts == [
        f"doc: {GET}: response 200.invoice_id: description changed",
        f"doc: {POST}: response 200.invoice_id: description changed",
    ]
    assert implied_bump(result) == "patch"


def test_change_nothing_specific_explains_is_still_a_patch() -> None:
    result, texts = changed(lambda s: s["info"].update({"x-note": "internal"}))
    assert texts == ["doc: spec: other changes (examples, extensions or unused components)"]
    assert implied_bump(result) == "patch"


def test_recursive_schemas_terminate_and_still_report() -> None:
    def make_recursive(s: dict[str, Any]) -> None:
        schemas(s)["Invoice"]["properties"]["parent"] = ref("Invoice")

    old = base_spec()
    make_recursive(old)
    new = copy.deepcopy(old)
    schemas(new)["Invoice"]["properties"]["note"] = {"type": "string"}
    texts = [c.text for c in spec_changes(old, new)]
    assert f"{GET}: response 200.note: field added" in texts
    assert f"{GET}: response 200.parent.note: field added" not in texts  # stops at the cycle


def test_webhook_body_is_read_by_the_client_so_directions_flip() -> None:
    def with_webhook(s: dict[str, Any]) -> None:
        notification = {
            "type": "object",
            "required": ["invoice_ids"],
            "properties": {"invoice_ids": {"type": "array"}},
        }
        s["webhooks"] = {
            "invoice_notification": {
                "post": {
                    "operationId": "invoice_notification",
                    "requestBody": {"required": True, **body(notification)},
                    "responses": {"200": {"description": "taken"}},
                }
            }
        }

    old = base_spec()
    with_webhook(old)
    new = copy.deepcopy(old)
    notification = new["webhooks"]["invoice_notification"]["post"]["requestBody"]["content"][JSON]["schema"]
    notification["properties"]["import_ids"] = {"type": "array"}
    notification["required"].append("import_ids")
    texts = [f"{c.severity}: {c.text}" for c in spec_changes(old, new)]
    label = "webhook POST invoice_notification (invoice_notification)"
    assert texts == [f"compatible: {label}: request body.import_ids: field added"]
