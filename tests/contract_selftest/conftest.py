"""Fixtures of the contract self-tests: a mock (optionally rewritten) served on 127.0.0.1, and the
suite runs that several self-tests read (shared_runs.py)."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread
from contract_tests.api import Api
from contract_tests.divergence import Registry
from contract_tests.recorder import Recorder
from contract_tests.target import Credentials, Target
from tests.contract_selftest.catalogue import catalogue, identity_run
from tests.contract_selftest.rewriting import RequestRule, ResponseRule, RewritingApp
from tests.contract_selftest.runner import SuiteRun, run_suite
from tests.contract_selftest.shared_runs import SharedRuns, shared_root


@dataclass(frozen=True)
class Served:
    root_url: str
    api_key: str
    company_id: str

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/api/v2"


ServeFactory = Callable[..., AbstractContextManager[Served]]


@contextmanager
def serve(
    requests: tuple[RequestRule, ...] = (),
    responses: tuple[ResponseRule, ...] = (),
    api_key: str | None = None,
) -> Iterator[Served]:
    """Serve a fresh mock wrapped in the given rewrites; yields where and as whom to reach it."""
    key = api_key or secrets.token_hex(20)
    company_id = secrets.token_hex(20)
    app = RewritingApp(create_app([Partner(key, company_id)]), requests=requests, responses=responses)
    with serve_in_thread(app) as root:
        yield Served(root, key, company_id)


@pytest.fixture
def serve_mock() -> ServeFactory:
    return serve


@pytest.fixture(scope="session")
def shared_runs(tmp_path_factory: pytest.TempPathFactory) -> SharedRuns:
    return SharedRuns(shared_root(tmp_path_factory))


IDENTITY_SEED = 1  # the broken servers' runs use seed 1 too (runner.run_suite's default)


@pytest.fixture(scope="session")
def identity_suite_run(shared_runs: SharedRuns) -> SuiteRun:
    """Every test a broken server runs, narrowed as they narrow it, against the plain mock behind
    the broken servers' wrapper with no rewrite (test_identity_wrapper reads it)."""
    tests, env = identity_run()

    def start(report_dir: Path) -> SuiteRun:
        with serve() as served:
            return run_suite(
                tests,
                report_dir,
                base_url=served.base_url,
                api_key=served.api_key,
                company_id=served.company_id,
                seed=IDENTITY_SEED,
                extra_env=env,
            )

    return shared_runs.get("identity-wrapper", start)


@pytest.fixture(scope="session")
def broken_suite_run(shared_runs: SharedRuns) -> Callable[[str], SuiteRun]:
    """The run of the catalogue's broken server ``name``: its part of the suite against the mock
    with its rewrites (test_broken_servers reads it; test_operation_narrowing reads one of them)."""

    def run(name: str) -> SuiteRun:
        def start(report_dir: Path) -> SuiteRun:
            key = secrets.token_hex(20)
            broken = {b.name: b for b in catalogue(key)}[name]
            with serve(broken.requests, broken.responses, api_key=key) as wrapped:
                return run_suite(
                    broken.tests,
                    report_dir,
                    base_url=wrapped.base_url,
                    api_key=wrapped.api_key,
                    company_id=wrapped.company_id,
                    select=broken.select,
                    extra_env=broken.env,
                )

        return shared_runs.get(f"broken-{name}", start)

    return run


@pytest.fixture
def mock_api(serve_mock: ServeFactory) -> Iterator[Api]:
    """An Api speaking to a fresh mock as its one partner; divergences go to a registry of its own."""
    with serve_mock() as served:
        recorder = Recorder("local", baseline=[], secrets=[], registry=Registry())
        api = Api(Target(served.base_url, Credentials(served.api_key, served.company_id)), recorder)
        yield api
        api.close()
