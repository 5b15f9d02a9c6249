"""The fee run of ``fee_run`` with AsyncClubCollect: the same steps, awaited, invoices added concurrently."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from clubcollect_client import AsyncClubCollect, NotFoundError, UnprocessableEntityError

from .fee_run import FeeRun, Member, lines_for


async def _add(acc: AsyncClubCollect, run: FeeRun, season: str, member: Member) -> None:
    lines = lines_for(member, season)
    try:
        invoice = await acc.invoices.create(
            import_id=run.import_id,
            external_invoice_number=f"{season}-{member.number}",
            customer={"name": {"last_name": member.last_name}, "email": {"email_address": member.email}},
            invoice_lines=lines,
            amount_total_cents=sum(line["amount_cents"] for line in lines),
        )
    except UnprocessableEntityError as error:
        run.refused[member.number] = error.error_code or f"status {error.status_code}"
        return
    run.invoice_ids[member.number] = invoice.invoice_id


async def open_fee_run(
    acc: AsyncClubCollect, company_id: str, season: str, members: Sequence[Member]
) -> FeeRun:
    batch = await acc.imports.create(company_id=company_id, title=f"Fees {season}")
    run = FeeRun(import_id=batch.import_id, invoice_ids={}, refused={})
    await asyncio.gather(*(_add(acc, run, season, member) for member in members))
    return run


async def outstanding_cents(acc: AsyncClubCollect, invoice_id: str) -> int:
    return sum(line.amount_cents for line in await acc.invoices.lines(invoice_id))


async def handle_notification(acc: AsyncClubCollect, body: bytes) -> dict[str, int]:
    notification = acc.notifications.parse(body)
    return {invoice_id: await outstanding_cents(acc, invoice_id) for invoice_id in notification.invoice_ids}


async def cancel_membership(acc: AsyncClubCollect, invoice_id: str, reason: str) -> bool:
    invoice = await acc.invoices.credit_and_retract(
        invoice_id,
        external_invoice_number=f"credit-{invoice_id[:8]}",
        description="Cancelled",
        retraction_reason=reason,
    )
    return invoice.retracted_at is not None


async def season_titles(acc: AsyncClubCollect, company_id: str) -> list[str]:
    return [batch.title or "(untitled)" async for batch in acc.imports.list(company_id, page_size=2)]


async def first_page_of_questions(acc: AsyncClubCollect, company_id: str) -> tuple[int, int | None, bool]:
    page = await acc.tickets.list_for_company(company_id, "unanswered", page_size=1)
    return len(page.items), page.total_entries, page.has_next_page()


async def answer_open_questions(acc: AsyncClubCollect, company_id: str, answer: str) -> list[str]:
    answered: list[str] = []
    async for ticket in acc.tickets.list_for_company(company_id, "unanswered", page_size=10):
        if ticket.invoice_id not in answered:
            await acc.tickets.create(ticket.invoice_id, message=answer)
            answered.append(ticket.invoice_id)
    return answered


async def forget(acc: AsyncClubCollect, import_id: str, invoice_ids: Sequence[str]) -> bool:
    """Delete the invoices of an import that was never sent, then the import; True when gone."""
    for invoice_id in invoice_ids:
        await acc.invoices.delete(invoice_id)
    await acc.imports.delete(import_id)
    try:
        await acc.imports.get(import_id)
    except NotFoundError:
        return True
    return False
