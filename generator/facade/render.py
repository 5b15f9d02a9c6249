"""Render the facade into a generated package (a post-hook of ``python -m generator regen``).

Writes ``_client.py``, ``params.py`` and ``resources/`` into the package, from the spec the
generator was given and the ``facade:`` mapping of generator/config.yaml. A mapping problem
stops generation with every problem listed (the same list ``python -m generator lint`` shows).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from clubcollect_toolkit.resources import spec_file
from generator.facade.model import Facade, ParamType, build, load_config

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = spec_file()  # the clone's, or the copy an installed toolkit ships
CONFIG = REPO_ROOT / "generator" / "config.yaml"
TEMPLATES = REPO_ROOT / "generator" / "templates" / "facade"
#: Set by regen to the spec file it hands to openapi-python-client (it may pre-process the spec).
SPEC_ENV = "CLUBCOLLECT_REGEN_SPEC"


class FacadeError(RuntimeError):
    """The mapping does not describe a usable facade."""


def spec_path() -> Path:
    return Path(os.environ.get(SPEC_ENV) or DEFAULT_SPEC)


# libyaml when it is there: the post-hook runs on every regen and check.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_facade(spec_file: Path | None = None, config_file: Path = CONFIG) -> Facade:
    spec: Any = yaml.load((spec_file or spec_path()).read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506
    return build(spec if isinstance(spec, dict) else {}, load_config(config_file))


def _in_dependency_order(params: list[ParamType]) -> list[ParamType]:
    by_name = {p.name: p for p in params}
    ordered: list[ParamType] = []
    visiting: set[str] = set()

    def visit(param: ParamType) -> None:
        if param in ordered or param.name in visiting:
            return
        visiting.add(param.name)
        for field in param.fields:
            for word in field.annotation.replace("[", " ").replace("]", " ").replace("|", " ").split():
                if word in by_name:
                    visit(by_name[word])
        ordered.append(param)

    for param in sorted(params, key=lambda p: p.name):
        visit(param)
    return ordered


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        autoescape=False,  # noqa: S701 - Python source, not HTML
    )


def render(package_dir: Path, facade: Facade) -> None:
    """Write the facade's modules into ``package_dir``."""
    if facade.problems:
        lines = "\n".join(f"  {p.where}: {p.message}" for p in facade.problems)
        raise FacadeError(f"the facade mapping has {len(facade.problems)} problem(s):\n{lines}")
    env = _environment()
    resources_dir = package_dir / "resources"
    shutil.rmtree(resources_dir, ignore_errors=True)
    resources_dir.mkdir(parents=True)
    template = env.get_template("resource.py.jinja")
    for resource in facade.resources:
        text = template.render(facade=facade, resource=resource)
        (resources_dir / f"{resource.name}.py").write_text(text, encoding="utf-8")
    (resources_dir / "__init__.py").write_text(
        env.get_template("resources_init.py.jinja").render(facade=facade), encoding="utf-8"
    )
    (package_dir / "_client.py").write_text(
        env.get_template("client.py.jinja").render(facade=facade), encoding="utf-8"
    )
    params = _in_dependency_order(facade.params)
    models = sorted({p.model for p in params} | {name for p in params for name in _models_in(p, facade)})
    (package_dir / "params.py").write_text(
        env.get_template("params.py.jinja").render(params=params, models=models), encoding="utf-8"
    )


def _models_in(param: ParamType, facade: Facade) -> set[str]:
    words: set[str] = set()
    for field in param.fields:
        words.update(field.annotation.replace("[", " ").replace("]", " ").replace("|", " ").split())
    return words & facade.models
