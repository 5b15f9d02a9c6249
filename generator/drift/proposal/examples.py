"""Values and statuses read from the examples of a documented operation."""

from __future__ import annotations

from typing import Any

from clubcollect_docs.names import real_name
from clubcollect_docs.tolerant_json import ExampleSyntaxError, members_at, string_values
from generator.drift.docs_facts import OperationFacts


class _Missing:
    """No example shows the field (``None`` would be an example showing null)."""


MISSING: Any = _Missing()


def example_value(examples: list[Any], name: str) -> Any:
    """The first value an example shows for the field ``name`` (dotted, ``[]`` for items)."""
    for example in examples:
        try:
            parsed = example.value()
        except ExampleSyntaxError:
            continue
        for path, member in members_at(parsed):
            if real_name(path) == name:
                return member
    return MISSING


def status_showing(documented: OperationFacts, code: str) -> int | None:
    for response in documented.operation.responses:
        for example in response.examples:
            try:
                parsed = example.value()
            except ExampleSyntaxError:
                continue
            if isinstance(parsed, dict) and any(
                code in string_values(parsed.get(key)) for key in ("error", "errors")
            ):
                return response.status
    return None
