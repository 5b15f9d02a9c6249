"""Import lifecycle: creation defaults, exact invoice lists, transmission closes, deletion removes."""

from __future__ import annotations

from datetime import datetime

from contract_tests.api import Api
from contract_tests.factories import invoice_body
from contract_tests.world import open_import


def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return parsed.tzinfo is not None  # A12: with an offset


def test_new_import_is_open_and_empty(api: Api) -> None:
    body = {"company_id": api.credentials.company_id, "title": "Fees 2026", "expected_invoices_count": 4}
    exchange = api.call("POST", "/imports", body=body)
    created = api.ok_json(exchange, "create-import")
    expected = {
        "company_id": api.credentials.company_id,
        "title": "Fees 2026",
        "transmitted": False,
        "transmitted_at": None,
        "expected_invoices_count": 4,
        "invoice_ids": [],
    }
    api.expect(
        {key: created.get(key) for key in expected} == expected,
        exchange,
        "create-import",
        "wrong initial state",
    )
    shown = api.call("GET", f"/imports/{created.get('import_id')}")
    api.expect(shown.json() == created, shown, "create-import", "GET differs from the create answer")


def test_import_lists_exactly_its_invoices(api: Api) -> None:
    import_id = open_import(api)
    other = open_import(api)
    made = [api.create_invoice(import_id)["invoice_id"] for _ in range(4)]
    api.create_invoice(other)
    shown = api.call("GET", f"/imports/{import_id}")
    listed = (shown.json() or {}).get("invoice_ids")
    api.expect(
        isinstance(listed, list) and sorted(listed) == sorted(made) and len(listed) == len(made),
        shown,
        "import-invoices",
        "invoice_ids must list exactly the import's invoices, once each",
    )
    for invoice_id in made:
        invoice = api.call("GET", f"/invoices/{invoice_id}")
        api.expect(
            (invoice.json() or {}).get("import_id") == import_id,
            invoice,
            "import-invoices",
            "wrong import_id",
        )


def test_update_import_changes_expected_count(api: Api) -> None:
    import_id = open_import(api)
    exchange = api.call("PUT", f"/imports/{import_id}", body={"expected_invoices_count": 12})
    updated = api.ok_json(exchange, "update-import")
    api.expect(updated.get("expected_invoices_count") == 12, exchange, "update-import", "count not updated")


def test_transmit_closes_the_import(api: Api) -> None:
    import_id = open_import(api)
    invoice = api.create_invoice(import_id)
    api.expect_status(
        api.call("PUT", f"/imports/{import_id}/transmit"), 200, "transmit-import", "first transmit"
    )
    shown = api.call("GET", f"/imports/{import_id}")
    state = shown.json() or {}
    api.expect(
        state.get("transmitted") is True and _is_datetime(state.get("transmitted_at")),
        shown,
        "transmit-import",
        "after transmit: transmitted must be true and transmitted_at a date-time",
    )
    api.expect(state.get("invoice_ids") == [invoice["invoice_id"]], shown, "transmit-import", "invoices lost")
    closed = "import_already_transmitted"
    api.expect_error(api.call("PUT", f"/imports/{import_id}/transmit"), 422, closed, "transmit-import")
    api.expect_error(
        api.call("POST", "/invoices", body=invoice_body(import_id)), 422, closed, "transmit-import"
    )
    api.expect_error(api.call("DELETE", f"/imports/{import_id}"), 422, closed, "transmit-import")
    api.expect_error(
        api.call("PUT", f"/imports/{import_id}", body={"expected_invoices_count": 2}),
        422,
        closed,
        "transmit-import",
    )
    api.expect_error(
        api.call("DELETE", f"/invoices/{invoice['invoice_id']}"),
        422,
        "invoice_already_transmitted",
        "transmit-import",
    )
    # A15: recipient data may still change after transmission.
    update = api.call(
        "PUT",
        f"/invoices/{invoice['invoice_id']}",
        body={"external_invoice_number": invoice["external_invoice_number"], "reference": "after transmit"},
    )
    api.expect_status(
        update, 200, "transmit-import", "updating an invoice after transmission is allowed (A15)"
    )
    final = api.call("GET", f"/imports/{import_id}")
    api.expect(final.json() == {**state}, final, "transmit-import", "refused calls changed the import")


def test_deleted_import_takes_its_invoices(api: Api) -> None:
    import_id = open_import(api)
    invoices = [api.create_invoice(import_id)["invoice_id"] for _ in range(2)]
    api.expect_status(
        api.call("DELETE", f"/imports/{import_id}"), 204, "delete-import", "deleting an open import"
    )
    api.expect_error(
        api.call("GET", f"/imports/{import_id}"), 404, "invalid_import_id", "delete-import", key="errors"
    )
    for invoice_id in invoices:
        api.expect_error(
            api.call("GET", f"/invoices/{invoice_id}"), 404, "invalid_invoice_id", "delete-import"
        )
    listed = api.call("GET", f"/companies/{api.credentials.company_id}/imports", params={"page_size": 100})
    pages = [listed]
    total_pages = ((listed.json() or {}).get("page") or {}).get("total_pages") or 1
    for number in range(2, int(total_pages) + 1):
        pages.append(
            api.call(
                "GET",
                f"/companies/{api.credentials.company_id}/imports",
                params={"page_size": 100, "page_number": number},
            )
        )
    ids = [item.get("import_id") for page in pages for item in (page.json() or {}).get("imports") or []]
    api.expect(
        import_id not in ids, listed, "delete-import", "the company list still shows the deleted import"
    )
    api.expect_error(api.call("DELETE", f"/imports/{import_id}"), 404, "invalid_import_id", "delete-import")
