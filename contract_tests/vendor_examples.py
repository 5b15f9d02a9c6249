"""Every JSON response example of the vendor's pages, with the operation and status it belongs to,
after the repairs listed (each with its reason) in ``vendor_example_repairs.yaml``.

The pages are read by the docs-drift reader (``clubcollect_docs.pages``), which knows all three
formats the vendor publishes. A repair is only ever JSON syntax (the pages' examples are JSON in
spirit: ``true|false``, trailing commas, missing braces) or a ``"..."`` placeholder filled with a
value of its field's type; the fixture says which, where, and why.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clubcollect_docs import DocsOperation, read_folder
from clubcollect_docs.tolerant_json import Alternatives, JsonValue, parse_example
from contract_tests.spec import DEFAULT_SPEC
from generator.common.spec_refs import safe_load

REPAIRS_PATH = Path(__file__).with_name("vendor_example_repairs.yaml")
SPEC: dict[str, Any] = safe_load(DEFAULT_SPEC.read_text(encoding="utf-8"))
PLACEHOLDER = "..."


@dataclass(frozen=True)
class VendorExample:
    at: str  # "api-documentation/import.md:459": page (relative to its folder) and line
    operation: str
    status: int
    text: str


def _spec_operations() -> list[tuple[str, re.Pattern[str], str]]:
    found = []
    for path, item in SPEC["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found.append((method.upper(), pattern, operation["operationId"]))
    # Literal paths before templated ones, as OpenAPI matches them.
    return sorted(found, key=lambda entry: entry[1].pattern.count("[^/]+"))


def _success_status(operation_id: str) -> int:
    for item in SPEC["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return int(next(s for s in operation["responses"] if s.startswith("2")))
    raise KeyError(operation_id)


def operation_of(docs: DocsOperation) -> str:
    """The spec operation a documented one is, by method and path shape."""
    for method, pattern, operation_id in _spec_operations():
        if method == docs.method.upper() and pattern.match(docs.path.template):
            return operation_id
    raise LookupError(f"no spec operation for {docs.method} {docs.path.template} ({docs.page})")


def vendor_examples(folder: Path) -> list[VendorExample]:
    """Every response example with a JSON body in the pages of ``folder``."""
    found = []
    for docs in read_folder(folder):
        for response in docs.responses:
            for example in response.examples:
                if example.text.strip():
                    operation = operation_of(docs)
                    status = response.status if response.status is not None else _success_status(operation)
                    at = f"{example.where.page}:{example.where.line}"
                    found.append(VendorExample(at, operation, status, example.text))
    return found


def alternatives(value: JsonValue) -> list[Any]:
    """Every plain JSON value an example with ``a|b`` alternations stands for."""
    if isinstance(value, Alternatives):
        return [v for option in value.options for v in alternatives(option)]
    if isinstance(value, dict):
        keys = list(value)
        choices = [alternatives(value[key]) for key in keys]
        return [dict(zip(keys, combo, strict=True)) for combo in itertools.product(*choices)]
    if isinstance(value, list):
        return [list(combo) for combo in itertools.product(*(alternatives(item) for item in value))]
    return [value]


@dataclass(frozen=True)
class Repairs:
    reasons: dict[str, dict[str, str]]
    superseded: dict[str, str]
    examples: dict[str, dict[str, list[str]]]


def load_repairs() -> Repairs:
    raw = safe_load(REPAIRS_PATH.read_text(encoding="utf-8"))
    return Repairs(raw["reasons"], raw.get("superseded") or {}, raw.get("examples") or {})


FILL_KINDS = ("ids", "dates", "integers")


def fill_value(kind: str, path: str) -> Any:
    """The value a placeholder of ``kind`` at ``path`` is replaced with (stable, and valid)."""
    if kind == "ids":
        return hashlib.sha1(path.encode(), usedforsecurity=False).hexdigest()
    if kind == "dates":
        return "2016-02-12T20:55:19+00:00"
    if kind == "integers":
        return 0
    raise KeyError(kind)


def _pointer(path: str) -> list[str | int]:
    parts: list[str | int] = []
    for name, index in re.findall(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]", path.removeprefix("$")):
        parts.append(name if name else int(index))
    return parts


def placeholder_at(value: Any, path: str) -> bool:
    """Whether ``value`` holds the ``"..."`` placeholder at ``path``."""
    target = value
    for part in _pointer(path):
        if isinstance(part, int):
            if not isinstance(target, list) or part >= len(target):
                return False
        elif not isinstance(target, dict) or part not in target:
            return False
        target = target[part]
    return bool(target == PLACEHOLDER)


def fill(value: Any, fills: dict[str, list[str]]) -> Any:
    """``value`` with each listed placeholder that it holds replaced by a value of its kind."""
    filled = copy.deepcopy(value)
    for kind, paths in fills.items():
        for path in paths:
            if placeholder_at(filled, path):
                *parents, last = _pointer(path)
                target = filled
                for part in parents:
                    target = target[part]
                target[last] = fill_value(kind, path)
    return filled


def answers(example: VendorExample, repairs: Repairs) -> list[Any]:
    """The plain JSON answers an example stands for, after its listed repairs."""
    listed = repairs.examples.get(example.at, {})
    fills = {kind: listed[kind] for kind in FILL_KINDS if kind in listed}
    return [fill(value, fills) for value in alternatives(parse_example(example.text))]


def strict_json_ok(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True
