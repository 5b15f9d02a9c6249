"""The lint rule ``facade-mapping``: every operation has exactly one facade method, without clashes.

Reports each problem :func:`generator.facade.model.build` finds with the ``facade:`` mapping of
generator/config.yaml against the spec being linted (the same list that stops regen).
"""

from __future__ import annotations

from pathlib import Path

from generator.facade.model import build, load_config
from generator.facade.render import CONFIG
from generator.lint.model import Finding, Spec

RULE = "facade-mapping"


def rule_facade_mapping(spec: Spec, config_path: Path = CONFIG) -> list[Finding]:
    """One finding per problem; problems in the config name their place in the message."""
    facade = build(spec, load_config(config_path))
    findings = []
    for problem in facade.problems:
        if problem.where.startswith("/"):
            findings.append(Finding(problem.where, RULE, problem.message))
        else:
            findings.append(Finding("", RULE, f"generator/{problem.where}: {problem.message}"))
    return findings
