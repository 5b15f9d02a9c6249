"""An OpenAPI Overlay 1.0 document, read and checked before any of it is applied.

Checked in this order, every problem reported with the index of the action it is in: the file
reads as YAML or JSON, ``overlay`` names a 1.0.x version, the document is valid against the
Overlay 1.0 JSON Schema (vendored in ``schema/``, see its README), and every ``target`` parses
as an RFC 9535 JSONPath query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
import yaml
from jsonschema import Draft202012Validator

from generator.common.spec_refs import safe_load

SCHEMA_FILE = Path(__file__).resolve().parent / "schema" / "overlay-1.0.schema.yaml"
SUPPORTED_VERSION = re.compile(r"^1\.0\.\d+$")


class OverlayError(ValueError):
    """The overlay was refused; ``problems`` says why, each naming the action (``actions[2]``)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Action:
    index: int
    target: str
    query: jsonpath_rfc9535.JSONPathQuery
    description: str
    update: Any
    has_update: bool
    remove: bool

    @property
    def label(self) -> str:
        return f"actions[{self.index}]"


@dataclass(frozen=True)
class Overlay:
    title: str
    version: str
    actions: tuple[Action, ...]
    extensions: dict[str, Any]  # the document's own x- fields (drift --propose writes some)


@cache
def _validator() -> Draft202012Validator:
    schema = safe_load(SCHEMA_FILE.read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _where(path: Any) -> str:
    parts = list(path)
    if len(parts) >= 2 and parts[0] == "actions" and isinstance(parts[1], int):
        rest = "".join(f".{p}" if isinstance(p, str) else f"[{p}]" for p in parts[2:])
        return f"actions[{parts[1]}]{rest}"
    return "".join(f".{p}" if isinstance(p, str) else f"[{p}]" for p in parts).lstrip(".") or "document"


def check_overlay(data: Any) -> Overlay:
    """The overlay as data (already parsed); raises :class:`OverlayError` listing every problem."""
    if not isinstance(data, dict):
        raise OverlayError(["document: an overlay is a mapping with overlay, info and actions"])
    version = data.get("overlay")
    if not isinstance(version, str) or not SUPPORTED_VERSION.match(version):
        raise OverlayError(
            [f"overlay: version {version!r} is not supported; this tool applies Overlay 1.0.x"]
        )
    problems = [
        f"{_where(error.absolute_path)}: {error.message}"
        for error in sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    ]
    if problems:
        raise OverlayError(problems)
    actions = []
    for index, raw in enumerate(data["actions"]):
        try:
            query = jsonpath_rfc9535.compile(raw["target"])
        except jsonpath_rfc9535.JSONPathError as error:
            problems.append(f"actions[{index}]: target {raw['target']!r} is not a valid JSONPath: {error}")
            continue
        actions.append(
            Action(
                index=index,
                target=raw["target"],
                query=query,
                description=str(raw.get("description", "")),
                update=raw.get("update"),
                has_update="update" in raw,
                remove=bool(raw.get("remove", False)),
            )
        )
        if not actions[-1].remove and not actions[-1].has_update:
            problems.append(f"actions[{index}]: neither update nor remove: the action does nothing")
    if problems:
        raise OverlayError(problems)
    extensions = {key: value for key, value in data.items() if key.startswith("x-")}
    return Overlay(str(data["info"]["title"]), str(data["info"]["version"]), tuple(actions), extensions)


def load_overlay(path: Path) -> Overlay:
    try:
        data = safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise OverlayError([f"{path}: cannot be read: {error.strerror}"]) from error
    except yaml.YAMLError as error:
        raise OverlayError([f"{path}: not YAML or JSON: {error}"]) from error
    return check_overlay(data)
