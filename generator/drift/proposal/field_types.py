"""A JSON Schema for a new field, from the docs' parameter table or from an example value.

Only what the docs show: the table's type word, or the JSON type of the example's value (a
string that reads as a date-time gets ``format: date-time``; ``a|b`` alternatives of one type
are that type). Anything the docs leave open (a ``null`` example, mixed alternatives, an
unknown type word) comes back as a doubt, for the ``x-review`` mark.
"""

from __future__ import annotations

import re
from typing import Any

from clubcollect_docs.tolerant_json import Alternatives, JsonValue

_TABLE_TYPES = {
    "string": "string",
    "integer": "integer",
    "int": "integer",
    "number": "number",
    "boolean": "boolean",
    "bool": "boolean",
    "object": "object",
    "array": "array",
}
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def schema_from_table(type_word: str | None) -> dict[str, Any] | None:
    """The schema a parameter table's type column names, or None for a word it does not know."""
    if not type_word:
        return None
    kind = _TABLE_TYPES.get(type_word.strip().lower())
    return {"type": kind} if kind else None


def schema_from_value(value: JsonValue) -> tuple[dict[str, Any], list[str]]:
    """(schema, doubts) for an example value."""
    if isinstance(value, Alternatives):
        schemas = [schema_from_value(option) for option in value.options]
        kinds = {str(schema.get("type")) for schema, _ in schemas}
        if len(kinds) == 1:
            return schemas[0][0], [d for _, doubts in schemas for d in doubts]
        return {}, [f"the example offers values of several types ({', '.join(sorted(kinds))})"]
    if value is None:
        return {}, ["the example shows null: the type is not known"]
    if isinstance(value, bool):
        return {"type": "boolean"}, []
    if isinstance(value, int):
        return {"type": "integer"}, []
    if isinstance(value, float):
        return {"type": "number"}, []
    if isinstance(value, str):
        text = value.split("|")[0].strip()
        if _DATE_TIME.match(text):
            return {"type": "string", "format": "date-time"}, []
        if _DATE.match(text):
            return {"type": "string", "format": "date"}, []
        return {"type": "string"}, []
    if isinstance(value, list):
        if not value:
            return {"type": "array"}, ["the example's list is empty: the item type is not known"]
        items, item_doubts = schema_from_value(value[0])
        return {"type": "array", "items": items}, item_doubts
    properties: dict[str, Any] = {}
    doubts: list[str] = []
    for key, member in value.items():
        properties[key], inner = schema_from_value(member)
        doubts += [f"{key}: {doubt}" for doubt in inner]
    return {"type": "object", "properties": properties}, doubts
