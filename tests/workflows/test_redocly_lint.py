"""Redocly reads the spec's examples as every other tool does. (Its strict Arazzo lint of the
workflows runs in the lint session, noxfile.lint.)

Before DECISIONS B9 Redocly read ``InvoiceLine``'s if/then as closing the object: 77 example
warnings in its lint, and Respect refused every invoice answer.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from clubcollect_toolkit.workflows import find_redocly

ROOT = Path(__file__).resolve().parents[2]
QUIET = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}


def redocly_lint(*args: str) -> subprocess.CompletedProcess[str]:
    redocly = find_redocly(None)
    assert redocly is not None, "Redocly CLI is missing: run `npm ci` (package-lock.json pins it)"
    return subprocess.run(
        [str(redocly), "lint", *args], capture_output=True, text=True, check=False, cwd=ROOT, env=QUIET
    )


def test_redocly_finds_every_spec_example_valid() -> None:
    answer = redocly_lint("--format=json", "openapi/clubcollect-v2.yaml")
    problems = json.loads(answer.stdout[answer.stdout.index("{") :])["problems"]
    assert [p for p in problems if p["ruleId"] == "no-invalid-media-type-examples"] == []
