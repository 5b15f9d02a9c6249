"""Each lint rule fires on a tiny bad spec and stays quiet on the good one it was made from."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from generator.common.spec_refs import safe_load
from generator.lint import cli as lint
from generator.lint import keywords as lint_keywords
from generator.lint import rules as lint_rules
from generator.lint.model import Finding

GOOD = """
openapi: 3.1.0
info: {title: Things, version: 1.0.0}
tags: [{name: Things}]
paths:
  /things/{thing_id}:
    get:
      operationId: get_thing
      tags: [Things]
      summary: Fetch a thing
      security: [{Key: []}]
      x-decision: A1
      parameters:
        - {name: thing_id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: The thing.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
              examples: {one: {value: {kind: round, made_at: '2026-01-15T09:30:00+00:00', size: 3}}}
        '404':
          description: Unknown.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/GetThingNotFoundError'}
              examples: {nf: {value: {error: not_found}}}
components:
  securitySchemes:
    Key: {type: apiKey, in: header, name: Authorization}
  schemas:
    Kind: {type: string, enum: [round, square]}
    Thing:
      type: object
      properties:
        kind:
          x-open-enum: true
          anyOf: [{$ref: '#/components/schemas/Kind'}, {type: string}]
        made_at: {type: string, format: date-time}
        size: {type: integer, format: int32}
    GetThingNotFoundError:
      type: object
      required: [error]
      properties:
        error:
          x-open-enum: true
          anyOf: [{$ref: '#/components/schemas/GetThingNotFoundErrorCode'}, {type: string}]
    GetThingNotFoundErrorCode: {type: string, enum: [not_found]}
"""
OPERATION = ("paths", "/things/{thing_id}", "get")


def good() -> dict[str, Any]:
    loaded: dict[str, Any] = safe_load(GOOD)
    return loaded


def at(spec: dict[str, Any], *keys: str | int) -> Any:
    node: Any = spec
    for key in keys:
        node = node[key]
    return node


def rules_fired(spec: dict[str, Any]) -> set[str]:
    return {finding.rule for finding in lint.lint(spec, "| A1 | x | y | z |")}


def test_the_good_spec_has_no_findings() -> None:
    assert lint.lint(good(), "| A1 | x | y | z |") == []


def drop(*keys: str | int) -> Callable[[dict[str, Any]], None]:
    def change(spec: dict[str, Any]) -> None:
        del at(spec, *keys[:-1])[keys[-1]]

    return change


def put(value_yaml: str, *keys: str | int) -> Callable[[dict[str, Any]], None]:
    def change(spec: dict[str, Any]) -> None:
        parent, key = at(spec, *keys[:-1]), keys[-1]
        if isinstance(parent, list) and key == len(parent):
            parent.append(safe_load(value_yaml))
        else:
            parent[key] = safe_load(value_yaml)

    return change


BREAKAGES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "no operationId": (drop(*OPERATION, "operationId"), "operation-id"),
    "no tags": (put("[]", *OPERATION, "tags"), "operation-tag"),
    "undeclared tag": (put("[Gadgets]", *OPERATION, "tags"), "operation-tag"),
    "no summary": (drop(*OPERATION, "summary"), "operation-summary"),
    "no security": (drop(*OPERATION, "security"), "operation-security"),
    "error body without code enum": (
        put("{type: object}", *OPERATION, "responses", "404", "content", "application/json", "schema"),
        "error-code-enum",
    ),
    "code enum not named *ErrorCode": (
        put(
            "{$ref: '#/components/schemas/Kind'}",
            "components",
            "schemas",
            "GetThingNotFoundError",
            "properties",
            "error",
            "anyOf",
            0,
        ),
        "error-code-enum",
    ),
    "no error response": (drop(*OPERATION, "responses", "404"), "error-code-enum"),
    "response without examples": (
        drop(*OPERATION, "responses", "200", "content", "application/json", "examples"),
        "examples-missing",
    ),
    "enum values that collide": (
        put("{type: string, enum: [DONATION, donation]}", "components", "schemas", "Kind"),
        "enum-identifier-collision",
    ),
    "external ref": (
        put(
            "{$ref: 'other.yaml#/Thing'}",
            *OPERATION,
            "responses",
            "200",
            "content",
            "application/json",
            "schema",
        ),
        "external-ref",
    ),
    "deepObject parameter": (
        put(
            "{name: filter, in: query, style: deepObject, schema: {type: object}}",
            *OPERATION,
            "parameters",
            0,
        ),
        "deep-object",
    ),
    "discriminator without const": (
        put(
            "{oneOf: [{$ref: '#/components/schemas/Thing'}], discriminator: {propertyName: kind}}",
            "components",
            "schemas",
            "Shape",
        ),
        "discriminator",
    ),
    "malformed open enum": (
        put("{x-open-enum: true, type: string}", "components", "schemas", "Thing", "properties", "kind"),
        "open-enum-shape",
    ),
    "example of the wrong type": (
        put(
            "{value: {size: big}}",
            *OPERATION,
            "responses",
            "200",
            "content",
            "application/json",
            "examples",
            "one",
        ),
        "example-invalid",
    ),
    "example with a bad date": (
        put(
            "{value: {made_at: '2026-02-30T10:00:00Z'}}",
            *OPERATION,
            "responses",
            "200",
            "content",
            "application/json",
            "examples",
            "one",
        ),
        "example-invalid",
    ),
    "example out of int32 range": (
        put(
            "{value: {size: 2147483648}}",
            *OPERATION,
            "responses",
            "200",
            "content",
            "application/json",
            "examples",
            "one",
        ),
        "example-invalid",
    ),
    "unknown decision": (put("Z9", *OPERATION, "x-decision"), "decision-unknown"),
    # The four junk keys of issue 12 came from unquoted flow-mapping descriptions like this one.
    "description YAML split into a junk key": (
        put(
            '{type: boolean, description: A real JSON boolean, not the string "true".}',
            "components",
            "schemas",
            "Thing",
            "properties",
            "flag",
        ),
        "schema-keyword",
    ),
    "misspelt keyword": (
        put("{type: integer, maximun: 3}", "components", "schemas", "Thing", "properties", "size"),
        "schema-keyword",
    ),
    "unknown keyword in a parameter's schema": (
        put("{type: string, nullable: true}", *OPERATION, "parameters", 0, "schema"),
        "schema-keyword",
    ),
    "unknown keyword deep in an anyOf": (
        put(
            "{type: string, formatt: date}",
            "components",
            "schemas",
            "Thing",
            "properties",
            "kind",
            "anyOf",
            1,
        ),
        "schema-keyword",
    ),
    "undocumented extension": (put("true", *OPERATION, "x-internal"), "extension-unknown"),
    "undocumented extension in a schema": (
        put("{type: string, x-tolerate: C7}", "components", "schemas", "Thing", "properties", "size"),
        "extension-unknown",
    ),
    "not OpenAPI": (drop("info"), "openapi-valid"),
}


@pytest.mark.parametrize("case", sorted(BREAKAGES))
def test_rule_fires(case: str) -> None:
    change, rule = BREAKAGES[case]
    spec = good()
    change(spec)
    assert rule in rules_fired(spec)


# Where an unknown keyword hides: every JSON Schema 2020-12 place a subschema can sit, so a walk
# that skips one of them (items, say) cannot go unnoticed.
DEEP = "/components/schemas/Thing/properties/deep"
JUNK = "{type: string, formatt: date}"
HIDDEN_KEYWORDS: dict[str, tuple[str, str]] = {
    "items": (f"{{type: array, items: {JUNK}}}", "/items"),
    "items of items": (f"{{type: array, items: {{type: array, items: {JUNK}}}}}", "/items/items"),
    "prefixItems": (f"{{type: array, prefixItems: [{{type: integer}}, {JUNK}]}}", "/prefixItems/1"),
    "contains": (f"{{type: array, contains: {JUNK}}}", "/contains"),
    "unevaluatedItems": (f"{{type: array, unevaluatedItems: {JUNK}}}", "/unevaluatedItems"),
    "additionalProperties": (f"{{type: object, additionalProperties: {JUNK}}}", "/additionalProperties"),
    "items of additionalProperties": (
        f"{{type: object, additionalProperties: {{type: array, items: {JUNK}}}}}",
        "/additionalProperties/items",
    ),
    "patternProperties": (f"{{type: object, patternProperties: {{'^x': {JUNK}}}}}", "/patternProperties/^x"),
    "propertyNames": (f"{{type: object, propertyNames: {JUNK}}}", "/propertyNames"),
    "dependentSchemas": (f"{{type: object, dependentSchemas: {{a: {JUNK}}}}}", "/dependentSchemas/a"),
    "unevaluatedProperties": (f"{{type: object, unevaluatedProperties: {JUNK}}}", "/unevaluatedProperties"),
    "oneOf": (f"{{oneOf: [{{type: integer}}, {JUNK}]}}", "/oneOf/1"),
    "allOf": (f"{{allOf: [{JUNK}]}}", "/allOf/0"),
    "items of a oneOf member": (f"{{oneOf: [{{type: array, items: {JUNK}}}]}}", "/oneOf/0/items"),
    "not": (f"{{not: {JUNK}}}", "/not"),
    "if": (f"{{if: {JUNK}, then: {{type: string}}}}", "/if"),
    "then": (f"{{if: {{type: string}}, then: {JUNK}}}", "/then"),
    "else": (f"{{if: {{type: string}}, else: {JUNK}}}", "/else"),
    "$defs": (f"{{$defs: {{d: {JUNK}}}}}", "/$defs/d"),
    "contentSchema": (
        f"{{type: string, contentMediaType: application/json, contentSchema: {JUNK}}}",
        "/contentSchema",
    ),
}


@pytest.mark.parametrize(("schema", "below"), HIDDEN_KEYWORDS.values(), ids=HIDDEN_KEYWORDS.keys())
def test_an_unknown_keyword_in_any_subschema_is_reported_where_it_is(schema: str, below: str) -> None:
    """The keyword walk goes into every subschema; the finding points at the one holding the junk key."""
    spec = good()
    put(schema, "components", "schemas", "Thing", "properties", "deep")(spec)
    assert [(f.pointer, f.rule) for f in lint_keywords.rule_schema_keywords(spec)] == [
        (DEEP + below, "schema-keyword")
    ]


def test_an_unknown_keyword_in_the_items_of_a_parameter_or_response_schema_is_reported() -> None:
    """Schemas outside components (parameters, media types) are walked into their items too."""
    spec = good()
    put(f"{{type: array, items: {JUNK}}}", *OPERATION, "parameters", 0, "schema")(spec)
    body = (*OPERATION, "responses", "200", "content", "application/json", "schema")
    put(f"{{type: array, items: {{type: array, items: {JUNK}}}}}", *body)(spec)
    operation = "/paths/~1things~1{thing_id}/get"
    assert sorted(f.pointer for f in lint_keywords.rule_schema_keywords(spec)) == [
        f"{operation}/parameters/0/schema/items",
        f"{operation}/responses/200/content/application~1json/schema/items/items",
    ]


def test_varnames_resolve_a_collision() -> None:
    spec = good()
    put(
        "{type: string, enum: [DONATION, donation], x-enum-varnames: [DONATION, DONATION_LOWERCASE]}",
        "components",
        "schemas",
        "Kind",
    )(spec)
    assert lint_rules.rule_enum_identifiers(spec) == []


def test_values_the_generator_upper_cases_into_one_name_collide() -> None:
    """The generator upper-cases the value before anything else: "ß" becomes "SS" there."""
    assert lint_rules.python_enum_keys(["straße", "strasse"], None) == ["STRASSE", "STRASSE"]
    spec = good()
    put("{type: string, enum: [straße, strasse]}", "components", "schemas", "Street")(spec)
    assert [finding.rule for finding in lint_rules.rule_enum_identifiers(spec)] == [
        "enum-identifier-collision"
    ]


def test_discriminator_with_const_tags_is_accepted() -> None:
    spec = good()
    put("{type: object, properties: {kind: {const: round}}}", "components", "schemas", "Round")(spec)
    put(
        "{oneOf: [{$ref: '#/components/schemas/Round'}], discriminator: {propertyName: kind}}",
        "components",
        "schemas",
        "Shape",
    )(spec)
    assert lint_rules.rule_ignored_constructs(spec) == []


@pytest.mark.parametrize(
    ("values", "varnames", "expected"),
    [
        (["INVOICE-LINE", "ideal"], None, ["INVOICE_LINE", "IDEAL"]),
        (["1st", "x.y"], None, ["VALUE_0", "X_Y"]),
        (["a", "b"], ["ONE", "two"], ["ONE", "TWO"]),
        (["a", "b"], ["ONLY_ONE"], ["A", "B"]),  # the generator ignores a list of the wrong length
    ],
)
def test_python_enum_keys_mimic_the_generator(
    values: list[str], varnames: list[str] | None, expected: list[str]
) -> None:
    assert lint_rules.python_enum_keys(values, varnames) == expected


def test_invalid_openapi_stops_before_most_project_rules() -> None:
    spec = good()
    del spec["info"]
    drop(*OPERATION, "summary")(spec)
    assert rules_fired(spec) == {"openapi-valid"}


def test_findings_point_at_the_broken_place() -> None:
    spec = copy.deepcopy(good())
    drop(*OPERATION, "summary")(spec)
    (finding,) = lint.lint(spec)
    assert (
        finding.render("s.yaml")
        == "s.yaml#/paths/~1things~1{thing_id}/get: operation-summary: operation has no summary"
    )


def test_a_description_split_by_yaml_really_gives_a_junk_key() -> None:
    loaded = safe_load('{type: boolean, description: A real JSON boolean, not the string "true".}')
    assert set(loaded) == {"type", "description", 'not the string "true".'}
    spec = good()
    put(
        '{type: boolean, description: A real JSON boolean, not the string "true".}',
        "components",
        "schemas",
        "Thing",
        "properties",
        "flag",
    )(spec)
    (finding,) = lint.lint(spec, "| A1 | x | y | z |")
    assert finding.pointer == "/components/schemas/Thing/properties/flag"
    assert (
        """'not the string "true".' is not a JSON Schema 2020-12 or OpenAPI 3.1 keyword""" in finding.message
    )


def test_every_documented_extension_is_accepted_where_the_project_uses_it() -> None:
    spec = good()
    put(
        "{anyOf: [{type: boolean}, {type: string, enum: ['true', 'false'], x-tolerated: A1,"
        " x-read-as: boolean}], x-may-be-absent: A1}",
        "components",
        "schemas",
        "Thing",
        "properties",
        "flag",
    )(spec)
    put("true", *OPERATION, "x-browser-redirect")(spec)
    put("true", "components", "securitySchemes", "Key", "x-deprecated")(spec)
    put("{algorithm: hmac}", "components", "securitySchemes", "Key", "x-signature")(spec)
    assert lint.lint(spec, "| A1 | x | y | z |") == []


def test_the_extension_list_documents_each_extension_in_one_line() -> None:
    from generator.lint.extensions import EXTENSIONS

    assert {
        "x-decision",
        "x-open-enum",
        "x-enum-varnames",
        "x-deprecated",
        "x-tolerated",
        "x-read-as",
    } <= set(EXTENSIONS)
    assert all(
        name.startswith("x-") and meaning and "\n" not in meaning for name, meaning in EXTENSIONS.items()
    )


def test_a_shared_response_needs_examples_like_an_inline_one() -> None:
    spec = good()
    gone = "{description: Gone., content: {application/json: {schema: {type: object}}}}"
    spec["components"]["responses"] = {"Gone": safe_load(gone)}
    put("{$ref: '#/components/responses/Gone'}", *OPERATION, "responses", "410")(spec)
    assert lint_rules.rule_examples_present(spec) == [
        Finding(
            "/paths/~1things~1{thing_id}/get/responses/410/content/application~1json",
            "examples-missing",
            "response 410 has no examples",
        )
    ]


def test_a_component_parameter_s_example_meets_the_keywords_beside_its_schema_s_ref() -> None:
    """A $ref in a schema takes keywords beside it (OpenAPI 3.1): the example must meet both."""
    spec = good()
    kind = (
        "{name: kind, in: query, schema: {$ref: '#/components/schemas/Kind', maxLength: 5}, example: square}"
    )
    spec["components"]["parameters"] = {"KindQuery": safe_load(kind)}
    assert lint_rules.rule_examples_valid(spec) == [
        Finding(
            "/components/parameters/KindQuery/example",
            "example-invalid",
            "example 'example': (root): 'square' is too long",
        )
    ]
