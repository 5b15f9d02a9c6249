"""Run-wide settings fixed at import time: profile, budget, the target named by the environment,
and the schemathesis schema (schemathesis parametrizes tests at collection)."""

from __future__ import annotations

import os
from dataclasses import replace

from contract_tests import profiles
from contract_tests.schema import load_steered_schema
from contract_tests.shards import assign, conformance_case, first_cases, shard_from_env
from contract_tests.spec import load_raw_spec, repeated_operations
from contract_tests.target import planned_partner, target_from_env

PROFILE = profiles.profile_name()
ENV_TARGET = target_from_env()
REMOTE = ENV_TARGET is not None and not ENV_TARGET.is_local
BUDGET = profiles.budget(PROFILE, remote=REMOTE)
PROFILE_LABEL = PROFILE + ("-remote" if REMOTE else "")

ENV_OPERATIONS = "CLUBCOLLECT_OPERATIONS"  # comma-separated operationIds: narrow schemathesis runs

# Operations that repeat another at a new path get the coverage phase only when the budget says so.
COVERAGE_OFF = () if BUDGET.repeat_coverage else tuple(repeated_operations(load_raw_spec()))

LOADED = load_steered_schema(
    planned_partner().api_key,
    planned_partner().company_id,
    rate_limit=BUDGET.rate_limit,
    coverage_off=COVERAGE_OFF,
)
SELECTED_OPERATIONS = tuple(
    name.strip() for name in os.environ.get(ENV_OPERATIONS, "").split(",") if name.strip()
)
if SELECTED_OPERATIONS:
    # An exclusion, not include(): schemathesis ORs every include filter with the one it builds
    # from schemathesis.toml's [[operations]] tables, which selects every operation again.
    LOADED = replace(
        LOADED,
        schema=LOADED.schema.exclude(
            lambda ctx: ctx.operation.schema.get_operation_id(ctx.operation) not in SELECTED_OPERATIONS
        ),
    )

# CLUBCOLLECT_SHARD=K/N: this run keeps the K-th of N shards of the cases (contract_tests/shards.py).
# The costly cases are dealt out here, before collection, so that schemathesis builds the
# conformance tests of this shard's operations only. The stateful link run keeps the whole
# schema: its chains cross every operation.
SHARD = shard_from_env()
FIRST_CASES = first_cases(result.ok().label for result in LOADED.schema.get_all_operations())
CONFORMANCE_SCHEMA = LOADED.schema
if SHARD is not None:
    _first_shard_of = assign([], SHARD.count, first=FIRST_CASES)
    _shard = SHARD
    CONFORMANCE_SCHEMA = LOADED.schema.exclude(
        lambda ctx: _first_shard_of[conformance_case(ctx.operation.label)] != _shard.index
    )
