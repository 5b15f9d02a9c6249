"""Request shapes the one public client sends (FACTS 6a) beyond null fields: locale case, the
address extension, its headers on every call, query-key auth and body-less writes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from .conftest import API_KEY, COMPANY_ID, client, invoice_body

NewImport = Callable[..., dict[str, Any]]
NewInvoice = Callable[..., dict[str, Any]]
PHP_HEADERS = {"Accept": "application/json", "Content-Type": "application/json"}


@pytest.mark.parametrize("sent", ["NL", "nl", "Nl", "nL"])
def test_invoice_locale_in_any_case_is_stored_in_lower_case(
    api: httpx.Client, new_import: NewImport, sent: str
) -> None:
    created = api.post("/invoices", json=invoice_body(new_import()["import_id"], locale=sent))
    assert (created.status_code, created.json()["locale"]) == (200, "nl")
    invoice_id = created.json()["invoice_id"]
    assert api.get(f"/invoices/{invoice_id}").json()["locale"] == "nl"
    german = {"NL": "DE", "nl": "de", "Nl": "De", "nL": "dE"}[sent]
    updated = api.put(
        f"/invoices/{invoice_id}", json={"external_invoice_number": "2024-001", "locale": german}
    )
    assert (updated.status_code, updated.json()["locale"]) == (200, "de")
    assert api.get(f"/invoices/{invoice_id}").json()["locale"] == "de"


@pytest.mark.parametrize("sent", ["xx", "NLD", "", " nl", "nl-NL", 1])
def test_unknown_invoice_locale_is_invalid_request_and_stores_nothing(
    api: httpx.Client, new_invoice: NewInvoice, sent: Any
) -> None:
    invoice = new_invoice(locale="fr")
    created = api.post("/invoices", json=invoice_body(invoice["import_id"], locale=sent))
    assert (created.status_code, created.json()) == (422, {"error": "invalid_request"})
    updated = api.put(
        f"/invoices/{invoice['invoice_id']}", json={"external_invoice_number": "E", "locale": sent}
    )
    assert (updated.status_code, updated.json()) == (422, {"error": "invalid_request"})
    assert api.get(f"/imports/{invoice['import_id']}").json()["invoice_ids"] == [invoice["invoice_id"]]
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == invoice


def _company(locale: str) -> dict[str, Any]:
    return {
        "name": "HC Example",
        "brand": "knltb",
        "email": "board@example.com",
        "locale": locale,
        "country_code": "GB",
        "currency": "GBP",
    }


def test_company_locale_in_any_case_is_stored_in_lower_case(api: httpx.Client) -> None:
    created = api.post("/companies", json=_company("EN"))
    assert (created.status_code, created.json()["locale"]) == (200, "en")
    path = f"/companies/{created.json()['company_id']}"
    assert api.put(path, json=_company("It")).json()["locale"] == "it"
    assert api.get(path).json()["locale"] == "it"
    refused = api.put(path, json=_company("ITA"))
    assert (refused.status_code, refused.json()) == (422, {"error": "invalid_request"})
    assert api.get(path).json()["locale"] == "it"


def test_house_number_extension_round_trips(api: httpx.Client, new_import: NewImport) -> None:
    address = {
        "address1": "Dorpsstraat",
        "house_number": "12",
        "house_number_extension": "bis",
        "city": "Utrecht",
    }
    body = invoice_body(
        new_import()["import_id"], customer={"name": {"last_name": "Doe"}, "address": address}
    )
    created = api.post("/invoices", json=body)
    assert created.status_code == 200, created.text
    invoice = created.json()
    assert invoice["customer"]["address"]["house_number_extension"] == "bis"
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == invoice
    updated = api.put(
        f"/invoices/{invoice['invoice_id']}",
        json={
            "external_invoice_number": "2024-001",
            "customer": {"address": {"house_number_extension": "A"}},
        },
    )
    assert updated.status_code == 200, updated.text
    assert updated.json()["customer"]["address"] == {
        **invoice["customer"]["address"],
        "house_number_extension": "A",
    }
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == updated.json()


@pytest.fixture
def query_key_client(root_url: str, control: httpx.Client) -> Iterator[httpx.Client]:
    """A client like the PHP library's: the key only in ``?api_key=``, JSON headers on every call."""
    with client(root_url + "/api/v2", **PHP_HEADERS) as made:
        made.params = made.params.set("api_key", API_KEY)
        yield made


def test_every_kind_of_call_works_with_the_php_headers_and_query_key(
    query_key_client: httpx.Client, new_invoice: NewInvoice
) -> None:
    php = query_key_client
    invoice = new_invoice()
    invoice_id, import_id = invoice["invoice_id"], invoice["import_id"]
    assert "authorization" not in php.headers
    # GET with a JSON content type and no body.
    assert php.get(f"/companies/{COMPANY_ID}").json()["company_id"] == COMPANY_ID
    assert php.get(f"/invoices/{invoice_id}").json() == invoice
    assert (
        php.get(f"/companies/{COMPANY_ID}/imports", params={"page_number": 1}).json()["page"]["total_entries"]
        == 1
    )
    assert php.get(f"/invoices/{invoice_id}/tickets").json() == {"tickets": []}
    # POST without a body: the ticket actions.
    for action in ("assign_to_support", "archive"):
        response = php.post(f"/invoices/{invoice_id}/tickets/actions/{action}")
        assert (response.status_code, response.content) == (204, b"")
    # DELETE with a JSON content type and no body.
    other = new_invoice(import_id)
    deleted = php.delete(f"/invoices/{other['invoice_id']}")
    assert (deleted.status_code, deleted.content) == (204, b"")
    # PUT without a body: transmit, answered with the Import.
    transmitted = php.put(f"/imports/{import_id}/transmit")
    assert transmitted.status_code == 200
    assert transmitted.json()["transmitted"] is True
    assert transmitted.json()["invoice_ids"] == [invoice_id]
    empty_import = php.post(
        "/imports", json={"title": "t", "company_id": COMPANY_ID, "expected_invoices_count": None}
    )
    gone = php.delete(f"/imports/{empty_import.json()['import_id']}")
    assert (gone.status_code, gone.content) == (204, b"")


def test_transmit_ignores_any_body_and_content_type(api: httpx.Client, new_import: NewImport) -> None:
    import_id = new_import()["import_id"]
    response = api.put(
        f"/imports/{import_id}/transmit", content=b"not json", headers={"Content-Type": "text/plain"}
    )
    assert (response.status_code, response.json()["transmitted"]) == (200, True)
