"""Valid request bodies (and hypothesis strategies for them) built from the documented rules."""

from __future__ import annotations

import secrets
from typing import Any

from hypothesis import strategies as st

VALID_IBAN = "NL91ABNA0417164300"  # passes the ISO 13616 mod-97 check


def unique_line_id() -> str:
    return f"line-{secrets.token_hex(8)}"


def customer(*, email: bool = True, phone: bool = False, address: bool = False) -> dict[str, Any]:
    result: dict[str, Any] = {"name": {"first_name": "Joe", "last_name": "Doe"}}
    if email:
        result["email"] = {"email_address": "joe@example.com"}
    if phone:
        result["phone"] = {"phone_number": "0612345678", "country_code": "NL"}
    if address:
        result["address"] = {
            "address1": "Dorpsstraat",
            "house_number": "1",
            "zipcode": "1234AB",
            "city": "Utrecht",
            "country_code": "NL",
        }
    return result


def lines(amounts: list[int], *, with_ids: bool = True) -> list[dict[str, Any]]:
    result = []
    for amount in amounts:
        line: dict[str, Any] = {"amount_cents": amount, "description": f"Line of {amount}"}
        if with_ids:
            line["invoice_line_id"] = unique_line_id()
        result.append(line)
    return result


def invoice_body(import_id: str, amounts: list[int] | None = None, **overrides: Any) -> dict[str, Any]:
    """A create_invoice body that satisfies every documented rule."""
    invoice_lines = lines(amounts if amounts is not None else [10000, -1000])
    body: dict[str, Any] = {
        "import_id": import_id,
        "external_invoice_number": f"EXT-{secrets.token_hex(4)}",
        "reference": "ref-1",
        "customer": customer(),
        "invoice_lines": invoice_lines,
        "amount_total_cents": sum(line["amount_cents"] for line in invoice_lines),
    }
    body.update(overrides)
    return body


amounts = st.lists(st.integers(min_value=-100_000, max_value=100_000), min_size=1, max_size=5)
contacts = st.fixed_dictionaries({"email": st.booleans(), "phone": st.booleans(), "address": st.booleans()})
