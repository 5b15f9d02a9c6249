"""Bad input of every kind is refused with a 4xx and an error code, and changes nothing (A4-A14)."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests.api import Api
from contract_tests.factories import invoice_body, lines
from contract_tests.spec import documented_errors, load_raw_spec
from contract_tests.valid_calls import valid_call
from contract_tests.world import new_invoice, open_import

ERRORS = documented_errors(load_raw_spec())
JSON_BODY_OPERATIONS = sorted({e.operation_id for e in ERRORS if e.code == "invalid_json"})
NOT_FOUND = {(e.operation_id): (e.key, e.code) for e in ERRORS if e.status == 404}
# The ticket actions take the JSON content type with no body at all, as the public client sends
# them (B5); OpenAPI cannot describe that, so the spec cannot tell us.
EMPTY_BODY_ACCEPTED = frozenset({"archive_invoice_tickets", "assign_invoice_tickets_to_support"})

NOT_AN_OBJECT = [b"\xff\xfe\x00{", b"[]", b'"text"', b"42", b"null", b""]
NOT_AN_OBJECT_LABELS = ["non-utf8", "array", "string", "number", "null", "empty"]


MALFORMED_BODY_CASES = [
    pytest.param(operation_id, content, id=f"{operation_id}-{label}")
    for operation_id in JSON_BODY_OPERATIONS
    for label, content in zip(NOT_AN_OBJECT_LABELS, NOT_AN_OBJECT, strict=True)
    if content or operation_id not in EMPTY_BODY_ACCEPTED
]


@pytest.mark.parametrize(("operation_id", "content"), MALFORMED_BODY_CASES)
def test_bodies_that_are_not_json_objects_are_400(api: Api, operation_id: str, content: bytes) -> None:
    call = valid_call(api, operation_id)
    exchange = api.call(call.method, call.path, content=content, headers={"Content-Type": "application/json"})
    api.expect_error(exchange, 400, "invalid_json", "malformed-body")  # A5


def _variants(identifier: str) -> list[str]:
    return [identifier.upper(), identifier[:-1], identifier + "0", identifier[:-1] + "g"]


@pytest.mark.parametrize(
    ("operation_id", "path"),
    [
        ("get_invoice", "/invoices/{}"),
        ("list_invoice_lines", "/invoices/{}/lines"),
        ("get_import", "/imports/{}"),
        ("get_company", "/companies/{}"),
    ],
)
def test_malformed_forms_of_real_ids_are_unknown(api: Api, operation_id: str, path: str) -> None:
    invoice = new_invoice(api)
    real = {
        "get_invoice": invoice["invoice_id"],
        "list_invoice_lines": invoice["invoice_id"],
        "get_import": invoice["import_id"],
        "get_company": api.credentials.company_id,
    }[operation_id]
    key, code = NOT_FOUND[operation_id]
    for variant in _variants(real):
        api.expect_error(api.call("GET", path.format(variant)), 404, code, "id-form", key=key)  # A4


def _refused_and_nothing_stored(api: Api, import_id: str, body: dict[str, Any], why: str) -> None:
    exchange = api.call("POST", "/invoices", body=body)
    error = (exchange.json() or {}).get("error") if isinstance(exchange.json(), dict) else None
    api.expect(
        exchange.status == 422 and isinstance(error, str),
        exchange,
        "input-rules",
        f"{why} must be refused (422)",
    )
    stored = api.call("GET", f"/imports/{import_id}")
    api.expect(
        (stored.json() or {}).get("invoice_ids") == [], stored, "input-rules", f"{why}: something was stored"
    )


def _one_line(**line: Any) -> dict[str, Any]:
    base = lines([500])[0]
    base.update(line)
    return {
        "invoice_lines": [base],
        "amount_total_cents": base["amount_cents"] if type(base["amount_cents"]) is int else 0,
    }


BAD_INVOICES: dict[str, dict[str, Any]] = {
    "unknown top-level field (A8)": {"colour": "blue"},
    "unknown customer field (A8)": {
        "customer": {"name": {"last_name": "Doe", "nick": "JD"}, "email": {"email_address": "a@b.nl"}}
    },
    "line sends type (A14)": _one_line(type="INVOICE-LINE"),
    "boolean amount (A7)": _one_line(amount_cents=True),
    "float amount (A7)": _one_line(amount_cents=1.5),
    "amount beyond int32 (A10)": _one_line(amount_cents=2**31),
    "line id over 255 characters (A13)": _one_line(invoice_line_id="x" * 256),
    "reference over 255 characters (A10)": {"reference": "r" * 256},
    "date without offset (A12)": _one_line(date="2026-01-01T10:00:00"),
    "no lines": {"invoice_lines": [], "amount_total_cents": 0},
    "locale not listed (B2)": {"locale": "xx"},
    "string total (A7)": {"amount_total_cents": "9000"},
}


@pytest.mark.parametrize("case", sorted(BAD_INVOICES))
def test_bad_invoices_are_refused_and_change_nothing(api: Api, case: str) -> None:
    import_id = open_import(api)
    _refused_and_nothing_stored(api, import_id, invoice_body(import_id, **BAD_INVOICES[case]), case)


def test_ticket_message_bounds(api: Api) -> None:
    invoice_id = new_invoice(api)["invoice_id"]
    path = f"/invoices/{invoice_id}/tickets"
    api.expect_status(
        api.call("POST", path, body={"message": "m" * 5000}), 200, "ticket-message", "5000 chars (A20)"
    )
    for message in ("m" * 5001, "", 42):
        api.expect_error(
            api.call("POST", path, body={"message": message}), 422, "invalid_message", "ticket-message"
        )
