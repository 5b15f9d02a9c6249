"""A club's yearly fee run through ClubCollect, the way a partner's back office would drive it.

Open an import, add one invoice per member (a member ClubCollect cannot reach is reported, not
fatal), transmit, follow up on payments reported by notifications, credit a cancelled
membership, and answer the members' questions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from clubcollect_client import ClubCollect, UnprocessableEntityError
from clubcollect_client.models import LineType
from clubcollect_client.params import InvoiceLineRequestParam


@dataclass(frozen=True)
class Member:
    number: str
    last_name: str
    email: str
    fee_cents: int
    discount_cents: int = 0


@dataclass
class FeeRun:
    import_id: str
    invoice_ids: dict[str, str]  # member number -> invoice id
    refused: dict[str, str]  # member number -> error code


def lines_for(member: Member, season: str) -> list[InvoiceLineRequestParam]:
    lines: list[InvoiceLineRequestParam] = [
        {"amount_cents": member.fee_cents, "description": f"Membership {season}"}
    ]
    if member.discount_cents:
        lines.append({"amount_cents": -member.discount_cents, "description": "Family discount"})
    return lines


def open_fee_run(cc: ClubCollect, company_id: str, season: str, members: Sequence[Member]) -> FeeRun:
    batch = cc.imports.create(
        company_id=company_id, title=f"Fees {season}", expected_invoices_count=len(members)
    )
    run = FeeRun(import_id=batch.import_id, invoice_ids={}, refused={})
    for member in members:
        lines = lines_for(member, season)
        try:
            invoice = cc.invoices.create(
                import_id=batch.import_id,
                external_invoice_number=f"{season}-{member.number}",
                customer={"name": {"last_name": member.last_name}, "email": {"email_address": member.email}},
                invoice_lines=lines,
                amount_total_cents=sum(line["amount_cents"] for line in lines),
                club_membership_number=member.number,
                locale="nl",
            )
        except UnprocessableEntityError as error:
            run.refused[member.number] = error.error_code or f"status {error.status_code}"
            continue
        run.invoice_ids[member.number] = invoice.invoice_id
    return run


def send_off(cc: ClubCollect, run: FeeRun) -> bool:
    cc.imports.transmit(run.import_id)
    return cc.imports.get(run.import_id).transmitted


def outstanding_cents(cc: ClubCollect, invoice_id: str) -> int:
    return sum(line.amount_cents for line in cc.invoices.lines(invoice_id))


def paid_cents(cc: ClubCollect, invoice_id: str) -> int:
    return -sum(line.amount_cents for line in cc.invoices.lines(invoice_id) if line.type_ == LineType.PAYMENT)


def handle_notification(cc: ClubCollect, body: bytes) -> dict[str, int]:
    """The webhook: check the call is ClubCollect's, then fetch what changed (outstanding per invoice)."""
    notification = cc.notifications.parse(body)
    return {invoice_id: outstanding_cents(cc, invoice_id) for invoice_id in notification.invoice_ids}


def cancel_membership(cc: ClubCollect, invoice_id: str, reason: str) -> bool:
    invoice = cc.invoices.credit_and_retract(
        invoice_id,
        external_invoice_number=f"credit-{invoice_id[:8]}",
        description="Membership cancelled",
        retraction_reason=reason,
        show_retraction_reason_to_customer=False,
    )
    return invoice.retracted_at is not None and invoice.amount_total_cents == 0


def season_titles(cc: ClubCollect, company_id: str) -> list[str]:
    return [batch.title or "(untitled)" for batch in cc.imports.list(company_id, page_size=2)]


def answer_open_questions(cc: ClubCollect, company_id: str, answer: str) -> list[str]:
    """Reply to every unanswered thread once; returns the invoices answered."""
    answered: list[str] = []
    for ticket in cc.tickets.list_for_company(company_id, "unanswered", page_size=10):
        if ticket.invoice_id not in answered:
            cc.tickets.create(ticket.invoice_id, message=answer)
            answered.append(ticket.invoice_id)
    return answered


def thread_of(cc: ClubCollect, invoice_id: str) -> list[str]:
    return [f"{ticket.sender}: {ticket.message}" for ticket in cc.tickets.list(invoice_id)]
