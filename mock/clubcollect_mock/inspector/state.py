"""What the inspector shows, read from the store: never writes, never returns a key or SSO secret.

Each function answers one page's question with plain named tuples, so the HTML side only formats.
Long lists are cut at a limit and say how many there were: an inspector of a benchmark's store
must not render a hundred thousand rows.
"""

from __future__ import annotations

import json
from typing import Any, Generic, NamedTuple, TypeVar

from clubcollect_mock.config import TICKET_STATUSES
from clubcollect_mock.deliveries import Delivery, DeliveryLog
from clubcollect_mock.ids import is_id
from clubcollect_mock.payments.records import PaymentRecords, PaymentRow
from clubcollect_mock.store import ImportRow, Store

MAX_IMPORTS = 50  # the newest of a company, shown oldest first
MAX_INVOICES_PER_IMPORT = 100
MAX_ROWS = 200  # tickets, payments, notifications of one page

T = TypeVar("T")


class Shown(NamedTuple, Generic[T]):
    """The rows of a list that are shown, and how many there are in all."""

    rows: list[T]
    total: int

    @property
    def hidden(self) -> int:
        return self.total - len(self.rows)


def _cut(rows: list[T], limit: int = MAX_ROWS) -> Shown[T]:
    return Shown(rows[:limit], len(rows))


class CompanySummary(NamedTuple):
    company_id: str
    name: str
    currency: str


class PartnerSummary(NamedTuple):
    number: int  # the partner's row number: partners have no id of their own
    masked_key: str
    has_sso: bool
    companies: list[CompanySummary]


class InvoiceSummary(NamedTuple):
    invoice_id: str
    invoice_number: str
    external_invoice_number: str | None
    customer: str
    line_count: int
    amount_due: int
    retracted: bool
    ticket_status: str | None


class ImportView(NamedTuple):
    row: ImportRow
    invoices: Shown[InvoiceSummary]


class TicketView(NamedTuple):
    status: str
    invoice_id: str
    ticket_id: str
    sender: str
    message: str
    date: str


class PendingChange(NamedTuple):
    kind: str  # "invoice" or "import"
    object_id: str
    version: int  # how many changes wait in this one notification


class CompanyView(NamedTuple):
    partner: int
    doc: dict[str, Any]
    imports: Shown[ImportView]
    tickets: Shown[TicketView]
    payments: Shown[PaymentRow]
    pending_changes: list[PendingChange]
    pending_payments: list[PaymentRow]
    deliveries: Shown[Delivery]

    @property
    def company_id(self) -> str:
        return str(self.doc["company_id"])

    @property
    def currency(self) -> str:
        return str(self.doc.get("currency") or "EUR")


class InvoiceView(NamedTuple):
    doc: dict[str, Any]
    company: CompanySummary
    import_row: ImportRow
    ticket_status: str | None
    payment_in_progress: bool
    payments: list[PaymentRow]
    pending: bool  # a change notification about this invoice waits


def mask_key(key: str) -> str:
    """Enough of a key to tell partners apart, never enough to use it: at most its last four
    characters, and only when they are at most a quarter of it."""
    visible = min(4, len(key) // 4)
    tail = key[-visible:] if visible else ""
    return f"\u2022\u2022\u2022\u2022{tail} ({len(key)} characters)"


def customer_name(customer: dict[str, Any]) -> str:
    name = customer.get("name") or {}
    parts = (name.get(part) for part in ("first_name", "infix", "last_name"))
    return " ".join(part for part in parts if part) or "(no name)"


class Inspector:
    """Read-only questions about the mock's state."""

    def __init__(self, store: Store, deliveries: DeliveryLog) -> None:
        self.store = store
        self.records = PaymentRecords(store)
        self.deliveries = deliveries

    def _company_summaries(self) -> dict[int, list[CompanySummary]]:
        by_partner: dict[int, list[CompanySummary]] = {}
        rows = self.store.conn.execute("SELECT partner, company_id, doc FROM companies ORDER BY seq")
        for partner, company_id, doc in rows:
            fields = json.loads(doc)
            name, currency = str(fields.get("name") or ""), str(fields.get("currency") or "EUR")
            summary = CompanySummary(company_id, name, currency)
            by_partner.setdefault(partner, []).append(summary)
        return by_partner

    def partners(self) -> list[PartnerSummary]:
        conn = self.store.conn
        with_sso = {row[0] for row in conn.execute("SELECT partner FROM sso_credentials")}
        companies = self._company_summaries()
        return [
            PartnerSummary(seq, mask_key(api_key), seq in with_sso, companies.get(seq, []))
            for seq, api_key in conn.execute("SELECT seq, api_key FROM partners ORDER BY seq")
        ]

    def pending_counts(self) -> tuple[int, int]:
        """Change notifications and payment notifications waiting, over all partners."""
        return len(self.store.pending()), len(self.records.notices())

    def recent_deliveries(self) -> Shown[Delivery]:
        return _cut(self.deliveries.newest_first())

    def company(self, company_id: str) -> CompanyView | None:
        if not is_id(company_id):
            return None
        ref = self.records.company(company_id)
        if ref is None:
            return None
        _, import_count = self.store.company_imports(ref.seq, 0, 0)
        imports, _ = self.store.company_imports(ref.seq, MAX_IMPORTS, max(0, import_count - MAX_IMPORTS))
        views = Shown([ImportView(row, self._invoices(row)) for row in imports], import_count)
        pending = [
            PendingChange(kind, object_id, version)
            for partner, kind, object_id, version in self.store.pending()
            if partner == ref.partner and self._company_of(kind, object_id, partner) == company_id
        ]
        waiting = [row for row, _ in self._queued_payments() if row.company_id == company_id]
        deliveries = [
            entry
            for entry in self.deliveries.newest_first()
            if entry.partner == ref.partner and entry.company_id in (None, company_id)
        ]
        return CompanyView(
            ref.partner,
            json.loads(ref.doc),
            views,
            self._tickets(ref.seq),
            self._payments(ref.seq),
            pending,
            waiting,
            _cut(deliveries),
        )

    def _company_of(self, kind: str, object_id: str, partner: int) -> str | None:
        """The company of a pending notification's import or invoice (None once deleted)."""
        if kind == "import":
            found = self.store.import_row(object_id, partner)
            return None if found is None else found.company_id
        invoice = self.store.invoice_row(object_id, partner)
        return None if invoice is None else self.store.import_by_seq(invoice.import_seq).company_id

    def _invoices(self, row: ImportRow) -> Shown[InvoiceSummary]:
        ids = self.store.invoice_ids(row.seq)
        summaries = []
        for invoice_id in ids[:MAX_INVOICES_PER_IMPORT]:
            invoice = self.store.invoice_row(invoice_id, None)
            if invoice is None:
                continue
            doc = json.loads(invoice.doc)
            summaries.append(
                InvoiceSummary(
                    invoice_id,
                    str(doc["invoice_number"]),
                    doc.get("external_invoice_number"),
                    customer_name(doc.get("customer") or {}),
                    len(doc["invoice_lines"]),
                    int(doc["amount_total_cents"]),
                    doc.get("retracted_at") is not None,
                    invoice.ticket_status,
                )
            )
        return Shown(summaries, len(ids))

    def _tickets(self, company_seq: int) -> Shown[TicketView]:
        tickets: list[TicketView] = []
        total = 0
        for status in sorted(TICKET_STATUSES):
            _, count = self.store.company_tickets(company_seq, status, 0, 0)
            total += count
            docs, _ = self.store.company_tickets(company_seq, status, MAX_ROWS, max(0, count - MAX_ROWS))
            for raw in docs:
                doc = json.loads(raw)
                tickets.append(
                    TicketView(
                        status,
                        doc["invoice_id"],
                        doc["ticket_id"],
                        doc["sender"],
                        doc["message"],
                        doc["date"],
                    )
                )
        tickets.sort(key=lambda ticket: ticket.date, reverse=True)
        return Shown(tickets[:MAX_ROWS], total)

    def _payments(self, company_seq: int) -> Shown[PaymentRow]:
        query = "SELECT count(*) FROM payments WHERE company_seq = ?"
        total = int(self.store.conn.execute(query, (company_seq,)).fetchone()[0])
        return Shown(self.records.newest_first(company_seq, MAX_ROWS, 0), total)

    def _queued_payments(self) -> list[tuple[PaymentRow, int]]:
        found = []
        for seq, version in self.records.notices():
            row = self.records.by_seq(seq)
            if row is not None:
                found.append((row, version))
        return found

    def invoice(self, invoice_id: str) -> InvoiceView | None:
        row = self.store.invoice_row(invoice_id, None) if is_id(invoice_id) else None
        if row is None:
            return None
        import_row = self.store.import_by_seq(row.import_seq)
        ref = self.records.company(import_row.company_id)
        fields = json.loads(ref.doc) if ref is not None else {}
        company = CompanySummary(
            import_row.company_id, str(fields.get("name") or ""), str(fields.get("currency") or "EUR")
        )
        query = "SELECT seq FROM payments WHERE invoice_id = ? ORDER BY seq DESC LIMIT ?"
        found = (
            self.records.by_seq(seq) for (seq,) in self.store.conn.execute(query, (invoice_id, MAX_ROWS))
        )
        payments = [payment for payment in found if payment is not None]
        pending = any(
            kind == "invoice" and object_id == invoice_id for _, kind, object_id, _ in self.store.pending()
        )
        return InvoiceView(
            json.loads(row.doc), company, import_row, row.ticket_status, bool(row.paying), payments, pending
        )
