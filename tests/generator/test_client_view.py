"""The client's view of the spec drops tolerated forms; the embedded schemas keep them (B7)."""

from __future__ import annotations

from typing import Any

from generator.client_view import client_view
from generator.common.spec_refs import safe_load
from generator.postprocess import REPO_ROOT
from generator.response_schemas import KEPT, response_schemas

SPEC: dict[str, Any] = safe_load((REPO_ROOT / "openapi" / "clubcollect-v2.yaml").read_text(encoding="utf-8"))


def test_tolerated_alternatives_are_dropped_and_single_ones_unwrapped() -> None:
    spec = {
        "components": {
            "schemas": {
                "Flag": {
                    "description": "kept",
                    "anyOf": [
                        {"type": "boolean"},
                        {"type": "string", "x-tolerated": "C7", "x-read-as": "boolean"},
                    ],
                },
                "Count": {
                    "anyOf": [{"type": "integer"}, {"type": "string", "x-tolerated": "C9"}, {"type": "null"}]
                },
                "Loose": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
            }
        }
    }
    view = client_view(spec)["components"]["schemas"]
    assert view["Flag"] == {"description": "kept", "type": "boolean"}
    assert view["Count"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    assert view["Loose"] == spec["components"]["schemas"]["Loose"]
    assert "x-tolerated" in str(spec)  # the input is not changed


def test_an_alias_left_by_dropping_is_replaced_where_it_is_used() -> None:
    view = client_view(SPEC)
    schemas = view["components"]["schemas"]
    assert "LocaleRequest" not in schemas
    company_locale = schemas["CompanyRequest"]["properties"]["locale"]
    assert company_locale == {"$ref": "#/components/schemas/Locale"}
    invoice_locale = schemas["CreateInvoiceRequest"]["properties"]["locale"]["anyOf"]
    assert invoice_locale == [{"$ref": "#/components/schemas/Locale"}, {"type": "null"}]
    assert "x-tolerated" not in str(view)
    transmitted = schemas["CompanyImport"]["properties"]["transmitted"]
    assert transmitted["type"] == "boolean" and "anyOf" not in transmitted


def _keywords(schemas: dict[str, Any]) -> set[str]:
    """Every keyword used in ``schemas`` (property names are names, not keywords)."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            found.update(node)
            for key, value in node.items():
                if key == "properties":
                    for prop in value.values():
                        walk(prop)
                elif key not in {"enum", "required", "const"}:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for schema in schemas.values():
        walk(schema)
    return found


def test_the_embedded_schemas_keep_what_the_reader_needs() -> None:
    responses, components = response_schemas(SPEC)
    assert responses["transmit_import"][200] == {"$ref": "#/components/schemas/Import"}
    assert 204 not in responses["delete_import"]
    transmitted = components["CompanyImport"]["properties"]["transmitted"]["anyOf"]
    assert transmitted[1] == {"type": "string", "enum": ["true", "false"], "x-read-as": "boolean"}
    assert _keywords(components) <= KEPT
    assert "CreateInvoiceRequest" not in components  # only what some response reaches
