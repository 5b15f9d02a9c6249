"""Fixtures of the contract self-tests: a mock (optionally rewritten) served on 127.0.0.1."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread
from contract_tests.api import Api
from contract_tests.divergence import Registry
from contract_tests.recorder import Recorder
from contract_tests.target import Credentials, Target
from tests.contract_selftest.rewriting import RequestRule, ResponseRule, RewritingApp


@dataclass(frozen=True)
class Served:
    root_url: str
    api_key: str
    company_id: str

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/api/v2"


ServeFactory = Callable[..., AbstractContextManager[Served]]


@pytest.fixture
def serve_mock() -> ServeFactory:
    """Serve a fresh mock wrapped in the given rewrites; yields where and as whom to reach it."""

    @contextmanager
    def serve(
        requests: tuple[RequestRule, ...] = (),
        responses: tuple[ResponseRule, ...] = (),
        api_key: str | None = None,
    ) -> Iterator[Served]:
        key = api_key or secrets.token_hex(20)
        company_id = secrets.token_hex(20)
        app = RewritingApp(create_app([Partner(key, company_id)]), requests=requests, responses=responses)
        with serve_in_thread(app) as root:
            yield Served(root, key, company_id)

    return serve


@pytest.fixture
def mock_api(serve_mock: ServeFactory) -> Iterator[Api]:
    """An Api speaking to a fresh mock as its one partner; divergences go to a registry of its own."""
    with serve_mock() as served:
        recorder = Recorder("local", baseline=[], secrets=[], registry=Registry())
        api = Api(Target(served.base_url, Credentials(served.api_key, served.company_id)), recorder)
        yield api
        api.close()
