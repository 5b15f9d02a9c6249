"""Compare what the docs pages state with what the spec states, in both directions.

Each difference is a :class:`Finding` whose ``key`` (``"<kind>: <subject>"``) is stable, so the
allowlist can name it. A reverse check ("the spec has X, the docs no longer mention it") is
only made where the page documents that kind of thing for the operation at all: a page whose
error list was never written says nothing about error codes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePosixPath

from generator.drift.pages import DocsModel, DocsOperation
from generator.drift.spec_facts import SpecFacts, SpecOperation

# kind -> report group, in report order
KINDS = {
    "endpoint missing from spec": "endpoints",
    "endpoint missing from docs": "endpoints",
    "parameter missing from spec": "parameters",
    "parameter missing from docs": "parameters",
    "request field missing from spec": "request fields",
    "request field missing from docs": "request fields",
    "response field missing from spec": "response fields",
    "response field missing from docs": "response fields",
    "enum missing from spec": "enum values",
    "enum value missing from spec": "enum values",
    "enum value missing from docs": "enum values",
    "error code missing from spec": "error codes",
    "error code missing from docs": "error codes",
    "docs link to a page not in the snapshot": "docs pages",
    "docs link to a missing section": "docs pages",
    "docs example unreadable": "docs pages",
    "stale allowlist entry": "allowlist",
}
_KIND_ORDER = {kind: index for index, kind in enumerate(KINDS)}


@dataclass(frozen=True)
class Finding:
    kind: str
    subject: str
    sources: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """What the allowlist matches: the text without the pages it was seen on."""
        return f"{self.kind}: {self.subject}"

    @property
    def text(self) -> str:
        return f"{self.key} ({', '.join(self.sources)})" if self.sources else self.key

    @property
    def group(self) -> str:
        return KINDS[self.kind]


class _Comparison:
    def __init__(self, docs: DocsModel, spec: SpecFacts) -> None:
        self.docs, self.spec = docs, spec
        self.findings: set[Finding] = set()

    def add(self, kind: str, subject: str, sources: set[str] | tuple[str, ...] = ()) -> None:
        assert kind in KINDS, kind
        self.findings.add(Finding(kind, subject, tuple(sorted(sources))))

    def run(self) -> list[Finding]:
        pairs = self.endpoints()
        for documented, operation in pairs:
            self.parameters(documented, operation)
            self.request_fields(documented, operation)
            self.error_codes(documented, operation)
        self.response_fields(pairs)
        self.enums()
        self.links()
        for problem in self.docs.problems:
            self.add("docs example unreadable", problem)
        return sorted(self.findings, key=lambda f: (_KIND_ORDER[f.kind], f.subject, f.sources))

    def endpoints(self) -> list[tuple[list[DocsOperation], SpecOperation]]:
        documented: dict[str, list[DocsOperation]] = defaultdict(list)
        for page_operation in self.docs.operations:
            documented[f"{page_operation.method} {page_operation.path.shape}"].append(page_operation)
        by_shape = {operation.shape: operation for operation in self.spec.operations}
        pairs = []
        for shape, same_endpoint in documented.items():
            if shape in by_shape:
                pairs.append((same_endpoint, by_shape[shape]))
            else:
                pages = {o.page for o in same_endpoint}
                self.add("endpoint missing from spec", same_endpoint[0].endpoint, pages)
        for shape, spec_operation in by_shape.items():
            if shape not in documented:
                self.add("endpoint missing from docs", spec_operation.endpoint)
        return pairs

    def parameters(self, documented: list[DocsOperation], operation: SpecOperation) -> None:
        spec_query = operation.parameters.get("query", set())
        docs_query: set[str] = set()
        for page in documented:
            renamed = dict(zip(page.path.params, operation.path_params, strict=True))
            for name in sorted(page.parameters.get("path", set())):
                name = renamed.get(name, name)
                if name not in operation.path_params:
                    self.add(
                        "parameter missing from spec", f"{operation.operation_id}: {name} (path)", {page.page}
                    )
            for name in sorted(page.parameters.get("query", set())):
                docs_query.add(name)
                if name not in spec_query | operation.auth_query_names:
                    self.add(
                        "parameter missing from spec",
                        f"{operation.operation_id}: {name} (query)",
                        {page.page},
                    )
        if docs_query:
            for name in sorted(spec_query - docs_query):
                self.add("parameter missing from docs", f"{operation.operation_id}: {name} (query)")

    def request_fields(self, documented: list[DocsOperation], operation: SpecOperation) -> None:
        docs_fields: set[str] = set()
        for page in documented:
            fields = page.request_fields | page.parameters.get("body", set())
            docs_fields |= fields
            for name in sorted(fields - operation.request_fields):
                self.add("request field missing from spec", f"{operation.operation_id}: {name}", {page.page})
        if docs_fields:
            for name in sorted(operation.request_fields - docs_fields):
                self.add("request field missing from docs", f"{operation.operation_id}: {name}")

    def error_codes(self, documented: list[DocsOperation], operation: SpecOperation) -> None:
        docs_codes: set[str] = set()
        for page in documented:
            docs_codes |= page.error_codes
            for code in sorted(page.error_codes - operation.error_codes):
                self.add("error code missing from spec", f"{operation.operation_id}: {code}", {page.page})
        if docs_codes:
            for code in sorted(operation.error_codes - docs_codes):
                self.add("error code missing from docs", f"{operation.operation_id}: {code}")

    def response_fields(self, pairs: list[tuple[list[DocsOperation], SpecOperation]]) -> None:
        # The reverse check pools every example of a response schema: the show page documents
        # the invoice in full, the create page only abbreviates it.
        docs_by_schema: dict[str, set[str]] = defaultdict(set)
        spec_by_schema: dict[str, set[str]] = defaultdict(set)
        for documented, operation in pairs:
            for page in documented:
                docs_by_schema[operation.response_schema] |= page.response_fields
                for name in sorted(page.response_fields - operation.response_fields):
                    self.add(
                        "response field missing from spec", f"{operation.operation_id}: {name}", {page.page}
                    )
            spec_by_schema[operation.response_schema] |= operation.response_fields
        for schema, docs_fields in docs_by_schema.items():
            if docs_fields:
                for name in sorted(spec_by_schema[schema] - docs_fields):
                    self.add("response field missing from docs", f"{schema}: {name}")

    def enums(self) -> None:
        for enum, values in sorted(self.docs.enum_values.items()):
            if enum not in self.spec.enums:
                self.add("enum missing from spec", enum, {p for pages in values.values() for p in pages})
                continue
            for value, pages in sorted(values.items()):
                if value not in self.spec.enums[enum]:
                    self.add("enum value missing from spec", f"{enum}: {value}", pages)
            for value in sorted(self.spec.enums[enum] - set(values)):
                self.add("enum value missing from docs", f"{enum}: {value}")

    def links(self) -> None:
        stems = {PurePosixPath(page).stem for page in self.docs.pages}
        for link in self.docs.links:
            target, _, anchor = link.target.partition("#")
            if "api-documentation/" not in target:
                continue  # links to overview pages do not describe endpoints
            name = PurePosixPath(target).name
            stem = PurePosixPath(target).stem
            if stem not in stems:
                self.add("docs link to a page not in the snapshot", f"{link.page}: {name}")
            elif anchor and anchor not in self.docs.anchors.get(stem, set()):
                self.add("docs link to a missing section", f"{link.page}: {name}#{anchor}")


def compare(docs: DocsModel, spec: SpecFacts) -> list[Finding]:
    return _Comparison(docs, spec).run()
