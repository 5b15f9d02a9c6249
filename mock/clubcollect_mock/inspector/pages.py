"""The inspector's pages: the overview, one company, one invoice, and the refusals."""

from __future__ import annotations

from typing import Any

from clubcollect_mock.deliveries import Delivery
from clubcollect_mock.inspector.html import (
    Html,
    company_href,
    details,
    document,
    element,
    invoice_href,
    join,
    link,
    money,
    more,
    table,
    tag,
)
from clubcollect_mock.inspector.state import (
    CompanyView,
    ImportView,
    InvoiceView,
    PartnerSummary,
    Shown,
    customer_name,
)
from clubcollect_mock.payments.records import PaymentRow


def _code(value: str | None) -> Html:
    return element("code", value) if value else Html("")


def _section(title: str, *parts: Html, section_id: str) -> Html:
    return element("section", element("h2", title) + join(parts), id=section_id)


def _delivery_status(entry: Delivery) -> Html:
    if entry.delivered:
        return tag("delivered (200)", "ok")
    return tag(f"not delivered ({entry.status or entry.detail or 'no answer'})", "bad")


def _deliveries(shown: Shown[Delivery], *, table_id: str) -> Html:
    rows = [
        (
            entry.at,
            entry.kind,
            join(_code(object_id) + Html(" ") for object_id in entry.object_ids),
            entry.detail if entry.kind == "payment" and entry.status is not None else "",
            _delivery_status(entry),
        )
        for entry in shown.rows
    ]
    return table(["sent at", "kind", "ids", "result", "answer"], rows, table_id=table_id) + more(
        shown.hidden, "older delivery attempts"
    )


def _payments(rows: list[PaymentRow], currency: str, *, table_id: str) -> Html:
    return table(
        ["payment", "invoice", "method", "result", "amount", "started", "updated"],
        [
            (
                _code(row.payment_id),
                link(invoice_href(row.invoice_id), _code(row.invoice_id)),
                row.method,
                row.result or "(checkout open)",
                money(row.amount, currency),
                row.created_at,
                row.updated_at,
            )
            for row in rows
        ],
        table_id=table_id,
        numeric=(4,),
    )


# -- overview ---------------------------------------------------------------------------------


def overview_page(
    partners: list[PartnerSummary], pending: tuple[int, int], deliveries: Shown[Delivery]
) -> str:
    rows = [
        (
            f"#{partner.number}",
            _code(partner.masked_key),
            tag("set up", "ok") if partner.has_sso else tag("not set up"),
            join(
                element(
                    "div",
                    link(company_href(company.company_id), _code(company.company_id))
                    + Html(" ")
                    + element("span", company.name),
                )
                for company in partner.companies
            ),
        )
        for partner in partners
    ]
    intro = element(
        "p",
        "The mock's state as it is now. Keys are masked; SSO secrets are never shown. "
        "Reload the page to see changes.",
        class_="note",
    )
    changes, payments = pending
    waiting = element(
        "p",
        f"{changes} change notification(s) and {payments} payment notification(s) wait for delivery.",
        id="pending-counts",
    )
    body = intro + _section(
        "Partners and companies",
        table(["partner", "API key", "SSO", "companies"], rows, table_id="partners"),
        section_id="partners-section",
    )
    body += _section(
        "Notifications",
        waiting,
        element("h3", "Recent delivery attempts"),
        _deliveries(deliveries, table_id="deliveries"),
        section_id="notifications",
    )
    return document("Mock inspector", body)


# -- one company ------------------------------------------------------------------------------


def _import_block(view: ImportView, currency: str) -> Html:
    row = view.row
    facts = details(
        [
            ("import id", _code(row.import_id)),
            ("title", row.title or "(none)"),
            ("transmitted", row.transmitted_at or "no"),
            ("expected invoices", row.expected if row.expected is not None else "(not given)"),
            ("settled", money(row.settled, row.currency)),
        ],
        list_id=f"import-{row.import_id}-facts",
    )
    invoices = table(
        ["invoice number", "external number", "customer", "lines", "amount due", "ticket", ""],
        [
            (
                invoice.invoice_number,
                invoice.external_invoice_number,
                invoice.customer,
                invoice.line_count,
                money(invoice.amount_due, row.currency),
                invoice.ticket_status or "",
                join(
                    [
                        tag("retracted", "bad") if invoice.retracted else Html(""),
                        link(invoice_href(invoice.invoice_id), "open"),
                    ]
                ),
            )
            for invoice in view.invoices.rows
        ],
        table_id=f"invoices-{row.import_id}",
        numeric=(4,),
    )
    heading = element("h3", f"Import {row.title or row.import_id}")
    return element(
        "div",
        heading + facts + invoices + more(view.invoices.hidden, "more invoices"),
        id=f"import-{row.import_id}",
    )


def company_page(view: CompanyView, *, via_sso: bool = False) -> str:
    doc = view.doc
    banner = (
        element(
            "p",
            "Signed in through the treasurer SSO link of this company.",
            class_="banner",
            id="sso-banner",
        )
        if via_sso
        else Html("")
    )
    facts = details(
        [
            ("company id", _code(view.company_id)),
            ("partner", f"#{view.partner}"),
            ("brand", doc.get("brand")),
            ("email", doc.get("email")),
            ("locale", doc.get("locale")),
            ("country", doc.get("country_code")),
            ("currency", view.currency),
        ],
        list_id="company-facts",
    )
    imports = join(_import_block(item, view.currency) for item in view.imports.rows)
    imports = more(view.imports.hidden, "earlier imports") + imports
    tickets = table(
        ["date", "status", "sender", "invoice", "message"],
        [
            (
                ticket.date,
                ticket.status,
                ticket.sender,
                link(invoice_href(ticket.invoice_id), _code(ticket.invoice_id)),
                ticket.message,
            )
            for ticket in view.tickets.rows
        ],
        table_id="tickets",
    )
    pending = table(
        ["kind", "id", "changes waiting"],
        [
            (
                change.kind,
                link(invoice_href(change.object_id), _code(change.object_id))
                if change.kind == "invoice"
                else _code(change.object_id),
                change.version,
            )
            for change in view.pending_changes
        ]
        + [("payment", _code(row.payment_id), row.result or "pending") for row in view.pending_payments],
        table_id="pending",
    )
    body = banner + facts
    body += _section(
        "Imports and invoices",
        imports if view.imports.rows else element("p", "No imports yet.", class_="empty"),
        section_id="imports",
    )
    older_tickets = more(view.tickets.hidden, "older tickets")
    body += _section("Tickets", tickets, older_tickets, section_id="tickets-section")
    body += _section(
        "Payments through payment links",
        _payments(view.payments.rows, view.currency, table_id="payments"),
        more(view.payments.hidden, "older payments"),
        section_id="payments-section",
    )
    body += _section(
        "Notifications",
        element("h3", "Pending"),
        pending,
        element("h3", "Recent delivery attempts to this company's partner"),
        _deliveries(view.deliveries, table_id="deliveries"),
        section_id="notifications",
    )
    return document(f"Company {doc.get('name') or view.company_id}", body)


# -- one invoice ------------------------------------------------------------------------------


def _line_rows(lines: list[dict[str, Any]], currency: str) -> list[tuple[Any, ...]]:
    return [
        (
            line.get("date"),
            line.get("type"),
            line.get("subtype"),
            line.get("description"),
            line.get("payment_method"),
            money(int(line.get("amount_cents") or 0), currency),
            _code(line.get("invoice_line_id")),
        )
        for line in lines
    ]


def invoice_page(view: InvoiceView) -> str:
    doc = view.doc
    currency = view.company.currency
    total = int(doc["amount_total_cents"])
    customer = doc.get("customer") or {}
    import_href = f"{company_href(view.company.company_id)}#import-{view.import_row.import_id}"
    email = (customer.get("email") or {}).get("email_address")
    facts = details(
        [
            ("invoice id", _code(doc["invoice_id"])),
            (
                "company",
                link(company_href(view.company.company_id), view.company.name or view.company.company_id),
            ),
            ("import", link(import_href, _code(view.import_row.import_id))),
            ("invoice number", doc.get("invoice_number")),
            ("external number", doc.get("external_invoice_number")),
            ("customer", customer_name(customer)),
            ("email", email),
            ("amount due", element("strong", money(total, currency), id="amount-due")),
            ("retracted", doc.get("retracted_at") or "no"),
            ("ticket thread", view.ticket_status or "(none)"),
            ("payment in progress", "yes" if view.payment_in_progress else "no"),
            ("change notification", "pending" if view.pending else "none pending"),
        ],
        list_id="invoice-facts",
    )
    lines = table(
        ["date", "type", "subtype", "description", "method", "amount", "line id"],
        _line_rows(doc.get("invoice_lines") or [], currency),
        table_id="lines",
        numeric=(5,),
    )
    note = element(
        "p", "The amount due is the sum of the lines: payments and credits are negative.", class_="note"
    )
    messages = table(
        ["date", "type", "description"],
        [(m.get("date"), m.get("type"), m.get("description")) for m in doc.get("messages") or []],
        table_id="messages",
    )
    tickets = table(
        ["date", "sender", "message"],
        [(t.get("date"), t.get("sender"), t.get("message")) for t in doc.get("tickets") or []],
        table_id="invoice-tickets",
    )
    body = facts + _section("Lines", lines, note, section_id="lines-section")
    payments = _payments(view.payments, currency, table_id="payments")
    body += _section("Payments through payment links", payments, section_id="payments-section")
    body += _section("Tickets", tickets, section_id="tickets-section")
    body += _section("Messages", messages, section_id="messages-section")
    return document(f"Invoice {doc.get('invoice_number') or doc['invoice_id']}", body)


# -- refusals ---------------------------------------------------------------------------------


def message_page(title: str, message: str, *, hint: str | None = None) -> str:
    body = element("p", message, class_="refusal", id="message")
    if hint:
        body += element("p", hint, class_="note", id="hint")
    return document(title, body)
