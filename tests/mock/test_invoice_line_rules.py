"""The invoice line rules of the create judge (``invoice_create``) that the quick reader leaves to
it: the words of a missing line list, a repeated line id and a bad description, and the extreme
amounts a line may have. A usual valid body never reaches the judge over HTTP (the quick reader
answers it), so the bounds are also checked on the judge itself."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from clubcollect_mock.api.common import parse_object
from clubcollect_mock.config import INT32_MAX, INT32_MIN, MAX_LONG_TEXT
from clubcollect_mock.errors import ApiError
from clubcollect_mock.schemas.invoice import invoice_create
from clubcollect_mock.schemas.invoice_fast import quick_invoice_create

from .conftest import invoice_body
from .test_refusal_reasons import reason_of

NewImport = Callable[..., dict[str, Any]]
IMPORT_ID = "0123456789abcdef0123456789abcdef01234567"


@pytest.mark.parametrize("lines", ["missing", None])
def test_a_body_without_lines_is_refused_naming_the_field(
    api: httpx.Client, new_import: NewImport, lines: str | None
) -> None:
    body = invoice_body(new_import()["import_id"])
    if lines == "missing":
        del body["invoice_lines"]
    else:
        body["invoice_lines"] = None
    response = api.post("/invoices", json=body)
    assert response.json() == {"error": "invalid_request"}
    assert reason_of(response) == "invoice_lines: required"


def test_a_line_id_used_twice_in_one_body_is_refused_naming_the_second_line(
    api: httpx.Client, new_import: NewImport
) -> None:
    body = invoice_body(new_import()["import_id"], amounts=(500, 700))
    for line in body["invoice_lines"]:
        line["invoice_line_id"] = "L-1"
    response = api.post("/invoices", json=body)
    assert response.json() == {"error": "duplicate_invoice_line_id"}
    assert (
        reason_of(response)
        == "invoice_lines[1].invoice_line_id: already used by an earlier line of this body"
    )


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("d" * (MAX_LONG_TEXT + 1), f"longer than {MAX_LONG_TEXT} characters ({MAX_LONG_TEXT + 1})"),
        (7, "expected a string, got an integer"),
    ],
)
def test_a_bad_line_description_is_refused_with_its_reason(
    api: httpx.Client, new_import: NewImport, description: object, expected: str
) -> None:
    body = invoice_body(new_import()["import_id"])
    body["invoice_lines"][1]["description"] = description
    response = api.post("/invoices", json=body)
    assert response.json() == {"error": "invalid_request"}
    assert reason_of(response) == f"invoice_lines[1].description: {expected}"


def _judged(*amounts: int) -> list[int]:
    body = invoice_body(IMPORT_ID, amounts=amounts)
    raw = json.dumps(body).encode()
    quick = quick_invoice_create(raw)
    assert quick is not None  # the quick reader takes it: the judge must agree
    judged = invoice_create(parse_object(raw))
    assert judged == quick
    return [line["amount_cents"] for line in judged.lines]


@pytest.mark.parametrize("amount", [INT32_MIN, INT32_MAX, 0])
def test_a_line_amount_at_either_32_bit_bound_is_read(amount: int) -> None:
    assert _judged(amount) == [amount]


@pytest.mark.parametrize("amount", [INT32_MIN, INT32_MAX])
def test_a_total_past_the_32_bit_range_is_read(amount: int) -> None:
    # Each line is a 32-bit amount; their total is a 64-bit one (a large credit note, say).
    assert _judged(amount, amount, amount) == [amount] * 3


@pytest.mark.parametrize("amount", [INT32_MIN - 1, INT32_MAX + 1])
def test_a_line_amount_past_a_32_bit_bound_is_refused(amount: int) -> None:
    raw = json.dumps(invoice_body(IMPORT_ID, amounts=(amount,))).encode()
    assert quick_invoice_create(raw) is None
    with pytest.raises(ApiError) as refused:
        invoice_create(parse_object(raw))
    assert refused.value.describe() == (
        f"invoice_lines[0].amount_cents: out of range: must be from {INT32_MIN} to {INT32_MAX}"
    )
