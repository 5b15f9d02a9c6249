"""PUT /_mock/faults refuses a value of the wrong type or out of range, naming the field, the
type it wants (a number for the two rates, an integer for the rest) and FaultConfig's range."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .test_refusal_reasons import reason_of


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"error_rate": "half"}, "error_rate: expected a number, got a string"),
        ({"throttle_rate": None}, "throttle_rate: expected a number, got null"),
        ({"fail_next": 1.5}, "fail_next: expected an integer, got a number"),
        ({"latency_ms": "10"}, "latency_ms: expected an integer, got a string"),
        ({"error_rate": 2}, "error_rate: error_rate and throttle_rate must be 0..1"),
        ({"fail_next": -1}, "fail_next: fail_next must be 0..1000000"),
    ],
)
def test_a_bad_fault_setting_is_refused_with_its_reason(
    control: httpx.Client, body: dict[str, Any], reason: str
) -> None:
    before = control.get("/faults").json()
    response = control.put("/faults", json=body)
    assert (response.status_code, response.json()["error"]) == (422, "invalid_request")
    assert reason_of(response) == reason
    assert control.get("/faults").json() == before


def test_a_rate_may_be_an_integer_or_a_fraction(control: httpx.Client) -> None:
    shown = control.put("/faults", json={"error_rate": 0, "throttle_rate": 0.5}).json()
    assert (shown["error_rate"], shown["throttle_rate"]) == (0, 0.5)
    control.put("/faults", json={"throttle_rate": 0}).raise_for_status()
