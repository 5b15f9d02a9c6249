"""Billing a season: an import with an invoice per member, handed to ClubCollect."""

from __future__ import annotations

from club_billing import Member, bill_members

from clubcollect_client import ClubCollect
from clubcollect_mock.harness import MockPartner


def test_a_season_becomes_one_transmitted_import(
    clubcollect_client: ClubCollect, clubcollect_partner: MockPartner, members: list[Member]
) -> None:
    import_id = bill_members(clubcollect_client, clubcollect_partner.company_id, "2026", members)

    batch = clubcollect_client.imports.get(import_id)
    assert batch.transmitted
    listed = list(clubcollect_client.imports.list(clubcollect_partner.company_id))
    assert [item.import_id for item in listed] == [import_id]  # a fresh partner: only this test's import


def test_invoices_carry_the_members_fees(
    clubcollect_client: ClubCollect, clubcollect_partner: MockPartner, members: list[Member]
) -> None:
    import_id = bill_members(clubcollect_client, clubcollect_partner.company_id, "2026", members)

    invoice_ids = clubcollect_client.imports.get(import_id).invoice_ids
    fees = sorted(
        clubcollect_client.invoices.get(invoice_id).amount_total_cents for invoice_id in invoice_ids
    )
    assert fees == [7_500, 12_500]
