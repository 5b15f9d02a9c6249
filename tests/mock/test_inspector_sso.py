"""The treasurer SSO landing /treasurer/sso over real HTTP, with the mock's clock frozen.

A link is the hex SHA-256 of YYYYMMDD + company id + SSO salt + SSO key (FACTS 6b), good on its
UTC day give or take three hours. The links here are built by hand from that description, and
once more by the client library (its ``treasurer_sso_url``), never by the mock's own code.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from clubcollect_client import ClubCollect
from clubcollect_client.payments import treasurer_sso_url
from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread

from .conftest import client
from .page_reader import element_text

pytestmark = pytest.mark.mock_control
KEY = "canary-api-" + secrets.token_hex(16)
SALT = "canary-salt-" + secrets.token_hex(8)
SSO_KEY = "canary-sso-" + secrets.token_hex(8)
COMPANY = secrets.token_hex(20)
PLAIN_KEY, PLAIN_COMPANY = "canary-plain-" + secrets.token_hex(8), secrets.token_hex(20)  # no SSO
NOON = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


class FrozenClock:
    """The mock's idea of now, moved by the test."""

    def __init__(self) -> None:
        self.now = NOON

    def __call__(self) -> datetime:
        return self.now


def signature(day: date, company_id: str = COMPANY, salt: str = SALT, key: str = SSO_KEY) -> str:
    return hashlib.sha256(f"{day:%Y%m%d}{company_id}{salt}{key}".encode()).hexdigest()


class Landing:
    def __init__(self, root: str, clock: FrozenClock) -> None:
        self.root = root
        self.clock = clock
        self.web = client(root)

    def visit(self, status: int, **params: str) -> str:
        return self.visit_query(status, list(params.items()))

    def visit_query(self, status: int, params: list[tuple[str, str]]) -> str:
        response = self.web.get("/treasurer/sso", params=tuple(params))
        assert response.status_code == status, response.text
        assert response.headers["content-type"].startswith("text/html")
        assert response.headers["cache-control"] == "no-store"
        for secret in (KEY, SALT, SSO_KEY, PLAIN_KEY):
            assert secret not in response.text
        return response.text


@pytest.fixture(scope="module")
def served() -> Iterator[Landing]:
    clock = FrozenClock()
    partners = [Partner(KEY, COMPANY, SALT, SSO_KEY), Partner(PLAIN_KEY, PLAIN_COMPANY)]
    with serve_in_thread(create_app(partners, sso_clock=clock)) as root:
        landing = Landing(root, clock)
        yield landing
        landing.web.close()


@pytest.fixture
def landing(served: Landing) -> Landing:
    served.web.post("/_mock/reset").raise_for_status()
    served.clock.now = NOON
    return served


def test_a_good_link_shows_the_company_page(landing: Landing) -> None:
    page = landing.visit(200, company_uuid=COMPANY, signature=signature(NOON.date()))
    assert "Signed in through the treasurer SSO link" in element_text(page, "sso-banner")
    assert COMPANY in element_text(page, "company-facts")
    assert "Demo Sports Club" in page


def test_a_company_the_partner_created_later_takes_its_sso_link(landing: Landing) -> None:
    body = {"name": "HC Later", "brand": "knltb", "email": "b@example.com", "locale": "en"}
    body |= {"country_code": "GB", "currency": "GBP"}
    headers = {"Authorization": f"ApiKey {KEY}"}
    made = landing.web.post("/api/v2/companies", json=body, headers=headers)
    assert made.status_code == 200, made.text
    company_id = made.json()["company_id"]
    page = landing.visit(200, company_uuid=company_id, signature=signature(NOON.date(), company_id))
    assert "Company HC Later" in page and "sso-banner" in page
    # The link of one company does not open another of the same partner.
    landing.visit(403, company_uuid=company_id, signature=signature(NOON.date()))


def test_the_signature_may_be_upper_case_hex(landing: Landing) -> None:
    landing.visit(200, company_uuid=COMPANY, signature=signature(NOON.date()).upper())


@pytest.mark.parametrize(
    ("now", "signed_for", "status"),
    [
        # Just after midnight, yesterday's link still works (made at 23:59, followed at 00:30).
        (datetime(2026, 12, 7, 0, 30, tzinfo=UTC), date(2026, 12, 6), 200),
        (datetime(2026, 12, 7, 2, 59, tzinfo=UTC), date(2026, 12, 6), 200),
        (datetime(2026, 12, 7, 3, 1, tzinfo=UTC), date(2026, 12, 6), 403),
        # Before midnight, tomorrow's link works: the client dates links in Dutch time (UTC+1/+2).
        (datetime(2026, 6, 7, 22, 30, tzinfo=UTC), date(2026, 6, 8), 200),
        (datetime(2026, 6, 7, 20, 59, tzinfo=UTC), date(2026, 6, 8), 403),
        # Noon: only today.
        (NOON, NOON.date() - timedelta(days=1), 403),
        (NOON, NOON.date() + timedelta(days=1), 403),
    ],
)
def test_the_date_tolerance_around_midnight(
    landing: Landing, now: datetime, signed_for: date, status: int
) -> None:
    landing.clock.now = now
    landing.visit(status, company_uuid=COMPANY, signature=signature(signed_for))


def test_a_stale_link_is_refused_and_says_when_it_was_signed(landing: Landing) -> None:
    link = {"company_uuid": COMPANY, "signature": signature(NOON.date())}
    landing.visit(200, **link)
    landing.clock.now = NOON + timedelta(days=2)
    page = landing.visit(403, **link)
    assert "Expired SSO link" in page
    assert "signed for 2026-12-07" in element_text(page, "message")
    assert COMPANY not in element_text(page, "message")


def test_a_link_from_the_future_is_refused(landing: Landing) -> None:
    page = landing.visit(403, company_uuid=COMPANY, signature=signature(NOON.date() + timedelta(days=5)))
    assert "not yet valid" in page and "signed for 2026-12-12" in page


@pytest.mark.parametrize(
    "wrong",
    [
        signature(NOON.date(), salt="another-salt"),
        signature(NOON.date(), key="another-key"),
        signature(NOON.date(), company_id=PLAIN_COMPANY),
        hashlib.sha256(f"{NOON:%Y%m%d}{COMPANY}{SSO_KEY}{SALT}".encode()).hexdigest(),  # key and salt swapped
        signature(NOON.date())[:-1],
        "not-hex-at-all-\u00e9",
    ],
    ids=["other-salt", "other-key", "other-company", "salt-and-key-swapped", "cut-short", "not-hex"],
)
def test_a_wrong_signature_is_refused(landing: Landing, wrong: str) -> None:
    page = landing.visit(403, company_uuid=COMPANY, signature=wrong)
    assert "Invalid SSO signature" in page
    assert wrong not in page and "sso-banner" not in page


@pytest.mark.parametrize(
    ("query", "status", "title"),
    [
        ([], 400, "Incomplete SSO link"),
        ([("company_uuid", COMPANY)], 400, "Incomplete SSO link"),
        ([("signature", "ab")], 400, "Incomplete SSO link"),
        ([("company_uuid", COMPANY), ("signature", "")], 400, "Incomplete SSO link"),
        (
            [("company_uuid", COMPANY), ("company_uuid", COMPANY), ("signature", "ab")],
            400,
            "Incomplete SSO link",
        ),
        ([("company_uuid", "<script>"), ("signature", "ab")], 400, "Malformed SSO link"),
        ([("company_uuid", COMPANY.upper()), ("signature", "ab")], 400, "Malformed SSO link"),
        ([("company_uuid", "0" * 40), ("signature", "ab")], 404, "Unknown company"),
    ],
    ids=[
        "nothing",
        "no-signature",
        "no-company",
        "empty-signature",
        "repeated-company",
        "markup-company",
        "upper-case-company",
        "unknown-company",
    ],
)
def test_a_malformed_link_is_refused(
    landing: Landing, query: list[tuple[str, str]], status: int, title: str
) -> None:
    page = landing.visit_query(status, query)
    assert f"<h1>{title}</h1>" in page and "<script>" not in page


def test_a_partner_without_sso_gets_a_hint(landing: Landing) -> None:
    page = landing.visit(403, company_uuid=PLAIN_COMPANY, signature=signature(NOON.date(), PLAIN_COMPANY))
    assert "SSO not set up" in page
    assert "SSO_SALT:SSO_KEY" in element_text(page, "hint")


def test_only_get_is_allowed(landing: Landing) -> None:
    assert landing.web.post("/treasurer/sso").status_code == 405


def test_the_client_library_builds_links_the_mock_takes(landing: Landing) -> None:
    base_url = f"{landing.root}/api/v2"
    link = treasurer_sso_url(COMPANY, salt=SALT, key=SSO_KEY, today=NOON.date(), base_url=base_url)
    assert link.startswith(f"{landing.root}/treasurer/sso?")
    response = landing.web.get(link)
    assert response.status_code == 200 and "sso-banner" in response.text
    with ClubCollect(api_key=KEY, base_url=base_url) as cc:
        facade_link = cc.payments.sso_url(COMPANY, salt=SALT, key=SSO_KEY, today=NOON.date())
    assert landing.web.get(facade_link).status_code == 200
    wrong = treasurer_sso_url(COMPANY, salt=SALT, key="not-" + SSO_KEY, today=NOON.date(), base_url=base_url)
    assert landing.web.get(wrong).status_code == 403


def test_the_client_library_dates_links_in_dutch_time_which_the_mock_takes() -> None:
    # No frozen clock: the client's default date (the Netherlands) against the mock's real UTC
    # clock, whatever the hour this runs.
    with serve_in_thread(create_app([Partner(KEY, COMPANY, SALT, SSO_KEY)])) as root:
        link = treasurer_sso_url(COMPANY, salt=SALT, key=SSO_KEY, base_url=f"{root}/api/v2")
        with client(root) as web:
            assert web.get(link).status_code == 200


# -- partners with SSO made by the control API --------------------------------------------------


def test_control_api_creates_a_partner_with_sso(landing: Landing) -> None:
    company = secrets.token_hex(20)
    body = {"company_id": company, "sso_salt": "salt-" + SALT, "sso_key": "key-" + SSO_KEY}
    made = landing.web.post("/_mock/partners", json=body)
    assert made.status_code == 200
    assert SALT not in made.text and SSO_KEY not in made.text
    link = signature(NOON.date(), company, "salt-" + SALT, "key-" + SSO_KEY)
    landing.visit(200, company_uuid=company, signature=link)
    # A reset forgets partners made at run time, SSO included; the seeded ones keep theirs.
    landing.web.post("/_mock/reset").raise_for_status()
    landing.visit(404, company_uuid=company, signature=link)
    landing.visit(200, company_uuid=COMPANY, signature=signature(NOON.date()))


def test_control_api_without_sso_fields_makes_a_partner_without_sso(landing: Landing) -> None:
    made = landing.web.post("/_mock/partners", json={}).json()
    page = landing.visit(403, company_uuid=made["company_id"], signature="ab")
    assert "SSO not set up" in page


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"sso_salt": "only-the-salt"}, "sso_key"),
        ({"sso_key": "only-the-key"}, "sso_salt"),
        ({"sso_salt": "has space", "sso_key": "k"}, "sso_salt"),
        ({"sso_salt": "s", "sso_key": ""}, "sso_key"),
        ({"sso_salt": "s", "sso_key": 7}, "sso_key"),
        ({"sso_salt": "s", "sso_key": "k" * 256}, "sso_key"),
    ],
)
def test_control_api_refuses_bad_sso_fields_and_writes_nothing(
    landing: Landing, body: dict[str, object], field: str
) -> None:
    company = secrets.token_hex(20)
    refused = landing.web.post("/_mock/partners", json={"company_id": company, **body})
    assert refused.status_code == 422
    answer = refused.json()
    assert answer["error"] == "invalid_request"
    assert answer["field"] == field  # the refusal names the field it is about
    assert refused.headers["x-mock-reason"]
    for secret in ("only-the-salt", "only-the-key", "has space", "k" * 256):
        assert secret not in refused.text and secret not in refused.headers["x-mock-reason"]
    # Nothing was written: the same company id is still free.
    assert landing.web.post("/_mock/partners", json={"company_id": company}).status_code == 200


def test_a_state_file_follows_the_credentials_of_each_start(tmp_path: Path) -> None:
    state = str(tmp_path / "state.sqlite")
    today = datetime.now(UTC).date()
    first = create_app([Partner(KEY, COMPANY, SALT, SSO_KEY)], state_path=state)
    with serve_in_thread(first) as root, client(root) as web:
        made = web.post("/_mock/partners", json={"sso_salt": "run-salt", "sso_key": "run-key"}).json()
        assert web.get(
            "/treasurer/sso", params={"company_uuid": COMPANY, "signature": signature(today)}
        ).is_success
    first.state.mock.store.close()
    # Restarted without SSO for the seeded partner: its old credentials are gone. The partner made
    # at run time lives in the file, and keeps its own.
    second = create_app([Partner(KEY, COMPANY)], state_path=state)
    with serve_in_thread(second) as root, client(root) as web:
        seeded = web.get("/treasurer/sso", params={"company_uuid": COMPANY, "signature": signature(today)})
        assert seeded.status_code == 403 and "SSO not set up" in seeded.text
        run_time = signature(today, made["company_id"], "run-salt", "run-key")
        assert web.get(
            "/treasurer/sso", params={"company_uuid": made["company_id"], "signature": run_time}
        ).is_success
    second.state.mock.store.close()


def test_partner_repr_shows_no_secret() -> None:
    shown = repr(Partner(KEY, COMPANY, SALT, SSO_KEY))
    assert COMPANY in shown and KEY not in shown and SALT not in shown and SSO_KEY not in shown


@pytest.mark.parametrize(
    ("salt", "key"),
    [(SALT, None), (None, SSO_KEY), ("", SSO_KEY), (SALT, "with space"), (SALT, "x" * 256)],
    ids=["salt-only", "key-only", "empty-salt", "space-in-key", "key-too-long"],
)
def test_partner_refuses_half_or_bad_sso_credentials_without_echoing_them(
    salt: str | None, key: str | None
) -> None:
    with pytest.raises(ValueError, match="SSO") as refused:
        Partner(KEY, COMPANY, salt, key)
    assert SALT not in str(refused.value) and SSO_KEY not in str(refused.value)
