"""Fixtures: one running mock per test session, reset before every test."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread as serve

API_KEY = secrets.token_hex(20)
COMPANY_ID = secrets.token_hex(20)


@pytest.fixture(scope="session")
def root_url() -> Iterator[str]:
    with serve(create_app([Partner(API_KEY, COMPANY_ID)])) as url:
        yield url


def client(base_url: str, **headers: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, headers=headers, trust_env=False, timeout=10)


@pytest.fixture(scope="session")
def control_client(root_url: str) -> Iterator[httpx.Client]:
    with client(root_url + "/_mock") as made:
        yield made


@pytest.fixture
def control(control_client: httpx.Client) -> httpx.Client:
    """Client for /_mock/; resets the server so every test starts from the seeded state."""
    control_client.post("/reset").raise_for_status()
    return control_client


@pytest.fixture(scope="session")
def api_client(root_url: str) -> Iterator[httpx.Client]:
    with client(root_url + "/api/v2", Authorization=f"ApiKey {API_KEY}") as made:
        yield made


@pytest.fixture
def api(api_client: httpx.Client, control: httpx.Client) -> httpx.Client:
    """Client for /api/v2 authenticated as the seeded partner."""
    return api_client


@pytest.fixture(scope="session")
def anonymous_client(root_url: str) -> Iterator[httpx.Client]:
    with client(root_url + "/api/v2") as made:
        yield made


@pytest.fixture
def anonymous(anonymous_client: httpx.Client, control: httpx.Client) -> httpx.Client:
    return anonymous_client


@pytest.fixture
def other_partner(root_url: str, control: httpx.Client) -> Iterator[tuple[httpx.Client, str]]:
    """A second partner's client and its company id."""
    made = control.post("/partners", json={}).json()
    with client(root_url + "/api/v2", Authorization=f"ApiKey {made['api_key']}") as other:
        yield other, made["company_id"]


def customer(**parts: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"name": {"last_name": "Doe"}, "email": {"email_address": "joe@example.com"}}
    base.update(parts)
    return base


def invoice_body(import_id: str, amounts: tuple[int, ...] = (10000, -1000), **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "import_id": import_id,
        "external_invoice_number": "2024-001",
        "customer": customer(),
        "invoice_lines": [{"amount_cents": amount, "description": "Membership fee"} for amount in amounts],
        "amount_total_cents": sum(amounts),
    }
    body.update(extra)
    return body


@pytest.fixture
def new_import(api: httpx.Client) -> Callable[..., dict[str, Any]]:
    def make(**extra: Any) -> dict[str, Any]:
        response = api.post("/imports", json={"company_id": COMPANY_ID, "title": "Fees", **extra})
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    return make


@pytest.fixture
def new_invoice(
    api: httpx.Client, new_import: Callable[..., dict[str, Any]]
) -> Callable[..., dict[str, Any]]:
    def make(import_id: str | None = None, **extra: Any) -> dict[str, Any]:
        target = import_id or new_import()["import_id"]
        response = api.post("/invoices", json=invoice_body(target, **extra))
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    return make
