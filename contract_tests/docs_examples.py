"""JSON examples found in the vendor's pages, matched to the spec's response schemas."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from contract_tests.response_schema import validator_for
from contract_tests.spec import REPO_ROOT, load_raw_spec

DOCS_DIR = Path(os.environ.get("CLUBCOLLECT_DOCS_DIR") or REPO_ROOT.parent / "shared" / "clubcollect-docs")
ENTITIES = (
    "Company",
    "Import",
    "CompanyImportsPage",
    "Invoice",
    "InvoiceLineList",
    "InvoiceTickets",
    "Ticket",
    "CompanyTicketsPage",
)


@dataclass(frozen=True)
class ParsedExample:
    label: str  # file:offset
    value: Any
    schema_name: str  # "" when no response schema accepts it
    valid: bool


def json_objects(text: str) -> list[tuple[int, Any]]:
    """Every top-level ``{...}`` in ``text`` that parses as a JSON object."""
    found = []
    position = 0
    while (start := text.find("{", position)) >= 0:
        depth, index, in_string = 0, start, False
        end = -1
        while index < len(text):
            char = text[index]
            if in_string:
                if char == "\\":
                    index += 1
                elif char == '"':
                    in_string = False
            elif char == '"':
                in_string = True
            elif char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    end = index
                    break
            index += 1
        if end < 0:
            break
        try:
            value = json.loads(text[start : end + 1])
        except ValueError:
            position = start + 1  # maybe a valid object nested inside
            continue
        found.append((start, value))
        position = end + 1
    return found


def _schema_names() -> list[str]:
    schemas = (load_raw_spec().get("components") or {}).get("schemas") or {}
    errors = sorted(name for name in schemas if name.endswith("Error"))
    return [name for name in ENTITIES if name in schemas] + errors


def _declares_all_keys(name: str, value: dict[str, Any]) -> bool:
    # Response schemas are open, so "valid" alone would match any superset; an example must
    # use only the schema's own fields to count as an example of it.
    schema = ((load_raw_spec().get("components") or {}).get("schemas") or {}).get(name) or {}
    return set(value) <= set(schema.get("properties") or {})


def classify(value: dict[str, Any]) -> str:
    """The first response schema that declares every key of ``value`` and accepts it, or ``""``."""
    names = [name for name in _schema_names() if _declares_all_keys(name, value)]
    for strict in (True, False):
        for name in names:
            if validator_for({"$ref": f"#/components/schemas/{name}"}, strict=strict).is_valid(value):
                return name
    return ""


@cache
def docs_examples(directory: Path = DOCS_DIR) -> list[ParsedExample]:
    examples = []
    for path in sorted(directory.glob("*")):
        if path.suffix not in {".txt", ".md"} or path.name in {"README.md", "FACTS.md"}:
            continue
        for offset, value in json_objects(path.read_text(encoding="utf-8")):
            if isinstance(value, dict):
                name = classify(value)
                examples.append(ParsedExample(f"{path.name}:{offset}", value, name, bool(name)))
    return examples
