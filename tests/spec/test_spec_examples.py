"""Every example in the spec is valid against its schema, and the checker really checks."""

from __future__ import annotations

from typing import Any

import pytest

from generator.common.spec_refs import safe_load
from generator.lint import examples as lint_examples
from generator.lint import model as lint_model
from generator.lint import rules as lint_rules

from .spec_files import SPEC_PATH

SPEC = safe_load(SPEC_PATH.read_text(encoding="utf-8"))
SITES = list(lint_model.example_sites(SPEC))
CHECKER = lint_examples.ExampleChecker(SPEC)


def test_every_operation_body_has_examples() -> None:
    assert lint_rules.rule_examples_present(SPEC) == []
    assert len(SITES) > 100


@pytest.mark.parametrize(("where", "name", "schema_pointer", "value"), SITES, ids=[s[0] for s in SITES])
def test_example_validates(where: str, name: str, schema_pointer: str, value: Any) -> None:
    assert CHECKER.errors(schema_pointer, value) == []


@pytest.mark.parametrize(
    ("schema", "value", "fragment"),
    [
        ("Import", {"transmitted_at": "2019-09-116T15:53:08Z"}, "is not a 'date-time'"),
        ("ServerId", "47417520982b90764d0067d529691934e6ec3a4g", "does not match"),
        ("CompanyRequest", {"email": "not-an-address"}, "is not a 'email'"),
        ("InvoiceLineRequest", {"amount_cents": 2**31, "description": "x"}, "is greater than the maximum"),
        ("Import", {"transmitted": "true"}, "is not of type 'boolean'"),
        ("CreateTicketRequest", {"message": "hi", "extra": 1}, "Additional properties"),
    ],
)
def test_checker_rejects_documented_typos(schema: str, value: Any, fragment: str) -> None:
    errors = CHECKER.errors(f"/components/schemas/{schema}", value)
    assert any(fragment in error for error in errors), errors


def test_integer_formats_are_checked() -> None:
    spec = {"components": {"schemas": {"N": {"type": "integer", "format": "int32"}}}}
    checker = lint_examples.ExampleChecker(spec)
    assert checker.errors("/components/schemas/N", 2**31 - 1) == []
    assert checker.errors("/components/schemas/N", 2**31) != []


def test_create_invoice_examples_add_up() -> None:
    media = SPEC["paths"]["/invoices"]["post"]["requestBody"]["content"]["application/json"]
    for example in media["examples"].values():
        body = lint_model.resolve(SPEC, example)["value"]
        assert body["amount_total_cents"] == sum(line["amount_cents"] for line in body["invoice_lines"])


def iban_is_valid(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def test_example_ibans_pass_the_mod_97_check() -> None:
    ibans = {
        value
        for _, node in lint_model.walk(SPEC)
        if isinstance(node, dict)
        for key, value in node.items()
        if key == "direct_debit_iban" and isinstance(value, str)
    }
    assert ibans
    assert all(iban_is_valid(iban) for iban in ibans), ibans


def test_payment_method_on_a_credit_line_is_refused() -> None:
    line = {
        "invoice_line_id": "MF-1",
        "type": "CREDIT-LINE",
        "amount_cents": -100,
        "description": "Discount",
        "date": "2026-01-15T09:30:00+00:00",
    }
    assert CHECKER.errors("/components/schemas/InvoiceLine", line) == []
    assert CHECKER.errors("/components/schemas/InvoiceLine", {**line, "payment_method": None}) == []
    assert CHECKER.errors("/components/schemas/InvoiceLine", {**line, "payment_method": "ideal"}) != []
    payment = {**line, "type": "PAYMENT-LINE", "description": None, "payment_method": "ideal"}
    assert CHECKER.errors("/components/schemas/InvoiceLine", payment) == []
