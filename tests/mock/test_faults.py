"""Fault injection on /api/v2 through /_mock/faults."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from clubcollect_mock import FaultConfig, Partner, create_app
from clubcollect_mock.testing import serve_in_thread as serve

from .conftest import API_KEY, COMPANY_ID, client, invoice_body

pytestmark = pytest.mark.mock_control
NewImport = Callable[..., dict[str, Any]]
DEFAULTS = {
    "latency_ms": 0,
    "error_rate": 0.0,
    "error_status": 503,
    "throttle_rate": 0.0,
    "retry_after": 1,
    "fail_next": 0,
    "fail_next_status": 503,
}


def test_defaults_and_reset(control: httpx.Client) -> None:
    assert control.get("/faults").json() == DEFAULTS
    control.put("/faults", json={"error_rate": 1}).raise_for_status()
    control.post("/reset")
    assert control.get("/faults").json() == DEFAULTS


def test_fail_next_fails_exactly_n_requests_and_changes_nothing(
    control: httpx.Client, api: httpx.Client, new_import: NewImport
) -> None:
    import_id = new_import()["import_id"]
    shown = control.put("/faults", json={"fail_next": 2, "fail_next_status": 502}).json()
    assert shown["fail_next"] == 2
    for _ in range(2):
        response = api.post("/invoices", json=invoice_body(import_id))
        assert (response.status_code, response.json()) == (502, {"error": "injected_fault"})
    # The control API is never faulted.
    assert control.get("/health").status_code == 200
    assert api.get(f"/imports/{import_id}").json()["invoice_ids"] == []
    assert api.post("/invoices", json=invoice_body(import_id)).status_code == 200
    assert control.get("/faults").json()["fail_next"] == 0


def test_throttling_answers_429_with_retry_after(control: httpx.Client, api: httpx.Client) -> None:
    control.put("/faults", json={"throttle_rate": 1.0, "retry_after": 7}).raise_for_status()
    response = api.get(f"/companies/{COMPANY_ID}")
    assert (response.status_code, response.json()) == (429, {"error": "rate_limited"})
    assert response.headers["retry-after"] == "7"


def test_error_rate_uses_error_status(control: httpx.Client, api: httpx.Client) -> None:
    control.put("/faults", json={"error_rate": 1.0, "error_status": 500}).raise_for_status()
    assert api.get(f"/companies/{COMPANY_ID}").status_code == 500
    control.put("/faults", json={"error_rate": 0.5, "error_status": 503}).raise_for_status()
    statuses = {api.get(f"/companies/{COMPANY_ID}").status_code for _ in range(60)}
    assert statuses == {200, 503}


def test_latency(control: httpx.Client, api: httpx.Client) -> None:
    control.put("/faults", json={"latency_ms": 150}).raise_for_status()
    started = time.monotonic()
    assert api.get(f"/companies/{COMPANY_ID}").status_code == 200
    assert time.monotonic() - started >= 0.15


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"error_rate": 2}, "error_rate"),
        ({"error_status": 404}, "error_status"),
        ({"latency_ms": -1}, "latency_ms"),
        ({"latency_ms": 1.5}, "latency_ms"),
        ({"fail_next": True}, "fail_next"),
        ({"fail_next_status": 200}, "fail_next_status"),
        ({"latency_ms": 0, "retry_after": "1"}, "retry_after"),
        ({"unknown": 1}, None),
    ],
)
def test_invalid_fault_settings(control: httpx.Client, body: dict[str, Any], field: str | None) -> None:
    response = control.put("/faults", json=body)
    answer = response.json()
    assert (response.status_code, answer["error"], answer["field"]) == (422, "invalid_request", field)
    assert answer["reason"]
    assert control.get("/faults").json() == DEFAULTS


def test_faults_given_at_startup() -> None:
    app = create_app([Partner(API_KEY, COMPANY_ID)], faults=FaultConfig(throttle_rate=1.0, retry_after=3))
    with serve(app) as root, client(root + "/api/v2", Authorization=f"ApiKey {API_KEY}") as api:
        response = api.get(f"/companies/{COMPANY_ID}")
        assert (response.status_code, response.headers["retry-after"]) == (429, "3")
        with client(root + "/_mock") as control:
            assert control.get("/health").status_code == 200


def test_fault_config_validates() -> None:
    with pytest.raises(ValueError, match="error_status"):
        FaultConfig(error_status=404)
