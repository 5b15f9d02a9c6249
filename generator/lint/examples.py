"""Validation of example values against the spec's own schemas (JSON Schema 2020-12)."""

from __future__ import annotations

from typing import Any

import jsonschema
import referencing
import referencing.exceptions
from referencing.jsonschema import DRAFT202012

from generator.lint.model import Spec

SPEC_URI = "urn:clubcollect:spec"
INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def format_checker() -> jsonschema.FormatChecker:
    """Draft 2020-12 format checks plus the OpenAPI integer formats."""
    checker = jsonschema.FormatChecker()
    for name, (low, high) in INT_RANGES.items():

        def in_range(value: object, low: int = low, high: int = high) -> bool:
            return not isinstance(value, int) or isinstance(value, bool) or low <= value <= high

        checker.checks(name)(in_range)
    return checker


class ExampleChecker:
    """Validates values against schemas of one spec; the spec is loaded as a schema resource once."""

    def __init__(self, spec: Spec) -> None:
        resource = DRAFT202012.create_resource(dict(spec))
        self.registry: referencing.Registry[Any] = referencing.Registry().with_resource(SPEC_URI, resource)
        self.formats = format_checker()

    def errors(self, schema_pointer: str, value: Any) -> list[str]:
        """Validation messages of ``value`` against the schema found at ``schema_pointer``."""
        validator = jsonschema.Draft202012Validator(
            {"$ref": f"{SPEC_URI}#{schema_pointer}"}, registry=self.registry, format_checker=self.formats
        )
        try:
            return [
                f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
                for error in validator.iter_errors(value)
            ]
        except referencing.exceptions.Unresolvable as exc:
            # An external or dangling $ref: reported by its own rule, the example cannot be checked.
            return [f"schema reference {exc.ref!r} cannot be resolved"]
