"""SQLite connection, schema and transactions.

One connection serves the whole app. Handlers run on the event loop and never ``await``
between reading and writing, so each read-check-write is atomic; multi-statement writes also
run in one SQLite transaction so a crash never leaves half a change in a ``--state`` file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

SCHEMA = """
CREATE TABLE IF NOT EXISTS partners (seq INTEGER PRIMARY KEY, api_key TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS companies (
    seq INTEGER PRIMARY KEY, company_id TEXT NOT NULL UNIQUE, partner INTEGER NOT NULL, doc BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS imports (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, import_id TEXT NOT NULL UNIQUE,
    partner INTEGER NOT NULL, company_seq INTEGER NOT NULL, company_id TEXT NOT NULL,
    title TEXT, expected INTEGER, transmitted_at TEXT, currency TEXT NOT NULL,
    settled INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS imports_by_company ON imports (company_seq, seq);
CREATE TABLE IF NOT EXISTS invoices (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, invoice_id TEXT NOT NULL,
    import_seq INTEGER NOT NULL, partner INTEGER NOT NULL, ticket_status TEXT,
    paying INTEGER NOT NULL DEFAULT 0, doc BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS invoices_by_import ON invoices (import_seq);
CREATE TABLE IF NOT EXISTS line_ids (
    partner INTEGER NOT NULL, line_id TEXT NOT NULL, PRIMARY KEY (partner, line_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS tickets (
    seq INTEGER PRIMARY KEY, company_seq INTEGER NOT NULL, invoice_seq INTEGER NOT NULL,
    doc BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS tickets_by_company ON tickets (company_seq, seq);
CREATE INDEX IF NOT EXISTS tickets_by_invoice ON tickets (invoice_seq);
CREATE TABLE IF NOT EXISTS pending (
    partner INTEGER NOT NULL, kind TEXT NOT NULL, object_id TEXT NOT NULL,
    version INTEGER NOT NULL, PRIMARY KEY (partner, kind, object_id)) WITHOUT ROWID;
-- Payments (clubcollect_mock/payments/records.py): a payment per start link, the month's
-- import per company, and payment notifications waiting for a 200.
CREATE TABLE IF NOT EXISTS payments (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, company_seq INTEGER NOT NULL, company_id TEXT NOT NULL,
    partner INTEGER NOT NULL, payment_id TEXT NOT NULL, checkout TEXT NOT NULL UNIQUE,
    invoice_id TEXT NOT NULL, method TEXT NOT NULL, result TEXT, amount INTEGER NOT NULL,
    external_invoice_number TEXT, redirect_url TEXT NOT NULL, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, UNIQUE (company_seq, payment_id));
CREATE TABLE IF NOT EXISTS payment_batches (
    company_seq INTEGER NOT NULL, month TEXT NOT NULL, import_seq INTEGER NOT NULL,
    PRIMARY KEY (company_seq, month)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS payment_notices (payment_seq INTEGER PRIMARY KEY, version INTEGER NOT NULL);
-- The salt and key of a partner's treasurer SSO links (clubcollect_mock/inspector/sso.py).
CREATE TABLE IF NOT EXISTS sso_credentials (
    partner INTEGER PRIMARY KEY, salt TEXT NOT NULL, sso_key TEXT NOT NULL);
"""

DATA_TABLES = (
    "sso_credentials",
    "payment_notices",
    "payment_batches",
    "payments",
    "pending",
    "tickets",
    "line_ids",
    "invoices",
    "imports",
    "companies",
    "partners",
)


def connect(path: str | None) -> sqlite3.Connection:
    """Open the database: in memory when ``path`` is None, else the ``--state`` file."""
    conn = sqlite3.connect(path or ":memory:", isolation_level=None, check_same_thread=False)
    if path:
        # WAL survives a killed process without an fsync per request.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    else:
        # 4 KB pages (SQLite's default): each write copies every page it changes into the
        # rollback journal, and 16 KB pages made an invoice insert cost about 1.5x as much; with
        # compressed rows of a few hundred bytes the larger pages saved only ~20 B an invoice.
        conn.execute("PRAGMA page_size=4096")
    conn.executescript(SCHEMA)
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """Run the block in one transaction; inside an open one it simply joins it."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
