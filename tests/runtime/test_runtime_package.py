"""client_runtime is copied verbatim into the generated package: it may import only the standard
library, httpx and its own modules (relatively), and its public names must all resolve."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import client_runtime

RUNTIME_DIR = Path(client_runtime.__file__).parent
MODULES = sorted(RUNTIME_DIR.glob("*.py"))
ALLOWED_THIRD_PARTY = {"httpx"}


def imported_roots(tree: ast.Module) -> list[str]:
    roots: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots += [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.append(node.module.split(".")[0])
    return roots


def test_there_are_modules_to_check() -> None:
    assert {p.name for p in MODULES} >= {
        "__init__.py",
        "errors.py",
        "notifications.py",
        "pagination.py",
        "redaction.py",
        "retry.py",
    }


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_imports_only_stdlib_httpx_and_relative(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    foreign = [
        root
        for root in imported_roots(tree)
        if root not in sys.stdlib_module_names and root not in ALLOWED_THIRD_PARTY and root != "__future__"
    ]
    assert foreign == [], f"{path.name} imports {foreign}"


def test_public_names_resolve_and_are_unique() -> None:
    names = client_runtime.__all__
    assert len(names) == len(set(names))
    for name in names:
        assert getattr(client_runtime, name) is not None
