"""``python -m generator lint [SPEC]``: validate the spec, then apply the project's own rules.

openapi-spec-validator checks the document against OpenAPI 3.1 first; the rules in
``generator.lint.rules`` then check the project's conventions. Output is one line per finding,
``<file>#<json pointer>: <rule id>: <message>``; the exit status is 1 when there is any finding,
2 when the spec cannot be read. The Arazzo workflows beside the spec
(``clubcollect-workflows.arazzo.yaml``) are checked too: against the Arazzo 1.0 JSON schema, and
for operations, parameters and fields the spec does not have (``generator.common.workflows``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

import yaml

from clubcollect_toolkit.resources import spec_file
from generator.common import workflows
from generator.common.spec_refs import safe_load
from generator.facade.lint import rule_facade_mapping
from generator.lint.model import Finding, Spec
from generator.lint.rules import (
    RULES,
    decision_ids,
    rule_decisions_exist,
    rule_ignored_constructs,
    rule_openapi_valid,
)

# The spec of the clone the command runs in; elsewhere the one the toolkit ships.
LOCAL_SPEC = Path("openapi/clubcollect-v2.yaml")
DEFAULT_SPEC = LOCAL_SPEC if LOCAL_SPEC.is_file() else spec_file()


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
        spec = safe_load(args.spec.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        print(f"{args.spec}: cannot read spec: {exc}", file=sys.stderr)
        return 2
    if not isinstance(spec, Mapping):
        print(f"{args.spec}: the spec is not a mapping", file=sys.stderr)
        return 2
    decisions_path: Path = args.decisions or args.spec.parent / "DECISIONS.md"
    decisions = decisions_path.read_text(encoding="utf-8") if decisions_path.is_file() else None
    findings = lint(spec, decisions) + rule_facade_mapping(spec)
    for finding in findings:
        print(finding.render(str(args.spec)))
    print(f"{args.spec}: {len(findings)} finding(s)", file=sys.stderr)
    workflows_clean = lint_workflows(args.spec, spec)
    return 1 if findings or not workflows_clean else 0


def lint_workflows(spec_path: Path, spec: Mapping[str, object]) -> bool:
    """Print the problems of the workflows beside the spec (if there are any); True when clean."""
    path = workflows.workflows_beside(spec_path)
    if not path.is_file():
        return True
    try:
        document = workflows.load_workflows(path)
    except yaml.YAMLError as exc:
        print(f"{path}: cannot read workflows: {exc}")
        return False
    found = workflows.problems(document, spec)
    for problem in found:
        print(f"{path}#{problem.pointer}: {problem.rule}: {problem.message}")
    print(f"{path}: {len(found)} finding(s)", file=sys.stderr)
    return not found
