"""ClubCollect tells the club when something happens on its side: here, a member pays by iDEAL."""

from __future__ import annotations

import pytest
from club_billing import Member, amounts_due, bill_members

from clubcollect_client import ClubCollect, InvalidNotification
from clubcollect_mock.harness import ClubCollectMock, MockPartner


def test_a_payment_at_clubcollect_reaches_the_notification_endpoint(
    clubcollect_mock: ClubCollectMock,
    clubcollect_partner: MockPartner,
    clubcollect_client: ClubCollect,
    members: list[Member],
) -> None:
    import_id = bill_members(clubcollect_client, clubcollect_partner.company_id, "2026", members[:1])
    [invoice_id] = clubcollect_client.imports.get(import_id).invoice_ids

    clubcollect_mock.simulate(invoice_id, "payments", amount_cents=12_500, payment_method="ideal")
    [notification] = clubcollect_mock.flush_notifications(clubcollect_partner)

    assert amounts_due(clubcollect_client, notification.body) == {"2026-0001": 0}


def test_a_notification_for_another_key_is_refused(
    clubcollect_mock: ClubCollectMock, clubcollect_client: ClubCollect, members: list[Member]
) -> None:
    other = clubcollect_mock.new_partner()
    with ClubCollect(api_key=other.api_key, base_url=other.base_url) as other_client:
        import_id = bill_members(other_client, other.company_id, "2026", members[:1])
        [invoice_id] = other_client.imports.get(import_id).invoice_ids
    clubcollect_mock.simulate(invoice_id, "payments", amount_cents=100, payment_method="sdd")
    [notification] = clubcollect_mock.flush_notifications(other)

    with pytest.raises(InvalidNotification):
        amounts_due(clubcollect_client, notification.body)
