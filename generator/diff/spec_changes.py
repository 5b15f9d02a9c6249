"""Every change between two versions of the spec, classified for SDK users.

``breaking`` changes need a major version of the client, ``compatible`` ones a minor, and
``doc`` ones (descriptions, examples, anything not part of the contract) a patch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from generator.common.spec_refs import Node, json_content_schema, operation_label, operations, resolve
from generator.diff.schema_changes import Direction, SchemaComparer, Severity

Bump = Literal["major", "minor", "patch", "none"]
_BUMPS: dict[Severity, Bump] = {"breaking": "major", "compatible": "minor", "doc": "patch"}
_SCHEME_CONTRACT = ("type", "in", "name", "scheme", "bearerFormat", "openIdConnectUrl")


@dataclass(frozen=True)
class Change:
    severity: Severity
    where: str  # "POST /invoices (create_invoice)" or "spec"
    what: str

    @property
    def text(self) -> str:
        return f"{self.where}: {self.what}"


def implied_bump(changes: list[Change]) -> Bump:
    for severity in ("breaking", "compatible", "doc"):
        if any(change.severity == severity for change in changes):
            return _BUMPS[severity]
    return "none"


class _SpecComparer:
    def __init__(self, old: Node, new: Node) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.incoming = False  # comparing webhooks, where the client is the one called

    def say(self, severity: Severity, where: str, what: str) -> None:
        self.changes.append(Change(severity, where, what))

    def schemas(self, direction: Direction, where: str, old: Any, new: Any, location: str) -> None:
        def report(severity: Severity, what: str) -> None:
            self.say(severity, where, what)

        SchemaComparer(self.old, self.new, direction, report).compare(old, new, location)

    def run(self) -> list[Change]:
        self.compare_operations()
        self.compare_security_schemes()
        self.compare_servers()
        old_info, new_info = self.old.get("info") or {}, self.new.get("info") or {}
        for key in ("title", "description", "summary"):
            if old_info.get(key) != new_info.get(key):
                self.say("doc", "spec", f"info.{key} changed")
        return self.changes

    def compare_operations(self) -> None:
        self.compare_section("paths")
        # In a webhook the API is the caller: the client reads the request it receives and
        # writes the response, so every direction flips.
        self.incoming = True
        self.compare_section("webhooks")
        self.incoming = False

    def sent(self) -> Direction:
        """Direction of what the client sends: requests, or the answers to webhooks."""
        return "response" if self.incoming else "request"

    def received(self) -> Direction:
        return "request" if self.incoming else "response"

    def compare_section(self, section: str) -> None:
        old_ops, new_ops = operations(self.old, section), operations(self.new, section)
        new_by_id = {op.get("operationId"): key for key, op in new_ops.items() if op.get("operationId")}
        moved_to: set[tuple[str, str]] = set()
        prefix = "webhook " if self.incoming else ""
        for key, old_op in sorted(old_ops.items()):
            label = prefix + operation_label(*key, old_op)
            if key in new_ops:
                self.compare_operation(label, old_op, new_ops[key])
                continue
            target = new_by_id.get(old_op.get("operationId"))
            if target is not None and target not in old_ops:
                moved_to.add(target)
                self.say("breaking", label, f"path changed to {target[0]} {target[1]}")
                self.compare_operation(label, old_op, new_ops[target])
            else:
                self.say("breaking", label, "operation removed")
        for key, new_op in sorted(new_ops.items()):
            if key not in old_ops and key not in moved_to:
                self.say("compatible", prefix + operation_label(*key, new_op), "operation added")

    def compare_operation(self, label: str, old: Node, new: Node) -> None:
        if old.get("operationId") != new.get("operationId"):
            self.say("breaking", label, f"operationId changed to {new.get('operationId')}")
        for key in ("summary", "description"):
            if old.get(key) != new.get(key):
                self.say("doc", label, f"{key} changed")
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.say("compatible", label, "deprecated" if new.get("deprecated") else "no longer deprecated")
        self.compare_parameters(label, old, new)
        self.compare_request_body(label, old, new)
        self.compare_responses(label, old, new)
        old_security = _requirements(old.get("security", self.old.get("security")))
        new_security = _requirements(new.get("security", self.new.get("security")))
        if old_security != new_security:
            self.say("breaking", label, f"security changed from {old_security} to {new_security}")

    def compare_parameters(self, label: str, old: Node, new: Node) -> None:
        before = {_key(p): p for p in (resolve(self.old, x)[0] for x in old.get("parameters") or [])}
        after = {_key(p): p for p in (resolve(self.new, x)[0] for x in new.get("parameters") or [])}
        for location, name in sorted(set(before) - set(after)):
            self.say("breaking", label, f"{location} parameter {name}: removed")
        for location, name in sorted(set(after) - set(before)):
            required = bool(after[(location, name)].get("required"))
            severity: Severity = "breaking" if required else "compatible"
            kind = "required" if required else "optional"
            self.say(severity, label, f"{location} parameter {name}: added ({kind})")
        for key in sorted(set(before) & set(after)):
            was, now = before[key], after[key]
            where = f"{key[0]} parameter {key[1]}"
            if now.get("required") and not was.get("required"):
                self.say("breaking", label, f"{where}: made required")
            elif was.get("required") and not now.get("required"):
                self.say("compatible", label, f"{where}: made optional")
            if bool(was.get("deprecated")) != bool(now.get("deprecated")):
                self.say(
                    "compatible",
                    label,
                    f"{where}: {'deprecated' if now.get('deprecated') else 'undeprecated'}",
                )
            if was.get("description") != now.get("description"):
                self.say("doc", label, f"{where}: description changed")
            self.schemas(self.sent(), label, was.get("schema"), now.get("schema"), where)

    def compare_request_body(self, label: str, old: Node, new: Node) -> None:
        before = resolve(self.old, old["requestBody"])[0] if old.get("requestBody") else None
        after = resolve(self.new, new["requestBody"])[0] if new.get("requestBody") else None
        if before is None and after is None:
            return
        if after is None:
            self.say("breaking", label, "request body removed")
            return
        if before is None:
            required = bool(after.get("required"))
            self.say(
                "breaking" if required else "compatible",
                label,
                f"{'required' if required else 'optional'} request body added",
            )
            return
        if after.get("required") and not before.get("required"):
            self.say("breaking", label, "request body made required")
        self.compare_media_types(self.sent(), label, "request body", before, after)

    def compare_media_types(
        self, direction: Direction, label: str, where: str, before: Node, after: Node
    ) -> None:
        old_types, new_types = set(before.get("content") or {}), set(after.get("content") or {})
        for media in sorted(old_types - new_types):
            self.say("breaking", label, f"{where}: media type {media} removed")
        for media in sorted(new_types - old_types):
            self.say("compatible", label, f"{where}: media type {media} added")
        old_schema, new_schema = json_content_schema(self.old, before), json_content_schema(self.new, after)
        if old_schema is not None and new_schema is not None:
            self.schemas(direction, label, old_schema, new_schema, where)

    def compare_responses(self, label: str, old: Node, new: Node) -> None:
        before = {str(code): r for code, r in (old.get("responses") or {}).items()}
        after = {str(code): r for code, r in (new.get("responses") or {}).items()}
        for code in sorted(set(before) - set(after)):
            self.say("breaking", label, f"status code {code} removed")
        for code in sorted(set(after) - set(before)):
            self.say("compatible", label, f"status code {code} added")
        for code in sorted(set(before) & set(after)):
            old_response, new_response = resolve(self.old, before[code])[0], resolve(self.new, after[code])[0]
            if old_response.get("description") != new_response.get("description"):
                self.say("doc", label, f"response {code}: description changed")
            self.compare_media_types(self.received(), label, f"response {code}", old_response, new_response)

    def compare_security_schemes(self) -> None:
        before = (self.old.get("components") or {}).get("securitySchemes") or {}
        after = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(set(before) - set(after)):
            self.say("breaking", "spec", f"security scheme {name} removed")
        for name in sorted(set(after) - set(before)):
            self.say("compatible", "spec", f"security scheme {name} added")
        for name in sorted(set(before) & set(after)):
            old_scheme, new_scheme = resolve(self.old, before[name])[0], resolve(self.new, after[name])[0]
            for key in _SCHEME_CONTRACT:
                was, now = old_scheme.get(key), new_scheme.get(key)
                if was != now:
                    self.say("breaking", "spec", f"security scheme {name}: {key} changed from {was} to {now}")
            if old_scheme.get("description") != new_scheme.get("description"):
                self.say("doc", "spec", f"security scheme {name}: description changed")

    def compare_servers(self) -> None:
        before = [s.get("url") for s in self.old.get("servers") or [] if isinstance(s, dict)]
        after = [s.get("url") for s in self.new.get("servers") or [] if isinstance(s, dict)]
        for url in before:
            if url not in after:
                self.say("breaking", "spec", f"server {url} removed")
        for url in after:
            if url not in before:
                self.say("compatible", "spec", f"server {url} added")


def _key(parameter: Node) -> tuple[str, str]:
    return str(parameter.get("in")), str(parameter.get("name"))


def _requirements(security: Any) -> list[list[tuple[str, tuple[str, ...]]]]:
    """Security requirements in a comparable order (alternatives and their schemes sorted)."""
    normalised = [
        sorted((str(name), tuple(sorted(scopes or []))) for name, scopes in requirement.items())
        for requirement in security or []
        if isinstance(requirement, dict)
    ]
    return sorted(normalised)


def spec_changes(old: Node, new: Node) -> list[Change]:
    """All classified changes from ``old`` to ``new``; a change nothing more specific explains
    (examples, extensions, component descriptions) is reported once as a doc change."""
    changes = _SpecComparer(old, new).run()
    if not changes and old != new:
        changes.append(Change("doc", "spec", "other changes (examples, extensions or unused components)"))
    return changes
