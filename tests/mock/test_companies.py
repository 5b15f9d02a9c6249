"""Company endpoints (FACTS 3; DECISIONS A21, A22)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from .conftest import COMPANY_ID


def company(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "HC Example",
        "brand": "knltb",
        "email": "board@example.com",
        "locale": "en",
        "country_code": "GB",
        "currency": "GBP",
        "address1": "Main street",
        "vat_percentage": 21.0,
    }
    body.update(changes)
    return body


def test_create_answers_200_with_every_field(api: httpx.Client) -> None:
    response = api.post("/companies", json=company())
    assert response.status_code == 200
    created = response.json()
    assert len(created["company_id"]) == 40
    assert created["brand"] == "knltb"
    assert created["vat_percentage"] == 21.0
    for optional in ("address2", "house_number", "zipcode", "city", "partnership_page_url"):
        assert created[optional] is None
    assert api.get(f"/companies/{created['company_id']}").json() == created


def test_created_company_takes_imports_in_its_currency(api: httpx.Client) -> None:
    company_id = api.post("/companies", json=company()).json()["company_id"]
    made = api.post("/imports", json={"company_id": company_id}).json()
    assert made["prepaid_amount_currency"] == "GBP"
    assert made["settled_amount_currency"] == "GBP"


def test_update_replaces_the_fields(api: httpx.Client) -> None:
    response = api.put(f"/companies/{COMPANY_ID}", json=company(name="Renamed", currency="CHF"))
    assert response.status_code == 200
    assert response.json()["name"] == "Renamed"
    assert api.get(f"/companies/{COMPANY_ID}").json()["currency"] == "CHF"


def test_update_needs_every_required_field(api: httpx.Client) -> None:
    body = company()
    del body["email"]
    response = api.put(f"/companies/{COMPANY_ID}", json=body)
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})
    assert api.get(f"/companies/{COMPANY_ID}").json()["name"] == "Demo Sports Club"


def test_the_seeded_company_answers_every_field(api: httpx.Client) -> None:
    # What a partner's own company looks like before anyone updates it (tests and examples rely on it).
    assert api.get(f"/companies/{COMPANY_ID}").json() == {
        "company_id": COMPANY_ID,
        "name": "Demo Sports Club",
        "brand": "clubcollect",
        "email": "treasurer@example.com",
        "locale": "nl",
        "country_code": "NL",
        "currency": "EUR",
        "address1": None,
        "address2": None,
        "house_number": None,
        "zipcode": None,
        "city": None,
        "partnership_page_url": None,
        "vat_percentage": None,
    }


def test_show_unknown_uses_plural_key(api: httpx.Client) -> None:
    response = api.get("/companies/" + "0" * 40)
    assert (response.status_code, response.json()) == (404, {"errors": "not_found"})


def test_update_unknown_is_404(api: httpx.Client) -> None:
    response = api.put("/companies/" + "0" * 40, json=company())
    assert (response.status_code, response.json()) == (404, {"error": "not_found"})


@pytest.mark.parametrize(
    "changes",
    [
        {"brand": "other"},
        {"locale": "es"},
        {"country_code": "US"},
        {"currency": "USD"},
        {"name": ""},
        {"name": 5},
        {"vat_percentage": True},
        {"vat_percentage": 101},
        {"vat_percentage": "21"},
        {"address1": "x" * 256},
        {"unknown": 1},
        {"email": "not-an-address"},
        {"email": "treasurer@localhost"},
    ],
)
def test_invalid_company_is_422_and_not_stored(api: httpx.Client, changes: dict[str, Any]) -> None:
    response = api.post("/companies", json=company(**changes))
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})


@pytest.mark.parametrize("field", ["name", "brand", "email", "locale", "country_code", "currency"])
def test_required_company_fields(api: httpx.Client, field: str) -> None:
    body = company()
    del body[field]
    assert api.post("/companies", json=body).status_code == 422


def test_company_write_needs_json_content_type(api: httpx.Client) -> None:
    response = api.post("/companies", content=b"{}", headers={"Content-Type": "text/plain"})
    assert (response.status_code, response.json()) == (422, {"error": "invalid_content_type"})


@pytest.mark.parametrize("vat", [0, 100, 0.0, 100.0])
def test_vat_percentage_bounds_are_accepted(api: httpx.Client, vat: float) -> None:
    response = api.put(f"/companies/{COMPANY_ID}", json=company(vat_percentage=vat))
    assert response.status_code == 200, response.text
    assert api.get(f"/companies/{COMPANY_ID}").json()["vat_percentage"] == vat


def test_company_fields_are_stored_under_their_names(api: httpx.Client) -> None:
    body = company(email="treasurer@example.org", country_code="BE")
    created = api.post("/companies", json=body).json()
    shown = api.get(f"/companies/{created['company_id']}").json()
    for name in ("name", "brand", "email", "locale", "country_code", "currency", "vat_percentage"):
        assert shown[name] == body[name], name
