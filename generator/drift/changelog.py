"""Docs against docs: what changed between two snapshots of the vendor's pages, by operation.

Independent of the spec: both sides are read by :mod:`clubcollect_docs.pages`, so the two
snapshots may even be in different formats (a 2020 rendering against today's sources).
Each change names the operation it belongs to, the page line it comes from (the new page's,
or the old one's for something removed) and whether it can break an existing integration.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from clubcollect_docs.model import DocsPage, Where
from generator.drift.docs_facts import (
    DocsFacts,
    OperationFacts,
    docs_facts,
    notification_payloads,
    parameter_choices,
)

# Changes that are not about one operation are filed under these headings.
PAGES = "pages"
ENUMS = "enum values"
NOTIFICATIONS = "notifications"


@dataclass(frozen=True)
class DocsChange:
    subject: str  # the operation ("PUT /imports/{import_id}/transmit") or PAGES, ENUMS, NOTIFICATIONS
    text: str  # "success status: 204 -> 200"
    where: Where | None
    breaking: bool

    @property
    def line(self) -> str:
        place = f" ({self.where})" if self.where else ""
        return f"{'! ' if self.breaking else ''}{self.text}{place}"


@dataclass
class Changelog:
    changes: list[DocsChange]
    titles: dict[str, str]  # operation -> its title on the page, for headings

    def by_subject(self) -> dict[str, list[DocsChange]]:
        grouped: dict[str, list[DocsChange]] = defaultdict(list)
        for change in self.changes:
            grouped[change.subject].append(change)
        return dict(grouped)

    @property
    def breaking(self) -> list[DocsChange]:
        return [change for change in self.changes if change.breaking]


class _Differ:
    def __init__(self, old: DocsFacts, new: DocsFacts) -> None:
        self.old, self.new = old, new
        self.changes: list[DocsChange] = []
        self.titles: dict[str, str] = {}

    def add(self, subject: str, text: str, where: Where | None, breaking: bool = False) -> None:
        self.changes.append(DocsChange(subject, text, where, breaking))

    def run(self) -> Changelog:
        self.pages()
        old_ops = _by_endpoint(self.old.operations)
        new_ops = _by_endpoint(self.new.operations)
        renamed = _renamed_paths(old_ops, new_ops)
        for endpoint, new in new_ops.items():
            self.titles[endpoint] = new.operation.title
            before = old_ops.get(endpoint) or old_ops.get(renamed.get(endpoint, ""))
            if before is None:
                self.add(endpoint, "operation added", new.where)
            else:
                if endpoint in renamed:
                    self.add(endpoint, f"path renamed from {renamed[endpoint]}", new.where, breaking=True)
                self.operation(
                    endpoint, before, new, dict(zip(before.path.params, new.path.params, strict=False))
                )
        gone = set(old_ops) - set(new_ops) - set(renamed.values())
        for endpoint in sorted(gone):
            self.titles[endpoint] = old_ops[endpoint].operation.title
            self.add(endpoint, "operation removed", old_ops[endpoint].where, breaking=True)
        self.enums()
        self.notifications()
        return Changelog(self.changes, self.titles)

    def pages(self) -> None:
        # by name without folder or extension: "import.txt" and "api-documentation/import.md" are one page
        old = {PurePosixPath(page.page).stem: page for page in self.old.pages}
        new = {PurePosixPath(page.page).stem: page for page in self.new.pages}
        for name in sorted(set(new) - set(old)):
            self.add(PAGES, f"page added: {new[name].page}", Where(new[name].page, 1))
        for name in sorted(set(old) - set(new)):
            self.add(PAGES, f"page removed: {old[name].page}", None, breaking=bool(old[name].operations))

    def operation(
        self, endpoint: str, old: OperationFacts, new: OperationFacts, renames: dict[str, str]
    ) -> None:
        if old.operation.base_url != new.operation.base_url:
            self.add(
                endpoint,
                f"base URL: {old.operation.base_url} -> {new.operation.base_url}",
                new.where,
                breaking=True,
            )
        self.auth(endpoint, old, new)
        self.parameters(endpoint, old, new, renames)
        self.statuses(endpoint, old, new)
        self.fields(endpoint, "request field", old.request_fields, new.request_fields, removed_breaks=True)
        self.fields(endpoint, "response field", old.response_fields, new.response_fields, removed_breaks=True)
        self.fields(endpoint, "error code", old.error_codes, new.error_codes, removed_breaks=False)

    def auth(self, endpoint: str, old: OperationFacts, new: OperationFacts) -> None:
        before = {(p.location, p.name): p for p in old.auth}
        after = {(p.location, p.name): p for p in new.auth}
        for key in sorted(set(after) - set(before)):
            self.add(endpoint, f"auth added: {key[0]} {key[1]}", after[key].where)
        for key in sorted(set(before) - set(after)):
            self.add(endpoint, f"auth removed: {key[0]} {key[1]}", before[key].where, breaking=True)
        for key in sorted(set(before) & set(after)):
            was, now = before[key], after[key]
            if was.deprecated != now.deprecated:
                state = "deprecated" if now.deprecated else "no longer deprecated"
                self.add(endpoint, f"auth {key[0]} {key[1]}: {state}", now.where, breaking=now.deprecated)
            if was.required != now.required and now.required is not None and was.required is not None:
                state = "required" if now.required else "optional"
                self.add(
                    endpoint, f"auth {key[0]} {key[1]}: now {state}", now.where, breaking=bool(now.required)
                )
            if key[0] == "header" and was.description != now.description:
                self.add(
                    endpoint,
                    f"auth {key[0]} {key[1]}: format {was.description!r} -> {now.description!r}",
                    now.where,
                    breaking=True,
                )

    def parameters(
        self, endpoint: str, old: OperationFacts, new: OperationFacts, renames: dict[str, str]
    ) -> None:
        # a renamed path parameter is the same parameter (the path change is reported once)
        before = {
            (loc, renames.get(name, name) if loc == "path" else name): p
            for loc, ps in old.parameters.items()
            for name, p in ps.items()
        }
        after = {(loc, name): p for loc, ps in new.parameters.items() for name, p in ps.items()}
        moved = {
            name
            for (_, name) in set(after) - set(before)
            if any(n == name for (_, n) in set(before) - set(after))
        }
        for location, name in sorted(set(after) - set(before)):
            parameter = after[(location, name)]
            if name in moved:
                origin = next(loc for (loc, n) in before if n == name)
                self.add(
                    endpoint, f"parameter {name}: moved from {origin} to {location}", parameter.where, True
                )
                continue
            presence = {True: ", required", False: ", optional", None: ""}[parameter.required]
            self.add(
                endpoint,
                f"parameter added: {name} ({location}{presence})",
                parameter.where,
                breaking=parameter.required is True,
            )
        for location, name in sorted(set(before) - set(after)):
            if name not in moved:
                self.add(
                    endpoint, f"parameter removed: {name} ({location})", before[(location, name)].where, True
                )
        for key in sorted(set(before) & set(after)):
            was, now = before[key], after[key]
            if was.required is not None and now.required is not None and was.required != now.required:
                state = "required" if now.required else "optional"
                self.add(
                    endpoint, f"parameter {key[1]} ({key[0]}): now {state}", now.where, bool(now.required)
                )
            added = [v for v in parameter_choices(now) if v not in parameter_choices(was)]
            removed = [v for v in parameter_choices(was) if v not in parameter_choices(now)]
            if added:
                self.add(endpoint, f"parameter {key[1]} ({key[0]}): allows {', '.join(added)}", now.where)
            if removed:
                self.add(
                    endpoint,
                    f"parameter {key[1]} ({key[0]}): no longer allows {', '.join(removed)}",
                    now.where,
                    True,
                )
            if was.type and now.type and was.type != now.type:
                self.add(
                    endpoint, f"parameter {key[1]} ({key[0]}): type {was.type} -> {now.type}", now.where, True
                )

    def statuses(self, endpoint: str, old: OperationFacts, new: OperationFacts) -> None:
        was = {r.status: r for r in old.operation.responses if r.status is not None}
        now = {r.status: r for r in new.operation.responses if r.status is not None}
        old_success = sorted(s for s in was if 200 <= s < 300)
        new_success = sorted(s for s in now if 200 <= s < 300)
        if old_success and new_success and old_success != new_success:
            self.add(
                endpoint,
                f"success status: {', '.join(map(str, old_success))} -> {', '.join(map(str, new_success))}",
                now[new_success[0]].where,
                breaking=True,
            )
        for status in sorted(set(now) - set(was)):
            if not 200 <= status < 300:
                self.add(endpoint, f"response added: {status}", now[status].where)
        for status in sorted(set(was) - set(now)):
            if not 200 <= status < 300:
                self.add(endpoint, f"response removed: {status}", was[status].where)
        for status in sorted(set(old.success) & set(new.success)):
            before, after = old.success[status], new.success[status]
            if before is False and after is True:
                self.add(endpoint, f"success {status}: now has a body", now[status].where)
            elif before is True and after is False:
                self.add(endpoint, f"success {status}: no longer has a body", now[status].where, True)

    def fields(
        self,
        endpoint: str,
        what: str,
        before: dict[str, Where],
        after: dict[str, Where],
        removed_breaks: bool,
    ) -> None:
        for name in sorted(set(after) - set(before)):
            self.add(endpoint, f"{what} added: {name}", after[name])
        for name in sorted(set(before) - set(after)):
            self.add(endpoint, f"{what} removed: {name}", before[name], removed_breaks)

    def enums(self) -> None:
        for enum in sorted(set(self.old.enum_values) | set(self.new.enum_values)):
            before = self.old.enum_values.get(enum, {})
            after = self.new.enum_values.get(enum, {})
            for value in sorted(set(after) - set(before)):
                self.add(ENUMS, f"{enum}: added {value}", min(after[value]), breaking=True)
            for value in sorted(set(before) - set(after)):
                self.add(ENUMS, f"{enum}: removed {value}", min(before[value]))

    def notifications(self) -> None:
        before = notification_payloads(self.old)
        after = notification_payloads(self.new)
        for label in sorted(set(after) - set(before)):
            self.add(NOTIFICATIONS, f"payload added: {label}", min(after[label].values()))
        for label in sorted(set(before) - set(after)):
            self.add(NOTIFICATIONS, f"payload removed: {label}", None, breaking=True)
        for label in sorted(set(before) & set(after)):
            for name in sorted(set(after[label]) - set(before[label])):
                self.add(NOTIFICATIONS, f"{label}: field added: {name}", after[label][name], breaking=True)
            for name in sorted(set(before[label]) - set(after[label])):
                self.add(NOTIFICATIONS, f"{label}: field removed: {name}", before[label][name], breaking=True)


def _by_endpoint(operations: Iterable[OperationFacts]) -> dict[str, OperationFacts]:
    found: dict[str, OperationFacts] = {}
    for operation in operations:
        found.setdefault(operation.endpoint, operation)
    return found


def _renamed_paths(old: dict[str, OperationFacts], new: dict[str, OperationFacts]) -> dict[str, str]:
    """New endpoint -> old one, where only a path parameter's name changed (one each per shape)."""

    def shapes(ops: dict[str, OperationFacts]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for endpoint, operation in ops.items():
            found[f"{operation.method} {operation.path.shape}"].append(endpoint)
        return found

    old_shapes, new_shapes = shapes(old), shapes(new)
    renamed = {}
    for shape, endpoints in new_shapes.items():
        was = old_shapes.get(shape, [])
        added = [e for e in endpoints if e not in old]
        removed = [e for e in was if e not in new]
        if len(added) == 1 and len(removed) == 1:
            renamed[added[0]] = removed[0]
    return renamed


def changelog(old: list[DocsPage], new: list[DocsPage]) -> Changelog:
    return _Differ(docs_facts(old), docs_facts(new)).run()
