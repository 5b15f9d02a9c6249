"""A member pays online: the signed link, the provider's checkout, the signed way back."""

from __future__ import annotations

from club_billing import is_paid, payment_link

from clubcollect_client import ClubCollect
from clubcollect_client.models import PaymentResult
from clubcollect_mock.harness import ClubCollectMock, MockPartner


def test_an_authorized_payment_comes_back_signed(
    clubcollect_mock: ClubCollectMock, clubcollect_partner: MockPartner, clubcollect_client: ClubCollect
) -> None:
    link = payment_link(clubcollect_client, clubcollect_partner.company_id, "42", 2_500, "Jansen")

    back = clubcollect_mock.complete_checkout(link, "authorized")

    assert back.startswith("https://club.example/paid?order=42&")
    assert is_paid(clubcollect_client, back)
    status = clubcollect_client.payments.get("order-42-attempt-1", company_id=clubcollect_partner.company_id)
    assert status.payment_result == PaymentResult.AUTHORIZED
    [notice] = [n for n in clubcollect_mock.flush_notifications(clubcollect_partner) if n.kind == "payment"]
    assert clubcollect_client.payments.parse_notification(notice.body).payment_id == "order-42-attempt-1"


def test_a_refused_payment_is_not_paid(
    clubcollect_mock: ClubCollectMock, clubcollect_partner: MockPartner, clubcollect_client: ClubCollect
) -> None:
    link = payment_link(clubcollect_client, clubcollect_partner.company_id, "43", 2_500, "Jansen")

    assert not is_paid(clubcollect_client, clubcollect_mock.complete_checkout(link, "refused"))
