"""--state FILE keeps every acknowledged write across a restart."""

from __future__ import annotations

import secrets
from pathlib import Path

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread as serve

from .conftest import client, invoice_body

KEY, COMPANY = secrets.token_hex(20), secrets.token_hex(20)


def test_state_survives_a_restart(tmp_path: Path) -> None:
    state = str(tmp_path / "mock.sqlite3")
    partners = [Partner(KEY, COMPANY)]
    with (
        serve(create_app(partners, state_path=state)) as root,
        client(root + "/api/v2", Authorization=f"ApiKey {KEY}") as api,
        client(root + "/_mock") as control,
    ):
        import_id = api.post("/imports", json={"company_id": COMPANY, "title": "kept"}).json()["import_id"]
        lines = [{"invoice_line_id": "persisted-line", "amount_cents": 700}]
        invoice = api.post(
            "/invoices", json=invoice_body(import_id, invoice_lines=lines, amount_total_cents=700)
        ).json()
        api.post(f"/invoices/{invoice['invoice_id']}/tickets", json={"message": "hello"})
        control.post(
            f"/invoices/{invoice['invoice_id']}/payments", json={"amount_cents": 200, "payment_method": "sdd"}
        )
        api.put(f"/imports/{import_id}/transmit")
        extra = control.post("/partners", json={}).json()
        before = api.get(f"/invoices/{invoice['invoice_id']}").json()

    with (
        serve(create_app(partners, state_path=state)) as root,
        client(root + "/api/v2", Authorization=f"ApiKey {KEY}") as api,
        client(root + "/_mock") as control,
    ):
        assert api.get(f"/invoices/{invoice['invoice_id']}").json() == before
        shown = api.get(f"/imports/{import_id}").json()
        assert (shown["title"], shown["transmitted"], shown["invoice_ids"]) == (
            "kept",
            True,
            [invoice["invoice_id"]],
        )
        assert shown["settled_amount_cents"] == 200
        assert len(api.get(f"/companies/{COMPANY}/tickets/answered").json()["tickets"]) == 1
        assert control.get("/notifications").json()["invoice_ids"] == [invoice["invoice_id"]]
        # Uniqueness rules and numbering carry on from the stored state.
        other_import = api.post("/imports", json={"company_id": COMPANY}).json()["import_id"]
        clash = api.post(
            "/invoices", json=invoice_body(other_import, invoice_lines=lines, amount_total_cents=700)
        )
        assert clash.json() == {"error": "duplicate_invoice_line_id"}
        later = api.post("/invoices", json=invoice_body(other_import)).json()
        assert int(later["invoice_number"]) == int(invoice["invoice_number"]) + 1
        with client(root + "/api/v2", Authorization=f"ApiKey {extra['api_key']}") as added:
            assert added.get(f"/companies/{extra['company_id']}").status_code == 200


def test_deleted_invoice_numbers_are_not_reused(tmp_path: Path) -> None:
    state = str(tmp_path / "numbers.sqlite3")
    partners = [Partner(KEY, COMPANY)]
    with (
        serve(create_app(partners, state_path=state)) as root,
        client(root + "/api/v2", Authorization=f"ApiKey {KEY}") as api,
    ):
        import_id = api.post("/imports", json={"company_id": COMPANY}).json()["import_id"]
        invoice = api.post("/invoices", json=invoice_body(import_id)).json()
        api.delete(f"/invoices/{invoice['invoice_id']}")
    with (
        serve(create_app(partners, state_path=state)) as root,
        client(root + "/api/v2", Authorization=f"ApiKey {KEY}") as api,
    ):
        again = api.post("/invoices", json=invoice_body(import_id)).json()
        assert int(again["invoice_number"]) > int(invoice["invoice_number"])


def test_parallel_creates_with_a_state_file(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    state = str(tmp_path / "parallel.sqlite3")
    partners = [Partner(KEY, COMPANY)]
    with serve(create_app(partners, state_path=state)) as root:
        with client(root + "/api/v2", Authorization=f"ApiKey {KEY}") as api:
            import_id = api.post("/imports", json={"company_id": COMPANY}).json()["import_id"]

        def create_five(_: int) -> list[str]:
            with client(root + "/api/v2", Authorization=f"ApiKey {KEY}") as own:
                return [
                    own.post("/invoices", json=invoice_body(import_id)).json()["invoice_id"] for _ in range(5)
                ]

        with ThreadPoolExecutor(10) as pool:
            created = [invoice_id for batch in pool.map(create_five, range(10)) for invoice_id in batch]
    assert len(set(created)) == 50
    with (
        serve(create_app(partners, state_path=state)) as root,
        client(root + "/api/v2", Authorization=f"ApiKey {KEY}") as api,
    ):
        assert sorted(api.get(f"/imports/{import_id}").json()["invoice_ids"]) == sorted(created)
