"""Shared fixtures of the spec tests: the real spec, parsed once."""

from __future__ import annotations

from typing import Any

import pytest

from generator.common.spec_refs import safe_load

from .spec_files import SPEC_PATH


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="session")
def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]
    return found
