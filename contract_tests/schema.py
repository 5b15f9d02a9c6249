"""Load the spec into schemathesis: shared config from schemathesis.toml, closed response enums."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis.config import ProjectConfig, SchemathesisConfig

from contract_tests.divergence import REGISTRY
from contract_tests.spec import judge_strictly, spec_path
from contract_tests.target import ENV_API_KEY, Target

# Shipped inside the package; the clone's root schemathesis.toml (read by the schemathesis CLI
# started there) is a link to this file.
CONFIG_PATH = Path(__file__).with_name("schemathesis.toml")


@schemathesis.hook
def before_load_schema(context: Any, raw_schema: dict[str, Any]) -> None:
    # The spec is written for tolerant readers; the suite judges by the strict contract.
    judge_strictly(raw_schema)


@schemathesis.hook
def after_call(context: Any, case: Any, response: Any) -> None:
    REGISTRY.count_case()
    REGISTRY.count_call(str(case.operation.definition.raw.get("operationId") or case.operation.label))


def _steered(value: object) -> bool:
    # Half of the well-formed generated ids (decided by the id itself, so replays agree) are
    # swapped for the partner's real company: otherwise nearly every create_import stops at
    # invalid_company_id and the rules behind it are never exercised.
    return isinstance(value, str) and len(value) == 40 and value[0] in "02468ace"


def steer_to_company(schema: Any, company_id: str) -> None:
    """Register a hook on ``schema`` that points half the generated company ids at ``company_id``."""

    @schema.hook  # type: ignore[untyped-decorator]
    def map_case(context: Any, case: Any) -> Any:
        if case.path_parameters and _steered(case.path_parameters.get("company_id")):
            case.path_parameters["company_id"] = company_id
        if isinstance(case.body, dict) and _steered(case.body.get("company_id")):
            case.body["company_id"] = company_id
        return case


_MERGED: dict[tuple[str, int, str | None, str | None], Any] = {}


class SettledProjectConfig(ProjectConfig):
    """The schema's project settings, each operation's merged checks and phases computed once.

    ``Case.validate_response`` merges the project's, the operation's and the phase's checks
    settings anew for every response, a tenth of a generated case's CPU; they do not change while
    the suite runs (schemathesis' own runner keeps them per operation likewise:
    ``engine/_check_context.py``). ``update()`` forgets every merge.
    """

    __slots__ = ()  # the same layout as ProjectConfig, so an instance can take this class

    def checks_config_for(self, *, operation: Any = None, phase: str | None = None) -> Any:
        key = ("checks", id(self), operation.label if operation is not None else None, phase)
        if key not in _MERGED:
            _MERGED[key] = super().checks_config_for(operation=operation, phase=phase)
        return _MERGED[key]

    def phases_for(self, *, operation: Any) -> Any:
        key = ("phases", id(self), operation.label if operation is not None else None, None)
        if key not in _MERGED:
            _MERGED[key] = super().phases_for(operation=operation)
        return _MERGED[key]

    def update(self, **changes: Any) -> None:
        _MERGED.clear()
        super().update(**changes)

    @classmethod
    def settle(cls, config: ProjectConfig) -> None:
        """Make ``config`` one of these. The merges are keyed by ``id()``, which Python hands out
        again once an object is gone: what was merged for an earlier config at this id is forgotten."""
        config.__class__ = cls
        for key in [key for key in _MERGED if key[1] == id(config)]:
            del _MERGED[key]


def without_coverage(operation_ids: Sequence[str]) -> str:
    """A schemathesis.toml table that turns the coverage phase off for these operations."""
    if not operation_ids:
        return ""
    names = ", ".join(json.dumps(name) for name in operation_ids)
    return f"\n[[operations]]\ninclude-operation-id = [{names}]\nphases.coverage.enabled = false\n"


def load_config(api_key: str, *, coverage_off: Sequence[str] = ()) -> SchemathesisConfig:
    """schemathesis.toml with ``${CLUBCOLLECT_API_KEY}`` resolved to ``api_key``, and the coverage
    phase off for the operations in ``coverage_off`` (one more ``[[operations]]`` table).

    The file reads the key from the environment (as the CLI does); the variable is set only for
    the moment of loading and restored afterwards.
    """
    text = CONFIG_PATH.read_text(encoding="utf-8") if CONFIG_PATH.exists() else ""
    previous = os.environ.get(ENV_API_KEY)
    os.environ[ENV_API_KEY] = api_key
    try:
        config = SchemathesisConfig.from_str(
            text + without_coverage(coverage_off), base_dir=str(CONFIG_PATH.resolve().parent)
        )
    finally:
        if previous is None:
            del os.environ[ENV_API_KEY]
        else:
            os.environ[ENV_API_KEY] = previous
    if text:
        config._config_path = str(CONFIG_PATH.resolve())  # as from_path() records it
    return config


@dataclass(frozen=True)
class LoadedSchema:
    schema: Any  # schemathesis OpenApiSchema
    config: SchemathesisConfig = field(repr=False)  # its repr shows the resolved API key

    def aim(self, target: Target, seed: int | None) -> None:
        """Point the schema at the running target (known only once the server is up)."""
        self.schema.config.update(base_url=target.base_url)
        if seed is not None:
            self.config.update(seed=seed, max_failures=None)


def load_schema(
    api_key: str, *, rate_limit: str | None = None, coverage_off: Sequence[str] = ()
) -> LoadedSchema:
    """The schemathesis schema, authenticated as ``api_key``; aim it before use."""
    config = load_config(api_key, coverage_off=coverage_off)
    schema = schemathesis.openapi.from_path(spec_path(), config=config)
    SettledProjectConfig.settle(schema.config)
    if rate_limit is not None:
        # The schema's own project config: `projects.get_default()` returns a merged copy.
        schema.config.update(rate_limit=rate_limit)
    return LoadedSchema(schema, config)


def load_steered_schema(
    api_key: str, company_id: str, *, rate_limit: str | None = None, coverage_off: Sequence[str] = ()
) -> LoadedSchema:
    loaded = load_schema(api_key, rate_limit=rate_limit, coverage_off=coverage_off)
    steer_to_company(loaded.schema, company_id)
    return loaded
