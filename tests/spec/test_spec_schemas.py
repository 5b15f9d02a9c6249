"""Schemas: complete enums, closed requests, open responses, and the error-code convention."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

ID_PATTERN = "^[0-9a-f]{40}$"
RESPONSE_LINE_TYPES = [
    "INVOICE-LINE",
    "CREDIT-LINE",
    "PAYMENT-LINE",
    "CHARGEBACK-LINE",
    "CHARGEBACK-FEE-LINE",
    "CHARGEBACK-FEE-PAYMENT-LINE",
    "LATE-PAYMENT-FEE-LINE",
    "LATE-PAYMENT-FEE-PAYMENT-LINE",
    "INSTALLMENT-FEE-LINE",
    "INSTALLMENT-FEE-PAYMENT-LINE",
]
TABLE_LINE_TYPES = [
    "INVOICE-LINE",
    "INSTALLMENT-FEE",
    "CHARGEBACK-FEE",
    "LATE-PAYMENT-FEE",
    "PAYMENT",
    "JEUGDFONDS",
    "PAYMENT-INSTALLMENT-FEE",
    "PAYMENT-CHARGEBACK-FEE",
    "PAYMENT-LATE-PAYMENT-FEE",
    "PAYMENT-PENALTY-FEE",
    "CHARGEBACK",
    "CHARGEBACK-INSTALLMENT-FEE",
    "CHARGEBACK-LATE-PAYMENT-FEE",
    "CHARGEBACK-CHARGEBACK-FEE",
    "CHARGEBACK-PENALTY-FEE",
    "CREDIT-LINE",
    "CREDIT-CHARGEBACK-FEE",
    "CREDIT-INSTALLMENT-FEE",
    "CREDIT-LATE-PAYMENT-FEE",
    "CREDIT-PENALTY-FEE",
]
ENUMS = {
    "LineSubtype": ["DONATION", "donation", "SURCHARGE", "ADMINISTRATIVE_FEE", "jsf"],
    "PaymentMethod": [
        "ideal",
        "sdd",
        "bank_transfer",
        "credit_card",
        "bancontact",
        "bacs",
        "sofort",
        "paypal",
        "external",
    ],
    "MessageType": ["EMAIL", "SMS", "LETTER"],
    "TicketSender": ["CUSTOMER", "COMPANY"],
    "TicketStatus": ["unanswered", "answered", "archived"],
    "Currency": ["EUR", "GBP", "CHF"],
    "Locale": ["de", "en", "fr", "it", "nl"],
    "Brand": ["clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"],
    "CompanyCountryCode": ["AT", "BE", "CH", "DE", "GB", "IE", "NL"],
}
REQUEST_SCHEMAS = [
    "CompanyRequest",
    "CreateImportRequest",
    "UpdateImportRequest",
    "CreateInvoiceRequest",
    "UpdateInvoiceRequest",
    "CreditAndRetractRequest",
    "CreateTicketRequest",
]
RESPONSE_SCHEMAS = [
    "Company",
    "Import",
    "CompanyImportsPage",
    "Invoice",
    "InvoiceLines",
    "InvoiceTickets",
    "Ticket",
    "CompanyTicketsPage",
    "Notification",
]
CREATE_INVOICE_422 = [
    "invalid_import_id",
    "invalid_external_invoice_number",
    "invalid_customer_last_name",
    "invalid_customer_email",
    "invalid_customer_phone",
    "invalid_customer_address",
    "invalid_amount_total_cents",
    "duplicate_invoice_line_id",
    "invalid_content_type",
    "import_already_transmitted",
    "invalid_request",
]


def referenced_objects(schemas: dict[str, Any], name: str, seen: set[str] | None = None) -> Iterator[str]:
    """``name`` and every object schema reachable from it through $refs."""
    seen = set() if seen is None else seen
    if name in seen:
        return
    seen.add(name)
    if schemas[name].get("type") == "object":
        yield name

    def refs(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                yield ref.rsplit("/", 1)[1]
            for value in node.values():
                yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    for target in refs(schemas[name]):
        yield from referenced_objects(schemas, target, seen)


def test_line_type_holds_both_vocabularies(schemas: dict[str, Any]) -> None:
    values = schemas["LineType"]["enum"]
    assert len(values) == len(set(values))
    assert set(values) == set(RESPONSE_LINE_TYPES) | set(TABLE_LINE_TYPES)
    # INVOICE-LINE and CREDIT-LINE occur in both lists: 10 + 20 names, 28 values.
    assert len(values) == 28


@pytest.mark.parametrize("name", sorted(ENUMS))
def test_enum_is_complete_and_typed(schemas: dict[str, Any], name: str) -> None:
    assert schemas[name]["type"] == "string"
    assert schemas[name]["enum"] == ENUMS[name]


def test_donation_spellings_get_distinct_generated_names(schemas: dict[str, Any]) -> None:
    subtype = schemas["LineSubtype"]
    names = subtype["x-enum-varnames"]
    assert len(names) == len(subtype["enum"]) == len(set(names))
    assert dict(zip(subtype["enum"], names, strict=True))["donation"] == "DONATION_LOWERCASE"


@pytest.mark.parametrize("name", REQUEST_SCHEMAS)
def test_request_bodies_are_closed_all_the_way_down(schemas: dict[str, Any], name: str) -> None:
    for reached in referenced_objects(schemas, name):
        assert schemas[reached].get("additionalProperties") is False, reached


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_response_bodies_stay_open(schemas: dict[str, Any], name: str) -> None:
    for reached in referenced_objects(schemas, name):
        assert "additionalProperties" not in schemas[reached], reached


def test_response_enums_are_open_and_marked(schemas: dict[str, Any]) -> None:
    line = schemas["InvoiceLine"]["properties"]
    assert line["type"] == {
        "x-open-enum": True,
        "anyOf": [{"$ref": "#/components/schemas/LineType"}, {"type": "string"}],
    }
    assert {"type": "null"} in line["subtype"]["anyOf"]
    assert line["payment_method"]["x-open-enum"] is True


def test_request_enums_are_closed(schemas: dict[str, Any]) -> None:
    company = schemas["CompanyRequest"]["properties"]
    assert company["brand"] == {"$ref": "#/components/schemas/Brand"}
    # Locales: the documented codes, plus the same codes in upper case, tolerated (C27, B7).
    assert company["locale"] == {"$ref": "#/components/schemas/LocaleRequest"}
    first, upper = schemas["LocaleRequest"]["anyOf"]
    assert first == {"$ref": "#/components/schemas/Locale"}
    assert upper["enum"] == [code.upper() for code in schemas["Locale"]["enum"]]
    assert upper["x-tolerated"] == "C27"
    for request in ("CreateInvoiceRequest", "UpdateInvoiceRequest"):
        assert schemas[request]["properties"]["locale"]["anyOf"] == [
            {"$ref": "#/components/schemas/LocaleRequest"},
            {"type": "null"},
        ]


def test_optional_request_fields_accept_null(schemas: dict[str, Any]) -> None:
    """B6: null is "not given" in every optional request field; required ones stay non-null."""

    def allows_null(schema: dict[str, Any]) -> bool:
        kind = schema.get("type")
        if kind == "null" or (isinstance(kind, list) and "null" in kind):
            return True
        return any(allows_null(option) for option in schema.get("anyOf", []))

    requests = [name for name in schemas if name.endswith("Request") and name != "EmptyRequest"]
    assert len(requests) >= 14
    for name in requests:
        schema = schemas[name]
        if "$ref" in schema or "anyOf" in schema:
            continue
        for field, prop in schema["properties"].items():
            target = prop
            if "$ref" in prop:
                target = schemas[prop["$ref"].rsplit("/", 1)[1]]
            assert allows_null(target) is (field not in schema.get("required", [])), (name, field)


def test_server_ids_use_the_hex_pattern(spec: dict[str, Any], schemas: dict[str, Any]) -> None:
    assert schemas["ServerId"]["pattern"] == ID_PATTERN
    for name in ("CompanyId", "ImportId", "InvoiceId"):
        assert spec["components"]["parameters"][name]["schema"] == {"$ref": "#/components/schemas/ServerId"}


def test_invoice_nullability(schemas: dict[str, Any]) -> None:
    invoice = schemas["Invoice"]
    # A18 / part E: only what every vendor example of an invoice shows is required.
    absent_in_some_example = {
        "invoice_id",
        "locale",
        "retracted_at",
        "retraction_reason",
        "show_retraction_reason_to_customer",
    }
    assert set(invoice["properties"]) - set(invoice["required"]) == absent_in_some_example
    props = invoice["properties"]
    assert props["retracted_at"] == {"type": ["string", "null"], "format": "date-time"}
    assert props["show_retraction_reason_to_customer"] == {"type": "boolean"}
    assert props["amount_total_cents"]["type"] == "integer"


def test_error_bodies_follow_the_naming_convention(schemas: dict[str, Any]) -> None:
    errors = [name for name in schemas if name.endswith("Error")]
    assert errors
    for name in errors:
        body = schemas[name]
        # Payment errors use the vendor's error_code/error_details pair (P8, P16).
        key = "error_code" if "error_code" in body["required"] else body["required"][0]
        if key != "error_code":
            assert body["required"] == [key]
        assert key in {"error", "errors", "error_code"}
        prop = body["properties"][key]
        assert prop["x-open-enum"] is True
        assert prop["anyOf"] == [{"$ref": f"#/components/schemas/{name}Code"}, {"type": "string"}]
        assert schemas[f"{name}Code"]["enum"]


def test_plural_errors_key_only_where_documented(schemas: dict[str, Any]) -> None:
    plural = {name for name in schemas if name.endswith("Error") and "errors" in schemas[name]["required"]}
    assert plural == {"GetImportNotFoundError", "GetCompanyNotFoundError"}


def test_create_invoice_422_codes(spec: dict[str, Any], schemas: dict[str, Any]) -> None:
    response = spec["paths"]["/invoices"]["post"]["responses"]["422"]
    schema = response["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/CreateInvoiceUnprocessableError"}
    assert schemas["CreateInvoiceUnprocessableErrorCode"]["enum"] == CREATE_INVOICE_422


def test_payment_method_only_on_payment_lines(schemas: dict[str, Any]) -> None:
    # Written as `not` (known non-payment type AND a non-null method), not if/then, which Redocly's
    # tools read as closing the object (DECISIONS B9).
    forbidden = schemas["InvoiceLine"]["not"]
    assert "if" not in schemas["InvoiceLine"] and "then" not in schemas["InvoiceLine"]
    non_payment = set(forbidden["properties"]["type"]["enum"])
    assert non_payment < set(schemas["LineType"]["enum"])
    payment_like = {
        t for t in schemas["LineType"]["enum"] if t.startswith("PAYMENT") or t.endswith("PAYMENT-LINE")
    }
    assert non_payment.isdisjoint(payment_like | {"JEUGDFONDS"})
    assert non_payment | payment_like | {"JEUGDFONDS"} == set(schemas["LineType"]["enum"])


@pytest.mark.parametrize(
    ("extra", "valid"),
    [
        ({"type": "INVOICE-LINE"}, True),
        ({"type": "INVOICE-LINE", "payment_method": None}, True),
        ({"type": "INVOICE-LINE", "payment_method": "ideal"}, False),
        ({"type": "CHARGEBACK-FEE", "payment_method": "sepa"}, False),
        ({"type": "PAYMENT-LINE", "payment_method": "ideal"}, True),
        ({"type": "SOMETHING-NEW", "payment_method": "ideal"}, True),
        ({"payment_method": "ideal"}, True),
    ],
)
def test_payment_method_rule_validates_as_before(
    spec: dict[str, Any], extra: dict[str, Any], valid: bool
) -> None:
    line = {"invoice_line_id": "L1", "amount_cents": 100, "description": None, "date": "2026-01-01T00:00:00Z"}
    schema = {**spec, "$ref": "#/components/schemas/InvoiceLine"}
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors({**line, **extra}))
    assert (not errors) is valid


def test_ticket_actions_take_a_required_ignored_object_body(
    spec: dict[str, Any], schemas: dict[str, Any]
) -> None:
    # Required so that a valid call always carries the JSON content type (A9); servers accept an
    # empty body too, which OpenAPI cannot describe (B5, tested in contract_tests/test_tickets.py).
    assert "additionalProperties" not in schemas["EmptyRequest"]
    assert schemas["EmptyRequest"]["type"] == "object"
    for action in ("archive", "assign_to_support"):
        op = spec["paths"][f"/invoices/{{invoice_id}}/tickets/actions/{action}"]["post"]
        assert op["requestBody"]["required"] is True
        assert set(op["responses"]) == {"204", "400", "401", "404", "413", "422"}
    for name in ("ArchiveInvoiceTickets", "AssignInvoiceTicketsToSupport"):
        assert schemas[f"{name}UnprocessableErrorCode"]["enum"] == ["invalid_content_type"]


def test_company_request_bounds(schemas: dict[str, Any]) -> None:
    props = schemas["CompanyRequest"]["properties"]
    assert props["name"]["minLength"] == 1
    assert (props["vat_percentage"]["minimum"], props["vat_percentage"]["maximum"]) == (0, 100)
