"""The lint's read-only views of a document: references, pointers, operations, bodies and examples.

Tiny inline documents with the shapes the real spec does not have (cyclic, dangling and external
references, path items behind a ``$ref``, webhooks, shared examples without a value), so a view
that loses one of them shows here rather than as a rule that silently checks less.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.lint import model

A = {"$ref": "#/components/schemas/A"}


def test_a_local_reference_is_followed_through_every_hop() -> None:
    spec = {"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"}}}}
    assert model.resolve(spec, A) == {"type": "string"}


def test_reference_tokens_are_unescaped_as_json_pointer_says() -> None:
    spec = {"paths": {"/things/{id}": {"get": {"summary": "one"}}}, "odd~name": {"x": 1}}
    assert model.resolve(spec, {"$ref": "#/paths/~1things~1{id}/get"}) == {"summary": "one"}
    assert model.resolve(spec, {"$ref": "#/odd~0name"}) == {"x": 1}


def test_a_reference_cycle_stops_at_the_first_reference_met_again() -> None:
    spec = {"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": A}}}
    assert model.resolve(spec, A) == A


def test_dangling_external_and_non_string_references_come_back_unchanged() -> None:
    spec = {"components": {"schemas": {"A": {"type": "string"}, "leaf": "text"}}}
    dangling = {"$ref": "#/components/schemas/Missing"}
    through_a_leaf = {"$ref": "#/components/schemas/leaf/deeper"}
    external = {"$ref": "other.yaml#/components/schemas/A"}
    not_a_string = {"$ref": 3}
    for node in (dangling, through_a_leaf, external, not_a_string):
        assert model.resolve(spec, node) is node
    assert model.resolve(spec, "plain") == "plain"


def test_ref_name_is_the_schema_component_a_reference_names() -> None:
    assert model.ref_name(A) == "A"
    assert model.ref_name({"$ref": "#/components/schemas/A/properties/b"}) == "A/properties/b"
    assert model.ref_name({"$ref": "#/components/parameters/A"}) is None
    assert model.ref_name({"$ref": 1}) is None
    assert model.ref_name({"type": "string"}) is None
    assert model.ref_name("#/components/schemas/A") is None


def test_pointers_escape_tilde_before_slash() -> None:
    assert model.escape("a~/b") == "a~0~1b"
    assert model.pointer_of("paths", "/things/{id}", "get", 0) == "/paths/~1things~1{id}/get/0"
    assert model.pointer_of() == ""


def test_walk_visits_every_node_depth_first_with_its_pointer() -> None:
    document = {"a/b": [{"c": 1}, 2], "d": None}
    assert list(model.walk(document)) == [
        ("", document),
        ("/a~1b", [{"c": 1}, 2]),
        ("/a~1b/0", {"c": 1}),
        ("/a~1b/0/c", 1),
        ("/a~1b/1", 2),
        ("/d", None),
    ]
    assert list(model.walk([], "/x")) == [("/x", [])]


def test_operations_come_from_paths_and_webhooks_in_method_order() -> None:
    get, post, hook = {"operationId": "g"}, {"operationId": "p"}, {"operationId": "h"}
    spec = {
        "paths": {
            "/things": {"post": post, "get": get, "parameters": [], "summary": "not an operation"},
            "/broken": "not a path item",
            "/dangling": {"$ref": "#/components/pathItems/Missing"},
            "/shared": {"$ref": "#/components/pathItems/Shared"},
        },
        "webhooks": {"thing_done": {"post": hook, "put": "not an operation"}},
        "components": {"pathItems": {"Shared": {"delete": {"operationId": "d"}}}},
    }
    assert [(op.pointer, op.method, op.node, op.is_webhook) for op in model.operations(spec)] == [
        ("/paths/~1things/get", "get", get, False),
        ("/paths/~1things/post", "post", post, False),
        ("/paths/~1shared/delete", "delete", {"operationId": "d"}, False),
        ("/webhooks/thing_done/post", "post", hook, True),
    ]


def test_every_http_method_is_an_operation() -> None:
    item = {method: {"operationId": method} for method in model.HTTP_METHODS}
    found = [op.method for op in model.operations({"paths": {"/all": item}})]
    assert found == ["get", "put", "post", "delete", "options", "head", "patch", "trace"]


def test_a_document_without_paths_or_webhooks_has_no_operations() -> None:
    assert list(model.operations({"paths": None})) == []
    assert list(model.operations({})) == []


def test_media_types_of_the_request_body_then_each_response_even_behind_references() -> None:
    form: dict[str, Any] = {"schema": {}}
    html: dict[str, Any] = {}
    json_body, created = {"schema": {"type": "object"}}, {"example": 1}
    spec: dict[str, Any] = {
        "components": {
            "requestBodies": {"Create": {"content": {"application/json": json_body}}},
            "responses": {"Created": {"content": {"application/json": created}}},
        }
    }
    operation = model.Operation(
        "/paths/~1things/post",
        "post",
        {
            "requestBody": {"$ref": "#/components/requestBodies/Create"},
            "responses": {
                "201": {"$ref": "#/components/responses/Created"},
                "204": {"description": "no content"},
                "400": {"content": {"text/html": html, "application/x-www-form-urlencoded": form}},
                "500": "not a response",
            },
        },
        False,
    )
    assert list(model.media_types(spec, operation)) == [
        ("/paths/~1things/post/requestBody/content/application~1json", "request body", json_body),
        ("/paths/~1things/post/responses/201/content/application~1json", "response 201", created),
        ("/paths/~1things/post/responses/400/content/text~1html", "response 400", html),
        (
            "/paths/~1things/post/responses/400/content/application~1x-www-form-urlencoded",
            "response 400",
            form,
        ),
    ]


def test_an_operation_without_body_or_responses_has_no_media_types() -> None:
    bare = model.Operation("/paths/~1x/get", "get", {"requestBody": "odd", "responses": None}, False)
    assert list(model.media_types({}, bare)) == []
    empty = model.Operation("/paths/~1x/post", "post", {"requestBody": {"description": "none"}}, False)
    assert list(model.media_types({}, empty)) == []


def test_example_sites_name_the_schema_each_example_is_checked_against() -> None:
    spec: dict[str, Any] = {
        "paths": {
            "/things": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "example": {"size": 1},
                                "examples": {
                                    "shared": {"$ref": "#/components/examples/Big"},
                                    "a/b": {"value": {"size": 3}},
                                    "elsewhere": {"externalValue": "https://example.test/x.json"},
                                    "odd": "a bare value",
                                },
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "content": {"application/json": {"schema": {"type": "integer"}, "example": 0}}
                        }
                    },
                }
            }
        },
        "components": {
            "examples": {"Big": {"value": {"size": 2}}},
            "parameters": {
                "Limit": {"name": "limit", "in": "query", "schema": {"type": "integer"}, "example": 10},
                "Plain": {"name": "plain", "in": "query"},
            },
            "schemas": {
                "Thing": {"type": "object", "examples": [{"size": 4}, {"size": 5}]},
                "Bare": {"type": "string"},
            },
        },
    }
    thing = "/components/schemas/Thing"
    body = "/paths/~1things/post/requestBody/content/application~1json"
    answer = "/paths/~1things/post/responses/200/content/application~1json"
    assert list(model.example_sites(spec)) == [
        (f"{body}/example", "example", thing, {"size": 1}),
        (f"{body}/examples/shared", "shared", thing, {"size": 2}),
        (f"{body}/examples/a~1b", "a/b", thing, {"size": 3}),
        (f"{answer}/example", "example", f"{answer}/schema", 0),
        ("/components/parameters/Limit/example", "example", "/components/parameters/Limit/schema", 10),
        (f"{thing}/examples/0", "0", thing, {"size": 4}),
        (f"{thing}/examples/1", "1", thing, {"size": 5}),
    ]


def test_a_document_without_components_has_only_its_operation_examples() -> None:
    spec = {"paths": {"/x": {"get": {"responses": {"200": {"content": {"text/plain": {"example": "hi"}}}}}}}}
    assert list(model.example_sites(spec)) == [
        (
            "/paths/~1x/get/responses/200/content/text~1plain/example",
            "example",
            "/paths/~1x/get/responses/200/content/text~1plain/schema",
            "hi",
        )
    ]


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"$ref": "#/components/schemas/Thing"}, "/components/schemas/Thing"),
        ({"$ref": "#/components/parameters/Limit"}, "/here/schema"),
        ({"type": "string"}, "/here/schema"),
        (None, "/here/schema"),
    ],
)
def test_schema_pointer_is_the_component_a_reference_leads_to_else_the_inline_place(
    schema: Any, expected: str
) -> None:
    assert model.schema_pointer({}, "/here/schema", schema) == expected


def test_a_finding_renders_as_file_pointer_rule_and_message() -> None:
    finding = model.Finding("/paths/~1x", "operation-id", "operation has no operationId")
    assert finding.render("spec.yaml") == "spec.yaml#/paths/~1x: operation-id: operation has no operationId"


def test_example_sites_behind_shared_bodies_responses_and_examples() -> None:
    thing = {"$ref": "#/components/schemas/Thing"}
    spec: dict[str, Any] = {
        "paths": {
            "/things": {
                "post": {
                    "requestBody": {"$ref": "#/components/requestBodies/NewThing"},
                    "responses": {"200": {"$ref": "#/components/responses/OneThing"}},
                }
            }
        },
        "components": {
            "requestBodies": {"NewThing": {"content": {"application/json": {"schema": thing, "example": 1}}}},
            "responses": {"OneThing": {"content": {"application/json": {"schema": thing, "example": 2}}}},
            "examples": {"Short": {"value": "ab"}},
            "parameters": {
                "Code": {
                    "name": "code",
                    "in": "query",
                    "schema": {"$ref": "#/components/schemas/Code", "maxLength": 2},
                    "examples": {"short": {"$ref": "#/components/examples/Short"}},
                }
            },
            "schemas": {"Thing": {"type": "integer"}, "Code": {"type": "string"}},
        },
    }
    body = "/paths/~1things/post/requestBody/content/application~1json"
    answer = "/paths/~1things/post/responses/200/content/application~1json"
    # The parameter's examples meet its schema where it is written, beside the $ref's maxLength.
    assert list(model.example_sites(spec)) == [
        (f"{body}/example", "example", "/components/schemas/Thing", 1),
        (f"{answer}/example", "example", "/components/schemas/Thing", 2),
        ("/components/parameters/Code/examples/short", "short", "/components/parameters/Code/schema", "ab"),
    ]
