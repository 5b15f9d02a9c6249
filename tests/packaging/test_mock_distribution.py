"""clubcollect-mock as a distribution: it imports only what it declares, declares no generator
dependency, bounds every dependency, and registers its command and pytest plugin.

(``installed_wheels.py`` beside this file checks the built wheels in fresh environments; it is
run by ``nox -s wheels``.)"""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MOCK = ROOT / "mock"
PACKAGE = MOCK / "clubcollect_mock"
PROJECT = tomllib.loads((MOCK / "pyproject.toml").read_text(encoding="utf-8"))["project"]
# What the toolkit's generator side needs and the mock must never pull in.
GENERATOR_SIDE = {"openapi-python-client", "ruff", "pyyaml", "jinja2", "openapi-spec-validator", "jsonschema"}
# Imported only where a test run needs it: pytest loads the plugin; the client fixture imports the
# client inside the fixture and skips when it is not installed.
OPTIONAL_IMPORTS = {"pytest_plugin.py": {"pytest", "clubcollect_client"}}
REQUIREMENT = re.compile(r"^([A-Za-z0-9_.-]+)\s*(.*)$")


def requirement_names() -> dict[str, str]:
    names = {}
    for requirement in PROJECT["dependencies"]:
        match = REQUIREMENT.match(requirement)
        assert match, requirement
        names[match.group(1).lower()] = match.group(2)
    return names


def imported_top_levels(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_the_mock_imports_only_the_standard_library_itself_and_its_declared_dependencies() -> None:
    declared = set(requirement_names())  # the import names equal the distribution names here
    for module in sorted(PACKAGE.rglob("*.py")):
        allowed = declared | {"clubcollect_mock"} | OPTIONAL_IMPORTS.get(module.name, set())
        foreign = {
            name
            for name in imported_top_levels(module)
            if name not in sys.stdlib_module_names and name not in allowed
        }
        assert not foreign, f"{module.relative_to(ROOT)} imports {sorted(foreign)}, not declared by the mock"


def test_no_generator_dependency_and_every_dependency_bounded() -> None:
    requirements = requirement_names()
    assert not GENERATOR_SIDE & set(requirements)
    for name, spec in requirements.items():
        assert ">=" in spec and "<" in spec.replace("<=", ""), f"{name}: give a lower and an upper bound"


def test_the_command_and_the_pytest_plugin_are_registered_and_importable() -> None:
    script = PROJECT["scripts"]["clubcollect-mock"]
    module, _, function = script.partition(":")
    assert callable(getattr(importlib.import_module(module), function))
    plugin = PROJECT["entry-points"]["pytest11"]["clubcollect_mock"]
    assert hasattr(importlib.import_module(plugin), "clubcollect_partner")


def test_the_package_says_it_is_typed() -> None:
    assert (PACKAGE / "py.typed").is_file()
    package_data = tomllib.loads((MOCK / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "py.typed" in package_data["package-data"]["clubcollect_mock"]


def test_loading_the_plugin_starts_nothing_heavy() -> None:
    # pytest imports the plugin in every run of every project that has the mock installed.
    server_side = ("starlette", "uvicorn", "httpx", "orjson", "msgspec", "zstandard", "sqlite3")
    probe = (
        f"import sys, clubcollect_mock.pytest_plugin; print(sorted(set({server_side!r}) & set(sys.modules)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert loaded.stdout.strip() == "[]"
