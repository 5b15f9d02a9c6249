"""Imported once by the self-tests' forkserver (runner.PRELOAD), before it forks each suite run.

Two things every run of the suite does that a fork can inherit instead:
- import the libraries beyond the top-level packages: schemathesis' OpenAPI loader and pytest
  plugin, hypothesis' pytest plugin, jsonschema, the mock's test helpers. Imported in the child,
  each went through pytest's assertion-rewriting import hook (anyio's plugin, which imported trio,
  is off in the suite's settings: contract_tests/suite.ini);
- parse the spec: ``contract_tests.spec.load_raw_spec`` reads it through ``spec_refs.safe_load``,
  which keeps what it parsed, keyed by the text. Parsed here, each child gets a copy of the tree
  instead of parsing the YAML again (the text is read in the child, so an edited spec is parsed).

Nothing of the suite itself is imported: it reads its environment at import (contract_tests/session.py).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from generator.common.spec_refs import safe_load

LIBRARIES = (
    "schemathesis.specs.openapi.schemas",
    "schemathesis.pytest.plugin",
    "hypothesis.extra._patching",
    "_hypothesis_pytestplugin",
    "jsonschema",
    "httpcore",
    "platformdirs",
    "pyrate_limiter",
    "clubcollect_mock.testing",
    "clubcollect_client",
)
SPEC = Path(__file__).resolve().parents[2] / "openapi" / "clubcollect-v2.yaml"

for name in LIBRARIES:
    importlib.import_module(name)

safe_load(SPEC.read_text(encoding="utf-8"))
