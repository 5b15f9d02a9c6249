"""The suite's schema keeps each operation's merged checks and phases settings (schema.py):
they must be exactly what schemathesis merges, per operation and phase, and forgotten on update()."""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis.config import ProjectConfig

from contract_tests import schema as schema_module
from contract_tests.schema import LoadedSchema, SettledProjectConfig, load_schema

PHASES = (None, "examples", "coverage", "fuzzing", "stateful")


@pytest.fixture(scope="module")
def loaded() -> LoadedSchema:
    return load_schema("settled-config-test-key")


def _operations(loaded: LoadedSchema) -> list[Any]:
    return [result.ok() for result in loaded.schema.get_all_operations()]


def test_the_suite_schema_settles_its_config(loaded: LoadedSchema) -> None:
    assert isinstance(loaded.schema.config, SettledProjectConfig)


@pytest.mark.parametrize("phase", PHASES)
def test_every_operation_gets_what_schemathesis_merges(loaded: LoadedSchema, phase: str | None) -> None:
    config = loaded.schema.config
    for operation in _operations(loaded):
        merged = ProjectConfig.checks_config_for(config, operation=operation, phase=phase)
        assert config.checks_config_for(operation=operation, phase=phase) == merged, operation.label
        assert config.checks_config_for(operation=operation, phase=phase) == merged, operation.label
    for operation in _operations(loaded):
        assert config.phases_for(operation=operation) == ProjectConfig.phases_for(config, operation=operation)


def test_operations_with_their_own_settings_keep_them(loaded: LoadedSchema) -> None:
    # schemathesis.toml widens the accepted statuses of the payment links (302) and of the
    # writes (422): a cache keyed wrongly would hand one operation another's settings.
    by_label = {operation.label: operation for operation in _operations(loaded)}
    config = loaded.schema.config
    link = config.checks_config_for(operation=by_label["GET /payments/ideal"], phase="fuzzing")
    write = config.checks_config_for(operation=by_label["POST /invoices"], phase="fuzzing")
    read = config.checks_config_for(operation=by_label["GET /invoices/{invoice_id}"], phase="fuzzing")
    assert link.positive_data_acceptance.expected_statuses == ["302"]
    assert "422" in write.positive_data_acceptance.expected_statuses
    assert "422" not in read.positive_data_acceptance.expected_statuses


def test_update_forgets_what_was_merged() -> None:
    loaded = load_schema("settled-config-update-key")
    config = loaded.schema.config
    operation = _operations(loaded)[0]
    before = config.checks_config_for(operation=operation, phase="fuzzing")
    assert config.checks_config_for(operation=operation, phase="fuzzing") is before
    config.update(base_url="http://127.0.0.1:1/api/v2")
    after = config.checks_config_for(operation=operation, phase="fuzzing")
    assert after is not before and after == before


def test_a_config_at_a_used_id_gets_nothing_merged_for_the_one_before() -> None:
    # Configs made one after another can share an id() once the earlier one is gone; the cache is
    # keyed by id(), so what was merged for the earlier one must not reach the later one.
    first = load_schema("settled-config-id-key", coverage_off=["start_sofort_payment"])
    sofort = next(r.ok() for r in first.schema.get_all_operations() if r.ok().label == "GET /payments/sofort")
    assert not first.schema.config.phases_for(operation=sofort).coverage.enabled
    second = load_schema("settled-config-id-key")
    schema_module._MERGED[("phases", id(second.schema.config), sofort.label, None)] = "stale"
    SettledProjectConfig.settle(second.schema.config)  # as if this config had just taken the id
    assert second.schema.config.phases_for(operation=sofort).coverage.enabled
