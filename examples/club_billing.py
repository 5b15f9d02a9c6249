"""A sports club's billing code, as a partner writes it: the code the example tests exercise.

It uses only the public ``clubcollect_client`` API; the tests give it a client bound to the mock.
"""

from __future__ import annotations

from dataclasses import dataclass

from clubcollect_client import ClubCollect
from clubcollect_client.models import PaymentResult


@dataclass(frozen=True)
class Member:
    number: str
    last_name: str
    email: str
    fee_cents: int


def bill_members(cc: ClubCollect, company_id: str, season: str, members: list[Member]) -> str:
    """One import per season with an invoice per member, handed to ClubCollect; returns the import id."""
    batch = cc.imports.create(company_id=company_id, title=f"Membership {season}")
    for member in members:
        cc.invoices.create(
            import_id=batch.import_id,
            external_invoice_number=f"{season}-{member.number}",
            customer={"name": {"last_name": member.last_name}, "email": {"email_address": member.email}},
            invoice_lines=[{"amount_cents": member.fee_cents, "description": f"Membership {season}"}],
            amount_total_cents=member.fee_cents,
        )
    cc.imports.transmit(batch.import_id)
    return batch.import_id


def amounts_due(cc: ClubCollect, body: bytes) -> dict[str, int]:
    """The notification endpoint's work: what each changed invoice still asks, by its number."""
    notification = cc.notifications.parse(body)  # refuses a body that is not for our key
    due: dict[str, int] = {}
    for invoice_id in notification.invoice_ids:
        invoice = cc.invoices.get(invoice_id)
        due[str(invoice.external_invoice_number)] = invoice.amount_total_cents
    return due


def payment_link(cc: ClubCollect, company_id: str, order: str, amount_cents: int, last_name: str) -> str:
    return cc.payments.url(
        payment_method="ideal",
        company_id=company_id,
        redirect_url=f"https://club.example/paid?order={order}",
        amount_cents=amount_cents,
        last_name=last_name,
        payment_id=f"order-{order}-attempt-1",
    )


def is_paid(cc: ClubCollect, return_url: str) -> bool:
    """Where the payee's browser comes back: trust the result only if its signature holds."""
    return cc.payments.verify_redirect(return_url).payment_result == PaymentResult.AUTHORIZED
