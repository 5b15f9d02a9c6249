"""A memory store gathers new invoices and writes them in batches: no answer may tell."""

from __future__ import annotations

import secrets
from pathlib import Path

from clubcollect_mock import Partner, create_app
from clubcollect_mock.store import BATCHED_INSERTS
from clubcollect_mock.testing import serve_in_thread as serve

from .conftest import client, invoice_body

KEY, COMPANY = secrets.token_hex(20), secrets.token_hex(20)


def test_every_read_sees_gathered_invoices() -> None:
    app = create_app([Partner(KEY, COMPANY)])
    store = app.state.mock.store
    with serve(app) as root, client(root + "/api/v2", Authorization=f"ApiKey {KEY}") as api:
        import_id = api.post("/imports", json={"company_id": COMPANY}).json()["import_id"]
        # One full batch written, five invoices still gathered.
        made = [
            api.post("/invoices", json=invoice_body(import_id)).json() for _ in range(BATCHED_INSERTS + 5)
        ]
        assert len(store._pending) == 5
        listed = api.get(f"/imports/{import_id}").json()["invoice_ids"]
        assert listed == [invoice["invoice_id"] for invoice in made]
        assert not store._pending

        last = api.post("/invoices", json=invoice_body(import_id)).json()
        assert store._pending
        assert api.get(f"/invoices/{last['invoice_id']}").json() == last
        assert api.delete(f"/invoices/{last['invoice_id']}").status_code == 204
        assert api.get(f"/invoices/{last['invoice_id']}").status_code == 404


def test_a_state_file_writes_each_invoice_before_answering(tmp_path: Path) -> None:
    app = create_app([Partner(KEY, COMPANY)], state_path=str(tmp_path / "mock.sqlite3"))
    with serve(app) as root, client(root + "/api/v2", Authorization=f"ApiKey {KEY}") as api:
        import_id = api.post("/imports", json={"company_id": COMPANY}).json()["import_id"]
        api.post("/invoices", json=invoice_body(import_id)).raise_for_status()
        assert not app.state.mock.store._pending
