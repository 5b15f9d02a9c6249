"""Fixtures of the contract suite: the target server, the schema, the clients, the recorder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest
import requests
from hypothesis import settings

from clubcollect_mock.testing import serve_in_thread
from contract_tests import profiles
from contract_tests.api import Api, RateLimiter, pooled_session
from contract_tests.baseline import load_baseline
from contract_tests.plugin import (
    STATE,
    chosen_shard,
    pytest_collection_modifyitems,
    pytest_configure,
    pytest_sessionfinish,
    pytest_terminal_summary,
)
from contract_tests.recorder import Recorder
from contract_tests.redaction import register_secret
from contract_tests.report import RunInfo
from contract_tests.session import BUDGET, ENV_TARGET, LOADED, PROFILE, PROFILE_LABEL, REMOTE
from contract_tests.spec import load_raw_spec, operations
from contract_tests.target import Credentials, Target, offers_mock_control, planned_partner

__all__ = [
    "pytest_collection_modifyitems",
    "pytest_configure",
    "pytest_sessionfinish",
    "pytest_terminal_summary",
]

# Hypothesis profiles dev / ci / deep (CLUBCOLLECT_PROFILE); remote targets get a capped copy.
profiles.register_profiles()
if REMOTE:
    settings.register_profile(PROFILE_LABEL, profiles.remote_settings(PROFILE))
settings.load_profile(PROFILE_LABEL)


@pytest.fixture(scope="session")
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    """The server under test: named by the environment, or the embedded mock with a fresh partner."""
    with ExitStack() as stack:
        chosen = ENV_TARGET
        if chosen is None:
            from clubcollect_mock import Partner, create_app

            partner = planned_partner()
            app = create_app(partners=[Partner(partner.api_key, partner.company_id)])
            root = stack.enter_context(serve_in_thread(app))
            chosen = Target(base_url=f"{root}/api/v2", partner=partner, embedded=True)
        for secret in chosen.secrets():
            register_secret(secret)
        seed = request.config.getoption("hypothesis_seed", None)
        LOADED.aim(chosen, int(seed) if seed else None)
        yield chosen


@pytest.fixture(scope="session")
def has_mock_control(target: Target) -> bool:
    return offers_mock_control(target)


@pytest.fixture(scope="session")
def recorder(target: Target, has_mock_control: bool, request: pytest.FixtureRequest) -> Recorder:
    STATE.info = RunInfo(
        base_url=target.base_url,
        embedded=target.embedded,
        mock_control=has_mock_control,
        profile=PROFILE_LABEL,
        seed=str(request.config.getoption("hypothesis_seed", None) or "random"),
        spec_operations=[op.operation_id for op in operations(load_raw_spec())],
        baseline_reasons=[entry.reason for entry in load_baseline()],
        secrets=target.secrets(),
        baseline_kinds={entry.reason: entry.kind for entry in load_baseline()},
        shard=chosen_shard(),
    )
    return Recorder(
        target_kind=target.kind,
        baseline=load_baseline(),
        secrets=target.secrets(),
    )


@pytest.fixture(scope="session")
def limiter() -> RateLimiter:
    return RateLimiter(BUDGET.requests_per_second)


@pytest.fixture(scope="session")
def api(target: Target, recorder: Recorder, limiter: RateLimiter) -> Iterator[Api]:
    client = Api(target, recorder, limiter=limiter)
    yield client
    client.close()


@pytest.fixture(scope="session")
def mock_control(target: Target, has_mock_control: bool) -> Iterator[Any]:
    """The mock's test-control client; tests needing it are skipped, with the reason, elsewhere."""
    if not has_mock_control:
        pytest.skip(f"the target does not offer the mock control API ({target.root_url}/_mock/health)")
    from contract_tests.mock_control import MockControl

    with MockControl(target.root_url) as control:
        yield control


@pytest.fixture(scope="session")
def second_partner(target: Target, has_mock_control: bool) -> Credentials:
    """Another partner on the same server (isolation tests)."""
    if target.second_partner is not None:
        return target.second_partner
    if not has_mock_control:
        pytest.skip("no second partner: set CLUBCOLLECT_SECOND_API_KEY or use a target with /_mock/partners")
    from contract_tests.mock_control import MockControl

    with MockControl(target.root_url) as control:
        created = control.create_partner()
    register_secret(created.api_key)
    return created


@pytest.fixture(scope="session")
def budget() -> profiles.Budget:
    return BUDGET


@pytest.fixture(scope="session")
def api_schema(target: Target, recorder: Recorder) -> Any:
    """The schemathesis schema, aimed at the target."""
    return LOADED.schema


@pytest.fixture(scope="session")
def http_session(target: Target) -> Iterator[requests.Session]:
    """One keep-alive connection pool for every schemathesis call (a new one per call costs a
    TCP handshake each time, which dominated the suite's run time)."""
    with pooled_session(target.base_url) as session:
        yield session
