"""Classify the changes between two versions of one schema, as an SDK user experiences them.

The same edit means different things by direction: a new required member breaks callers who
build a request but not readers of a response; a value leaving an enum breaks both (a request
value the server refuses, a response value old code may still switch on). ``direction`` is
``"request"`` for what the client sends and ``"response"`` for what it receives.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from generator.common.schema_shape import Shape, shape_of
from generator.common.spec_refs import Node

Severity = Literal["breaking", "compatible", "doc"]
Direction = Literal["request", "response"]
Report = Callable[[Severity, str], None]

# constraint -> True when a larger value accepts more
_LOOSER_WHEN_LARGER = {
    "maxLength": True,
    "maximum": True,
    "exclusiveMaximum": True,
    "maxItems": True,
    "minLength": False,
    "minimum": False,
    "exclusiveMinimum": False,
    "minItems": False,
}


def _show(values: frozenset[str] | tuple[Any, ...]) -> str:
    return "|".join(sorted(str(v) for v in values)) or "(none)"


@dataclass
class SchemaComparer:
    old_spec: Node
    new_spec: Node
    direction: Direction
    report: Report  # called with (severity, "field.path: what changed")

    def compare(self, old: Any, new: Any, where: str) -> None:
        self._compare(old, new, where, frozenset())

    def _say(self, severity: Severity, where: str, message: str) -> None:
        self.report(severity, f"{where}: {message}")

    def _by_direction(self, where: str, breaks_requests: bool, breaks_responses: bool, message: str) -> None:
        breaking = breaks_requests if self.direction == "request" else breaks_responses
        self._say("breaking" if breaking else "compatible", where, message)

    def _compare(self, old: Any, new: Any, where: str, stack: frozenset[tuple[str, str]]) -> None:
        before, after = shape_of(self.old_spec, old), shape_of(self.new_spec, new)
        if before.ref and after.ref:
            pair = (before.ref, after.ref)
            if pair in stack:  # recursive schema: already being compared further up
                return
            stack = stack | {pair}
        if before.types and after.types and before.types != after.types:
            self._say("breaking", where, f"type changed from {_show(before.types)} to {_show(after.types)}")
            return
        if before.types != after.types:
            gained = bool(after.types)
            self._by_direction(where, gained, not gained, f"type {'added' if gained else 'removed'}")
        if before.format != after.format:
            self._say("breaking", where, f"format changed from {before.format} to {after.format}")
        self._nullability(before, after, where)
        self._enum(before, after, where)
        self._properties(before, after, where, stack)
        if before.items is not None or after.items is not None:  # an item schema gained or lost counts
            self._compare(before.items, after.items, f"{where}[]", stack)
        self._variants(before, after, where, stack)
        self._constraints(before, after, where)
        if before.description != after.description:
            self._say("doc", where, "description changed")

    def _nullability(self, before: Shape, after: Shape, where: str) -> None:
        if before.nullable == after.nullable:
            return
        if after.nullable:
            self._by_direction(where, False, True, "made nullable")
        else:
            self._by_direction(where, True, False, "no longer nullable")

    def _enum(self, before: Shape, after: Shape, where: str) -> None:
        if before.enum is None and after.enum is None:
            return
        if before.enum is None:
            if after.open_enum:
                self._say("compatible", where, "known values listed (open enum)")
            else:
                self._say("breaking", where, "restricted to an enum")
            return
        if after.enum is None:
            self._say("compatible", where, "enum restriction removed")
            return
        removed = set(before.enum) - set(after.enum)
        added = set(after.enum) - set(before.enum)
        name = after.enum_name or before.enum_name
        label = f"{where} ({name})" if name else where
        for value in sorted(removed, key=str):
            self._say("breaking", label, f"enum value removed: {value}")
        for value in sorted(added, key=str):
            closed_response = self.direction == "response" and not after.open_enum
            message = f"enum value added: {value}" + (" (closed response enum)" if closed_response else "")
            self._say("breaking" if closed_response else "compatible", label, message)
        if before.open_enum and not after.open_enum:
            self._say("breaking", label, "enum closed (other values no longer accepted)")
        elif after.open_enum and not before.open_enum:
            self._say("compatible", label, "enum opened (other values accepted)")

    def _properties(self, before: Shape, after: Shape, where: str, stack: frozenset[tuple[str, str]]) -> None:
        for name in sorted(set(before.properties) - set(after.properties)):
            self._say("breaking", f"{where}.{name}", "field removed")
        for name in sorted(set(after.properties) - set(before.properties)):
            required = name in after.required
            if self.direction == "request":
                severity: Severity = "breaking" if required else "compatible"
                self._say(
                    severity, f"{where}.{name}", f"{'required' if required else 'optional'} field added"
                )
            else:
                self._say("compatible", f"{where}.{name}", "field added")
        for name in sorted(set(before.properties) & set(after.properties)):
            was, now = name in before.required, name in after.required
            if was and not now:
                self._by_direction(f"{where}.{name}", False, True, "made optional")
            elif now and not was:
                self._by_direction(f"{where}.{name}", True, False, "made required")
            self._compare(before.properties[name], after.properties[name], f"{where}.{name}", stack)
        if self.direction == "request" and before.additional_properties != after.additional_properties:
            closing = after.additional_properties is False
            message = "unknown fields now refused" if closing else "additional fields policy changed"
            self._say("breaking" if closing else "compatible", where, message)

    def _variants(self, before: Shape, after: Shape, where: str, stack: frozenset[tuple[str, str]]) -> None:
        if not before.variants and not after.variants:
            return
        if len(before.variants) != len(after.variants):
            self._say(
                "breaking",
                where,
                f"alternatives changed from {len(before.variants)} to {len(after.variants)} schemas",
            )
            return
        for index, (old, new) in enumerate(zip(before.variants, after.variants, strict=True)):
            self._compare(old, new, f"{where}<{index}>", stack)

    def _constraints(self, before: Shape, after: Shape, where: str) -> None:
        for key in sorted(set(before.constraints) | set(after.constraints)):
            old, new = before.constraints.get(key), after.constraints.get(key)
            if old == new:
                continue
            message = f"{key} changed from {old} to {new}"
            if key not in _LOOSER_WHEN_LARGER or old is None or new is None:
                tighter = new is not None  # a constraint appeared (or a pattern changed)
            else:
                tighter = (new < old) == _LOOSER_WHEN_LARGER[key]
            # Tighter request rules refuse what clients sent before; response bounds are
            # information for the client, never something its code relied on being loose.
            self._say("breaking" if tighter and self.direction == "request" else "compatible", where, message)
