"""What each lint rule says, and where it points: the exact findings a spec author reads.

test_lint_rules.py checks that each rule fires; these pin the pointer and the words of every
finding, and the edges of each rule (what it must leave alone), on tiny documents given straight
to the rule so OpenAPI validation does not stand in the way.
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.lint import cli as lint
from generator.lint import examples as lint_examples
from generator.lint import keywords as lint_keywords
from generator.lint import rules as lint_rules
from generator.lint.model import Finding, Spec

from .test_lint_rules import OPERATION, good, put

GET = "/paths/~1things~1{thing_id}/get"
JSON = "application/json"


def found(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.pointer, f.rule, f.message) for f in findings]


def one_operation(operation: dict[str, Any], **components: Any) -> dict[str, Any]:
    return {"paths": {"/things": {"get": operation}}, "components": components}


def error_body(schema: Any, status: Any = "404", media: str = JSON) -> dict[str, Any]:
    return {"responses": {status: {"content": {media: {"schema": schema}}}}}


ERRORS = {
    "NotFoundError": {"properties": {"error": {"$ref": "#/components/schemas/NotFoundErrorCode"}}},
    "NotFoundErrorCode": {"type": "string", "enum": ["not_found"]},
}
NOT_FOUND = {"$ref": "#/components/schemas/NotFoundError"}


# Operations: id, tags, summary, security.


def test_each_missing_operation_field_is_named_at_the_operation() -> None:
    spec = one_operation({"tags": ["Gadgets", "Things"], "summary": ""})
    spec["tags"] = [{"name": "Things"}, "not a tag object"]
    assert found(lint_rules.rule_operation_id(spec)) == [
        ("/paths/~1things/get", "operation-id", "operation has no operationId")
    ]
    assert found(lint_rules.rule_operation_tags(spec)) == [
        ("/paths/~1things/get", "operation-tag", "tag 'Gadgets' is not declared in tags")
    ]
    assert found(lint_rules.rule_operation_summary(spec)) == [
        ("/paths/~1things/get", "operation-summary", "operation has no summary")
    ]
    assert found(lint_rules.rule_operation_security(spec)) == [
        ("/paths/~1things/get", "operation-security", "operation does not declare security")
    ]


def test_an_operation_without_tags_gets_one_finding() -> None:
    assert found(lint_rules.rule_operation_tags(one_operation({}))) == [
        ("/paths/~1things/get", "operation-tag", "operation has no tag")
    ]


def test_an_empty_security_list_is_a_declaration() -> None:
    """``security: []`` says "no authentication" on purpose; only a missing key is a finding."""
    assert lint_rules.rule_operation_security(one_operation({"security": []})) == []


# Error bodies and their *ErrorCode enums.


def test_an_error_body_without_a_code_enum_and_an_operation_without_one_are_both_named() -> None:
    spec = one_operation(error_body({"type": "object"}, status=404))
    assert found(lint_rules.rule_error_codes(spec)) == [
        (
            "/paths/~1things/get/responses/404",
            "error-code-enum",
            "error body is not a *Error schema whose code property refers to an *ErrorCode enum",
        ),
        ("/paths/~1things/get", "error-code-enum", "operation documents no error with an *ErrorCode enum"),
    ]


@pytest.mark.parametrize("status", ["404", 404, "500", "4XX"])
def test_a_client_or_server_error_with_a_code_enum_satisfies_the_rule(status: Any) -> None:
    spec = one_operation(error_body(NOT_FOUND, status=status), **{"schemas": ERRORS})
    assert lint_rules.rule_error_codes(spec) == []


@pytest.mark.parametrize("status", ["200", "302", "default"])
def test_only_4xx_and_5xx_answers_count_as_errors(status: str) -> None:
    spec = one_operation(error_body(NOT_FOUND, status=status), **{"schemas": ERRORS})
    assert found(lint_rules.rule_error_codes(spec)) == [
        ("/paths/~1things/get", "error-code-enum", "operation documents no error with an *ErrorCode enum")
    ]


def test_an_error_answer_that_is_not_json_is_not_judged() -> None:
    spec = one_operation(
        {
            "responses": {
                "404": {"content": {JSON: {"schema": NOT_FOUND}}},
                "502": {"content": {"text/html": {"schema": {"type": "string"}}}},
                "503": {"description": "no body"},
            }
        },
        schemas=ERRORS,
    )
    assert lint_rules.rule_error_codes(spec) == []


def test_an_error_answer_after_one_that_is_not_json_is_still_judged() -> None:
    spec = one_operation(
        {
            "responses": {
                "502": {"content": {"text/html": {"schema": {"type": "string"}}}},
                "404": {"content": {JSON: {"schema": {"type": "object"}}}},
            }
        }
    )
    assert [f.pointer for f in lint_rules.rule_error_codes(spec)] == [
        "/paths/~1things/get/responses/404",
        "/paths/~1things/get",
    ]


def test_webhooks_need_no_error_contract() -> None:
    spec = {"webhooks": {"done": {"post": {"responses": {"200": {"description": "ok"}}}}}}
    assert lint_rules.rule_error_codes(spec) == []


def test_an_error_answer_behind_a_reference_is_read() -> None:
    spec = one_operation(
        {"responses": {"404": {"$ref": "#/components/responses/NotFound"}}},
        schemas=ERRORS,
        responses={"NotFound": {"content": {JSON: {"schema": NOT_FOUND}}}},
    )
    assert lint_rules.rule_error_codes(spec) == []


CODE_ENUM = {"$ref": "#/components/schemas/NotFoundErrorCode"}


@pytest.mark.parametrize(
    ("error_schema", "expected"),
    [
        ({"properties": {"error": CODE_ENUM}}, "NotFoundErrorCode"),
        ({"properties": {"error": {"anyOf": [{"type": "string"}, CODE_ENUM]}}}, "NotFoundErrorCode"),
        ({"properties": {"message": {"type": "string"}, "error": CODE_ENUM}}, "NotFoundErrorCode"),
        ({"properties": {"error": {"$ref": "#/components/schemas/Kind"}}}, None),  # not *ErrorCode
        ({"properties": {"error": {"$ref": "#/components/schemas/EmptyErrorCode"}}}, None),  # no values
        ({"properties": {"error": {"$ref": "#/components/schemas/MissingErrorCode"}}}, None),  # dangling
        ({"properties": {"error": "not a schema"}}, None),
        ({"properties": None}, None),
        ({}, None),
    ],
)
def test_error_code_enum_is_the_code_enum_an_error_body_refers_to(
    error_schema: dict[str, Any], expected: str | None
) -> None:
    spec = {
        "components": {
            "schemas": {
                "NotFoundError": error_schema,
                "NotFoundErrorCode": {"type": "string", "enum": ["not_found"]},
                "EmptyErrorCode": {"type": "string", "enum": []},
                "Kind": {"type": "string", "enum": ["round"]},
            }
        }
    }
    assert lint_rules.error_code_enum(spec, NOT_FOUND) == expected


def test_boolean_schemas_are_no_error_body_and_no_code_enum() -> None:
    spec = {
        "components": {
            "schemas": {
                "AnyError": True,
                "OddError": {"properties": {"error": {"$ref": "#/components/schemas/OddErrorCode"}}},
                "OddErrorCode": True,
            }
        }
    }
    assert lint_rules.error_code_enum(spec, {"$ref": "#/components/schemas/AnyError"}) is None
    assert lint_rules.error_code_enum(spec, {"$ref": "#/components/schemas/OddError"}) is None


def test_only_a_referenced_schema_named_error_is_an_error_body() -> None:
    spec = {"components": {"schemas": {**ERRORS, "NotFoundProblem": ERRORS["NotFoundError"]}}}
    assert lint_rules.error_code_enum(spec, {"$ref": "#/components/schemas/NotFoundProblem"}) is None
    assert lint_rules.error_code_enum(spec, ERRORS["NotFoundError"]) is None  # inline, no name
    assert lint_rules.error_code_enum(spec, {"$ref": "#/components/schemas/GoneError"}) is None  # dangling


# Examples: present, valid.


def test_a_body_without_examples_is_named_by_its_role() -> None:
    spec = one_operation(
        {
            "requestBody": {"content": {JSON: {"schema": {"type": "object"}, "examples": {}}}},
            "responses": {
                "200": {"content": {JSON: {"example": None}}},
                "400": {"content": {JSON: {"schema": {}}}},
            },
        }
    )
    assert found(lint_rules.rule_examples_present(spec)) == [
        (
            "/paths/~1things/get/requestBody/content/application~1json",
            "examples-missing",
            "request body has no examples",
        ),
        (
            "/paths/~1things/get/responses/400/content/application~1json",
            "examples-missing",
            "response 400 has no examples",
        ),
    ]


def test_an_invalid_example_is_named_with_the_place_inside_it() -> None:
    spec = one_operation(
        {
            "responses": {
                "200": {
                    "content": {
                        JSON: {
                            "schema": {"$ref": "#/components/schemas/Things"},
                            "examples": {
                                "list": {"value": [{"size": 1}, {"size": "big"}]},
                                "bare": {"value": 3},
                            },
                        }
                    }
                }
            }
        },
        schemas={
            "Things": {
                "type": "array",
                "items": {"type": "object", "properties": {"size": {"type": "integer"}}},
            }
        },
    )
    where = "/paths/~1things/get/responses/200/content/application~1json/examples"
    assert found(lint_rules.rule_examples_valid(spec)) == [
        (f"{where}/list", "example-invalid", "example 'list': 1/size: 'big' is not of type 'integer'"),
        (f"{where}/bare", "example-invalid", "example 'bare': (root): 3 is not of type 'array'"),
    ]


def test_an_example_whose_schema_cannot_be_found_says_so() -> None:
    spec = {"components": {"schemas": {"Broken": {"$ref": "#/components/schemas/Gone"}}}}
    checker = lint_examples.ExampleChecker(spec)
    assert checker.errors("/components/schemas/Broken", 1) == [
        "schema reference '/components/schemas/Gone' cannot be resolved"
    ]
    assert checker.errors("/components/schemas/Absent", 1) == [
        "schema reference '/components/schemas/Absent' cannot be resolved"
    ]


@pytest.mark.parametrize(
    ("name", "low", "high"), [("int32", -(2**31), 2**31 - 1), ("int64", -(2**63), 2**63 - 1)]
)
def test_integer_formats_accept_exactly_their_range(name: str, low: int, high: int) -> None:
    checker = lint_examples.ExampleChecker({"components": {"schemas": {"N": {"format": name}}}})
    for inside in (low, 0, high, True, "text", 1.5):
        assert checker.errors("/components/schemas/N", inside) == [], inside
    for outside in (low - 1, high + 1):
        assert checker.errors("/components/schemas/N", outside) == [f"(root): {outside} is not a {name!r}"]


# Enums and their generated names.


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([3, 0, -2], ["VALUE_3", "VALUE_0", "VALUE_NEGATIVE_2"]),
        (["a--b", "sdd-", "x1"], ["A_B", "SDD", "X1"]),
        (["ok", None, 2.5], ["OK", "VALUE_1", "VALUE_2"]),
    ],
)
def test_python_enum_keys_of_numbers_punctuation_and_odd_values(
    values: list[Any], expected: list[str]
) -> None:
    assert lint_rules.python_enum_keys(values, None) == expected


def test_varnames_that_are_not_a_list_are_ignored() -> None:
    assert lint_rules.python_enum_keys(["a", "b"], "AB") == ["A", "B"]
    assert lint_rules.python_enum_keys(["a", "b"], ["-one-x-", 2]) == ["ONE_X", "2"]


def test_every_later_value_that_collides_is_named_with_the_first() -> None:
    spec = {"components": {"schemas": {"Kind": {"enum": ["DONATION", "donation", "Donation", "gift"]}}}}
    assert found(lint_rules.rule_enum_identifiers(spec)) == [
        (
            "/components/schemas/Kind",
            "enum-identifier-collision",
            "'DONATION' and 'donation' both become DONATION; add x-enum-varnames",
        ),
        (
            "/components/schemas/Kind",
            "enum-identifier-collision",
            "'DONATION' and 'Donation' both become DONATION; add x-enum-varnames",
        ),
    ]


def test_a_property_named_enum_is_not_an_enum() -> None:
    spec = {"components": {"schemas": {"T": {"properties": {"enum": {"type": "string"}}}}}}
    assert lint_rules.rule_enum_identifiers(spec) == []


# Constructs the generator ignores.


def test_external_references_deep_objects_and_discriminators_are_named_where_they_are() -> None:
    spec: Spec = {
        "paths": {
            "/things": {
                "get": {
                    "parameters": [{"name": "filter", "in": "query", "style": "deepObject"}],
                    "responses": {"200": {"$ref": "responses.yaml#/Ok"}},
                }
            }
        },
        "components": {"schemas": {"Shape": {"discriminator": {"propertyName": "kind"}}}},
    }
    assert found(lint_rules.rule_ignored_constructs(spec)) == [
        (
            "/paths/~1things/get/parameters/0",
            "deep-object",
            "style: deepObject is not supported by the generator",
        ),
        ("/paths/~1things/get/responses/200", "external-ref", "external reference 'responses.yaml#/Ok'"),
        (
            "/components/schemas/Shape",
            "discriminator",
            "discriminator whose members do not fix the tag with const",
        ),
    ]


def test_local_references_and_deep_object_encodings_are_fine() -> None:
    """Form encoding objects carry ``style`` too, but no ``in``: only parameters are refused."""
    spec = {
        "paths": {
            "/x": {
                "post": {
                    "requestBody": {
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {"$ref": "#/components/schemas/Form"},
                                "encoding": {"filter": {"style": "deepObject"}},
                            }
                        }
                    }
                }
            }
        },
        "components": {"schemas": {"Form": {"type": "object"}}},
    }
    assert lint_rules.rule_ignored_constructs(spec) == []


TAGGED = {
    "Round": {"properties": {"kind": {"const": "round"}}},
    "Square": {"properties": {"kind": {"$ref": "#/components/schemas/SquareTag"}}},
    "SquareTag": {"const": "square"},
    "Loose": {"properties": {"kind": {"type": "string"}}},
}


def shape(**members: Any) -> dict[str, Any]:
    return {"discriminator": {"propertyName": "kind"}, **members}


@pytest.mark.parametrize(
    ("schema", "fixed"),
    [
        (
            shape(oneOf=[{"$ref": "#/components/schemas/Round"}, {"$ref": "#/components/schemas/Square"}]),
            True,
        ),
        (shape(anyOf=[{"$ref": "#/components/schemas/Round"}]), True),
        (
            shape(
                oneOf=[{"$ref": "#/components/schemas/Round"}], anyOf=[{"$ref": "#/components/schemas/Loose"}]
            ),
            False,
        ),
        (
            shape(oneOf=[{"$ref": "#/components/schemas/Loose"}, {"$ref": "#/components/schemas/Round"}]),
            False,
        ),
        (shape(oneOf=[{"properties": {"shape": {"const": "round"}}}]), False),  # tags another property
        (shape(oneOf=[{"type": "object"}]), False),
        (shape(oneOf=["not a schema"]), False),
        (shape(), False),
    ],
)
def test_a_discriminator_needs_every_member_to_fix_its_tag_with_const(
    schema: dict[str, Any], fixed: bool
) -> None:
    assert lint_rules.discriminator_has_const_tags({"components": {"schemas": TAGGED}}, schema) is fixed


# Open enums.


@pytest.mark.parametrize(
    ("options", "well_formed"),
    [
        ([{"$ref": "#/components/schemas/Kind"}, {"type": "string"}], True),
        ([{"type": "string"}, {"$ref": "#/components/schemas/Kind"}], True),
        ([{"$ref": "#/components/schemas/Kind"}, {"type": "null"}, {"type": "string"}], True),
        ([{"type": "string"}, {"type": "null"}, {"$ref": "#/components/schemas/Kind"}], True),
        ([{"$ref": "#/components/schemas/Kind"}], False),
        ([{"$ref": "#/components/schemas/Kind"}, {"type": "integer"}], False),
        ([{"$ref": "#/components/schemas/Kind"}, {"type": "string"}, {"type": "string"}], False),
        (
            [
                {"$ref": "#/components/schemas/Kind"},
                {"$ref": "#/components/schemas/Kind"},
                {"type": "string"},
            ],
            False,
        ),
        ([{"$ref": "#/components/schemas/Plain"}, {"type": "string"}], False),  # the $ref is no enum
        ([{"enum": ["a"]}, {"type": "string"}], False),  # an inline enum: no named class to keep
        ([{"type": "string"}], False),
    ],
)
def test_x_open_enum_marks_exactly_an_enum_reference_or_any_string(
    options: list[Any], well_formed: bool
) -> None:
    spec = {
        "components": {
            "schemas": {
                "Kind": {"type": "string", "enum": ["round"]},
                "Plain": {"type": "string"},
                "T": {"x-open-enum": True, "anyOf": options},
            }
        }
    }
    expected = (
        []
        if well_formed
        else [
            (
                "/components/schemas/T",
                "open-enum-shape",
                "x-open-enum needs anyOf: [$ref to an enum, {type: string}] and optionally {type: null}",
            )
        ]
    )
    assert found(lint_rules.rule_open_enums(spec)) == expected


def test_x_open_enum_false_is_not_judged() -> None:
    spec = {"components": {"schemas": {"T": {"x-open-enum": False, "type": "string"}}}}
    assert lint_rules.rule_open_enums(spec) == []


# Conditionals, review marks, decisions.


def test_a_conditional_is_named_at_the_schema_holding_it() -> None:
    spec = {"components": {"schemas": {"T": {"if": {"required": ["a"]}, "else": {"required": ["b"]}}}}}
    assert found(lint_rules.rule_no_conditionals(spec)) == [
        (
            "/components/schemas/T",
            "conditional-schema",
            "if/then/else: write the rule with `not` or `anyOf` (DECISIONS B9)",
        )
    ]


def test_a_review_mark_is_named_at_the_node_that_carries_it() -> None:
    spec = {"components": {"schemas": {"T": {"type": "string", "x-review": "write its description"}}}}
    assert found(lint_rules.rule_review_marks(spec)) == [
        ("/components/schemas/T", "review-pending", "waiting for a person: write its description")
    ]


def test_decision_ids_are_the_first_cells_of_table_rows() -> None:
    text = "\n".join(
        [
            "| id | decision |",
            "| --- | --- |",
            "| A1 | first |",
            "|C12| tight cells |",
            "  | B3 | indented: not a row start |",
            "| a4 | lower case |",
            "| 5 | no letter |",
            "| AB6 | two letters |",
            "| D7 | E8 |",
            "text | F9 | in a sentence",
        ]
    )
    assert lint_rules.decision_ids(text) == {"A1", "C12", "D7"}


def test_every_entry_a_node_cites_must_exist() -> None:
    spec = {
        "info": {"x-decision": ["A1", "Z9", "Y8"]},
        "paths": {"/x": {"x-decision": "A1"}},
        "components": {"schemas": {"T": {"x-decision": 7}}},
    }
    assert found(lint_rules.rule_decisions_exist(spec, {"A1"})) == [
        ("/info/x-decision", "decision-unknown", "no DECISIONS.md entry Z9"),
        ("/info/x-decision", "decision-unknown", "no DECISIONS.md entry Y8"),
        ("/components/schemas/T/x-decision", "decision-unknown", "no DECISIONS.md entry 7"),
    ]


def test_decisions_are_checked_only_when_the_record_is_given() -> None:
    spec = good()
    put("Z9", *OPERATION, "x-decision")(spec)
    assert lint.lint(spec) == []
    assert found(lint.lint(spec, "")) == [
        (f"{GET}/x-decision", "decision-unknown", "no DECISIONS.md entry Z9")
    ]


# Keywords and extensions: where the walk must not look.


def test_schema_keywords_are_judged_once_and_only_inside_schemas() -> None:
    junk = {"type": "string", "formatt": "date"}
    spec = {
        "paths": {
            "/x": {
                "get": {
                    "parameters": [
                        {
                            "name": "q",
                            "in": "query",
                            "schema": {"type": "string"},
                            "example": {"schema": junk},
                        }
                    ],
                    "responses": {
                        "200": {"content": {JSON: {"examples": {"e": {"value": {"schema": junk}}}}}}
                    },
                    "x-notes": {"schema": junk},
                }
            }
        },
        "components": {"schemas": {"T": {"type": "object", "properties": {"schema": junk}}}},
    }
    assert found(lint_keywords.rule_schema_keywords(spec)) == [
        (
            "/components/schemas/T/properties/schema",
            "schema-keyword",
            "'formatt' is not a JSON Schema 2020-12 or OpenAPI 3.1 keyword (a typo, or a description YAML "
            "split into keys? quote it)",
        )
    ]


def test_a_document_without_component_schemas_has_only_its_inline_schemas() -> None:
    parameter = {"name": "q", "in": "query", "schema": {"type": "string"}}
    for components in ({}, {"components": None}, {"components": {"schemas": None}}):
        spec = {"paths": {"/x": {"get": {"parameters": [parameter]}}}, **components}
        assert [pointer for pointer, _ in lint_keywords.schema_objects(spec)] == [
            "/paths/~1x/get/parameters/0/schema"
        ]


def test_boolean_schemas_and_odd_members_are_walked_past() -> None:
    spec = {
        "components": {
            "schemas": {
                "T": {
                    "items": False,
                    "properties": ["not", "a", "map"],
                    "allOf": None,
                    "$defs": {"d": True},
                    "additionalProperties": {"type": "string", "x-open-enum": True},
                }
            }
        }
    }
    assert lint_keywords.rule_schema_keywords(spec) == []
    assert [pointer for pointer, _ in lint_keywords.schema_objects(spec)] == [
        "/components/schemas/T",
        "/components/schemas/T/additionalProperties",
    ]


def test_schema_objects_cover_components_then_every_schema_holder_in_document_order() -> None:
    spec = {
        "paths": {"/a~b": {"get": {"parameters": [{"schema": {"type": "string"}}]}}},
        "components": {
            "schemas": {"A/B": {"type": "object", "properties": {"p~q": {"type": "integer"}}}},
            "headers": {"H": {"schema": {"type": "integer"}}},
        },
        "webhooks": {"w": {"post": {"requestBody": {"content": {JSON: {"schema": {"type": "object"}}}}}}},
    }
    assert [pointer for pointer, _ in lint_keywords.schema_objects(spec)] == [
        "/components/schemas/A~1B",
        "/components/schemas/A~1B/properties/p~0q",
        "/paths/~1a~0b/get/parameters/0/schema",
        "/components/headers/H/schema",
        "/webhooks/w/post/requestBody/content/application~1json/schema",
    ]


def test_an_unknown_extension_is_named_wherever_it_is() -> None:
    spec = {
        "info": {"x-logo": "a.png"},
        "paths": {"/x": {"get": {"responses": {"200": {"x-internal": True}}}}},
    }
    assert found(lint_keywords.rule_extensions(spec)) == [
        (
            "/info",
            "extension-unknown",
            "'x-logo' is not a documented extension (generator/lint/extensions.py)",
        ),
        (
            "/paths/~1x/get/responses/200",
            "extension-unknown",
            "'x-internal' is not a documented extension (generator/lint/extensions.py)",
        ),
    ]


# The order of the whole run.


def test_an_invalid_document_gets_the_validator_s_findings_and_the_structural_ones_only() -> None:
    spec = good()
    del spec["info"]
    put("{$ref: 'other.yaml#/Thing'}", *OPERATION, "responses", "200", "content", JSON, "schema")(spec)
    findings = found(lint.lint(spec, ""))
    assert [(pointer, rule) for pointer, rule, _ in findings] == [
        ("", "openapi-valid"),
        ("", "openapi-valid"),
        (f"{GET}/responses/200/content/application~1json/schema", "external-ref"),
    ]
    assert findings[1][2] == "reference 'other.yaml#/Thing' cannot be resolved"


def test_validator_findings_point_at_the_invalid_node() -> None:
    spec = good()
    spec["info"]["version"] = 3
    (finding,) = lint_rules.rule_openapi_valid(spec)
    assert (finding.pointer, finding.rule) == ("/info/version", "openapi-valid")
    assert finding.message.startswith('3 is not of type "string"')
