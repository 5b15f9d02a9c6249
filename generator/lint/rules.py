"""The project's lint rules: each a small function ``(spec) -> list[Finding]``.

They catch what OpenAPI validation cannot: the conventions the generator and the contract suite
rely on, constructs openapi-python-client ignores without a word, and examples that contradict
their schema.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import referencing.exceptions
from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.lint.examples import ExampleChecker
from generator.lint.keywords import rule_extensions, rule_schema_keywords
from generator.lint.model import (
    Finding,
    Spec,
    example_sites,
    media_types,
    operations,
    pointer_of,
    ref_name,
    resolve,
    walk,
)


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


def rule_operation_id(spec: Spec) -> list[Finding]:
    """Every operation has an operationId (the generated function's name)."""
    return [
        Finding(op.pointer, "operation-id", "operation has no operationId")
        for op in operations(spec)
        if not op.node.get("operationId")
    ]


def rule_operation_tags(spec: Spec) -> list[Finding]:
    """Every operation has at least one tag, and each tag is declared at the top level."""
    declared = {tag.get("name") for tag in spec.get("tags") or [] if isinstance(tag, Mapping)}
    findings = []
    for op in operations(spec):
        tags = op.node.get("tags") or []
        if not tags:
            findings.append(Finding(op.pointer, "operation-tag", "operation has no tag"))
        findings += [
            Finding(op.pointer, "operation-tag", f"tag {tag!r} is not declared in tags")
            for tag in tags
            if tag not in declared
        ]
    return findings


def rule_operation_summary(spec: Spec) -> list[Finding]:
    """Every operation has a summary."""
    return [
        Finding(op.pointer, "operation-summary", "operation has no summary")
        for op in operations(spec)
        if not op.node.get("summary")
    ]


def rule_operation_security(spec: Spec) -> list[Finding]:
    """Every operation declares its own security: openapi-python-client ignores the root one."""
    return [
        Finding(op.pointer, "operation-security", "operation does not declare security")
        for op in operations(spec)
        if "security" not in op.node
    ]


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


def rule_no_conditionals(spec: Spec) -> list[Finding]:
    """No ``if``/``then``/``else``: Redocly's tools read them as closing the object (DECISIONS B9)."""
    return [
        Finding(
            where, "conditional-schema", "if/then/else: write the rule with `not` or `anyOf` (DECISIONS B9)"
        )
        for where, node in walk(spec)
        if isinstance(node, Mapping)
        and isinstance(node.get("if"), Mapping)
        and ("then" in node or "else" in node)
        and not where.endswith(_NAME_MAPS)  # a property named `if` is no conditional
    ]


_NAME_MAPS = ("/properties", "/patternProperties", "/$defs", "/schemas", "/dependentSchemas")


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


def rule_examples_valid(spec: Spec) -> list[Finding]:
    """Every example validates against its schema (Draft 2020-12, local refs, formats checked)."""
    findings = []
    checker = ExampleChecker(spec)
    for where, name, schema_ptr, value in example_sites(spec):
        for message in checker.errors(schema_ptr, value):
            findings.append(Finding(where, "example-invalid", f"example {name!r}: {message}"))
    return findings


def rule_review_marks(spec: Spec) -> list[Finding]:
    """No node still waits for a person: ``x-review`` marks what ``drift --propose`` could not write."""
    return [
        Finding(pointer.rsplit("/", 1)[0], "review-pending", f"waiting for a person: {node}")
        for pointer, node in walk(spec)
        if pointer.endswith("/x-review")
    ]


RULES: tuple[Callable[[Spec], list[Finding]], ...] = (
    rule_schema_keywords,
    rule_extensions,
    rule_operation_id,
    rule_operation_tags,
    rule_operation_summary,
    rule_operation_security,
    rule_error_codes,
    rule_examples_present,
    rule_enum_identifiers,
    rule_ignored_constructs,
    rule_no_conditionals,
    rule_open_enums,
    rule_examples_valid,
    rule_review_marks,
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
