"""The create judge's refusals of a customer part's text, which the quick reader leaves to it: the
code of the part, the field's path and why (too long, not a string)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from clubcollect_mock.config import MAX_STRING

from .conftest import invoice_body
from .test_refusal_reasons import reason_of

NewImport = Callable[..., dict[str, Any]]
TOO_LONG = f"longer than {MAX_STRING} characters ({MAX_STRING + 1})"


@pytest.mark.parametrize(
    ("part", "key", "value", "code", "why"),
    [
        ("address", "city", "c" * (MAX_STRING + 1), "invalid_customer_address", TOO_LONG),
        ("name", "first_name", "é" * (MAX_STRING + 1), "invalid_request", TOO_LONG),
        ("name", "last_name", 5, "invalid_customer_last_name", "expected a string, got an integer"),
        (
            "phone",
            "phone_number",
            ["0612345678"],
            "invalid_customer_phone",
            "expected a string, got an array",
        ),
    ],
)
def test_a_bad_customer_text_is_refused_with_its_part_code_path_and_reason(
    api: httpx.Client, new_import: NewImport, part: str, key: str, value: object, code: str, why: str
) -> None:
    body = invoice_body(new_import()["import_id"])
    body["customer"].setdefault(part, {})[key] = value
    response = api.post("/invoices", json=body)
    assert response.json() == {"error": code}
    assert reason_of(response) == f"customer.{part}.{key}: {why}"


@pytest.mark.parametrize(("customer", "got"), [("Anna Jansen", "a string"), ([], "an array")])
def test_a_customer_that_is_no_object_is_refused_naming_it(
    api: httpx.Client, new_import: NewImport, customer: object, got: str
) -> None:
    response = api.post("/invoices", json=invoice_body(new_import()["import_id"], customer=customer))
    assert response.json() == {"error": "invalid_request"}
    assert reason_of(response) == f"customer: expected an object, got {got}"


def test_a_customer_part_that_is_no_object_is_refused_naming_the_part(
    api: httpx.Client, new_import: NewImport
) -> None:
    body = invoice_body(new_import()["import_id"])
    body["customer"]["email"] = "anna@example.org"
    response = api.post("/invoices", json=body)
    assert response.json() == {"error": "invalid_request"}
    assert reason_of(response) == "customer.email: expected an object, got a string"


def test_an_unknown_field_in_a_customer_part_is_refused_naming_the_part(
    api: httpx.Client, new_import: NewImport
) -> None:
    body = invoice_body(new_import()["import_id"])
    body["customer"]["name"]["nickname"] = "Ann"
    response = api.post("/invoices", json=body)
    assert response.json() == {"error": "invalid_request"}
    assert reason_of(response).startswith("customer.name: unknown field 'nickname'; allowed: ")
