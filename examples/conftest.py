"""Nothing to set up: the clubcollect_mock, clubcollect_partner and clubcollect_client fixtures
come from the clubcollect-mock pytest plugin. Only the club's own test data lives here."""

from __future__ import annotations

import pytest
from club_billing import Member


@pytest.fixture
def members() -> list[Member]:
    return [
        Member("0001", "Jansen", "jansen@example.com", 12_500),
        Member("0002", "de Vries", "devries@example.com", 7_500),
    ]
