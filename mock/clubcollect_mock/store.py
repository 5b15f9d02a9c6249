"""All SQL the mock runs. Rows come back as small named tuples; documents as JSON bytes."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

from clubcollect_mock.codec import Codec
from clubcollect_mock.config import Partner
from clubcollect_mock.db import DATA_TABLES, connect, transaction
from clubcollect_mock.errors import dumps
from clubcollect_mock.ids import invoice_seq_of
from clubcollect_mock.schemas.company import default_company_fields


class ConflictError(Exception):
    """A partner key or company id that is already taken."""


class ImportRow(NamedTuple):
    seq: int
    import_id: str
    partner: int
    company_id: str
    title: str | None
    expected: int | None
    transmitted_at: str | None
    currency: str
    settled: int


class InvoiceRow(NamedTuple):
    seq: int
    invoice_id: str
    import_seq: int
    partner: int
    ticket_status: str | None
    paying: int
    doc: bytes


RECENT_DOCS = 1024  # bound of the read cache of invoice documents
RECENT_IMPORTS = 4096  # bound of the import row cache
BATCHED_INSERTS = 64  # new invoices a memory store gathers before writing them (insert_invoice)
_INSERT_INVOICE = "INSERT INTO invoices (seq, invoice_id, import_seq, partner, doc) VALUES (?, ?, ?, ?, ?)"
_IMPORT_COLUMNS = "seq, import_id, partner, company_id, title, expected, transmitted_at, currency, settled"
_INVOICE_COLUMNS = "seq, invoice_id, import_seq, partner, ticket_status, paying, doc"


@functools.cache  # a batch is nearly always BATCHED_INSERTS rows: few distinct statements
def _insert_invoices(rows: int) -> str:
    """One INSERT of ``rows`` rows: 5 parameters a row, far under SQLite's smallest limit (999)."""
    return _INSERT_INVOICE + ", (?, ?, ?, ?, ?)" * (rows - 1)


class Store:
    def __init__(self, path: str | None) -> None:
        self._conn = connect(path)
        # New invoices a memory store has acknowledged but not yet written (insert_invoice):
        # (seq, invoice_id, import_seq, partner, document). A --state file writes each at once.
        self._pending: list[tuple[int, str, int, int, bytes]] = []
        self._gather = path is None
        self._codec = Codec()
        self._keys: dict[str, int] = {}
        self._imports: dict[str, ImportRow] = {}
        # invoice id -> (owner, response bytes) of recently read invoices; writes evict.
        self._recent_docs: dict[str, tuple[int, bytes]] = {}
        self._next_invoice_seq = 0
        self._load_cache()

    def _load_cache(self) -> None:
        self._imports.clear()
        self._recent_docs.clear()
        self._keys = dict(self.conn.execute("SELECT api_key, seq FROM partners"))
        row = self.conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'invoices'").fetchone()
        self._next_invoice_seq = (row[0] if row else 0) + 1

    @property
    def conn(self) -> sqlite3.Connection:
        """The database with every gathered invoice written: all SQL, reads included, goes
        through here, so nothing ever misses an acknowledged invoice."""
        if self._pending:
            self.write_pending()
        return self._conn

    def write_pending(self) -> None:
        """Pack and insert the gathered invoices, in one transaction and one statement: a
        multi-row ``VALUES`` costs half of what ``executemany`` costs per row."""
        rows, self._pending = self._pending, []
        pack = self._codec.pack
        values: list[int | str | bytes] = []
        for seq, id_, import_seq, partner, doc in rows:
            values += (seq, id_, import_seq, partner, pack(doc))
        with transaction(self._conn):
            self._conn.execute(_insert_invoices(len(rows)), values)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            with transaction(self.conn):
                yield
        except BaseException:
            # The caches may hold a change that was just rolled back.
            self._imports.clear()
            self._recent_docs.clear()
            raise

    # -- partners and seeding -------------------------------------------------------------

    def seed(self, partners: Sequence[Partner]) -> None:
        try:
            with transaction(self.conn):
                for partner in partners:
                    self._add_partner(partner, seeded=True)
        finally:
            self._load_cache()  # drop anything a rolled-back seed put in the caches

    def reset(self, partners: Sequence[Partner]) -> None:
        with transaction(self.conn):
            for table in DATA_TABLES:
                self.conn.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names
            self.conn.execute("DELETE FROM sqlite_sequence")
            self._keys.clear()
            for partner in partners:
                self._add_partner(partner, seeded=True)
        self._load_cache()

    def add_partner(self, partner: Partner) -> None:
        """A partner added at run time; its key and company id must both be new."""
        try:
            with transaction(self.conn):
                self._add_partner(partner, seeded=False)
        except BaseException:
            self._load_cache()
            raise

    def _add_partner(self, partner: Partner, *, seeded: bool) -> None:
        seq = self._keys.get(partner.api_key)
        if seq is None:
            if (
                not seeded
                and self.conn.execute(
                    "SELECT 1 FROM companies WHERE company_id = ?", (partner.company_id,)
                ).fetchone()
            ):
                raise ConflictError
            seq = self.conn.execute("INSERT INTO partners (api_key) VALUES (?)", (partner.api_key,)).lastrowid
            assert seq is not None
            self._keys[partner.api_key] = seq
        elif not seeded:
            raise ConflictError
        owner = self.conn.execute(
            "SELECT partner FROM companies WHERE company_id = ?", (partner.company_id,)
        ).fetchone()
        if owner is None:
            doc = dumps({"company_id": partner.company_id, **default_company_fields()})
            self.conn.execute(
                "INSERT INTO companies (company_id, partner, doc) VALUES (?, ?, ?)",
                (partner.company_id, seq, doc),
            )
        elif owner[0] != seq:
            raise ValueError("a seeded company id belongs to two partners")
        self._set_sso(seq, partner, seeded=seeded)

    def _set_sso(self, seq: int, partner: Partner, *, seeded: bool) -> None:
        # A seeded partner's SSO credentials are whatever this start was given (a --state file may
        # hold older ones); a partner added at run time is new, so there is nothing to replace.
        if partner.sso_salt is not None and partner.sso_key is not None:
            self.conn.execute(
                "INSERT INTO sso_credentials (partner, salt, sso_key) VALUES (?, ?, ?)"
                " ON CONFLICT DO UPDATE SET salt = excluded.salt, sso_key = excluded.sso_key",
                (seq, partner.sso_salt, partner.sso_key),
            )
        elif seeded:
            self.conn.execute("DELETE FROM sso_credentials WHERE partner = ?", (seq,))

    def partner_for_key(self, api_key: str) -> int | None:
        return self._keys.get(api_key)

    def partner_key(self, partner: int) -> str | None:
        row = self.conn.execute("SELECT api_key FROM partners WHERE seq = ?", (partner,)).fetchone()
        return None if row is None else str(row[0])

    # -- companies --------------------------------------------------------------------------

    def company(self, company_id: str, partner: int) -> tuple[int, bytes] | None:
        row = self.conn.execute(
            "SELECT seq, doc FROM companies WHERE company_id = ? AND partner = ?", (company_id, partner)
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def insert_company(self, company_id: str, partner: int, doc: bytes) -> None:
        self.conn.execute(
            "INSERT INTO companies (company_id, partner, doc) VALUES (?, ?, ?)",
            (company_id, partner, doc),
        )

    def update_company(self, seq: int, doc: bytes) -> None:
        self.conn.execute("UPDATE companies SET doc = ? WHERE seq = ?", (doc, seq))

    # -- imports ----------------------------------------------------------------------------

    def import_row(self, import_id: str, partner: int) -> ImportRow | None:
        # Every invoice create reads its import: cached, and dropped on any import change.
        cached = self._imports.get(import_id)
        if cached is None:
            row = self.conn.execute(
                f"SELECT {_IMPORT_COLUMNS} FROM imports WHERE import_id = ?",  # noqa: S608
                (import_id,),
            ).fetchone()
            if row is None:
                return None
            if len(self._imports) >= RECENT_IMPORTS:
                self._imports.clear()
            cached = self._imports[import_id] = ImportRow(*row)
        return cached if cached.partner == partner else None

    def import_by_seq(self, seq: int) -> ImportRow:
        row = self.conn.execute(
            f"SELECT {_IMPORT_COLUMNS} FROM imports WHERE seq = ?",  # noqa: S608
            (seq,),
        ).fetchone()
        return ImportRow(*row)

    def insert_import(
        self,
        import_id: str,
        partner: int,
        company_seq: int,
        company_id: str,
        title: str | None,
        expected: int | None,
        currency: str,
    ) -> None:
        self.conn.execute(
            "INSERT INTO imports (import_id, partner, company_seq, company_id, title, expected, currency)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (import_id, partner, company_seq, company_id, title, expected, currency),
        )

    def set_expected(self, seq: int, expected: int | None) -> None:
        self._imports.clear()
        self.conn.execute("UPDATE imports SET expected = ? WHERE seq = ?", (expected, seq))

    def set_transmitted(self, seq: int, at: str) -> None:
        self._imports.clear()
        self.conn.execute("UPDATE imports SET transmitted_at = ? WHERE seq = ?", (at, seq))

    def add_settled(self, seq: int, delta: int) -> None:
        self._imports.clear()
        self.conn.execute("UPDATE imports SET settled = settled + ? WHERE seq = ?", (delta, seq))

    def invoice_ids(self, import_seq: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT invoice_id FROM invoices WHERE import_seq = ? ORDER BY seq", (import_seq,)
        )
        return [row[0] for row in rows]

    def company_imports(self, company_seq: int, limit: int, offset: int) -> tuple[list[ImportRow], int]:
        total = self.conn.execute(
            "SELECT count(*) FROM imports WHERE company_seq = ?", (company_seq,)
        ).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT {_IMPORT_COLUMNS} FROM imports WHERE company_seq = ?"  # noqa: S608
            " ORDER BY seq LIMIT ? OFFSET ?",
            (company_seq, limit, offset),
        )
        return [ImportRow(*row) for row in rows], int(total)

    def delete_import(self, row: ImportRow, line_ids: Iterable[str]) -> None:
        self._imports.clear()
        self._recent_docs.clear()
        with transaction(self.conn):
            self.conn.execute(
                "DELETE FROM tickets WHERE invoice_seq IN (SELECT seq FROM invoices WHERE import_seq = ?)",
                (row.seq,),
            )
            self.conn.executemany(
                "DELETE FROM line_ids WHERE partner = ? AND line_id = ?",
                ((row.partner, line_id) for line_id in line_ids),
            )
            self.conn.execute(
                "DELETE FROM pending WHERE kind = 'invoice' AND object_id IN"
                " (SELECT invoice_id FROM invoices WHERE import_seq = ?)",
                (row.seq,),
            )
            self.conn.execute("DELETE FROM invoices WHERE import_seq = ?", (row.seq,))
            self.conn.execute("DELETE FROM pending WHERE kind = 'import' AND object_id = ?", (row.import_id,))
            self.conn.execute("DELETE FROM imports WHERE seq = ?", (row.seq,))

    def import_docs(self, import_seq: int) -> list[bytes]:
        return [
            self._codec.unpack(row[0])
            for row in self.conn.execute("SELECT doc FROM invoices WHERE import_seq = ?", (import_seq,))
        ]

    # -- invoices ---------------------------------------------------------------------------

    def invoice_doc(self, invoice_id: str, partner: int) -> bytes | None:
        """The invoice's response bytes; recently read ones come from a small cache."""
        cached = self._recent_docs.get(invoice_id)
        if cached is not None:
            return cached[1] if cached[0] == partner else None
        seq = invoice_seq_of(invoice_id)
        if seq is None:
            return None
        row = self.conn.execute(
            "SELECT partner, doc FROM invoices WHERE seq = ? AND invoice_id = ?", (seq, invoice_id)
        ).fetchone()
        if row is None:
            return None
        doc = self._codec.unpack(row[1])
        if len(self._recent_docs) >= RECENT_DOCS:
            self._recent_docs.clear()
        self._recent_docs[invoice_id] = (row[0], doc)
        return doc if row[0] == partner else None

    def invoice_row(self, invoice_id: str, partner: int | None) -> InvoiceRow | None:
        """The invoice, owned by ``partner`` (any owner when ``partner`` is None)."""
        seq = invoice_seq_of(invoice_id)
        if seq is None:
            return None
        row = self.conn.execute(
            f"SELECT {_INVOICE_COLUMNS} FROM invoices WHERE seq = ? AND invoice_id = ?",  # noqa: S608
            (seq, invoice_id),
        ).fetchone()
        if row is None or (partner is not None and row[3] != partner):
            return None
        return InvoiceRow(row[0], row[1], row[2], row[3], row[4], row[5], self._codec.unpack(row[6]))

    def line_ids_taken(self, partner: int, line_ids: Sequence[str]) -> bool:
        execute = self.conn.execute
        query = "SELECT 1 FROM line_ids WHERE partner = ? AND line_id = ?"
        return any(execute(query, (partner, line_id)).fetchone() for line_id in line_ids)

    def reserve_invoice_seq(self) -> int:
        seq = self._next_invoice_seq
        self._next_invoice_seq += 1
        return seq

    def insert_invoice(
        self, seq: int, invoice_id: str, import_seq: int, partner: int, doc: bytes, line_ids: Sequence[str]
    ) -> None:
        if not line_ids and self._gather and not self._conn.in_transaction:
            # A memory store has nothing to make durable, so it gathers new invoices and packs
            # and inserts them in batches: under load that halves their cost (zstd's tables
            # and SQLite's pages stay in the CPU caches). ``conn`` writes them before any
            # other SQL runs. Rows with partner-chosen line ids take the ordinary path below
            # (two tables, one transaction).
            self._pending.append((seq, invoice_id, import_seq, partner, doc))
            if len(self._pending) >= BATCHED_INSERTS:
                self.write_pending()
            return
        values = (seq, invoice_id, import_seq, partner, self._codec.pack(doc))
        if not line_ids:
            self.conn.execute(_INSERT_INVOICE, values)  # one statement: atomic on its own
            return
        with transaction(self.conn):
            self.conn.execute(_INSERT_INVOICE, values)
            self.conn.executemany(
                "INSERT INTO line_ids (partner, line_id) VALUES (?, ?)",
                [(partner, line_id) for line_id in line_ids],
            )

    def save_invoice(self, row: InvoiceRow, doc: bytes) -> None:
        self._recent_docs.pop(row.invoice_id, None)
        self.conn.execute(
            "UPDATE invoices SET doc = ?, ticket_status = ?, paying = ? WHERE seq = ?",
            (self._codec.pack(doc), row.ticket_status, row.paying, row.seq),
        )

    def delete_invoice(self, row: InvoiceRow, line_ids: Iterable[str]) -> None:
        self._recent_docs.pop(row.invoice_id, None)
        with transaction(self.conn):
            self.conn.execute("DELETE FROM tickets WHERE invoice_seq = ?", (row.seq,))
            self.conn.executemany(
                "DELETE FROM line_ids WHERE partner = ? AND line_id = ?",
                ((row.partner, line_id) for line_id in line_ids),
            )
            self.conn.execute(
                "DELETE FROM pending WHERE kind = 'invoice' AND object_id = ?", (row.invoice_id,)
            )
            self.conn.execute("DELETE FROM invoices WHERE seq = ?", (row.seq,))

    # -- tickets ----------------------------------------------------------------------------

    def insert_ticket(self, company_seq: int, invoice_seq: int, doc: bytes) -> None:
        self.conn.execute(
            "INSERT INTO tickets (company_seq, invoice_seq, doc) VALUES (?, ?, ?)",
            (company_seq, invoice_seq, doc),
        )

    def company_tickets(
        self, company_seq: int, status: str, limit: int, offset: int
    ) -> tuple[list[bytes], int]:
        where = (
            " FROM tickets JOIN invoices ON invoices.seq = tickets.invoice_seq"
            " WHERE tickets.company_seq = ? AND invoices.ticket_status = ?"
        )
        total = self.conn.execute("SELECT count(*)" + where, (company_seq, status)).fetchone()[0]
        rows = self.conn.execute(
            "SELECT tickets.doc" + where + " ORDER BY tickets.seq LIMIT ? OFFSET ?",
            (company_seq, status, limit, offset),
        )
        return [row[0] for row in rows], int(total)

    def company_seq_of_import(self, import_seq: int) -> int:
        return int(
            self.conn.execute("SELECT company_seq FROM imports WHERE seq = ?", (import_seq,)).fetchone()[0]
        )

    # -- notifications ----------------------------------------------------------------------

    def mark_changed(self, partner: int, kind: str, object_id: str) -> None:
        self.conn.execute(
            "INSERT INTO pending (partner, kind, object_id, version) VALUES (?, ?, ?, 1)"
            " ON CONFLICT DO UPDATE SET version = version + 1",
            (partner, kind, object_id),
        )

    def pending(self) -> list[tuple[int, str, str, int]]:
        rows = self.conn.execute("SELECT partner, kind, object_id, version FROM pending ORDER BY partner")
        return [(row[0], row[1], row[2], row[3]) for row in rows]

    def confirm(self, entries: Iterable[tuple[int, str, str, int]]) -> None:
        """Forget delivered ids unless they changed again while the delivery was under way."""
        with transaction(self.conn):
            self.conn.executemany(
                "DELETE FROM pending WHERE partner = ? AND kind = ? AND object_id = ? AND version = ?",
                entries,
            )


def open_store(path: str | None, partners: Sequence[Partner]) -> Store:
    store = Store(path)
    try:
        store.seed(partners)
    except (ValueError, sqlite3.Error):
        store.close()
        raise
    return store
