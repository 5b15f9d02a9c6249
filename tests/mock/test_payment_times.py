"""A payment's times: a decision stamps updated_at with the moment it was made, in the control
API's answer as in the status a partner reads later (the mock's clock is stepped by hand)."""

from __future__ import annotations

import httpx
import pytest

import clubcollect_mock.ids

from .conftest import API_KEY, COMPANY_ID
from .payment_helpers import pay, query_of, status


class SteppedClock:
    """Stands in for the ``time`` module of clubcollect_mock.ids (the mock runs in this process)."""

    def __init__(self, now: float) -> None:
        self.now = now

    def time(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> SteppedClock:
    stepped = SteppedClock(1_800_000_000.0)  # 2027-01-15T08:00:00+00:00
    monkeypatch.setattr(clubcollect_mock.ids, "time", stepped)
    return stepped


def test_a_later_decision_stamps_updated_at(
    anonymous: httpx.Client, control: httpx.Client, clock: SteppedClock
) -> None:
    payment_id = query_of(pay(anonymous, COMPANY_ID, API_KEY, "pending"))["payment_id"]
    clock.now += 90
    moved = control.post(
        f"/companies/{COMPANY_ID}/payments/{payment_id}/result", json={"payment_result": "authorized"}
    ).json()["payment"]
    assert (moved["created_at"], moved["updated_at"]) == (
        "2027-01-15T08:00:00+00:00",
        "2027-01-15T08:01:30+00:00",
    )
    assert status(anonymous, COMPANY_ID, API_KEY, payment_id).json()["updated_at"] == moved["updated_at"]
