"""Invoice rules from the docs and DECISIONS part A, as hypothesis properties over real HTTP."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from contract_tests.api import Api
from contract_tests.factories import VALID_IBAN, amounts, contacts, customer, invoice_body, lines
from contract_tests.triggers import CONTACT_CODES
from contract_tests.world import open_import


def _line_type(amount: int) -> str:
    return "INVOICE-LINE" if amount >= 0 else "CREDIT-LINE"  # A14


@given(amounts=amounts, delta=st.one_of(st.just(0), st.integers(min_value=-5000, max_value=5000)))
def test_total_must_equal_sum_of_lines(api: Api, amounts: list[int], delta: int) -> None:
    import_id = open_import(api)
    body = invoice_body(import_id, amounts)
    body["amount_total_cents"] = sum(amounts) + delta
    exchange = api.call("POST", "/invoices", body=body)
    if delta:
        api.expect_error(exchange, 422, "invalid_amount_total_cents", "invoice-total")
        stored = api.call("GET", f"/imports/{import_id}").json() or {}
        api.expect(stored.get("invoice_ids") == [], exchange, "invoice-total", "a refused invoice was stored")
        return
    invoice = api.ok_json(exchange, "invoice-total")
    api.expect(
        invoice.get("amount_total_cents") == sum(amounts), exchange, "invoice-total", "total not echoed"
    )
    sent = body["invoice_lines"]
    got = invoice.get("invoice_lines") or []
    api.expect(
        [(line.get("invoice_line_id"), line.get("amount_cents"), line.get("type")) for line in got]
        == [
            (line["invoice_line_id"], line["amount_cents"], _line_type(line["amount_cents"])) for line in sent
        ],
        exchange,
        "invoice-lines",
        "stored lines differ from the sent ones (ids, amounts in order, type per A14)",
    )


@given(contact=contacts)
def test_contact_rule(api: Api, contact: dict[str, bool]) -> None:
    body = invoice_body(open_import(api), customer=customer(**contact))
    exchange = api.call("POST", "/invoices", body=body)
    if any(contact.values()):
        api.expect_status(exchange, 200, "contact-rule", f"a customer with {contact} is reachable")
        return
    error = (exchange.json() or {}).get("error") if isinstance(exchange.json(), dict) else None
    api.expect(
        exchange.status == 422 and error in CONTACT_CODES,
        exchange,
        "contact-rule",
        f"a customer without email, phone or address must be refused with a contact code, got {error!r}",
    )


def test_invalid_iban_is_dropped_valid_kept(api: Api) -> None:
    import_id = open_import(api)
    kept = api.create_invoice(import_id, direct_debit_iban=VALID_IBAN)
    dropped_exchange = api.call(
        "POST", "/invoices", body=invoice_body(import_id, direct_debit_iban="NL00ABNA0417164300")
    )
    dropped = api.ok_json(dropped_exchange, "iban")
    api.expect(
        dropped.get("direct_debit_iban") is None,
        dropped_exchange,
        "iban",
        "an invalid IBAN must be dropped (A17)",
    )
    shown = api.call("GET", f"/invoices/{kept['invoice_id']}")
    api.expect(
        (shown.json() or {}).get("direct_debit_iban") == VALID_IBAN, shown, "iban", "a valid IBAN is kept"
    )


def test_line_ids_are_unique_per_partner(api: Api) -> None:
    first = api.create_invoice(open_import(api))
    reused = first["invoice_lines"][0]["invoice_line_id"]
    again = lines([300])
    again[0]["invoice_line_id"] = reused
    exchange = api.call(
        "POST", "/invoices", body=invoice_body(open_import(api), invoice_lines=again, amount_total_cents=300)
    )
    api.expect_error(exchange, 422, "duplicate_invoice_line_id", "duplicate-line-id")


def test_lines_without_id_get_a_server_id(api: Api) -> None:
    body = invoice_body(open_import(api))
    for line in body["invoice_lines"]:
        del line["invoice_line_id"]
    exchange = api.call("POST", "/invoices", body=body)
    invoice = api.ok_json(exchange, "line-ids")
    ids = [line.get("invoice_line_id") for line in invoice.get("invoice_lines") or []]
    api.expect(
        all(isinstance(value, str) and value for value in ids) and len(set(ids)) == len(ids),
        exchange,
        "line-ids",
        "every line needs a distinct server-made id",
    )


def test_update_changes_recipient_fields_only(api: Api) -> None:
    invoice = api.create_invoice(open_import(api))
    invoice_id = invoice["invoice_id"]
    update = {
        "external_invoice_number": invoice["external_invoice_number"],
        "reference": "updated-ref",
        "customer": customer(email=False, phone=True),
    }
    exchange = api.call("PUT", f"/invoices/{invoice_id}", body=update)
    api.ok_json(exchange, "update-invoice")
    shown = api.call("GET", f"/invoices/{invoice_id}")
    after = shown.json() or {}
    api.expect(after.get("reference") == "updated-ref", shown, "update-invoice", "reference not updated")
    api.expect(
        (after.get("customer") or {}).get("phone", {}).get("phone_number") == "0612345678",
        shown,
        "update-invoice",
        "customer phone not updated",
    )
    api.expect(
        after.get("invoice_lines") == invoice.get("invoice_lines")
        and after.get("amount_total_cents") == invoice.get("amount_total_cents"),
        shown,
        "update-invoice",
        "an update changed the lines or the total",
    )
    refused = api.call(
        "PUT",
        f"/invoices/{invoice_id}",
        body={"external_invoice_number": invoice["external_invoice_number"], "invoice_lines": lines([5])},
    )
    api.expect_error(refused, 422, "invalid_request", "update-invoice")


@given(amounts=amounts, transmit=st.booleans())
def test_credit_and_retract(api: Api, amounts: list[int], transmit: bool) -> None:
    import_id = open_import(api)
    invoice = api.create_invoice(import_id, amounts=amounts)
    invoice_id = invoice["invoice_id"]
    if transmit:
        api.expect_status(
            api.call("PUT", f"/imports/{import_id}/transmit"), 200, "transmit-import", "transmit"
        )
    body = {
        "external_invoice_number": "CR-9",
        "description": "Credit everything",
        "retraction_reason": "Paid in cash",
        "show_retraction_reason_to_customer": True,
    }
    exchange = api.call("POST", f"/invoices/{invoice_id}/credit_and_retract", body=body)
    credited: dict[str, Any] = api.ok_json(exchange, "credit-and-retract")
    before = invoice.get("invoice_lines") or []
    after = credited.get("invoice_lines") or []
    api.expect(credited.get("amount_total_cents") == 0, exchange, "credit-and-retract", "total must become 0")
    api.expect(
        len(after) == len(before) + 1, exchange, "credit-and-retract", "exactly one line must be added"
    )
    if after:
        api.expect(
            after[-1].get("amount_cents") == -sum(amounts),
            exchange,
            "credit-and-retract",
            "the added line must credit the whole outstanding amount",
        )
    api.expect(
        isinstance(credited.get("retracted_at"), str)
        and credited.get("retraction_reason") == "Paid in cash"
        and credited.get("show_retraction_reason_to_customer") is True,
        exchange,
        "credit-and-retract",
        "retraction fields not set",
    )
    again = api.call("POST", f"/invoices/{invoice_id}/credit_and_retract", body=body)
    api.expect_error(again, 422, "already_retracted", "credit-and-retract")
    shown = api.call("GET", f"/invoices/{invoice_id}")
    api.expect(shown.json() == credited, shown, "credit-and-retract", "GET differs from the credit answer")


@given(amounts=amounts)
def test_lines_endpoint_matches_invoice(api: Api, amounts: list[int]) -> None:
    invoice = api.create_invoice(open_import(api), amounts=amounts)
    exchange = api.call("GET", f"/invoices/{invoice['invoice_id']}/lines")
    listed = api.ok_json(exchange, "lines-consistent")
    expected = {
        "import_id": invoice.get("import_id"),
        "invoice_id": invoice.get("invoice_id"),
        "invoice_lines": invoice.get("invoice_lines"),
        "amount_total_cents": invoice.get("amount_total_cents"),
    }
    api.expect(
        {key: listed.get(key) for key in expected} == expected,
        exchange,
        "lines-consistent",
        "the lines endpoint disagrees with the invoice",
    )


def test_deleted_invoice_is_gone(api: Api) -> None:
    import_id = open_import(api)
    keep = api.create_invoice(import_id)
    gone = api.create_invoice(import_id)
    deleted = api.call("DELETE", f"/invoices/{gone['invoice_id']}")
    api.expect_status(deleted, 204, "delete-invoice", "deleting an invoice of an open import")
    for path in (f"/invoices/{gone['invoice_id']}", f"/invoices/{gone['invoice_id']}/lines"):
        api.expect_error(api.call("GET", path), 404, "invalid_invoice_id", "delete-invoice")
    shown = api.call("GET", f"/imports/{import_id}")
    api.expect(
        (shown.json() or {}).get("invoice_ids") == [keep["invoice_id"]],
        shown,
        "delete-invoice",
        "the import still lists the deleted invoice",
    )
    api.expect_error(
        api.call("DELETE", f"/invoices/{gone['invoice_id']}"), 404, "invalid_invoice_id", "delete-invoice"
    )
