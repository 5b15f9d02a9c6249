"""Seeded state and the basic happy path."""

from __future__ import annotations

import httpx

from .conftest import COMPANY_ID


def test_health(control: httpx.Client) -> None:
    assert control.get("/health").json() == {"status": "ok"}


def test_seeded_company_is_visible(api: httpx.Client) -> None:
    response = api.get(f"/companies/{COMPANY_ID}")
    assert response.status_code == 200
    assert response.json()["company_id"] == COMPANY_ID
