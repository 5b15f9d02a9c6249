"""The club's code survives ClubCollect having a bad moment, and says so when it cannot."""

from __future__ import annotations

import pytest
from club_billing import Member, bill_members

from clubcollect_client import ClubCollect, InternalServerError, RateLimitError
from clubcollect_mock.harness import ClubCollectMock, MockPartner


def test_two_unavailable_answers_are_retried_away(
    clubcollect_mock: ClubCollectMock, clubcollect_partner: MockPartner, clubcollect_client: ClubCollect
) -> None:
    with clubcollect_mock.faults(fail_next=2, fail_next_status=503):
        company = clubcollect_client.companies.get(clubcollect_partner.company_id)  # GET: safe to repeat
        assert clubcollect_mock.current_faults().fail_next == 0  # both failures were met, and retried

    assert company.company_id == clubcollect_partner.company_id


def test_an_outage_longer_than_the_retries_is_a_typed_error(
    clubcollect_mock: ClubCollectMock, clubcollect_partner: MockPartner, clubcollect_client: ClubCollect
) -> None:
    impatient = clubcollect_client.with_options(max_retries=1)
    with (
        clubcollect_mock.faults(fail_next=5, fail_next_status=503),
        pytest.raises(InternalServerError) as caught,
    ):
        impatient.companies.get(clubcollect_partner.company_id)
    assert caught.value.status_code == 503


def test_a_throttled_import_is_not_sent_twice(
    clubcollect_mock: ClubCollectMock,
    clubcollect_partner: MockPartner,
    clubcollect_client: ClubCollect,
    members: list[Member],
) -> None:
    # A POST is retried only when it never reached the server, so a 429 surfaces instead of a duplicate.
    with clubcollect_mock.faults(throttle_rate=1.0, retry_after=0), pytest.raises(RateLimitError):
        bill_members(clubcollect_client, clubcollect_partner.company_id, "2026", members)

    assert list(clubcollect_client.imports.list(clubcollect_partner.company_id)) == []
