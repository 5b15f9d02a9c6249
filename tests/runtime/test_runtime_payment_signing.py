"""Payment signatures: the documented test vector byte for byte, and the signing rules as properties."""

from __future__ import annotations

import hashlib
import re
import time
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clubcollect_client.runtime.payment_signing import (
    netherlands_today,
    sign,
    signature_matches,
    signing_string,
    sso_signature,
)
from clubcollect_client.runtime.redaction import Secret
from contract_tests.payments import DOCUMENTED_KEY, DOCUMENTED_PARAMS, DOCUMENTED_SIGNATURE
from tests.docs_source import payments_page

VECTOR_KEY, VECTOR_PARAMS = DOCUMENTED_KEY, DOCUMENTED_PARAMS
VECTOR_STRING = (
    "amount_cents1000company_idd4b8772c67154a6bced8a8b827e177cc00111fe0country_codeNL"
    "external_invoice_number123456first_nameJohnlast_nameDoepayment_referenceClub membership 2019/2"
    "redirect_urlhttp://partner-test.nl"
)
# The digest as Ruby's String#inspect shows it on the page.
VECTOR_DIGEST_RUBY = (
    r"\tD!()\xAFL\xED\x069\xC0\xEC\x11/\xB3\x93\xFAM\xC0\xA9\xE7\x03\x03\e\xDC\xDFF\x9FZ\x15\xD6\xD1"
)
VECTOR_SIGNATURE = DOCUMENTED_SIGNATURE
CANARY = "canary-payment-key-0123456789abcdef"


def ruby_inspect(data: bytes) -> str:
    """How Ruby's ``inspect`` shows a binary string (the escapes the vendor's page uses)."""
    named = {
        0x09: r"\t",
        0x0A: r"\n",
        0x0D: r"\r",
        0x0C: r"\f",
        0x0B: r"\v",
        0x08: r"\b",
        0x07: r"\a",
        0x1B: r"\e",
    }
    out = []
    for byte in data:
        if byte in named:
            out.append(named[byte])
        elif byte in b'"\\':
            out.append("\\" + chr(byte))
        elif byte == 0x23:  # '#' is escaped only before { $ @, not here
            out.append("#")
        elif 0x20 <= byte < 0x7F:
            out.append(chr(byte))
        else:
            out.append(f"\\x{byte:02X}")
    return "".join(out)


def test_documented_vector_signing_string() -> None:
    assert signing_string(VECTOR_PARAMS) == VECTOR_STRING


def test_documented_vector_digest() -> None:
    assert ruby_inspect(hashlib.sha256(VECTOR_STRING.encode()).digest()) == VECTOR_DIGEST_RUBY


def test_documented_vector_signature_byte_for_byte() -> None:
    assert sign(VECTOR_PARAMS, VECTOR_KEY) == VECTOR_SIGNATURE
    assert sign(VECTOR_PARAMS, Secret(VECTOR_KEY)) == VECTOR_SIGNATURE
    assert signature_matches(VECTOR_PARAMS, VECTOR_SIGNATURE, VECTOR_KEY)
    assert signature_matches(VECTOR_PARAMS, VECTOR_SIGNATURE.upper(), VECTOR_KEY)  # P3: hex case


def test_vector_constants_are_the_ones_on_the_vendor_page() -> None:
    page = payments_page()
    assert f"`{VECTOR_KEY}`" in page
    assert VECTOR_STRING in page
    assert VECTOR_DIGEST_RUBY in page
    assert VECTOR_SIGNATURE in page
    for name, value in VECTOR_PARAMS.items():
        assert re.search(rf"\| `{name}` \| {re.escape(f'`{value}`' if value else '')} *\|", page), name


def test_integers_sign_as_their_decimal_text() -> None:
    assert sign({**VECTOR_PARAMS, "amount_cents": 1000}, VECTOR_KEY) == VECTOR_SIGNATURE


@pytest.mark.parametrize("value", [True, 10.0, b"x", ["a"]])
def test_values_that_would_sign_differently_in_ruby_are_refused(value: object) -> None:
    with pytest.raises(TypeError, match="amount_cents"):
        sign({"amount_cents": value}, VECTOR_KEY)  # type: ignore[dict-item]


@pytest.mark.parametrize("key", ["", Secret("")])
def test_an_empty_key_is_refused(key: str | Secret) -> None:
    with pytest.raises(ValueError, match="api_key"):
        sign(VECTOR_PARAMS, key)


def test_the_signature_entry_itself_is_not_signed() -> None:
    assert sign({**VECTOR_PARAMS, "signature": VECTOR_SIGNATURE}, VECTOR_KEY) == VECTOR_SIGNATURE


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12)
values = st.one_of(st.text(max_size=20), st.integers(min_value=0, max_value=10**9))
param_maps = st.dictionaries(names.filter(lambda n: n != "signature"), values, max_size=8)


@given(param_maps.flatmap(lambda params: st.tuples(st.just(params), st.permutations(list(params.items())))))
def test_parameter_order_never_matters(
    case: tuple[dict[str, str | int], list[tuple[str, str | int]]],
) -> None:
    params, reordered = case
    assert sign(dict(reordered), CANARY) == sign(params, CANARY)


@given(param_maps, st.lists(names, max_size=4))
def test_empty_and_null_values_are_dropped(params: dict[str, str | int], empty: list[str]) -> None:
    padded: dict[str, str | int | None] = dict(params)
    for index, name in enumerate(empty):
        if name not in padded and name != "signature":
            padded[name] = "" if index % 2 else None
    assert sign(padded, CANARY) == sign(params, CANARY)


@given(param_maps, names, st.text(min_size=1, max_size=20))
def test_a_changed_value_changes_the_signature(params: dict[str, str | int], name: str, new: str) -> None:
    changed: dict[str, str | int] = {**params, name: new}
    if str(params.get(name, "")) == new or name == "signature":
        return
    assert not signature_matches(changed, sign(params, CANARY), CANARY)


@given(param_maps, st.text(alphabet="0123456789abcdef", min_size=64, max_size=64))
def test_any_other_signature_fails(params: dict[str, str | int], other: str) -> None:
    good = sign(params, CANARY)
    assert signature_matches(params, good, CANARY)
    assert signature_matches(params, other, CANARY) is (other == good)


def test_sso_signature_follows_the_php_formula() -> None:
    company = "477b4e18deb43367449d1ca74dc7f67b91e68ad3"
    expected = hashlib.sha256(f"20260301{company}pepperkey".encode()).hexdigest()
    assert sso_signature(date(2026, 3, 1), company, "pepper", Secret("key")) == expected
    # A fixed value, computed once with `printf '%s' 20260301<company>pepperkey | sha256sum`.
    assert expected == "fa58570c15c06517709704d7a24b3d7630efa87ba2fc827a91f7c5d949c3b3bf"


@pytest.mark.parametrize(
    ("utc", "dutch_day"),
    [
        (datetime(2026, 1, 10, 22, 59, tzinfo=UTC), date(2026, 1, 10)),  # 23:59 CET
        (datetime(2026, 1, 10, 23, 0, tzinfo=UTC), date(2026, 1, 11)),  # midnight CET
        (datetime(2026, 7, 10, 21, 59, tzinfo=UTC), date(2026, 7, 10)),  # 23:59 CEST
        (datetime(2026, 7, 10, 22, 0, tzinfo=UTC), date(2026, 7, 11)),  # midnight CEST
        (datetime(2026, 3, 29, 0, 59, tzinfo=UTC), date(2026, 3, 29)),  # last Sunday of March
        (datetime(2026, 10, 24, 22, 30, tzinfo=UTC), date(2026, 10, 25)),  # CEST still
        (datetime(2026, 10, 25, 23, 30, tzinfo=UTC), date(2026, 10, 26)),  # CET again
    ],
)
def test_netherlands_today(utc: datetime, dutch_day: date) -> None:
    assert netherlands_today(utc) == dutch_day


def test_netherlands_today_agrees_with_the_time_zone_database() -> None:
    zoneinfo = pytest.importorskip("zoneinfo")
    try:
        amsterdam = zoneinfo.ZoneInfo("Europe/Amsterdam")
    except zoneinfo.ZoneInfoNotFoundError:
        pytest.skip("no time zone database on this machine")
    moment = datetime(2020, 1, 1, tzinfo=UTC)
    while moment.year < 2030:
        assert netherlands_today(moment) == moment.astimezone(amsterdam).date(), moment
        moment = moment.replace(tzinfo=UTC) + (datetime(2020, 1, 1, 7, 13) - datetime(2020, 1, 1))


@pytest.mark.parametrize(("salt", "key", "named"), [("", "key", "salt"), ("pepper", Secret(""), "key")])
def test_sso_signature_names_the_empty_secret(salt: str, key: str | Secret, named: str) -> None:
    with pytest.raises(ValueError, match=f"^{named} must be a non-empty string$"):
        sso_signature(date(2026, 3, 1), "477b4e18deb43367449d1ca74dc7f67b91e68ad3", salt, key)


def test_netherlands_today_does_not_depend_on_the_machines_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    tzset = getattr(time, "tzset", None)
    if tzset is None:
        pytest.skip("time.tzset is not available on this platform")
    # 23:30 UTC on a winter evening: already tomorrow in Amsterdam, still today in New York.
    moment = datetime(2026, 1, 10, 23, 30, tzinfo=UTC)
    try:
        monkeypatch.setenv("TZ", "EST5")  # POSIX form: no time zone database needed
        tzset()
        assert netherlands_today(moment) == date(2026, 1, 11)
    finally:
        monkeypatch.undo()
        tzset()
