"""Set-up helpers for rule tests: fresh companies, imports and invoices through the real API."""

from __future__ import annotations

import secrets
from typing import Any

from contract_tests.api import Api
from contract_tests.factories import invoice_body


def random_id() -> str:
    """A well-formed id (A4) that no server has handed out."""
    return secrets.token_hex(20)


def company_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": f"Club {secrets.token_hex(3)}",
        "brand": "clubcollect",
        "email": "treasurer@example.com",
        "locale": "nl",
        "country_code": "NL",
        "currency": "EUR",
    }
    body.update(overrides)
    return body


def fresh_company(api: Api) -> str:
    """A company of our own with nothing in it (for exact list and pagination checks)."""
    exchange = api.call("POST", "/companies", body=company_body())
    company_id = api.ok_json(exchange, "create-company").get("company_id")
    api.expect(isinstance(company_id, str), exchange, "create-company", "created company has no company_id")
    return str(company_id)


def open_import(api: Api, company_id: str | None = None) -> str:
    return str(api.create_import(company_id)["import_id"])


def new_invoice(api: Api, import_id: str | None = None, **overrides: Any) -> dict[str, Any]:
    return api.create_invoice(import_id or open_import(api), **overrides)


def transmitted_import(api: Api) -> str:
    import_id = open_import(api)
    exchange = api.call("PUT", f"/imports/{import_id}/transmit")
    api.expect_status(exchange, 200, "transmit-import", "transmitting an open import")
    return import_id


def invoice_in_transmitted_import(api: Api) -> dict[str, Any]:
    import_id = open_import(api)
    invoice = new_invoice(api, import_id)
    api.expect_status(api.call("PUT", f"/imports/{import_id}/transmit"), 200, "transmit-import", "transmit")
    return invoice


def create_invoice_raw(api: Api, import_id: str, **overrides: Any) -> Any:
    return api.call("POST", "/invoices", body=invoice_body(import_id, **overrides))
