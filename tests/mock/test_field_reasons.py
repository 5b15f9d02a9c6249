"""The reasons the shared field readers give (X-Mock-Reason), at the edges where two could apply."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .conftest import COMPANY_ID, invoice_body

pytestmark = pytest.mark.mock_control
NewImport = Callable[..., dict[str, Any]]
COMPANY = {
    "name": "HC Example",
    "brand": "knltb",
    "email": "board@example.com",
    "locale": "en",
    "country_code": "GB",
    "currency": "GBP",
}


def test_an_address_that_is_no_e_mail_says_so(api: httpx.Client) -> None:
    response = api.put(f"/companies/{COMPANY_ID}", json={**COMPANY, "email": "board.example.com"})
    assert (response.status_code, response.json()) == (422, {"error": "invalid_request"})
    assert response.headers["x-mock-reason"] == "email: not an e-mail address (expected something@domain.tld)"


def test_a_lone_surrogate_at_the_length_limit_is_named_as_such(
    api: httpx.Client, new_import: NewImport
) -> None:
    body = invoice_body(new_import()["import_id"], reference="x" * 254 + "\ud800")  # 255 characters
    # json.dumps writes the surrogate as a \ud800 escape, as a JSON text can carry it.
    response = api.post("/invoices", content=json.dumps(body), headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.headers["x-mock-reason"] == "reference: not Unicode text (a lone surrogate escape)"


def test_text_beyond_ascii_is_text(api: httpx.Client, new_import: NewImport) -> None:
    body = invoice_body(new_import()["import_id"], reference="Zoë, 日本")
    response = api.post("/invoices", json=body)
    assert response.status_code == 200, response.text
    assert response.json()["reference"] == "Zoë, 日本"
