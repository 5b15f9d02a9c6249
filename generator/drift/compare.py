"""Compare what the docs pages state with what the spec states, in both directions.

Each difference is a :class:`Finding` whose ``key`` (``"<kind>: <subject>"``) is stable, so the
allowlist can name it, and whose ``sources`` are the page lines it was read from. A reverse
check ("the spec has X, the docs no longer mention it") is only made where the page documents
that kind of thing for the operation at all: a page whose error list was never written says
nothing about error codes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any

from clubcollect_docs.model import DocsParameter, Where
from generator.drift.docs_facts import DocsFacts, OperationFacts, notification_payloads, parameter_choices
from generator.drift.spec_facts import SpecFacts, SpecOperation, SpecWebhook
from generator.drift.stub_pages import stub_pages

# kind -> report group, in report order
KINDS = {
    "endpoint missing from spec": "endpoints",
    "endpoint missing from docs": "endpoints",
    "base URL missing from spec": "base URL",
    "base URL missing from docs": "base URL",
    "auth scheme missing from spec": "auth",
    "auth scheme missing from docs": "auth",
    "auth deprecation differs": "auth",
    "auth format differs": "auth",
    "success status differs": "success responses",
    "success body missing from spec": "success responses",
    "success body missing from docs": "success responses",
    "parameter missing from spec": "parameters",
    "parameter missing from docs": "parameters",
    "pagination parameter missing from spec": "pagination",
    "pagination parameter missing from docs": "pagination",
    "pagination parameter location differs": "pagination",
    "pagination default differs": "pagination",
    "pagination maximum differs": "pagination",
    "required differs": "required or optional",
    "required field only in an example": "required or optional",
    "request field missing from spec": "request fields",
    "request field missing from docs": "request fields",
    "response field missing from spec": "response fields",
    "response field missing from docs": "response fields",
    "notification payload missing from spec": "notifications",
    "notification missing from docs": "notifications",
    "notification field missing from spec": "notifications",
    "notification field missing from docs": "notifications",
    "enum missing from spec": "enum values",
    "enum value missing from spec": "enum values",
    "enum value missing from docs": "enum values",
    "error code missing from spec": "error codes",
    "error code missing from docs": "error codes",
    "page describes nothing": "docs pages",
    "docs link to a page not in the snapshot": "docs pages",
    "docs link to a missing section": "docs pages",
    "docs example unreadable": "docs pages",
    "stale allowlist entry": "allowlist",
    "workflow names what the spec lacks": "workflows",
}
_KIND_ORDER = {kind: index for index, kind in enumerate(KINDS)}
PAGINATION = frozenset({"page", "page_number", "page_size", "per_page", "limit", "offset", "cursor"})
_DEFAULT = re.compile(r"\bdefaults?\s+(?:to|is)\s+(\d+)", re.IGNORECASE)
_MAXIMUM = re.compile(r"\bmaximum(?:\s+permitted)?(?:\s+value)?(?:\s+is)?\s+(\d+)", re.IGNORECASE)
_AUTH_FORMAT = re.compile(r"^([A-Za-z][\w-]*)\s+<")  # "ApiKey <api_key>"


@dataclass(frozen=True)
class Finding:
    kind: str
    subject: str
    sources: tuple[str, ...] = ()  # "page:line" of each place the docs state it
    # What the finding was made from (the spec operation, the documented parameter...), for
    # ``drift --propose``; not part of its identity, so the allowlist and reports ignore it.
    facts: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def key(self) -> str:
        """What the allowlist matches: the text without the places it was seen at."""
        return f"{self.kind}: {self.subject}"

    @property
    def text(self) -> str:
        return f"{self.key} ({', '.join(self.sources)})" if self.sources else self.key

    @property
    def group(self) -> str:
        return KINDS[self.kind]

    @property
    def pages(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(source.rsplit(":", 1)[0] for source in self.sources))


def _labels(places: Iterable[Where | str]) -> tuple[str, ...]:
    return tuple(sorted({str(place) for place in places}, key=_place_order))


def _place_order(label: str) -> tuple[str, int]:
    page, _, line = label.rpartition(":")
    return (page, int(line)) if line.isdigit() else (label, 0)


def _number(text: str, pattern: re.Pattern[str]) -> int | None:
    match = pattern.search(text)
    return int(match[1]) if match else None


class _Comparison:
    def __init__(self, docs: DocsFacts, spec: SpecFacts) -> None:
        self.docs, self.spec = docs, spec
        self.findings: set[Finding] = set()

    def add(self, kind: str, subject: str, places: Iterable[Where | str] = (), **facts: Any) -> None:
        assert kind in KINDS, kind
        self.findings.add(Finding(kind, subject, _labels(places), facts))

    def run(self) -> list[Finding]:
        pairs = self.endpoints()
        self.base_urls(pairs)
        for documented, operation in pairs:
            self.auth(documented, operation)
            self.success(documented, operation)
            self.parameters(documented, operation)
            self.pagination(documented, operation)
            self.required(documented, operation)
            self.request_fields(documented, operation)
            self.error_codes(documented, operation)
        self.response_fields(pairs)
        self.notifications()
        self.enums()
        self.links()
        for page in stub_pages(self.docs.pages):
            self.add("page describes nothing", page.page, [Where(page.page, 1)])
        for problem in self.docs.problems:
            self.add("docs example unreadable", problem)
        return sorted(self.findings, key=lambda f: (_KIND_ORDER[f.kind], f.subject, f.sources))

    # ------------------------------------------------------------- endpoints

    def endpoints(self) -> list[tuple[list[OperationFacts], SpecOperation]]:
        """Pair documented operations with spec ones: same path first, then same path shape.

        Documented paths are kept apart by their names too, so two endpoints whose paths only
        differ in a parameter name (``/payments/:payment_method`` and ``/payments/:id``) stay two.
        """
        documented: dict[str, list[OperationFacts]] = defaultdict(list)
        for page_operation in self.docs.operations:
            documented[page_operation.endpoint].append(page_operation)
        by_endpoint = {operation.endpoint: operation for operation in self.spec.operations}
        by_shape: dict[str, list[SpecOperation]] = defaultdict(list)
        for operation in self.spec.operations:
            by_shape[operation.shape].append(operation)
        docs_shapes: dict[str, list[str]] = defaultdict(list)
        for endpoint, same in documented.items():
            docs_shapes[f"{same[0].method} {same[0].path.shape}"].append(endpoint)
        paired: dict[str, SpecOperation] = {}
        for endpoint in documented:
            if endpoint in by_endpoint:
                paired[endpoint] = by_endpoint[endpoint]
        taken = {operation.endpoint for operation in paired.values()}
        for shape, endpoints in docs_shapes.items():
            free = [op for op in by_shape.get(shape, []) if op.endpoint not in taken]
            unpaired = [e for e in endpoints if e not in paired]
            if len(unpaired) == 1 and len(free) == 1:
                paired[unpaired[0]] = free[0]
                taken.add(free[0].endpoint)
        pairs = []
        for endpoint, same in documented.items():
            if endpoint in paired:
                pairs.append((same, paired[endpoint]))
            elif expanded := self.literal_paths(same, by_endpoint, taken):
                pairs += expanded
            else:
                self.add("endpoint missing from spec", endpoint, (o.where for o in same), documented=same)
        for operation in self.spec.operations:
            if operation.endpoint not in taken:
                self.add("endpoint missing from docs", operation.endpoint, operation=operation)
        return pairs

    def literal_paths(
        self, same: list[OperationFacts], by_endpoint: dict[str, SpecOperation], taken: set[str]
    ) -> list[tuple[list[OperationFacts], SpecOperation]]:
        """A path parameter whose page lists its values may be one literal path per value in the spec.

        ``GET /payments/:payment_method`` (allowed: ideal, bancontact...) against the spec's
        ``GET /payments/ideal``, ``GET /payments/bancontact``...: each literal the spec has is
        compared with the documented operation; each value it lacks is an endpoint missing from
        the spec. Nothing is paired when the spec has none of them.
        """
        first = same[0]
        for name, parameter in first.parameters.get("path", {}).items():
            values = parameter_choices(parameter)
            placeholder = "{" + name + "}"
            if not values or placeholder not in first.path.template:
                continue
            literals = {
                value: f"{first.method} {first.path.template.replace(placeholder, value)}" for value in values
            }
            if not any(endpoint in by_endpoint for endpoint in literals.values()):
                continue
            pairs = []
            for endpoint in literals.values():
                if endpoint not in by_endpoint:
                    self.add("endpoint missing from spec", endpoint, [parameter.where], literal_of=same)
                    continue
                taken.add(endpoint)
                without = [_without_path_parameter(page, name) for page in same]
                pairs.append((without, by_endpoint[endpoint]))
            return pairs
        return []

    def base_urls(self, pairs: list[tuple[list[OperationFacts], SpecOperation]]) -> None:
        documented: dict[str, list[Where]] = defaultdict(list)
        for same, operation in pairs:
            for page in same:
                base = page.operation.base_url
                if not base:
                    continue
                documented[base].append(page.where)
                if base not in operation.base_urls:
                    self.add(
                        "base URL missing from spec",
                        f"{operation.operation_id}: {base}",
                        [page.where],
                        operation=operation,
                        base=base,
                    )
        primary = self.spec.base_urls[0] if self.spec.base_urls else None
        if documented and primary is not None and primary not in documented:
            self.add("base URL missing from docs", primary)

    # ------------------------------------------------------------- auth and success

    def auth(self, documented: list[OperationFacts], operation: SpecOperation) -> None:
        spec_schemes = {(s.location, s.name): s for s in operation.auth}
        seen: set[tuple[str, str]] = set()
        for page in documented:
            for parameter in page.auth:
                key = (parameter.location, parameter.name)
                seen.add(key)
                label = f"{operation.operation_id}: {parameter.location} {parameter.name}"
                scheme = spec_schemes.get(key)
                if scheme is None:
                    self.add(
                        "auth scheme missing from spec",
                        label,
                        [parameter.where],
                        operation=operation,
                        parameter=parameter,
                    )
                    continue
                if parameter.deprecated != scheme.deprecated:
                    state = {True: "deprecated", False: "not deprecated"}
                    self.add(
                        "auth deprecation differs",
                        f"{label}: docs {state[parameter.deprecated]}, spec {state[scheme.deprecated]}",
                        [parameter.where],
                    )
                documented_format = _AUTH_FORMAT.match(parameter.description)
                if documented_format and f"{documented_format[1]} <" not in scheme.description:
                    self.add(
                        "auth format differs",
                        f"{label}: docs {documented_format[1]} <...>",
                        [parameter.where],
                    )
        if seen:
            for key in sorted(set(spec_schemes) - seen):
                self.add("auth scheme missing from docs", f"{operation.operation_id}: {key[0]} {key[1]}")

    def success(self, documented: list[OperationFacts], operation: SpecOperation) -> None:
        docs_success: dict[int, bool | None] = {}
        places: dict[int, Where] = {}
        for page in documented:
            for status, shown in page.success.items():
                docs_success[status] = docs_success.get(status) or shown
                places.setdefault(
                    status, next(r.where for r in page.operation.responses if r.status == status)
                )
        if not docs_success or not operation.success:
            return
        if set(docs_success) != set(operation.success):
            docs_codes = ", ".join(str(c) for c in sorted(docs_success))
            spec_codes = ", ".join(str(c) for c in sorted(operation.success))
            self.add(
                "success status differs",
                f"{operation.operation_id}: docs {docs_codes}, spec {spec_codes}",
                places.values(),
                operation=operation,
                docs_statuses=tuple(sorted(docs_success)),
            )
        for status, shown in docs_success.items():
            spec_body = operation.success.get(status)
            if spec_body is None and len(operation.success) == 1:
                spec_body = next(iter(operation.success.values()))  # compare with the spec's one success
            if shown is True and spec_body is False:
                self.add(
                    "success body missing from spec", f"{operation.operation_id}: {status}", [places[status]]
                )
            elif shown is False and spec_body is True:
                self.add(
                    "success body missing from docs", f"{operation.operation_id}: {status}", [places[status]]
                )

    # ------------------------------------------------------------- parameters

    def parameters(self, documented: list[OperationFacts], operation: SpecOperation) -> None:
        spec_query = set(operation.parameters.get("query", {})) - PAGINATION
        docs_query: set[str] = set()
        for page in documented:
            renamed = dict(zip(page.path.params, operation.path_params, strict=False))
            for parameter in page.parameters.get("path", {}).values():
                name = renamed.get(parameter.name, parameter.name)
                if name not in operation.path_params and name not in PAGINATION:
                    self.add(
                        "parameter missing from spec",
                        f"{operation.operation_id}: {name} (path)",
                        [parameter.where],
                    )
            for location in ("query", "header"):
                spec_names = set(operation.parameters.get(location, {}))
                for parameter in page.parameters.get(location, {}).values():
                    if location == "query":
                        docs_query.add(parameter.name)  # paging ones too: the page lists its query
                    if parameter.name in PAGINATION:
                        continue
                    if parameter.name not in spec_names:
                        self.add(
                            "parameter missing from spec",
                            f"{operation.operation_id}: {parameter.name} ({location})",
                            [parameter.where],
                            operation=operation,
                            parameter=parameter,
                        )
        if docs_query:
            for name in sorted(spec_query - docs_query):
                self.add("parameter missing from docs", f"{operation.operation_id}: {name} (query)")

    def pagination(self, documented: list[OperationFacts], operation: SpecOperation) -> None:
        spec_paging = {
            name: parameter
            for location in ("query", "header", "path")
            for name, parameter in operation.parameters.get(location, {}).items()
            if name in PAGINATION
        }
        docs_paging: dict[str, DocsParameter] = {}
        for page in documented:
            for location in ("query", "path", "header", "body"):
                for name, parameter in page.parameters.get(location, {}).items():
                    if name in PAGINATION:
                        docs_paging.setdefault(name, parameter)
        label = operation.operation_id
        for name, parameter in docs_paging.items():
            spec_parameter = spec_paging.get(name)
            if spec_parameter is None:
                self.add(
                    "pagination parameter missing from spec",
                    f"{label}: {name} ({parameter.location})",
                    [parameter.where],
                )
                continue
            if parameter.location != spec_parameter.location:
                self.add(
                    "pagination parameter location differs",
                    f"{label}: {name}: docs {parameter.location}, spec {spec_parameter.location}",
                    [parameter.where],
                )
            for what, pattern, spec_value in (
                ("default", _DEFAULT, spec_parameter.default),
                ("maximum", _MAXIMUM, spec_parameter.maximum),
            ):
                docs_value = _number(parameter.description, pattern)
                if docs_value is not None and str(docs_value) != str(spec_value):  # "1" as string or int
                    self.add(
                        f"pagination {what} differs",
                        f"{label}: {name}: docs {docs_value}, spec {spec_value}",
                        [parameter.where],
                    )
        if docs_paging:
            for name in sorted(set(spec_paging) - set(docs_paging)):
                self.add("pagination parameter missing from docs", f"{label}: {name}")

    def required(self, documented: list[OperationFacts], operation: SpecOperation) -> None:
        state = {True: "required", False: "optional"}
        for page in documented:
            for location in ("query", "header"):
                spec_parameters = operation.parameters.get(location, {})
                for name, parameter in page.parameters.get(location, {}).items():
                    spec_parameter = spec_parameters.get(name)
                    if parameter.required is None or spec_parameter is None:
                        continue
                    if parameter.required != spec_parameter.required:
                        self.add(
                            "required differs",
                            f"{operation.operation_id}: {name} ({location}): "
                            f"docs {state[parameter.required]}, spec {state[spec_parameter.required]}",
                            [parameter.where],
                            operation=operation,
                            parameter=parameter,
                        )
            for name, parameter in page.parameters.get("body", {}).items():
                if parameter.required is None or name not in operation.request_fields:
                    continue
                spec_required = name in operation.request_required
                if parameter.required != spec_required:
                    self.add(
                        "required differs",
                        f"{operation.operation_id}: {name} (body): "
                        f"docs {state[parameter.required]}, spec {state[spec_required]}",
                        [parameter.where],
                        operation=operation,
                        parameter=parameter,
                    )
            self.required_only_in_example(page, operation)

    def required_only_in_example(self, page: OperationFacts, operation: SpecOperation) -> None:
        """A field the spec requires that a page with a body table shows only in its example.

        A reader of the table does not learn that the field must be sent (the 2020-05 pages
        showed ``external_invoice_number`` in the credit_and_retract example only).
        """
        table = page.parameters.get("body", {})
        if not table:
            return
        listed = set(table) | {parent for name in table for parent in _parents(name)}
        # every nested path has a dot ("customer.name", "lines[].id"); a name without one is top level
        top_level = {name for name in operation.request_required if "." not in name}
        for name in sorted(top_level & set(page.request_fields) - listed):
            self.add(
                "required field only in an example",
                f"{operation.operation_id}: {name}",
                [page.request_fields[name]],
            )

    # ------------------------------------------------------------- fields and codes

    def request_fields(self, documented: list[OperationFacts], operation: SpecOperation) -> None:
        docs_fields: set[str] = set()
        for page in documented:
            fields = dict(page.request_fields)
            for name, parameter in page.parameters.get("body", {}).items():
                fields.setdefault(name, parameter.where)
            docs_fields |= set(fields)
            for name in sorted(set(fields) - operation.request_fields):
                self.add(
                    "request field missing from spec",
                    f"{operation.operation_id}: {name}",
                    [fields[name]],
                    operation=operation,
                    documented=page,
                    name=name,
                )
        if docs_fields:
            # a documented "customer.name.last_name" documents its parents too
            documented_parents = {p for name in docs_fields for p in _parents(name)}
            for name in sorted(operation.request_fields - docs_fields - documented_parents):
                self.add("request field missing from docs", f"{operation.operation_id}: {name}")

    def error_codes(self, documented: list[OperationFacts], operation: SpecOperation) -> None:
        docs_codes: set[str] = set()
        for page in documented:
            docs_codes |= set(page.error_codes)
            for code in sorted(set(page.error_codes) - operation.error_codes):
                self.add(
                    "error code missing from spec",
                    f"{operation.operation_id}: {code}",
                    [page.error_codes[code]],
                    operation=operation,
                    documented=page,
                    code=code,
                )
        if docs_codes:
            for code in sorted(operation.error_codes - docs_codes):
                self.add("error code missing from docs", f"{operation.operation_id}: {code}")

    def response_fields(self, pairs: list[tuple[list[OperationFacts], SpecOperation]]) -> None:
        # The reverse check pools every example of a response schema: the show page documents
        # the invoice in full, the create page only abbreviates it.
        docs_by_schema: dict[str, set[str]] = defaultdict(set)
        spec_by_schema: dict[str, set[str]] = defaultdict(set)
        shown_by_schema: dict[str, set[Where]] = defaultdict(set)  # the examples that show the schema
        operations_by_schema: dict[str, list[SpecOperation]] = defaultdict(list)
        for documented, operation in pairs:
            if operation.success and not any(operation.success.values()):
                continue  # no success body in the spec: "success body missing from spec" says it
            for page in documented:
                docs_by_schema[operation.response_schema] |= set(page.response_fields)
                for name in sorted(set(page.response_fields) - operation.response_fields):
                    self.add(
                        "response field missing from spec",
                        f"{operation.operation_id}: {name}",
                        [page.response_fields[name]],
                        operation=operation,
                        documented=page,
                        name=name,
                    )
                shown_by_schema[operation.response_schema] |= {
                    example.where
                    for response in page.operation.responses
                    if response.status is not None and 200 <= response.status < 300
                    for example in response.examples
                }
            spec_by_schema[operation.response_schema] |= operation.response_fields
            operations_by_schema[operation.response_schema].append(operation)
        for schema, docs_fields in docs_by_schema.items():
            if docs_fields:
                for name in sorted(spec_by_schema[schema] - docs_fields):
                    self.add(
                        "response field missing from docs",
                        f"{schema}: {name}",
                        schema=schema,
                        name=name,
                        operations=operations_by_schema[schema],
                        shown_at=_labels(shown_by_schema[schema]),
                    )

    # ------------------------------------------------------------- notifications

    def notifications(self) -> None:
        """Payloads shown outside operations under a notification heading, against the webhooks."""
        payloads = notification_payloads(self.docs)
        matched: set[str] = set()
        for label, fields in payloads.items():
            webhook = _closest_webhook(set(fields), self.spec.webhooks)
            if webhook is None:
                self.add("notification payload missing from spec", label, [min(fields.values())])
                continue
            matched.add(webhook.name)
            for name in sorted(set(fields) - webhook.fields):
                self.add("notification field missing from spec", f"{webhook.name}: {name}", [fields[name]])
            for name in sorted(webhook.fields - set(fields)):
                self.add("notification field missing from docs", f"{webhook.name}: {name}")
        if payloads:
            for webhook in self.spec.webhooks:
                if webhook.fields and webhook.name not in matched:  # a body the pages could show
                    self.add("notification missing from docs", webhook.name)

    # ------------------------------------------------------------- enums and links

    def enums(self) -> None:
        for enum, values in sorted(self.docs.enum_values.items()):
            if enum not in self.spec.enums:
                self.add("enum missing from spec", enum, {p for places in values.values() for p in places})
                continue
            for value, places in sorted(values.items()):
                if value not in self.spec.enums[enum]:
                    self.add(
                        "enum value missing from spec", f"{enum}: {value}", places, enum=enum, value=value
                    )
            for value in sorted(self.spec.enums[enum] - set(values)):
                self.add("enum value missing from docs", f"{enum}: {value}")

    def links(self) -> None:
        stems = {PurePosixPath(page.page).stem for page in self.docs.pages}
        anchors = self.docs.anchors
        for link in self.docs.links:
            target, _, anchor = link.target.partition("#")
            if "api-documentation/" not in target:
                continue  # links to overview pages do not describe endpoints
            name = PurePosixPath(target).name
            stem = PurePosixPath(target).stem
            source = PurePosixPath(link.page).name  # by file name: the same in every folder layout
            if stem not in stems:
                self.add("docs link to a page not in the snapshot", f"{source}: {name}", [link.where])
            elif anchor and anchor not in anchors.get(stem, set()):
                self.add("docs link to a missing section", f"{source}: {name}#{anchor}", [link.where])


def _without_path_parameter(page: OperationFacts, name: str) -> OperationFacts:
    """The documented operation with one path parameter written into the path as a literal."""
    parameters = {location: dict(found) for location, found in page.parameters.items()}
    parameters.get("path", {}).pop(name, None)
    return replace(page, parameters=defaultdict(dict, parameters))


def _parents(name: str) -> set[str]:
    """``customer.name.last_name`` -> ``customer``, ``customer.name``; ``lines[].id`` -> ``lines``."""
    parts = name.split(".")
    return {".".join(parts[:i]).removesuffix("[]") for i in range(1, len(parts))}


def _closest_webhook(fields: set[str], webhooks: list[SpecWebhook]) -> SpecWebhook | None:
    """The webhook sharing most fields with a payload, if it shares at least half of them."""
    best, best_score = None, 0.0
    for webhook in webhooks:
        union = fields | webhook.fields
        score = len(fields & webhook.fields) / len(union) if union else 0.0
        if score > best_score:
            best, best_score = webhook, score
    return best if best_score >= 0.5 else None


def compare(docs: DocsFacts, spec: SpecFacts) -> list[Finding]:
    return _Comparison(docs, spec).run()
