"""Loading a spec and following its local ``$ref`` pointers."""

from __future__ import annotations

import pickle
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

import yaml

Node = dict[str, Any]
# The C loader parses the 3000-line spec several times faster; both build only plain data.
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# The same for writing: the pure-Python dumper takes over a second for the spec.
_SAFE_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecError(ValueError):
    pass


# Texts parsed lately, each kept as the pickle of its tree. One process often reads the same spec
# again (the release checks lint, diff and drift it in turn; a test session thousands of times):
# even with libyaml, building the tree costs about 0.1 s of Python for the spec, unpickling a fresh
# copy about 3 ms. Every caller still gets a tree of its own to change as it likes.
_PARSED: OrderedDict[str, bytes] = OrderedDict()
_PARSED_KEPT = 8
_PARSED_LOCK = threading.Lock()


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` with libyaml when present (the spec in 0.1 s instead of 1.7 s), and a new
    copy of the same tree without parsing again when this process has lately parsed the same text."""
    with _PARSED_LOCK:
        kept = _PARSED.get(text)
        if kept is not None:
            _PARSED.move_to_end(text)
    if kept is not None:
        return pickle.loads(kept)  # noqa: S301 - bytes this process pickled itself, from a YAML tree
    data = yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader, C-accelerated if present
    pickled = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    with _PARSED_LOCK:
        _PARSED[text] = pickled
        while len(_PARSED) > _PARSED_KEPT:
            _PARSED.popitem(last=False)
    return data


def safe_dump(data: Any, **options: Any) -> str:
    """``yaml.safe_dump`` with libyaml when present; the same options (``sort_keys``, ``width``...)."""
    return str(yaml.dump(data, Dumper=_SAFE_DUMPER, **options))


def load_spec_text(text: str, origin: str) -> Node:
    try:
        data = safe_load(text)
    except yaml.YAMLError as error:
        raise SpecError(f"{origin}: not valid YAML: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("paths", {}), dict):
        raise SpecError(f"{origin}: not an OpenAPI document (no mapping with 'paths')")
    return data


def load_spec(path: Path) -> Node:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SpecError(f"cannot read {path}: {error.strerror}") from error
    return load_spec_text(text, str(path))


def ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def _pointer(spec: Node, ref: str) -> Any:
    if not ref.startswith("#/"):
        raise SpecError(f"only local $refs are supported, found {ref!r}")
    node: Any = spec
    for part in ref[2:].split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or key not in node:
            raise SpecError(f"unresolvable $ref {ref!r}")
        node = node[key]
    return node


def resolve(spec: Node, node: Any) -> tuple[Node, str | None]:
    """The node a (chain of) ``$ref`` points at, and the name of the last component followed."""
    name: str | None = None
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen:
            raise SpecError(f"$ref cycle at {ref!r}")
        seen.add(ref)
        name = ref_name(ref)
        node = _pointer(spec, ref)
    if not isinstance(node, dict):
        return {}, name
    return node, name


def operations(spec: Node, section: str = "paths") -> dict[tuple[str, str], Node]:
    """(METHOD, path) -> operation, with path-level parameters merged in (operation ones win).

    ``section="webhooks"`` gives the calls the API makes to the client, keyed by webhook name.
    """
    found: dict[tuple[str, str], Node] = {}
    for path, item in (spec.get(section) or {}).items():
        path_item, _ = resolve(spec, item)
        shared = path_item.get("parameters") or []
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if not isinstance(operation, dict):
                continue
            merged = {_parameter_key(spec, p): p for p in shared}
            merged.update({_parameter_key(spec, p): p for p in operation.get("parameters") or []})
            found[(method.upper(), str(path))] = {**operation, "parameters": list(merged.values())}
    return found


def _parameter_key(spec: Node, parameter: Any) -> tuple[str, str]:
    resolved, _ = resolve(spec, parameter)
    return str(resolved.get("in")), str(resolved.get("name"))


def operation_label(method: str, path: str, operation: Node) -> str:
    operation_id = operation.get("operationId")
    return f"{method} {path} ({operation_id})" if operation_id else f"{method} {path}"


def json_content_schema(spec: Node, holder: Node) -> Any:
    """Schema of the JSON media type of a request body or response, if any."""
    content = holder.get("content") or {}
    for media_type, entry in content.items():
        if "json" in str(media_type):
            return resolve(spec, entry)[0].get("schema")
    return None
