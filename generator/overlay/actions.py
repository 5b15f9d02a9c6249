"""Run an overlay's actions, in order, on a round-trip YAML tree of the spec.

Semantics are Overlay 1.0's: a target selects objects or arrays (never a primitive); ``remove``
takes each selected node out of its map or array; ``update`` on an object merges recursively
(objects into objects, anything else, arrays included, replaces the value), on an array appends
the update as one new entry. This tool is stricter than the specification in one way: a target
that selects nothing is an error, since an overlay proposed for this spec that no longer hits
anything has gone stale.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.overlay.document import Action, Overlay, OverlayError
from generator.overlay.style import styled

Location = tuple[str | int, ...]


def _at(tree: Any, location: Location) -> Any:
    node = tree
    for part in location:
        node = node[part]
    return node


def _spell(location: Location) -> str:
    return "$" + "".join(f"[{p!r}]" if isinstance(p, str) else f"[{p}]" for p in location)


def merge(into: dict[str, Any], update: dict[str, Any]) -> None:
    """Overlay 1.0 update of an object: objects merge recursively, other values replace.

    A replaced list or object keeps the flow or block style of the one it replaces.
    """
    for key, value in update.items():
        current = into.get(key)
        if isinstance(value, dict) and isinstance(current, dict):
            merge(current, value)
            continue
        replacement = styled(value)
        if isinstance(current, CommentedMap | CommentedSeq) and type(current) is type(replacement):
            if current.fa.flow_style():
                replacement.fa.set_flow_style()
            else:
                replacement.fa.set_block_style()
        into[key] = replacement


def _remove(tree: Any, action: Action, locations: list[Location]) -> list[str]:
    if any(not location for location in locations):
        return [f"{action.label}: the document root cannot be removed"]
    # Remove from the end of each array first, so the other indexes still point where they did.
    for location in sorted(locations, key=lambda loc: [str(p).zfill(9) for p in loc], reverse=True):
        parent = _at(tree, location[:-1])
        del parent[location[-1]]
    return []


def _update(tree: Any, action: Action, locations: list[Location]) -> list[str]:
    problems = []
    for location in locations:
        node = _at(tree, location)
        if isinstance(node, dict):
            if not isinstance(action.update, dict):
                problems.append(f"{action.label}: {_spell(location)} is an object; update must be an object")
                continue
            merge(node, action.update)
        else:  # an array: the update is one new entry
            node.append(styled(action.update))
    return problems


def run_action(tree: Any, action: Action) -> list[str]:
    """Apply one action to ``tree``; the problems that stopped it (then nothing of it was applied)."""
    nodes = action.query.find(tree)
    if not nodes:
        return [f"{action.label}: target {action.target} matches nothing in the spec"]
    locations: list[Location] = [tuple(node.location) for node in nodes]
    primitives = [
        loc for node, loc in zip(nodes, locations, strict=True) if not isinstance(node.value, dict | list)
    ]
    if primitives:
        return [
            f"{action.label}: target {action.target} selects a value that is neither an object nor an "
            f"array ({_spell(primitives[0])}); Overlay 1.0 updates primitives through their parent object"
        ]
    if action.remove:
        return _remove(tree, action, locations)
    return _update(tree, action, locations)


def run_overlay(tree: Any, overlay: Overlay) -> None:
    """Apply every action in order; raises :class:`OverlayError` naming each action that failed.

    A failed action is skipped and the following ones still run, so one run reports every
    problem; the caller writes nothing when any action failed.
    """
    problems: list[str] = []
    for action in overlay.actions:
        problems += run_action(tree, action)
    if problems:
        raise OverlayError(problems)
