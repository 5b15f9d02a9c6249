"""SQL of the payment tables (schema in clubcollect_mock/db.py). Rows come back as named tuples."""

from __future__ import annotations

from typing import NamedTuple

from clubcollect_mock.store import Store


class CompanyRef(NamedTuple):
    seq: int
    company_id: str
    partner: int
    doc: bytes


class PaymentRow(NamedTuple):
    seq: int
    company_seq: int
    company_id: str
    partner: int
    payment_id: str
    checkout: str
    invoice_id: str
    method: str
    result: str | None  # None while the payee has not picked an outcome
    amount: int
    external_invoice_number: str | None
    redirect_url: str
    created_at: str
    updated_at: str


_COLUMNS = (
    "seq, company_seq, company_id, partner, payment_id, checkout, invoice_id, method, result, amount,"
    " external_invoice_number, redirect_url, created_at, updated_at"
)


class PaymentRecords:
    def __init__(self, store: Store) -> None:
        self.store = store

    def company(self, company_id: str) -> CompanyRef | None:
        """The company and its partner, whoever that is: the link names only the company."""
        row = self.store.conn.execute(
            "SELECT seq, company_id, partner, doc FROM companies WHERE company_id = ?", (company_id,)
        ).fetchone()
        return None if row is None else CompanyRef(*row)

    def id_taken(self, company_seq: int, payment_id: str) -> bool:
        query = "SELECT 1 FROM payments WHERE company_seq = ? AND payment_id = ?"
        return self.store.conn.execute(query, (company_seq, payment_id)).fetchone() is not None

    def insert(self, row: PaymentRow) -> PaymentRow:
        cursor = self.store.conn.execute(
            f"INSERT INTO payments ({_COLUMNS.removeprefix('seq, ')})"  # noqa: S608 - fixed columns
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            row[1:],
        )
        assert cursor.lastrowid is not None
        return row._replace(seq=cursor.lastrowid)

    def _one(self, where: str, args: tuple[object, ...]) -> PaymentRow | None:
        row = self.store.conn.execute(f"SELECT {_COLUMNS} FROM payments WHERE {where}", args).fetchone()  # noqa: S608
        return None if row is None else PaymentRow(*row)

    def by_id(self, company_seq: int, payment_id: str) -> PaymentRow | None:
        return self._one("company_seq = ? AND payment_id = ?", (company_seq, payment_id))

    def by_checkout(self, token: str) -> PaymentRow | None:
        return self._one("checkout = ?", (token,))

    def by_seq(self, seq: int) -> PaymentRow | None:
        return self._one("seq = ?", (seq,))

    def newest_first(self, company_seq: int, limit: int, offset: int) -> list[PaymentRow]:
        # seq grows with creation time, so it orders by start and breaks ties the same way (P9).
        rows = self.store.conn.execute(
            f"SELECT {_COLUMNS} FROM payments WHERE company_seq = ? ORDER BY seq DESC LIMIT ? OFFSET ?",  # noqa: S608
            (company_seq, limit, offset),
        )
        return [PaymentRow(*row) for row in rows]

    def set_result(self, seq: int, result: str, now: str) -> None:
        self.store.conn.execute(
            "UPDATE payments SET result = ?, updated_at = ? WHERE seq = ?", (result, now, seq)
        )

    # -- the month's import ------------------------------------------------------------------

    def batch_import(self, company_seq: int, month: str) -> int | None:
        """The month's open import, if it still exists and was not transmitted."""
        row = self.store.conn.execute(
            "SELECT imports.seq FROM payment_batches JOIN imports ON imports.seq = payment_batches.import_seq"
            " WHERE payment_batches.company_seq = ? AND month = ? AND imports.transmitted_at IS NULL",
            (company_seq, month),
        ).fetchone()
        return None if row is None else int(row[0])

    def remember_batch(self, company_seq: int, month: str, import_seq: int) -> None:
        self.store.conn.execute(
            "INSERT INTO payment_batches (company_seq, month, import_seq) VALUES (?, ?, ?)"
            " ON CONFLICT DO UPDATE SET import_seq = excluded.import_seq",
            (company_seq, month, import_seq),
        )

    # -- notifications -----------------------------------------------------------------------

    def queue_notice(self, payment_seq: int) -> None:
        self.store.conn.execute(
            "INSERT INTO payment_notices (payment_seq, version) VALUES (?, 1)"
            " ON CONFLICT DO UPDATE SET version = version + 1",
            (payment_seq,),
        )

    def notices(self) -> list[tuple[int, int]]:
        rows = self.store.conn.execute(
            "SELECT payment_seq, version FROM payment_notices ORDER BY payment_seq"
        )
        return [(row[0], row[1]) for row in rows]

    def confirm_notice(self, payment_seq: int, version: int) -> None:
        """Forget a delivered notice unless the payment changed again meanwhile."""
        self.store.conn.execute(
            "DELETE FROM payment_notices WHERE payment_seq = ? AND version = ?", (payment_seq, version)
        )
