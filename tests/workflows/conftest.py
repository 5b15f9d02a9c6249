"""Fixtures of the workflow tests: a mock served on 127.0.0.1 (clean or broken) and a fresh partner on it."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

import httpx
import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread
from tests.contract_selftest.rewriting import Request, Response, ResponseRule, RewritingApp

# A key the tests look for in every output: it must never show up.
CANARY = "wf-canary-" + secrets.token_hex(12)


@dataclass(frozen=True)
class Target:
    base_url: str
    api_key: str
    company_id: str


def fresh_partner(root_url: str) -> tuple[str, str]:
    """A new partner with its own company, through the mock's control API (nothing shared)."""
    answer = httpx.post(f"{root_url}/_mock/partners", json={"api_key": CANARY + secrets.token_hex(4)})
    answer.raise_for_status()
    created = answer.json()
    return created["api_key"], created["company_id"]


@contextmanager
def served(*rewrites: ResponseRule) -> Iterator[Target]:
    seed = Partner(secrets.token_hex(20), secrets.token_hex(20))
    app = create_app([seed])
    with serve_in_thread(RewritingApp(app, responses=rewrites) if rewrites else app) as root:
        key, company = fresh_partner(root)
        yield Target(f"{root}/api/v2", key, company)


def drop_expected_invoices_count(request: Request, response: Response) -> Response:
    """Broken: create_import forgets the expected_invoices_count it was given."""
    if request.method == "POST" and request.path == "/imports" and response.status == 200:
        body = response.json()
        body.pop("expected_invoices_count", None)
        response.set_json(body)
    return response


def transmit_answers_204(request: Request, response: Response) -> Response:
    """Broken: transmit answers 204 without the import, as an older page of the docs had it."""
    if request.method == "PUT" and request.path.endswith("/transmit") and response.status == 200:
        return Response(status=204)
    return response


@pytest.fixture
def serve() -> Callable[..., AbstractContextManager[Target]]:
    return served


@pytest.fixture
def target_env(monkeypatch: pytest.MonkeyPatch) -> Callable[[Target], None]:
    def use(target: Target) -> None:
        monkeypatch.setenv("CLUBCOLLECT_API_KEY", target.api_key)
        monkeypatch.setenv("CLUBCOLLECT_COMPANY_ID", target.company_id)

    return use
