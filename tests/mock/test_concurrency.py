"""Many clients creating invoices into one import at once lose nothing and never share an id."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from .conftest import API_KEY, client, invoice_body

THREADS, PER_THREAD = 20, 10


def test_parallel_creates_into_one_import(
    api: httpx.Client, root_url: str, new_import: Callable[..., Any]
) -> None:
    import_id = new_import()["import_id"]

    def create_batch(worker: int) -> list[dict[str, Any]]:
        made = []
        with client(root_url + "/api/v2", Authorization=f"ApiKey {API_KEY}") as own:
            for n in range(PER_THREAD):
                lines = [{"invoice_line_id": f"w{worker}-{n}", "amount_cents": 100}]
                response = own.post(
                    "/invoices", json=invoice_body(import_id, invoice_lines=lines, amount_total_cents=100)
                )
                assert response.status_code == 200, response.text
                made.append(response.json())
        return made

    with ThreadPoolExecutor(THREADS) as pool:
        created = [invoice for batch in pool.map(create_batch, range(THREADS)) for invoice in batch]
    ids = [invoice["invoice_id"] for invoice in created]
    numbers = [invoice["invoice_number"] for invoice in created]
    assert len(set(ids)) == len(ids) == THREADS * PER_THREAD
    assert len(set(numbers)) == len(numbers)
    assert sorted(api.get(f"/imports/{import_id}").json()["invoice_ids"]) == sorted(ids)


def test_parallel_duplicate_line_id_wins_once(
    api: httpx.Client, root_url: str, new_import: Callable[..., Any]
) -> None:
    import_id = new_import()["import_id"]
    lines = [{"invoice_line_id": "contested", "amount_cents": 1}]

    def attempt(_: int) -> int:
        with client(root_url + "/api/v2", Authorization=f"ApiKey {API_KEY}") as own:
            body = invoice_body(import_id, invoice_lines=lines, amount_total_cents=1)
            return own.post("/invoices", json=body).status_code

    with ThreadPoolExecutor(10) as pool:
        statuses = sorted(pool.map(attempt, range(10)))
    assert statuses == [200] + [422] * 9
    assert len(api.get(f"/imports/{import_id}").json()["invoice_ids"]) == 1
