"""Authentication (DECISIONS A1, A2), partner isolation (A3) and id form (A4)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import API_KEY, COMPANY_ID, invoice_body

UNAUTHORIZED = {"error": "unauthorized"}


def test_header_key_is_accepted(api: httpx.Client) -> None:
    assert api.get(f"/companies/{COMPANY_ID}").status_code == 200


def test_deprecated_query_key_is_accepted(anonymous: httpx.Client) -> None:
    response = anonymous.get(f"/companies/{COMPANY_ID}", params={"api_key": API_KEY})
    assert response.status_code == 200


# The key is added in the test: in a parameter it would be in the test's id, which differs between
# pytest-xdist's workers (the key is random) and shows the key in every report.
@pytest.mark.parametrize("scheme", ["apikey ", "APIKEY ", "ApiKey   "])
def test_the_scheme_may_be_in_any_letter_case_and_spaced_from_the_key(
    anonymous: httpx.Client, scheme: str
) -> None:
    # An authentication scheme is case-insensitive (RFC 9110, 11.1); the key is read without the
    # spaces around it.
    response = anonymous.get(f"/companies/{COMPANY_ID}", headers={"Authorization": scheme + API_KEY})
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "ApiKey wrong"},
        {"Authorization": f"Bearer {API_KEY}"},
        {"Authorization": "ApiKey"},
        {"Authorization": API_KEY},
    ],
    ids=["missing", "unknown", "other-scheme", "empty", "no-scheme"],
)
def test_missing_malformed_or_unknown_key_is_401(anonymous: httpx.Client, headers: dict[str, str]) -> None:
    response = anonymous.get(f"/companies/{COMPANY_ID}", headers=headers)
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED


def test_wrong_header_wins_over_right_query_key(anonymous: httpx.Client) -> None:
    response = anonymous.get(
        f"/companies/{COMPANY_ID}", params={"api_key": API_KEY}, headers={"Authorization": "ApiKey nope"}
    )
    assert response.status_code == 401


def test_unknown_query_key_is_401(anonymous: httpx.Client) -> None:
    response = anonymous.get(f"/companies/{COMPANY_ID}", params={"api_key": "nope"})
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/imports"),
        ("POST", "/invoices"),
        ("POST", "/companies"),
        ("GET", "/invoices/" + "a" * 40),
        ("DELETE", "/imports/" + "a" * 40),
        ("GET", "/companies/{company}/tickets/answered"),
    ],
)
def test_every_operation_requires_a_key(anonymous: httpx.Client, method: str, path: str) -> None:
    response = anonymous.request(method, path.format(company=COMPANY_ID), json={})
    assert response.status_code == 401
    assert response.json() == UNAUTHORIZED


def test_other_partner_sees_nothing_of_ours(
    api: httpx.Client,
    other_partner: tuple[httpx.Client, str],
    new_invoice: Callable[..., dict[str, Any]],
) -> None:
    other, _ = other_partner
    invoice = new_invoice()
    invoice_id, import_id = invoice["invoice_id"], invoice["import_id"]
    expectations = [
        ("GET", f"/companies/{COMPANY_ID}", 404, {"errors": "not_found"}),
        ("GET", f"/companies/{COMPANY_ID}/imports", 404, {"error": "not_found"}),
        ("GET", f"/companies/{COMPANY_ID}/tickets/answered", 404, {"error": "not_found"}),
        ("GET", f"/imports/{import_id}", 404, {"errors": "invalid_import_id"}),
        ("PUT", f"/imports/{import_id}/transmit", 404, {"error": "invalid_import_id"}),
        ("DELETE", f"/imports/{import_id}", 404, {"error": "invalid_import_id"}),
        ("GET", f"/invoices/{invoice_id}", 404, {"error": "invalid_invoice_id"}),
        ("GET", f"/invoices/{invoice_id}/lines", 404, {"error": "invalid_invoice_id"}),
        ("GET", f"/invoices/{invoice_id}/tickets", 404, {"error": "invalid_invoice_id"}),
        ("DELETE", f"/invoices/{invoice_id}", 404, {"error": "invalid_invoice_id"}),
    ]
    for method, path, status, body in expectations:
        response = other.request(method, path)
        assert (response.status_code, response.json()) == (status, body), (method, path)
    # Writing into our import with the other key is refused as an unknown import.
    response = other.post("/invoices", json=invoice_body(import_id))
    assert response.json() == {"error": "invalid_import_id"}
    response = other.post("/imports", json={"company_id": COMPANY_ID})
    assert response.json() == {"error": "invalid_company_id"}
    # And all of it is still ours, untouched.
    assert api.get(f"/invoices/{invoice_id}").status_code == 200
    assert api.get(f"/imports/{import_id}").json()["invoice_ids"] == [invoice_id]


@pytest.mark.parametrize("bad_id", ["abc", "A" * 40, "g" * 40, "a" * 41, "a" * 39])
def test_ids_of_another_form_are_unknown(api: httpx.Client, bad_id: str) -> None:
    assert api.get(f"/invoices/{bad_id}").json() == {"error": "invalid_invoice_id"}
    assert api.get(f"/imports/{bad_id}").json() == {"errors": "invalid_import_id"}
    assert api.get(f"/companies/{bad_id}").json() == {"errors": "not_found"}


def test_created_ids_are_40_lowercase_hex(new_invoice: Callable[..., dict[str, Any]]) -> None:
    invoice = new_invoice()
    for value in (
        invoice["invoice_id"],
        invoice["import_id"],
        invoice["invoice_lines"][0]["invoice_line_id"],
    ):
        assert len(value) == 40
        assert set(value) <= set("0123456789abcdef")
