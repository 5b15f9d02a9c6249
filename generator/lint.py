"""``python -m generator lint [SPEC]``: validate the spec, then apply the project's own rules.

openapi-spec-validator checks the document against OpenAPI 3.1 first. The project rules below
catch what the validator cannot: conventions the generator and the contract suite rely on,
constructs openapi-python-client ignores without a word, and examples that contradict their
schema. Each rule is a small function ``(spec) -> list[Finding]`` so tests can target one.
Output is one line per finding, ``<file>#<json pointer>: <rule id>: <message>``; the exit
status is 1 when there is any finding, 2 when the spec cannot be read.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import referencing
import referencing.exceptions
import yaml
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing.jsonschema import DRAFT202012

DEFAULT_SPEC = Path("openapi/clubcollect-v2.yaml")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_URI = "urn:clubcollect:spec"
INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}

Spec = Mapping[str, Any]


@dataclass(frozen=True)
class Finding:
    """One broken rule at one place in the spec (``pointer`` is a JSON pointer)."""

    pointer: str
    rule: str
    message: str

    def render(self, spec_path: str) -> str:
        return f"{spec_path}#{self.pointer}: {self.rule}: {self.message}"


@dataclass(frozen=True)
class Operation:
    """An operation found under ``paths`` or ``webhooks``."""

    pointer: str
    method: str
    node: Mapping[str, Any]
    is_webhook: bool


# --------------------------------------------------------------------------- helpers


def escape(token: str) -> str:
    """Escape one JSON pointer token."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer_of(*tokens: str | int) -> str:
    return "".join(f"/{escape(str(token))}" for token in tokens)


def resolve(spec: Spec, node: Any) -> Any:
    """Follow local ``$ref``s until a node without one (external refs are returned as is)."""
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            return node
        seen.add(ref)
        target: Any = spec
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, Mapping) or token not in target:
                return node
            target = target[token]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    """The component name a ``#/components/schemas/X`` reference points to, if any."""
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        prefix = "#/components/schemas/"
        ref: str = node["$ref"]
        if ref.startswith(prefix):
            return ref[len(prefix) :]
    return None


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    """Every node of the document with its JSON pointer, depth first."""
    yield pointer, node
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield from walk(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{pointer}/{index}")


def operations(spec: Spec) -> Iterator[Operation]:
    for section in ("paths", "webhooks"):
        for name, item in (spec.get(section) or {}).items():
            item = resolve(spec, item)
            if not isinstance(item, Mapping):
                continue
            for method in HTTP_METHODS:
                if isinstance(item.get(method), Mapping):
                    yield Operation(
                        pointer_of(section, name, method), method, item[method], section == "webhooks"
                    )


def media_types(spec: Spec, op: Operation) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(pointer, role, media type object) for the request body and every response of ``op``."""
    body = resolve(spec, op.node.get("requestBody"))
    if isinstance(body, Mapping):
        for mime, media in (body.get("content") or {}).items():
            yield f"{op.pointer}/requestBody/content/{escape(mime)}", "request body", media
    for status, response in (op.node.get("responses") or {}).items():
        response = resolve(spec, response)
        if isinstance(response, Mapping):
            for mime, media in (response.get("content") or {}).items():
                yield f"{op.pointer}/responses/{status}/content/{escape(mime)}", f"response {status}", media


def python_enum_keys(values: list[Any], varnames: Any) -> list[str]:
    """The member names openapi-python-client 0.29 gives the string values of an enum."""
    use_varnames = isinstance(varnames, list) and len(varnames) == len(values)
    keys = []
    for index, value in enumerate(values):
        if use_varnames:
            raw = str(varnames[index])
        elif isinstance(value, str) and value[:1].isalpha():
            raw = value.upper()
        elif isinstance(value, int):
            raw = f"VALUE_NEGATIVE_{-value}" if value < 0 else f"VALUE_{value}"
        else:
            raw = f"VALUE_{index}"
        keys.append(re.sub(r"[^0-9A-Za-z]+", "_", raw).strip("_").upper())
    return keys


def format_checker() -> jsonschema.FormatChecker:
    """Draft 2020-12 format checks plus the OpenAPI integer formats."""
    checker = jsonschema.FormatChecker()
    for name, (low, high) in INT_RANGES.items():

        def in_range(value: object, low: int = low, high: int = high) -> bool:
            return not isinstance(value, int) or isinstance(value, bool) or low <= value <= high

        checker.checks(name)(in_range)
    return checker


class ExampleChecker:
    """Validates values against schemas of one spec; the spec is loaded as a schema resource once."""

    def __init__(self, spec: Spec) -> None:
        resource = DRAFT202012.create_resource(dict(spec))
        self.registry: referencing.Registry[Any] = referencing.Registry().with_resource(SPEC_URI, resource)
        self.formats = format_checker()

    def errors(self, schema_pointer: str, value: Any) -> list[str]:
        """Validation messages of ``value`` against the schema found at ``schema_pointer``."""
        validator = jsonschema.Draft202012Validator(
            {"$ref": f"{SPEC_URI}#{schema_pointer}"}, registry=self.registry, format_checker=self.formats
        )
        try:
            return [
                f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
                for error in validator.iter_errors(value)
            ]
        except referencing.exceptions.Unresolvable as exc:
            # An external or dangling $ref: reported by its own rule, the example cannot be checked.
            return [f"schema reference {exc.ref!r} cannot be resolved"]


# --------------------------------------------------------------------------- rules


def rule_openapi_valid(spec: Spec) -> list[Finding]:
    """The document is valid OpenAPI 3.1."""
    findings = []
    try:
        for error in OpenAPIV31SpecValidator(dict(spec)).iter_errors():
            where = pointer_of(*error.absolute_path)
            findings.append(Finding(where, "openapi-valid", error.message))
    except referencing.exceptions.Unresolvable as exc:
        findings.append(Finding("", "openapi-valid", f"reference {exc.ref!r} cannot be resolved"))
    return findings


def rule_operation_metadata(spec: Spec) -> list[Finding]:
    """Every operation has an operationId, a declared tag, a summary and its own security."""
    declared_tags = {tag.get("name") for tag in spec.get("tags") or [] if isinstance(tag, Mapping)}
    findings = []
    for op in operations(spec):
        if not op.node.get("operationId"):
            findings.append(Finding(op.pointer, "operation-id", "operation has no operationId"))
        tags = op.node.get("tags") or []
        if not tags:
            findings.append(Finding(op.pointer, "operation-tag", "operation has no tag"))
        for tag in tags:
            if tag not in declared_tags:
                findings.append(Finding(op.pointer, "operation-tag", f"tag {tag!r} is not declared in tags"))
        if not op.node.get("summary"):
            findings.append(Finding(op.pointer, "operation-summary", "operation has no summary"))
        # openapi-python-client ignores root-level security, so each operation must say it.
        if "security" not in op.node:
            findings.append(Finding(op.pointer, "operation-security", "operation does not declare security"))
    return findings


def error_code_enum(spec: Spec, body_schema: Any) -> str | None:
    """Name of the ``*ErrorCode`` enum a ``*Error`` body's code property refers to, if any."""
    body_name = ref_name(body_schema)
    body = resolve(spec, body_schema)
    if body_name is None or not body_name.endswith("Error") or not isinstance(body, Mapping):
        return None
    for prop in (body.get("properties") or {}).values():
        for option in [prop, *(prop.get("anyOf") or [])] if isinstance(prop, Mapping) else []:
            name = ref_name(option)
            target = resolve(spec, option)
            if name and name.endswith("ErrorCode") and isinstance(target, Mapping) and target.get("enum"):
                return name
    return None


def rule_error_codes(spec: Spec) -> list[Finding]:
    """Each API operation documents an error whose body names its codes in an ``*ErrorCode`` enum.

    Every JSON error body must follow that convention, since the generator derives one
    exception class per code from it.
    """
    findings = []
    for op in operations(spec):
        if op.is_webhook:
            continue  # the partner answers these; no error contract is documented
        with_codes = 0
        for status, response in (op.node.get("responses") or {}).items():
            if str(status)[:1] not in {"4", "5"}:
                continue
            media = (resolve(spec, response).get("content") or {}).get("application/json")
            if not isinstance(media, Mapping):
                continue
            if error_code_enum(spec, media.get("schema")) is None:
                findings.append(
                    Finding(
                        f"{op.pointer}/responses/{status}",
                        "error-code-enum",
                        "error body is not a *Error schema whose code property refers to an *ErrorCode enum",
                    )
                )
            else:
                with_codes += 1
        if with_codes == 0:
            findings.append(
                Finding(op.pointer, "error-code-enum", "operation documents no error with an *ErrorCode enum")
            )
    return findings


def rule_examples_present(spec: Spec) -> list[Finding]:
    """Every request body and every response body of every operation carries examples."""
    findings = []
    for op in operations(spec):
        for where, role, media in media_types(spec, op):
            if not media.get("examples") and "example" not in media:
                findings.append(Finding(where, "examples-missing", f"{role} has no examples"))
    return findings


def rule_enum_identifiers(spec: Spec) -> list[Finding]:
    """No two values of one enum become the same generated Python member name."""
    findings = []
    for where, node in walk(spec):
        if not isinstance(node, Mapping) or not isinstance(node.get("enum"), list):
            continue
        keys = python_enum_keys(node["enum"], node.get("x-enum-varnames"))
        seen: dict[str, Any] = {}
        for key, value in zip(keys, node["enum"], strict=True):
            if key in seen:
                findings.append(
                    Finding(
                        where,
                        "enum-identifier-collision",
                        f"{seen[key]!r} and {value!r} both become {key}; add x-enum-varnames",
                    )
                )
            seen.setdefault(key, value)
    return findings


def rule_ignored_constructs(spec: Spec) -> list[Finding]:
    """No construct openapi-python-client ignores without a warning."""
    findings = []
    for where, node in walk(spec):
        if not isinstance(node, Mapping):
            continue
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            findings.append(Finding(where, "external-ref", f"external reference {ref!r}"))
        if node.get("style") == "deepObject" and "in" in node:
            findings.append(
                Finding(where, "deep-object", "style: deepObject is not supported by the generator")
            )
        discriminator = node.get("discriminator")
        if isinstance(discriminator, Mapping) and not discriminator_has_const_tags(spec, node):
            findings.append(
                Finding(where, "discriminator", "discriminator whose members do not fix the tag with const")
            )
    return findings


def discriminator_has_const_tags(spec: Spec, schema: Mapping[str, Any]) -> bool:
    prop = schema["discriminator"].get("propertyName")
    members = [*(schema.get("oneOf") or []), *(schema.get("anyOf") or [])]
    if not members:
        return False
    for member in members:
        member = resolve(spec, member)
        tag = ((member.get("properties") or {}).get(prop) if isinstance(member, Mapping) else None) or {}
        if "const" not in resolve(spec, tag):
            return False
    return True


def rule_open_enums(spec: Spec) -> list[Finding]:
    """``x-open-enum`` marks exactly ``anyOf: [enum $ref, {type: string}]`` (plus an optional null)."""
    findings = []
    for where, node in walk(spec):
        if not isinstance(node, Mapping) or not node.get("x-open-enum"):
            continue
        options = [o for o in node.get("anyOf") or [] if isinstance(o, Mapping)]
        enum_refs = [o for o in options if ref_name(o) and resolve(spec, o).get("enum")]
        others = sorted(str(o.get("type")) for o in options if o not in enum_refs)
        if len(enum_refs) != 1 or others not in (["string"], ["null", "string"]):
            message = "x-open-enum needs anyOf: [$ref to an enum, {type: string}] and optionally {type: null}"
            findings.append(Finding(where, "open-enum-shape", message))
    return findings


def example_sites(spec: Spec) -> Iterator[tuple[str, str, str, Any]]:
    """(example pointer, name, schema pointer, value) of every example that has a schema."""
    for op in operations(spec):
        for where, _, media in media_types(spec, op):
            schema_ptr = schema_pointer(spec, f"{where}/schema", media.get("schema"))
            yield from named_examples(spec, where, media, schema_ptr)
    params = spec.get("components", {}).get("parameters") or {}
    for name, param in params.items():
        where = pointer_of("components", "parameters", name)
        yield from named_examples(
            spec, where, param, schema_pointer(spec, f"{where}/schema", param.get("schema"))
        )
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        where = pointer_of("components", "schemas", name)
        for index, value in enumerate(schema.get("examples") or []):
            yield f"{where}/examples/{index}", str(index), where, value


def schema_pointer(spec: Spec, inline_pointer: str, schema: Any) -> str:
    """Pointer of the schema itself: where a local ``$ref`` leads, else where it is written."""
    name = ref_name(schema)
    return pointer_of("components", "schemas", name) if name else inline_pointer


def named_examples(
    spec: Spec, where: str, holder: Mapping[str, Any], schema_ptr: str
) -> Iterator[tuple[str, str, str, Any]]:
    if "example" in holder:
        yield f"{where}/example", "example", schema_ptr, holder["example"]
    for name, example in (holder.get("examples") or {}).items():
        example = resolve(spec, example)
        if isinstance(example, Mapping) and "value" in example:
            yield f"{where}/examples/{escape(name)}", name, schema_ptr, example["value"]


def rule_examples_valid(spec: Spec) -> list[Finding]:
    """Every example validates against its schema (Draft 2020-12, local refs, formats checked)."""
    findings = []
    checker = ExampleChecker(spec)
    for where, name, schema_ptr, value in example_sites(spec):
        for message in checker.errors(schema_ptr, value):
            findings.append(Finding(where, "example-invalid", f"example {name!r}: {message}"))
    return findings


RULES: tuple[Callable[[Spec], list[Finding]], ...] = (
    rule_operation_metadata,
    rule_error_codes,
    rule_examples_present,
    rule_enum_identifiers,
    rule_ignored_constructs,
    rule_open_enums,
    rule_examples_valid,
)


def decision_ids(decisions_text: str) -> set[str]:
    """Entry ids (``A1``, ``C12``...) defined as the first cell of a DECISIONS.md table row."""
    return set(re.findall(r"^\|\s*([A-Z][0-9]+)\s*\|", decisions_text, flags=re.MULTILINE))


def rule_decisions_exist(spec: Spec, known: set[str]) -> list[Finding]:
    """Every ``x-decision`` cites an entry that DECISIONS.md defines."""
    findings = []
    for where, node in walk(spec):
        if not isinstance(node, Mapping) or "x-decision" not in node:
            continue
        cited = node["x-decision"]
        for entry in cited if isinstance(cited, list) else [cited]:
            if str(entry) not in known:
                findings.append(
                    Finding(f"{where}/x-decision", "decision-unknown", f"no DECISIONS.md entry {entry}")
                )
    return findings


def lint(spec: Spec, decisions_text: str | None = None) -> list[Finding]:
    """All findings for ``spec``; the project rules run only on a valid OpenAPI document."""
    findings = rule_openapi_valid(spec)
    if findings:
        # The other rules assume a well-formed document; only the structural walk is safe here.
        return findings + rule_ignored_constructs(spec)
    for rule in RULES:
        findings.extend(rule(spec))
    if decisions_text is not None:
        findings.extend(rule_decisions_exist(spec, decision_ids(decisions_text)))
    return findings


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator lint", description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", type=Path, default=DEFAULT_SPEC, help="spec file (YAML or JSON)")
    parser.add_argument(
        "--decisions", type=Path, help="DECISIONS.md to check x-decision against (default: next to the spec)"
    )
    args = parser.parse_args(argv)
    try:
        spec = yaml.safe_load(args.spec.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        print(f"{args.spec}: cannot read spec: {exc}", file=sys.stderr)
        return 2
    if not isinstance(spec, Mapping):
        print(f"{args.spec}: the spec is not a mapping", file=sys.stderr)
        return 2
    decisions_path: Path = args.decisions or args.spec.parent / "DECISIONS.md"
    decisions = decisions_path.read_text(encoding="utf-8") if decisions_path.is_file() else None
    findings = lint(spec, decisions)
    for finding in findings:
        print(finding.render(str(args.spec)))
    print(f"{args.spec}: {len(findings)} finding(s)", file=sys.stderr)
    return 1 if findings else 0
