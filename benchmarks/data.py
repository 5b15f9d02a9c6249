"""Request bodies and seeding through the mock's own API (in-process, via ``benchmarks.asgi``)."""

from __future__ import annotations

from typing import Any

from benchmarks.asgi import ApiCaller


def invoice_body(import_id: str, lines: int, number: int = 1) -> dict[str, Any]:
    """A valid create body with ``lines`` invoice lines (server-made line ids)."""
    invoice_lines = [
        {
            "amount_cents": 1000 + i,
            "description": f"Membership fee part {i + 1}",
            "date": "2026-01-15T10:00:00+00:00",
        }
        for i in range(lines)
    ]
    return {
        "import_id": import_id,
        "external_invoice_number": f"BENCH-{number:07d}",
        "reference": "Season 2026",
        "locale": "nl",
        "customer": {
            "name": {"first_name": "Anna", "last_name": "Jansen"},
            "email": {"email_address": "anna.jansen@example.org"},
            "address": {
                "address1": "Dorpsstraat",
                "house_number": "12",
                "zipcode": "1234 AB",
                "city": "Utrecht",
            },
        },
        "invoice_lines": invoice_lines,
        "amount_total_cents": sum(line["amount_cents"] for line in invoice_lines),
    }


async def create_import(api: ApiCaller, company_id: str) -> str:
    answer = await api.json("POST", "/imports", {"company_id": company_id, "title": "benchmark import"})
    return str(answer["import_id"])


async def create_invoice(api: ApiCaller, import_id: str, lines: int, number: int = 1) -> str:
    answer = await api.json("POST", "/invoices", invoice_body(import_id, lines, number))
    return str(answer["invoice_id"])


async def create_tickets(api: ApiCaller, import_id: str, count: int, per_invoice: int) -> int:
    """``count`` company tickets spread over invoices of ``per_invoice`` tickets each."""
    made = 0
    number = 0
    while made < count:
        number += 1
        invoice_id = await create_invoice(api, import_id, 1, number)
        for _ in range(min(per_invoice, count - made)):
            await api.request("POST", f"/invoices/{invoice_id}/tickets", {"message": f"Reply {made + 1}"})
            made += 1
    return made
