"""What happens to a payment: started by a signed link, decided at checkout or later (P4-P12).

Every change runs in one SQLite transaction: the payment row, the invoice it pays, the import's
settled amount and the queued payment notification move together or not at all.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from clubcollect_mock.api.invoices import INVOICE_NUMBER_OFFSET
from clubcollect_mock.errors import dumps
from clubcollect_mock.ids import new_id, new_invoice_ids
from clubcollect_mock.ledger import PAYMENT_TYPES, append_line, build_invoice, make_line
from clubcollect_mock.payments.records import CompanyRef, PaymentRecords, PaymentRow
from clubcollect_mock.payments.rules import RESULTS, TABLE, StartRequest, parameter_problems
from clubcollect_mock.payments.signing import signature_of
from clubcollect_mock.schemas.invoice import InvoiceInput, empty_customer, request_line
from clubcollect_mock.store import InvoiceRow, Store

# Which results may follow which (P10): an undecided checkout may end in any of them, a pending
# payment resolves once, a cancelled one can still be authorized; the rest are final.
NEXT_RESULTS: dict[str | None, frozenset[str]] = {
    None: frozenset(RESULTS),
    "pending": frozenset(RESULTS) - {"pending"},
    "cancelled": frozenset({"authorized"}),
}
RESULT_NAMES = (
    "company_id",
    "invoice_id",
    "external_invoice_number",
    "payment_id",
    "payment_method",
    "payment_result",
)
# Customer fields of a new invoice, by the part of the invoice's customer they fill.
_CUSTOMER_FIELDS = {
    "name": ("prefix", "first_name", "infix", "last_name"),
    "address": ("address1", "address2", "house_number", "zipcode", "city", "country_code"),
    "email": ("email_address",),
    "phone": ("phone_number",),
}


class StartRefused(Exception):
    """A link that is refused; ``details`` are the ``error_details`` reasons, in order."""

    def __init__(self, details: list[str]) -> None:
        super().__init__(";".join(details))
        self.details = details


class TransitionRefused(Exception):
    """A result that may not follow the payment's current one."""


def in_table_order(problems: list[str]) -> list[str]:
    return sorted(set(problems), key=lambda problem: TABLE.index(problem.removeprefix("invalid_")))


def with_query(url: str, params: dict[str, str]) -> str:
    """``url`` with ``params`` added to its own query, before any fragment (P13)."""
    parts = urlsplit(url)
    added = urlencode(params)
    query = f"{parts.query}&{added}" if parts.query else added
    return urlunsplit(parts._replace(query=query))


class PaymentDesk:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.records = PaymentRecords(store)

    # -- starting ------------------------------------------------------------------------------

    def start(self, company: CompanyRef, method: str, request: StartRequest, now: str) -> PaymentRow:
        """Check a signed link's parameters and record the payment (and its new invoice)."""
        invoice_id = request.get("invoice_id")
        problems = parameter_problems(request, pays_invoice=invoice_id is not None)
        invoice = None
        if invoice_id is not None:
            invoice = None if "invoice_id" in request.repeated else self._payable(company, invoice_id)
            if invoice is None:
                problems.append("invalid_invoice_id")
        payment_id = request.get("payment_id")
        if payment_id is not None and self.records.id_taken(company.seq, payment_id):
            problems.append("invalid_payment_id")
        if problems:
            raise StartRefused(in_table_order(problems))
        with self.store.transaction():
            doc = json.loads(invoice.doc) if invoice is not None else self._new_invoice(company, request, now)
            row = PaymentRow(
                seq=0,
                company_seq=company.seq,
                company_id=company.company_id,
                partner=company.partner,
                payment_id=payment_id or new_id(),
                checkout=new_id(),
                invoice_id=doc["invoice_id"],
                method=method,
                result=None,
                amount=int(doc["amount_total_cents"]),
                external_invoice_number=doc["external_invoice_number"],
                redirect_url=request.values["redirect_url"],
                created_at=now,
                updated_at=now,
            )
            return self.records.insert(row)

    def _payable(self, company: CompanyRef, invoice_id: str) -> InvoiceRow | None:
        """The company's invoice with something left to pay (P11)."""
        row = self.store.invoice_row(invoice_id, company.partner)
        if row is None or self.store.company_seq_of_import(row.import_seq) != company.seq:
            return None
        doc = json.loads(row.doc)
        return row if doc["retracted_at"] is None and doc["amount_total_cents"] > 0 else None

    def _batch_import_seq(self, company: CompanyRef, month: str) -> int:
        """The company's import for payments of ``month``, made on first use (P11)."""
        existing = self.records.batch_import(company.seq, month)
        if existing is not None:
            return existing
        import_id = new_id()
        currency = json.loads(company.doc)["currency"]
        self.store.insert_import(
            import_id, company.partner, company.seq, company.company_id, f"iDEAL ({month})", None, currency
        )
        row = self.store.import_row(import_id, company.partner)
        assert row is not None
        self.records.remember_batch(company.seq, month, row.seq)
        return row.seq

    def _new_invoice(self, company: CompanyRef, request: StartRequest, now: str) -> dict[str, Any]:
        target = self.store.import_by_seq(self._batch_import_seq(company, now[:7]))
        customer = empty_customer()
        for part, names in _CUSTOMER_FIELDS.items():
            for name in names:
                customer[part][name] = request.get(name)
        locale = request.get("locale")
        fields: dict[str, Any] = {
            "external_invoice_number": request.get("external_invoice_number"),
            "reference": None,
            "direct_debit_iban": None,
            "federation_membership_number": None,
            "club_membership_number": None,
            "member_external_id": None,
            "external_membership_number": None,
            "locale": locale.lower() if locale else None,
        }
        amount = int(request.values["amount_cents"])
        line = request_line(None, amount, request.get("payment_reference"), None)
        data = InvoiceInput(target.import_id, fields, customer, [line], amount, [])
        seq = self.store.reserve_invoice_seq()
        invoice_id, line_ids = new_invoice_ids(seq, 1)
        doc = build_invoice(
            invoice_id, target.import_id, str(INVOICE_NUMBER_OFFSET + seq), data, now, line_ids
        )
        self.store.insert_invoice(seq, invoice_id, target.seq, company.partner, dumps(doc), [])
        return doc

    # -- deciding ------------------------------------------------------------------------------

    def decide(self, row: PaymentRow, result: str, now: str) -> PaymentRow:
        """Move the payment to ``result``; an authorization pays its invoice (P10)."""
        if result not in NEXT_RESULTS.get(row.result, frozenset()):
            raise TransitionRefused(f"{row.result or 'undecided'} -> {result}")
        with self.store.transaction():
            self.records.set_result(row.seq, result, now)
            if result == "authorized":
                self._pay_invoice(row, now)
            self.records.queue_notice(row.seq)
        return row._replace(result=result, updated_at=now)

    def _pay_invoice(self, row: PaymentRow, now: str) -> None:
        invoice = self.store.invoice_row(row.invoice_id, None)
        if invoice is None:
            return  # the partner deleted the invoice meanwhile: nothing left to pay into
        doc = json.loads(invoice.doc)
        line_type, subtype = PAYMENT_TYPES["invoice"]
        append_line(doc, make_line(line_type, -row.amount, now, subtype=subtype, payment_method=row.method))
        store = self.store
        store.save_invoice(invoice, dumps(doc))
        store.mark_changed(row.partner, "invoice", row.invoice_id)
        target = store.import_by_seq(invoice.import_seq)
        store.add_settled(target.seq, row.amount)
        store.mark_changed(row.partner, "import", target.import_id)

    # -- what the partner sees -------------------------------------------------------------------

    @staticmethod
    def status_doc(row: PaymentRow) -> dict[str, Any]:
        return {
            "company_id": row.company_id,
            "invoice_id": row.invoice_id,
            "payment_id": row.payment_id,
            "payment_method": row.method,
            "payment_result": row.result or "pending",
            "external_invoice_number": row.external_invoice_number or None,
            "created_at": row.created_at,
            "updated_at": row.updated_at,
        }

    def result_url(self, row: PaymentRow) -> str:
        """``redirect_url`` with the signed result appended (P4)."""
        doc = self.status_doc(row)
        params = {name: doc[name] or "" for name in RESULT_NAMES}
        key = self.store.partner_key(row.partner)
        if key is not None:  # the partner is gone after a reset: nothing to sign with
            params["signature"] = signature_of(params, key)
        return with_query(row.redirect_url, params)
