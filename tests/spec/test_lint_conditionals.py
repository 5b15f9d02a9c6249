"""The spec lint refuses if/then/else, which Redocly's tools read as closing the object (DECISIONS B9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.common.spec_refs import load_spec
from generator.lint import rules

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "clubcollect-v2.yaml"


def test_the_spec_has_no_conditional_schema() -> None:
    assert rules.rule_no_conditionals(load_spec(SPEC)) == []


def test_an_if_then_is_reported_where_it_is() -> None:
    line: dict[str, Any] = {
        "type": "object",
        "properties": {"if": {"type": "string"}, "type": {"type": "string"}},
        "if": {"properties": {"type": {"const": "A"}}},
        "then": {"required": ["if"]},
    }
    spec = {"components": {"schemas": {"Line": line, "Other": {"if": {"type": "string"}, "else": {}}}}}
    found = rules.rule_no_conditionals(spec)
    assert [(f.pointer, f.rule) for f in found] == [
        ("/components/schemas/Line", "conditional-schema"),
        ("/components/schemas/Other", "conditional-schema"),
    ]
    assert "B9" in found[0].message


def test_a_property_named_if_is_not_a_conditional() -> None:
    spec = {"components": {"schemas": {"Thing": {"properties": {"if": {"type": "string"}, "then": {}}}}}}
    assert rules.rule_no_conditionals(spec) == []
