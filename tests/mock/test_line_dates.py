"""Invoice line dates: RFC 3339 with an offset in, one normal form out (DECISIONS A12).

The mock remembers the dates it has normalised (invoices share few), so a date one test sent is
answered from memory the next time in the same process. Each test here sends dates made up at
random, so the reading and normalising itself is what answers.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import invoice_body

pytestmark = pytest.mark.mock_control
NewImport = Callable[..., dict[str, Any]]
WANTED = "expected an RFC 3339 date-time with an offset (2026-01-31T12:00:00+01:00)"
NOT_REAL = "not a real date or time (day or hour out of range)"


def fresh_moment() -> tuple[str, str, str, str, str]:
    """Year, month-day, hour, minute-second and microseconds no other test sends."""
    year = str(2100 + secrets.randbelow(800))
    day = f"{1 + secrets.randbelow(12):02}-{1 + secrets.randbelow(28):02}"
    hour = f"{secrets.randbelow(24):02}"
    minute_second = f"{secrets.randbelow(60):02}:{secrets.randbelow(60):02}"
    micro = f"{1 + secrets.randbelow(999_999):06}"
    return year, day, hour, minute_second, micro


def post_dates(api: httpx.Client, import_id: str, *dates: Any) -> httpx.Response:
    body = invoice_body(import_id, amounts=tuple(100 for _ in dates))
    for line, date in zip(body["invoice_lines"], dates, strict=True):
        line["date"] = date
    return api.post("/invoices", json=body)


def test_fresh_dates_come_back_in_one_normal_form(api: httpx.Client, new_import: NewImport) -> None:
    year, day, hour, minute_second, micro = fresh_moment()
    base = f"{year}-{day}"
    given = [
        f"{base}t{hour}:{minute_second}.{micro}z",  # lower-case separator and zone
        f"{base}T{hour}:{minute_second}Z",
        f"{base}T{hour}:{minute_second}.{micro}+05:30",
        f"{base}T{hour}:{minute_second}-00:00",
    ]
    response = post_dates(api, new_import()["import_id"], *given)
    assert response.status_code == 200, response.text
    assert [line["date"] for line in response.json()["invoice_lines"]] == [
        f"{base}T{hour}:{minute_second}.{micro}+00:00",
        f"{base}T{hour}:{minute_second}+00:00",
        f"{base}T{hour}:{minute_second}.{micro}+05:30",
        f"{base}T{hour}:{minute_second}+00:00",
    ]
    shown = api.get(f"/invoices/{response.json()['invoice_id']}").json()
    assert [line["date"] for line in shown["invoice_lines"]] == [
        line["date"] for line in response.json()["invoice_lines"]
    ]


@pytest.mark.parametrize(
    ("date", "reason"),
    [
        ("{year}-02-30T12:00:00Z", NOT_REAL),
        ("{year}-01-01T24:00:00+01:00", NOT_REAL),
        ("{year}-01-01 12:00:00Z", WANTED),
        ("{year}-01-01T12:00:00", WANTED),
        (
            "{year}-01-01T12:00:00.1234567890Z",
            WANTED,
        ),
    ],
    ids=["february-30", "hour-24", "space", "no-offset", "ten-fraction-digits"],
)
def test_a_date_that_is_not_one_is_refused_with_its_reason(
    api: httpx.Client, new_import: NewImport, date: str, reason: str
) -> None:
    year = fresh_moment()[0]
    response = post_dates(api, new_import()["import_id"], "2024-01-01T00:00:00Z", date.format(year=year))
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})
    assert response.headers["x-mock-reason"] == f"invoice_lines[1].date: {reason}"


def test_a_date_that_is_no_string_names_its_type(api: httpx.Client, new_import: NewImport) -> None:
    response = post_dates(api, new_import()["import_id"], 20240101)
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})
    assert response.headers["x-mock-reason"] == (
        "invoice_lines[0].date: expected an RFC 3339 date-time with an offset "
        "(2026-01-31T12:00:00+01:00), got an integer"
    )
