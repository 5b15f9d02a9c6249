"""The spec as the generated client sees it: without the forms servers must merely tolerate.

The spec marks some ``anyOf`` alternatives ``x-tolerated`` (DECISIONS B7): forms of a value the
vendor's evidence shows on the wire but that the documented type does not allow (the string
``"true"`` for a boolean, an upper-case locale). Servers must accept them in requests, and the
client reads them in responses (the runtime reader normalises them, ``x-read-as``), but partners
should get one clean type per field. So before openapi-python-client sees the spec, every
tolerated alternative is dropped, and what becomes a one-member ``anyOf`` is unwrapped. A
component that is left as nothing but a reference to another one (``LocaleRequest`` is then just
``Locale``) is replaced by that reference wherever it is used, so no empty alias class appears.

A response property marked ``x-default-from-path`` (an answer may leave it out, but it is then the
request's path parameter of that name) is required in the client's view: the reader fills it in.
"""

from __future__ import annotations

import copy
from typing import Any

TOLERATED = "x-tolerated"
DEFAULT_FROM_PATH = "x-default-from-path"
_UNION_KEYS = ("anyOf", "oneOf")
_SCHEMAS_PREFIX = "#/components/schemas/"


def _without_tolerated(node: Any) -> Any:
    if isinstance(node, list):
        return [_without_tolerated(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _without_tolerated(value) for key, value in node.items()}
    for key in _UNION_KEYS:
        options = result.get(key)
        if not isinstance(options, list):
            continue
        kept = [option for option in options if not (isinstance(option, dict) and TOLERATED in option)]
        if len(kept) == len(options):
            continue
        if len(kept) == 1 and isinstance(kept[0], dict):
            del result[key]
            only = kept[0]
            # The surviving alternative's own keywords win; the wrapper keeps its description.
            result = {**{k: v for k, v in result.items() if k not in only}, **only}
        else:
            result[key] = kept
    return result


def _require_path_defaults(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _require_path_defaults(item)
        return
    if not isinstance(node, dict):
        return
    properties = node.get("properties")
    if isinstance(properties, dict):
        filled = [
            name for name, prop in properties.items() if isinstance(prop, dict) and DEFAULT_FROM_PATH in prop
        ]
        if filled:
            node["required"] = [
                *node.get("required", []),
                *(n for n in filled if n not in node.get("required", [])),
            ]
    for value in node.values():
        _require_path_defaults(value)


def _aliases(schemas: dict[str, Any]) -> dict[str, str]:
    """Components that are only a reference to another component: name -> reference."""
    found = {}
    for name, schema in schemas.items():
        if isinstance(schema, dict) and "$ref" in schema:
            structural = set(schema) - {"$ref", "description", "x-decision", "title"}
            if not structural:
                found[name] = schema["$ref"]
    return found


def _replace_refs(node: Any, aliases: dict[str, str]) -> Any:
    if isinstance(node, list):
        return [_replace_refs(item, aliases) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: _replace_refs(value, aliases) for key, value in node.items()}
    ref = result.get("$ref")
    if isinstance(ref, str) and ref.startswith(_SCHEMAS_PREFIX):
        target = ref.removeprefix(_SCHEMAS_PREFIX)
        seen = set()
        while target in aliases and target not in seen:
            seen.add(target)
            ref = aliases[target]
            target = ref.removeprefix(_SCHEMAS_PREFIX)
        result["$ref"] = ref
    return result


def client_view(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``spec`` without tolerated alternatives or the alias components they leave."""
    view: dict[str, Any] = _without_tolerated(copy.deepcopy(spec))
    _require_path_defaults(view.get("components", {}).get("schemas", {}))
    schemas = view.get("components", {}).get("schemas", {})
    aliases = _aliases(schemas)
    if aliases:
        view = _replace_refs(view, aliases)
        for name in aliases:
            del view["components"]["schemas"][name]
    return view
