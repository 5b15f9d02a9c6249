"""What drift reads from the spec, on tiny inline specs: per operation its base URLs, parameters,
auth, request and response fields, success statuses, response schema and error codes; across
the spec its enums and webhooks.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.drift.spec_facts import (
    SpecAuthScheme,
    SpecFacts,
    SpecOperation,
    SpecParameter,
    SpecWebhook,
    deprecated_fields,
    schema_fields,
    spec_facts,
)

JSON = "application/json"


def ref(name: str, kind: str = "schemas") -> dict[str, str]:
    return {"$ref": f"#/components/{kind}/{name}"}


def json_body(schema: Any) -> dict[str, Any]:
    return {"content": {JSON: {"schema": schema}}}


def only_operation(facts: SpecFacts) -> SpecOperation:
    (operation,) = facts.operations
    return operation


def one(operation: dict[str, Any], path: str = "/things/{thing_id}", **components: Any) -> SpecOperation:
    return only_operation(spec_facts({"paths": {path: {"get": operation}}, "components": components}))


# The operation's own names.


def test_an_operation_is_named_by_its_id_else_by_method_and_path() -> None:
    assert one({"operationId": "get_thing"}).operation_id == "get_thing"
    assert one({}).operation_id == "GET /things/{thing_id}"
    assert one({"operationId": ""}).operation_id == "GET /things/{thing_id}"


def test_endpoint_shape_and_path_parameters() -> None:
    operation = SpecOperation("x", "GET", "/imports/{import_id}/invoices/{invoice_id}")
    assert operation.endpoint == "GET /imports/{import_id}/invoices/{invoice_id}"
    assert operation.shape == "GET /imports/{}/invoices/{}"
    assert operation.path_params == ["import_id", "invoice_id"]
    assert SpecOperation("x", "GET", "/imports").path_params == []


def test_auth_query_names_are_the_keys_sent_in_the_query() -> None:
    operation = SpecOperation("x", "GET", "/x")
    operation.auth = [
        SpecAuthScheme("query", "api_key", True, ""),
        SpecAuthScheme("header", "Authorization", False, ""),
        SpecAuthScheme("query", "token", False, ""),
    ]
    assert operation.auth_query_names == {"api_key", "token"}


def test_deprecated_operations_are_marked() -> None:
    assert one({"deprecated": True}).deprecated is True
    assert one({}).deprecated is False


# Base URLs: the operation's, else its path's, else the spec's.


def test_servers_of_the_operation_then_the_path_then_the_spec() -> None:
    spec = {
        "servers": [
            {"url": "https://a.test/v2"},
            {"url": "https://b.test/v2"},
            {"description": "no url"},
            "odd",
        ],
        "paths": {
            "/plain": {"get": {"operationId": "plain"}},
            "/pathwide": {
                "servers": [{"url": "https://path.test/v2"}],
                "get": {"operationId": "pathwide"},
                "post": {"operationId": "own", "servers": [{"url": "https://op.test/v2"}]},
            },
            "/empty": {"servers": [], "get": {"operationId": "empty", "servers": []}},
        },
    }
    facts = spec_facts(spec)
    assert facts.base_urls == ["https://a.test/v2", "https://b.test/v2"]
    assert {op.operation_id: op.base_urls for op in facts.operations} == {
        "plain": ["https://a.test/v2", "https://b.test/v2"],
        "pathwide": ["https://path.test/v2"],
        "own": ["https://op.test/v2"],
        "empty": ["https://a.test/v2", "https://b.test/v2"],
    }


def test_a_path_item_behind_a_reference_is_read() -> None:
    spec = {
        "paths": {"/things": ref("Things", "pathItems")},
        "components": {
            "pathItems": {"Things": {"servers": [{"url": "https://t.test"}], "get": {"operationId": "list"}}}
        },
    }
    operation = only_operation(spec_facts(spec))
    assert (operation.operation_id, operation.method, operation.path) == ("list", "GET", "/things")
    assert operation.base_urls == ["https://t.test"]


def test_a_spec_without_paths_or_servers_has_no_operations() -> None:
    assert spec_facts({}) == SpecFacts([], {}, [], [])


# Parameters.


def test_parameters_by_location_with_required_default_and_maximum() -> None:
    operation = one(
        {
            "parameters": [
                {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "page_size", "in": "query", "schema": ref("PageSize")},
                ref("Page", "parameters"),
                {"name": "X-Trace", "in": "header"},
            ]
        },
        schemas={"PageSize": {"type": "integer", "default": 25, "maximum": 100}},
        parameters={"Page": {"name": "page", "in": "query", "required": False, "schema": {"default": 1}}},
    )
    assert operation.parameters == {
        "path": {"thing_id": SpecParameter("thing_id", "path", True, None, None)},
        "query": {
            "page_size": SpecParameter("page_size", "query", False, 25, 100),
            "page": SpecParameter("page", "query", False, 1, None),
        },
        "header": {"X-Trace": SpecParameter("X-Trace", "header", False, None, None)},
    }


def test_path_level_parameters_are_the_operation_s_too() -> None:
    spec = {
        "paths": {
            "/things/{thing_id}": {
                "parameters": [{"name": "thing_id", "in": "path", "required": True}],
                "get": {"operationId": "get_thing"},
            }
        }
    }
    assert only_operation(spec_facts(spec)).parameters == {
        "path": {"thing_id": SpecParameter("thing_id", "path", True)}
    }


# Request and response bodies.


def test_request_fields_and_the_ones_required_within_their_parent() -> None:
    request = {
        "type": "object",
        "required": ["reference", "lines"],
        "properties": {
            "reference": {"type": "string"},
            "note": {"type": "string"},
            "lines": {"type": "array", "items": ref("Line")},
        },
    }
    operation = one(
        {"requestBody": ref("Create", "requestBodies")},
        schemas={
            "Line": {"type": "object", "required": ["amount"], "properties": {"amount": {}, "text": {}}}
        },
        requestBodies={"Create": json_body(request)},
    )
    assert operation.request_fields == {"reference", "note", "lines", "lines[].amount", "lines[].text"}
    assert operation.request_required == {"reference", "lines", "lines[].amount"}


def test_a_request_body_that_is_not_json_has_no_fields() -> None:
    form: dict[str, Any] = {
        "content": {"application/x-www-form-urlencoded": {"schema": {"properties": {"a": {}}}}}
    }
    operation = one({"requestBody": form})
    assert (operation.request_fields, operation.request_required) == (set(), set())


def test_success_statuses_say_whether_they_carry_a_body() -> None:
    operation = one(
        {
            "responses": {
                "200": json_body({"properties": {"id": {}}}),
                201: {"description": "made", "content": {"text/plain": {}}},
                "204": {"description": "nothing"},
                "2XX": json_body({"properties": {"wild": {}}}),
                "302": {"description": "elsewhere"},
                "404": {"description": "no body"},
            }
        }
    )
    assert operation.success == {200: True, 201: True, 204: False}
    assert operation.response_fields == {"id", "wild"}


def test_response_fields_deprecated_ones_and_the_schema_they_come_from() -> None:
    thing = {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "old": {"type": "string", "deprecated": True},
            "kind": {**ref("Kind"), "deprecated": True},
            "legacy": ref("Legacy"),
        },
    }
    operation = one(
        {"operationId": "get_thing", "responses": {"200": json_body(ref("Thing"))}},
        schemas={"Thing": thing, "Kind": {"enum": ["a"]}, "Legacy": {"type": "string", "deprecated": True}},
    )
    assert operation.response_fields == {"id", "old", "kind", "legacy"}
    assert operation.response_deprecated == {"old", "kind", "legacy"}
    assert operation.response_schema == "Thing"


def test_an_inline_or_missing_success_body_is_named_by_the_operation() -> None:
    inline = one({"operationId": "get_thing", "responses": {"200": json_body({"properties": {"a": {}}})}})
    assert inline.response_schema == "get_thing"
    assert one({"operationId": "get_thing"}).response_schema == "get_thing"
    assert one({"operationId": "get_thing", "responses": {"204": {}}}).response_schema == "get_thing"


def test_error_codes_of_every_error_answer_behind_references() -> None:
    operation = one(
        {
            "responses": {
                "200": json_body(ref("Ok")),
                "404": ref("NotFound", "responses"),
                "422": json_body({"properties": {"errors": {"enum": ["invalid_reference"]}}}),
                "default": json_body({"properties": {"error": {"enum": ["server_error"]}}}),
            }
        },
        schemas={"Ok": {"properties": {"error": {"enum": ["not_an_error"]}}}},
        responses={"NotFound": json_body({"properties": {"error": {"enum": ["not_found", "gone"]}}})},
    )
    assert operation.error_codes == {"not_found", "gone", "invalid_reference", "server_error"}
    assert operation.response_fields == {"error"}


def test_json_media_types_written_as_references_are_followed() -> None:
    """OpenAPI 3.2 lets a content entry be a $ref to components/mediaTypes; such bodies still count."""
    spec = {
        "paths": {
            "/things": {
                "post": {
                    "requestBody": {"content": {JSON: ref("NewThing", "mediaTypes")}},
                    "responses": {
                        "201": {"content": {JSON: ref("Thing", "mediaTypes")}},
                        "404": {"content": {JSON: ref("NotFound", "mediaTypes")}},
                    },
                }
            }
        },
        "webhooks": {
            "thing_made": {"post": {"requestBody": {"content": {JSON: ref("Thing", "mediaTypes")}}}}
        },
        "components": {
            "mediaTypes": {
                "NewThing": {"schema": {"required": ["name"], "properties": {"name": {}}}},
                "Thing": {"schema": {"properties": {"id": {}}}},
                "NotFound": {"schema": {"properties": {"error": {"enum": ["not_found"]}}}},
            }
        },
    }
    facts = spec_facts(spec)
    operation = only_operation(facts)
    assert (operation.request_fields, operation.request_required) == ({"name"}, {"name"})
    assert (operation.response_fields, operation.error_codes) == ({"id"}, {"not_found"})
    assert facts.webhooks == [SpecWebhook("thing_made", {"id"})]


# Fields across the spec.


def test_deprecated_fields_beside_a_reference_or_in_its_target_and_deep_inside() -> None:
    spec = {
        "components": {
            "schemas": {
                "Old": {"type": "string", "deprecated": True},
                "Line": {"properties": {"gone": {"deprecated": True}, "kept": {"deprecated": False}}},
            }
        }
    }
    schema = {
        "properties": {
            "a": {**ref("Line"), "deprecated": True},
            "b": ref("Old"),
            "lines": {"type": "array", "items": ref("Line")},
            "c": {"type": "string"},
            "anything": True,
        }
    }
    assert deprecated_fields(spec, schema) == {"a", "a.gone", "b", "lines[].gone"}
    assert "anything" in schema_fields(spec, schema)


def test_deprecated_fields_inside_every_alternative() -> None:
    spec: dict[str, Any] = {
        "components": {"schemas": {"Card": {"properties": {"pan": {"deprecated": True}, "brand": {}}}}}
    }
    schema = {
        "properties": {"payment": {"oneOf": [ref("Card"), {"properties": {"iban": {"deprecated": True}}}]}},
        "anyOf": [{"properties": {"old": {"deprecated": True}}}],
        "allOf": [{"properties": {"older": {"deprecated": True}}}],
    }
    assert deprecated_fields(spec, schema) == {"payment.pan", "payment.iban", "old", "older"}


def test_schema_fields_merge_all_alternatives_under_the_prefix() -> None:
    spec: dict[str, Any] = {
        "components": {"schemas": {"A": {"properties": {"x": {}}}, "B": {"properties": {"y": {}}}}}
    }
    assert schema_fields(spec, {"allOf": [ref("A")], "anyOf": [ref("B")]}, "p") == {"p.x", "p.y"}
    assert schema_fields(spec, {"oneOf": [ref("A"), {"properties": {"z": {}}}]}, "p") == {"p.x", "p.z"}


# Enums and webhooks.


def test_enums_are_the_named_schemas_with_a_list_of_values() -> None:
    spec = {
        "components": {
            "schemas": {
                "Currency": {"type": "string", "enum": ["EUR", "GBP"]},
                "Code": {"type": "integer", "enum": [1, 2]},
                "Thing": {"type": "object"},
                "Odd": {"enum": "not a list"},
                "Bare": True,
            }
        }
    }
    assert spec_facts(spec).enums == {"Currency": {"EUR", "GBP"}, "Code": {"1", "2"}}


def test_webhooks_with_the_fields_of_their_json_body() -> None:
    spec = {
        "webhooks": {
            "payment_done": {
                "post": {"operationId": "payment_notification", "requestBody": json_body(ref("Paid"))}
            },
            "refund": {"post": {"requestBody": ref("Refund", "requestBodies")}},
            "ping": {"post": {}},
            "form": {
                "post": {"requestBody": {"content": {"text/plain": {"schema": {"properties": {"a": {}}}}}}}
            },
        },
        "components": {
            "schemas": {"Paid": {"properties": {"invoice_id": {}, "amount": {}}}},
            "requestBodies": {"Refund": json_body({"properties": {"refund_id": {}}})},
        },
    }
    assert spec_facts(spec).webhooks == [
        SpecWebhook("payment_notification", {"invoice_id", "amount"}),
        SpecWebhook("refund", {"refund_id"}),
        SpecWebhook("ping", set()),
        SpecWebhook("form", set()),
    ]


@pytest.mark.parametrize(
    ("scheme", "expected"),
    [
        ({"type": "http", "scheme": "bearer"}, SpecAuthScheme("header", "Authorization", False, "Bearer")),
        ({"type": "http"}, SpecAuthScheme("header", "Authorization", False, "")),
        (
            {"type": "apiKey", "in": "header", "name": "Authorization", "x-deprecated": True},
            SpecAuthScheme("header", "Authorization", True, ""),
        ),
        (
            {"type": "apiKey", "in": "query", "name": "api_key", "description": "The key."},
            SpecAuthScheme("query", "api_key", False, "The key."),
        ),
    ],
)
def test_an_operation_s_auth_schemes(scheme: dict[str, Any], expected: SpecAuthScheme) -> None:
    operation = one({"security": [{"S": []}]}, securitySchemes={"S": scheme})
    assert operation.auth == [expected]


def test_auth_schemes_that_are_no_key_are_left_out() -> None:
    schemes = {
        "Cookie": {"type": "apiKey", "in": "cookie", "name": "session"},
        "OAuth": {"type": "oauth2", "in": "header", "name": "Authorization"},
    }
    operation = one({"security": [{"Cookie": [], "OAuth": [], "Missing": []}]}, securitySchemes=schemes)
    assert operation.auth == []


def test_the_same_key_required_twice_is_one_scheme() -> None:
    schemes = {
        "A": {"type": "apiKey", "in": "header", "name": "Authorization", "description": "first"},
        "B": {"type": "apiKey", "in": "header", "name": "Authorization", "description": "second"},
    }
    operation = one({"security": [{"A": []}, {"B": []}]}, securitySchemes=schemes)
    assert operation.auth == [SpecAuthScheme("header", "Authorization", False, "second")]


def test_an_http_scheme_and_an_authorization_key_are_the_same_header() -> None:
    schemes = {
        "Key": {"type": "apiKey", "in": "header", "name": "Authorization", "description": "key"},
        "Bearer": {"type": "http", "scheme": "bearer"},
    }
    operation = one({"security": [{"Key": []}, {"Bearer": []}]}, securitySchemes=schemes)
    assert operation.auth == [SpecAuthScheme("header", "Authorization", False, "Bearer")]


def test_deprecated_response_fields_of_every_success_answer() -> None:
    operation = one(
        {
            "responses": {
                "200": json_body({"properties": {"old": {"deprecated": True}}}),
                "201": json_body({"properties": {"new": {}}}),
            }
        }
    )
    assert (operation.response_fields, operation.response_deprecated) == ({"old", "new"}, {"old"})
