"""One test per kind of spec change: is it classified as an SDK user would experience it?"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.diff.schema_changes import Direction, SchemaComparer
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


def compared(old_edit: Any, new_edit: Any) -> tuple[list[Change], list[str]]:
    """Changes from the base spec edited by ``old_edit`` to the base spec edited by ``new_edit``."""
    old, new = base_spec(), base_spec()
    old_edit(old)
    new_edit(new)
    result = spec_changes(old, new)
    return result, [f"{c.severity}: {c.text}" for c in result]


def unchanged(_: dict[str, Any]) -> None:
    return None


def post(s: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = s["paths"]["/invoices"]["post"]
    return operation


def get(s: dict[str, Any]) -> dict[str, Any]:
    operation: dict[str, Any] = s["paths"]["/invoices/{invoice_id}"]["get"]
    return operation


def dry_run(s: dict[str, Any]) -> dict[str, Any]:
    parameter: dict[str, Any] = post(s)["parameters"][0]
    return parameter


@pytest.mark.parametrize("key", ["title", "description", "summary"])
def test_info_text_changed_is_doc_only(key: str) -> None:
    result, texts = changed(lambda s: s["info"].update({key: "Tiny API, reworded"}))
    assert texts == [f"doc: spec: info.{key} changed"]
    assert implied_bump(result) == "patch"


def test_operation_id_changed_is_breaking_because_method_names_change() -> None:
    result, texts = changed(lambda s: post(s).update(operationId="make_invoice"))
    assert texts == [f"breaking: {POST}: operationId changed to make_invoice"]
    assert implied_bump(result) == "major"


@pytest.mark.parametrize("key", ["summary", "description"])
def test_operation_text_changed_is_doc_only(key: str) -> None:
    result, texts = changed(lambda s: post(s).update({key: "Create one invoice."}))
    assert texts == [f"doc: {POST}: {key} changed"]
    assert implied_bump(result) == "patch"


def test_operation_deprecated_and_undeprecated_are_compatible() -> None:
    def deprecate(s: dict[str, Any]) -> None:
        post(s)["deprecated"] = True

    _, deprecated = compared(unchanged, deprecate)
    _, undeprecated = compared(deprecate, unchanged)
    assert deprecated == [f"compatible: {POST}: deprecated"]
    assert undeprecated == [f"compatible: {POST}: no longer deprecated"]


def test_moved_operation_is_still_compared_under_its_old_label() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["paths"]["/bills"] = s["paths"].pop("/invoices")
        s["paths"]["/bills"]["post"]["summary"] = "Create a bill."

    _, texts = changed(edit)
    assert texts == [f"breaking: {POST}: path changed to POST /bills", f"doc: {POST}: summary changed"]


def test_parameter_made_optional_is_compatible() -> None:
    _, texts = compared(lambda s: dry_run(s).update(required=True), unchanged)
    assert texts == [f"compatible: {POST}: query parameter dry_run: made optional"]


def test_parameter_deprecated_and_undeprecated_are_compatible() -> None:
    def deprecate(s: dict[str, Any]) -> None:
        dry_run(s)["deprecated"] = True

    _, deprecated = compared(unchanged, deprecate)
    _, undeprecated = compared(deprecate, unchanged)
    assert deprecated == [f"compatible: {POST}: query parameter dry_run: deprecated"]
    assert undeprecated == [f"compatible: {POST}: query parameter dry_run: undeprecated"]


def test_parameter_description_changed_is_doc_only() -> None:
    result, texts = changed(lambda s: dry_run(s).update(description="Validate only."))
    assert texts == [f"doc: {POST}: query parameter dry_run: description changed"]
    assert implied_bump(result) == "patch"


def test_parameter_schema_is_compared_as_something_the_client_sends() -> None:
    def nullable(s: dict[str, Any]) -> None:
        dry_run(s)["schema"] = {"type": ["boolean", "null"]}

    # a null the client used to send is refused now: breaking (it would be compatible to read)
    _, texts = compared(nullable, unchanged)
    assert texts == [f"breaking: {POST}: query parameter dry_run: no longer nullable"]


def test_request_body_removed_is_breaking() -> None:
    _, texts = changed(lambda s: post(s).pop("requestBody"))
    assert texts == [f"breaking: {POST}: request body removed"]


@pytest.mark.parametrize(
    ("required", "expected"),
    [
        (True, "breaking: {GET}: required request body added"),
        (False, "compatible: {GET}: optional request body added"),
    ],
)
def test_request_body_added(required: bool, expected: str) -> None:
    _, texts = changed(
        lambda s: get(s).update(requestBody={"required": required, **body({"type": "object"})})
    )
    assert texts == [expected.format(GET=GET)]


def test_request_body_made_required_is_breaking() -> None:
    _, texts = compared(lambda s: post(s)["requestBody"].update(required=False), unchanged)
    assert texts == [f"breaking: {POST}: request body made required"]


def test_request_body_made_optional_is_not_a_contract_change() -> None:
    # the client may still send it: only the catch-all doc change remains
    _, texts = changed(lambda s: post(s)["requestBody"].update(required=False))
    assert texts == ["doc: spec: other changes (examples, extensions or unused components)"]


def test_request_body_by_ref_is_followed_in_each_version() -> None:
    def by_ref(required: bool) -> Any:
        def edit(s: dict[str, Any]) -> None:
            s["components"]["requestBodies"] = {
                "NewInvoice": {"required": required, **body(ref("InvoiceCreate"))}
            }
            post(s)["requestBody"] = {"$ref": "#/components/requestBodies/NewInvoice"}

        return edit

    _, texts = compared(by_ref(False), by_ref(True))
    assert texts == [f"breaking: {POST}: request body made required"]


def test_media_types_removed_is_breaking_and_added_is_compatible() -> None:
    xml = "application/xml"

    def with_xml(s: dict[str, Any]) -> None:
        post(s)["requestBody"]["content"][xml] = {"schema": {"type": "string"}}
        get(s)["responses"]["200"]["content"][xml] = {"schema": {"type": "string"}}

    _, removed = compared(with_xml, unchanged)
    _, added = compared(unchanged, with_xml)
    assert removed == [
        f"breaking: {GET}: response 200: media type {xml} removed",
        f"breaking: {POST}: request body: media type {xml} removed",
    ]
    assert added == [
        f"compatible: {GET}: response 200: media type {xml} added",
        f"compatible: {POST}: request body: media type {xml} added",
    ]


def test_json_added_next_to_another_media_type_reports_only_the_media_type() -> None:
    def xml_only(s: dict[str, Any]) -> None:
        post(s)["requestBody"]["content"] = {"application/xml": {"schema": {"type": "string"}}}

    def xml_and_json(s: dict[str, Any]) -> None:
        post(s)["requestBody"]["content"]["application/xml"] = {"schema": {"type": "string"}}

    _, texts = compared(xml_only, xml_and_json)
    assert texts == [f"compatible: {POST}: request body: media type {JSON} added"]


def test_media_type_by_ref_is_followed_in_each_version() -> None:
    def by_ref(max_length: int) -> Any:
        def edit(s: dict[str, Any]) -> None:
            media = {"schema": {"type": "string", "maxLength": max_length}}
            s["components"]["x-media"] = {"Reference": media}
            post(s)["requestBody"]["content"] = {JSON: {"$ref": "#/components/x-media/Reference"}}

        return edit

    _, texts = compared(by_ref(255), by_ref(10))
    assert texts == [f"breaking: {POST}: request body: maxLength changed from 255 to 10"]


def test_response_description_changed_is_doc_only() -> None:
    result, texts = changed(lambda s: get(s)["responses"]["404"].update(description="no such invoice"))
    assert texts == [f"doc: {GET}: response 404: description changed"]
    assert implied_bump(result) == "patch"


def test_security_scheme_removed_is_breaking_and_added_is_compatible() -> None:
    def with_bearer(s: dict[str, Any]) -> None:
        s["components"]["securitySchemes"]["Bearer"] = {"type": "http", "scheme": "bearer"}

    _, removed = compared(with_bearer, unchanged)
    _, added = compared(unchanged, with_bearer)
    assert removed == ["breaking: spec: security scheme Bearer removed"]
    assert added == ["compatible: spec: security scheme Bearer added"]


def test_security_scheme_description_changed_is_doc_only() -> None:
    def edit(s: dict[str, Any]) -> None:
        s["components"]["securitySchemes"]["ApiKeyHeader"]["description"] = "The key from the portal."

    result, texts = changed(edit)
    assert texts == ["doc: spec: security scheme ApiKeyHeader: description changed"]
    assert implied_bump(result) == "patch"


def test_security_scheme_by_ref_is_followed_in_each_version() -> None:
    def by_ref(header: str) -> Any:
        def edit(s: dict[str, Any]) -> None:
            s["components"]["x-schemes"] = {"Key": {"type": "apiKey", "in": "header", "name": header}}
            s["components"]["securitySchemes"]["ApiKeyHeader"] = {"$ref": "#/components/x-schemes/Key"}

        return edit

    _, texts = compared(by_ref("Authorization"), by_ref("X-Api-Key"))
    assert texts == [
        "breaking: spec: security scheme ApiKeyHeader: name changed from Authorization to X-Api-Key"
    ]


def test_server_removed_is_breaking_and_added_is_compatible() -> None:
    old_url, new_url = "https://example.test/api/v2", "https://api.example.test/v2"
    result, texts = changed(lambda s: s.update(servers=[{"url": new_url}]))
    assert texts == [f"breaking: spec: server {old_url} removed", f"compatible: spec: server {new_url} added"]
    assert implied_bump(result) == "major"


def test_security_scopes_changed_is_breaking() -> None:
    def scopes(*names: str) -> Any:
        return lambda s: post(s).update(security=[{"OAuth": list(names)}])

    _, texts = compared(scopes("invoices:write"), scopes("invoices:write", "invoices:read"))
    assert texts == [
        f"breaking: {POST}: security changed from [[('OAuth', ('invoices:write',))]]"
        " to [[('OAuth', ('invoices:read', 'invoices:write'))]]"
    ]


def with_notification_webhook(s: dict[str, Any]) -> None:
    """A webhook whose request carries a closed enum and whose response has a body."""
    notification = {
        "type": "object",
        "properties": {"kind": {"type": "string", "enum": ["paid"]}},
    }
    answer = {"type": "object", "properties": {"received": {"type": "boolean"}}}
    s["webhooks"] = {
        "invoice_notification": {
            "post": {
                "operationId": "invoice_notification",
                "requestBody": {"required": True, **body(notification)},
                "responses": {"200": {"description": "taken", **body(answer)}},
            }
        }
    }


WEBHOOK = "webhook POST invoice_notification (invoice_notification)"


def webhook_schema(s: dict[str, Any], part: str) -> dict[str, Any]:
    operation = s["webhooks"]["invoice_notification"]["post"]
    holder = operation["requestBody"] if part == "request" else operation["responses"]["200"]
    schema: dict[str, Any] = holder["content"][JSON]["schema"]
    return schema


def test_webhook_request_is_received_by_the_client_so_a_new_closed_enum_value_breaks() -> None:
    def more_kinds(s: dict[str, Any]) -> None:
        with_notification_webhook(s)
        webhook_schema(s, "request")["properties"]["kind"]["enum"].append("retracted")

    _, texts = compared(with_notification_webhook, more_kinds)
    assert texts == [
        f"breaking: {WEBHOOK}: request body.kind: enum value added: retracted (closed response enum)"
    ]


def test_webhook_response_is_sent_by_the_client_so_a_new_required_field_breaks() -> None:
    def required_answer(s: dict[str, Any]) -> None:
        with_notification_webhook(s)
        answer = webhook_schema(s, "response")
        answer["properties"]["handled_at"] = {"type": "string"}
        answer["required"] = ["handled_at"]

    _, texts = compared(with_notification_webhook, required_answer)
    assert texts == [f"breaking: {WEBHOOK}: response 200.handled_at: required field added"]


def schema_diff(old: Any, new: Any, direction: str, components: dict[str, Any] | None = None) -> list[str]:
    """One schema compared as the client sends it (``request``) or receives it (``response``)."""
    spec = {"components": {"schemas": components or {}}}
    found: list[str] = []
    assert direction in ("request", "response")
    side: Direction = "request" if direction == "request" else "response"
    comparer = SchemaComparer(spec, spec, side, lambda severity, what: found.append(f"{severity}: {what}"))
    comparer.compare(old, new, "body")
    return found


BOTH = pytest.mark.parametrize("direction", ["request", "response"])


@pytest.mark.parametrize(("direction", "severity"), [("request", "breaking"), ("response", "compatible")])
def test_type_added_narrows_what_a_request_may_carry(direction: str, severity: str) -> None:
    texts = schema_diff({}, {"type": "string"}, direction)
    assert texts == [f"{severity}: body: type added"]


@pytest.mark.parametrize(("direction", "severity"), [("request", "compatible"), ("response", "breaking")])
def test_type_removed_leaves_readers_without_a_type(direction: str, severity: str) -> None:
    texts = schema_diff({"type": "string"}, {}, direction)
    assert texts == [f"{severity}: body: type removed"]


def test_type_change_lists_every_type_of_a_union() -> None:
    texts = schema_diff({"type": ["string", "integer"]}, {"type": "boolean"}, "request")
    assert texts == ["breaking: body: type changed from integer|string to boolean"]


@BOTH
def test_format_changed_is_breaking_both_ways(direction: str) -> None:
    texts = schema_diff(
        {"type": "string", "format": "date-time"}, {"type": "string", "format": "date"}, direction
    )
    assert texts == ["breaking: body: format changed from date-time to date"]


@pytest.mark.parametrize(
    ("direction", "made_nullable", "no_longer_nullable"),
    [("request", "compatible", "breaking"), ("response", "breaking", "compatible")],
)
def test_nullability_by_direction(direction: str, made_nullable: str, no_longer_nullable: str) -> None:
    plain, nullable = {"type": "string"}, {"type": ["string", "null"]}
    assert schema_diff(plain, nullable, direction) == [f"{made_nullable}: body: made nullable"]
    assert schema_diff(nullable, plain, direction) == [f"{no_longer_nullable}: body: no longer nullable"]


def test_enum_added_to_a_plain_field() -> None:
    plain = {"type": "string"}
    closed = {"type": "string", "enum": ["a"]}
    open_enum = {"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "string"}]}
    assert schema_diff(plain, closed, "request") == ["breaking: body: restricted to an enum"]
    assert schema_diff(plain, open_enum, "response") == ["compatible: body: known values listed (open enum)"]
    assert schema_diff(closed, plain, "request") == ["compatible: body: enum restriction removed"]


def test_enum_label_names_the_enum_of_either_version() -> None:
    components = {"Kind": {"type": "string", "enum": ["a", "b"]}}
    texts = schema_diff(ref("Kind"), {"type": "string", "enum": ["a"]}, "request", components)
    assert texts == ["breaking: body (Kind): enum value removed: b"]
    # an enum without a name is labelled by its place alone
    assert schema_diff({"enum": ["a"]}, {"enum": ["a", "b"]}, "request") == [
        "compatible: body: enum value added: b"
    ]


def test_enum_values_of_mixed_types_are_listed_in_text_order() -> None:
    texts = schema_diff({"enum": [10, "x", 9]}, {"enum": [2, "y", "a"]}, "request")
    assert texts == [
        "breaking: body: enum value removed: 10",
        "breaking: body: enum value removed: 9",
        "breaking: body: enum value removed: x",
        "compatible: body: enum value added: 2",
        "compatible: body: enum value added: a",
        "compatible: body: enum value added: y",
    ]


def test_enum_opened_is_compatible() -> None:
    components = {"Kind": {"type": "string", "enum": ["a"]}}
    opened = {"anyOf": [ref("Kind"), {"type": "string"}]}
    assert schema_diff(ref("Kind"), opened, "response", components) == [
        "compatible: body (Kind): enum opened (other values accepted)"
    ]


@pytest.mark.parametrize(
    ("direction", "made_optional", "made_required"),
    [("request", "compatible", "breaking"), ("response", "breaking", "compatible")],
)
def test_required_flag_by_direction(direction: str, made_optional: str, made_required: str) -> None:
    optional = {"type": "object", "properties": {"note": {"type": "string"}}}
    required = {**optional, "required": ["note"]}
    assert schema_diff(required, optional, direction) == [f"{made_optional}: body.note: made optional"]
    assert schema_diff(optional, required, direction) == [f"{made_required}: body.note: made required"]


def test_request_additional_properties_policy() -> None:
    open_object = {"type": "object", "properties": {"note": {"type": "string"}}}
    closed = {**open_object, "additionalProperties": False}
    typed = {**open_object, "additionalProperties": {"type": "string"}}
    assert schema_diff(open_object, closed, "request") == ["breaking: body: unknown fields now refused"]
    assert schema_diff(closed, open_object, "request") == [
        "compatible: body: additional fields policy changed"
    ]
    assert schema_diff(closed, typed, "request") == ["compatible: body: additional fields policy changed"]
    # a response may carry fields the client does not know either way
    assert schema_diff(open_object, closed, "response") == []


def test_alternatives_count_changed_is_breaking() -> None:
    two = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
    three = {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]}
    assert schema_diff(two, three, "response") == ["breaking: body: alternatives changed from 2 to 3 schemas"]
    assert schema_diff({}, two, "request") == ["breaking: body: alternatives changed from 0 to 2 schemas"]
    assert schema_diff(two, {}, "request") == ["breaking: body: alternatives changed from 2 to 0 schemas"]


def test_alternatives_are_compared_one_by_one() -> None:
    old = {"oneOf": [{"type": "string"}, {"type": "integer"}]}
    new = {"oneOf": [{"type": "string"}, {"type": "number"}]}
    assert schema_diff(old, new, "request") == ["breaking: body<1>: type changed from integer to number"]


def test_array_items_are_compared() -> None:
    old = {"type": "array", "items": {"type": "string"}}
    new = {"type": "array", "items": {"type": "integer"}}
    assert schema_diff(old, new, "response") == ["breaking: body[]: type changed from string to integer"]


@pytest.mark.parametrize(("direction", "severity"), [("request", "breaking"), ("response", "compatible")])
def test_constraint_appeared_tightens_and_disappeared_loosens(direction: str, severity: str) -> None:
    plain, bounded = {"type": "string"}, {"type": "string", "maxLength": 10}
    assert schema_diff(plain, bounded, direction) == [f"{severity}: body: maxLength changed from None to 10"]
    assert schema_diff(bounded, plain, direction) == ["compatible: body: maxLength changed from 10 to None"]


def test_every_changed_constraint_is_reported() -> None:
    old = {"type": "string", "maxLength": 10, "minLength": 1, "pattern": "^a"}
    new = {"type": "string", "maxLength": 10, "minLength": 2, "pattern": "^b"}
    assert schema_diff(old, new, "request") == [
        "breaking: body: minLength changed from 1 to 2",
        "breaking: body: pattern changed from ^a to ^b",
    ]


def test_recursive_schema_inlined_in_the_new_version_is_still_compared_level_by_level() -> None:
    components = {"Node": {"type": "object", "properties": {"child": ref("Node")}}}
    inlined = {
        "type": "object",
        "properties": {
            "child": {
                "type": "object",
                "properties": {"child": {"type": "object"}, "extra": {"type": "string"}},
            }
        },
    }
    assert schema_diff(ref("Node"), inlined, "response", components) == [
        "compatible: body.child.extra: field added",
        "breaking: body.child.child.child: field removed",
    ]


@pytest.mark.parametrize(
    ("direction", "added", "removed"),
    [("request", "breaking", "compatible"), ("response", "compatible", "breaking")],
)
def test_array_items_schema_added_or_removed_is_classified_by_direction(
    direction: str, added: str, removed: str
) -> None:
    untyped, typed = {"type": "array"}, {"type": "array", "items": {"type": "string"}}
    assert schema_diff(untyped, typed, direction) == [f"{added}: body[]: type added"]
    assert schema_diff(typed, untyped, direction) == [f"{removed}: body[]: type removed"]
