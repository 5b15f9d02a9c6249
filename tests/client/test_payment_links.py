"""clubcollect_client.payments without a server: links, redirect verification, notifications, SSO."""

from __future__ import annotations

import hmac
import json
import pickle
import traceback
from datetime import date
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clubcollect_client import payments
from clubcollect_client.models import PaymentMethod, PaymentResult
from clubcollect_client.payments import (
    InvalidPaymentNotification,
    InvalidPaymentRedirect,
    InvalidPaymentRequest,
    InvalidPaymentSignature,
    MissingPaymentSignature,
    PaymentOutcome,
    PaymentRejected,
    parse_payment_notification,
    payment_url,
    sign,
    treasurer_sso_url,
    verify_redirect,
)
from clubcollect_client.runtime.errors import ClubCollectError
from clubcollect_client.runtime.redaction import Secret

CANARY = "canary-payments-3ac2bf2359c1eb184fe0fea01f624bc1"
COMPANY = "477b4e18deb43367449d1ca74dc7f67b91e68ad3"
INVOICE = "e06be9959a6d5ad6e1ce80caf97e3244d6024dd1"
RETURN = "https://shop.example/paid"


def link(**overrides: Any) -> str:
    arguments: dict[str, Any] = {
        "api_key": CANARY,
        "payment_method": "ideal",
        "company_id": COMPANY,
        "redirect_url": RETURN,
        "amount_cents": 2500,
        "last_name": "Jansen",
        **overrides,
    }
    return payment_url(**arguments)


def query_of(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))


def result_query(**overrides: str) -> dict[str, str]:
    """What ClubCollect appends after a checkout, signed with the canary key."""
    params = {
        "company_id": COMPANY,
        "invoice_id": INVOICE,
        "external_invoice_number": "2026-0042",
        "payment_id": "ae515fabdd886cd0c49408f9696c5498848977fe",
        "payment_method": "ideal",
        "payment_result": "authorized",
        **overrides,
    }
    return {**params, "signature": sign(params, CANARY)}


# ----------------------------------------------------------------------------- payment_url


def test_link_is_signed_over_every_query_parameter() -> None:
    url = link(payment_reference="Membership 2026", locale="nl", payment_id="0b4f4a52-8d2e-4f3c-9a57")
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "app.clubcollect.com",
        "/api/v2/payments/ideal",
    )
    query = query_of(url)
    signature = query.pop("signature")
    assert query == {
        "amount_cents": "2500",
        "company_id": COMPANY,
        "last_name": "Jansen",
        "locale": "nl",
        "payment_id": "0b4f4a52-8d2e-4f3c-9a57",
        "payment_reference": "Membership 2026",
        "redirect_url": RETURN,
    }
    assert signature == sign(query, CANARY)
    assert "%20" in url and "+" not in url  # spaces travel as %20


def test_documented_example_as_a_link() -> None:
    # The vendor's worked example, built through the typed function, carries its signature.
    url = payment_url(
        api_key="3ac2bf2359c1eb184fe0fea01f624bc1d8581981",
        payment_method="ideal",
        company_id="d4b8772c67154a6bced8a8b827e177cc00111fe0",
        redirect_url="http://partner-test.nl",
        amount_cents=1000,
        last_name="Doe",
        first_name="John",
        country_code="NL",
        external_invoice_number="123456",
        payment_reference="Club membership 2019/2",
        locale="",
    )
    assert query_of(url)["signature"] == "754966cc8946c8125b365fcb5cf0e27edd98fe7516de7ea17f1b5254bcf7a00e"


def test_other_base_url_and_methods() -> None:
    url = link(payment_method="credit_card", base_url="http://127.0.0.1:8080/api/v2/")
    assert url.startswith("http://127.0.0.1:8080/api/v2/payments/credit_card?")


def test_pay_an_existing_invoice() -> None:
    query = query_of(link(invoice_id=INVOICE, amount_cents=None, last_name=None))
    assert {"invoice_id", "company_id", "redirect_url", "signature"} == set(query)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"amount_cents": 99}, "amount_cents"),
        ({"amount_cents": 2**31}, "amount_cents"),
        ({"amount_cents": True}, "amount_cents"),
        ({"amount_cents": "2500"}, "amount_cents"),
        ({"amount_cents": None}, "amount_cents"),
        ({"last_name": None}, "last_name"),
        ({"last_name": ""}, "last_name"),
        ({"payment_id": "too-short"}, "payment_id"),
        ({"payment_id": "x" * 51}, "payment_id"),
        ({"payment_id": "has space in it"}, "payment_id"),
        ({"payment_id": "notifications"}, "payment_id"),
        ({"payment_id": "credit_card"}, "payment_id"),
        ({"payment_method": "bitcoin"}, "payment_method"),
        ({"company_id": "acme"}, "company_id"),
        ({"redirect_url": "/relative"}, "redirect_url"),
        ({"redirect_url": "ftp://shop.example/x"}, "redirect_url"),
        ({"redirect_url": "https://shop.example/?" + "a" * 2048}, "redirect_url"),
        ({"redirect_url": "https://shop.example/?payment_id=1"}, "payment_id"),
        ({"redirect_url": "https://shop.example/?order=1&signature=x"}, "signature"),
        ({"invoice_id": INVOICE}, "amount_cents cannot go with invoice_id"),
        ({"invoice_id": "0" * 39}, "invoice_id"),
        ({"zipcode": "1" * 16}, "zipcode"),
        ({"city": "c" * 35}, "city"),
        ({"first_name": "f" * 256}, "first_name"),
        ({"locale": "es"}, "locale"),
        ({"country_code": "NLD"}, "country_code"),
        ({"email_address": "jansen"}, "email_address"),
        ({"phone_number": "0612345678"}, "phone_number"),
        ({"first_name": 7}, "first_name"),
        ({"base_url": "app.clubcollect.com"}, "base_url"),
    ],
)
def test_what_the_docs_forbid_is_refused_before_a_url_exists(overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidPaymentRequest, match=message) as caught:
        link(**overrides)
    assert isinstance(caught.value, ClubCollectError) and isinstance(caught.value, ValueError)
    assert CANARY not in str(caught.value)


def test_bounds_that_are_just_allowed() -> None:
    query = query_of(
        link(
            amount_cents=100,
            payment_id="a" * 10,
            zipcode="1" * 15,
            city="c" * 34,
            locale="NL",
            phone_number="+31612345678",
            country_code="be",
        )
    )
    assert query["amount_cents"] == "100" and query["city"] == "c" * 34


# ----------------------------------------------------------------------------- verify_redirect


def test_verified_result_from_a_url_with_the_partners_own_query() -> None:
    url = f"{RETURN}?order=42&{urlencode(result_query())}#thanks"
    outcome = verify_redirect(url, api_key=CANARY)
    assert outcome == PaymentOutcome(
        company_id=COMPANY,
        payment_id="ae515fabdd886cd0c49408f9696c5498848977fe",
        payment_result=PaymentResult.AUTHORIZED,
        invoice_id=INVOICE,
        external_invoice_number="2026-0042",
        payment_method=PaymentMethod.IDEAL,
    )
    assert outcome.authorized and outcome.payment_method is PaymentMethod.IDEAL


@pytest.mark.parametrize(
    "form",
    [
        lambda q: urlencode(q),
        lambda q: "?" + urlencode(q),
        lambda q: q,
        lambda q: {name: [value] for name, value in q.items()},
    ],
    ids=["query", "query-with-?", "mapping", "mapping-of-lists"],
)
def test_every_input_form(form: Any) -> None:
    assert verify_redirect(form(result_query()), api_key=Secret(CANARY)).payment_result == "authorized"


def test_starlette_query_params_are_read_with_repeats() -> None:
    starlette = pytest.importorskip("starlette.datastructures")
    params = starlette.QueryParams(urlencode(result_query()))
    assert verify_redirect(params, api_key=CANARY).payment_id == "ae515fabdd886cd0c49408f9696c5498848977fe"
    doubled = starlette.QueryParams(urlencode(result_query()) + "&payment_result=authorized")
    with pytest.raises(InvalidPaymentRedirect, match="payment_result"):
        verify_redirect(doubled, api_key=CANARY)


def test_empty_external_invoice_number_and_unknown_result() -> None:
    outcome = verify_redirect(
        result_query(external_invoice_number="", payment_result="chargeback"), api_key=CANARY
    )
    assert outcome.external_invoice_number is None
    assert outcome.payment_result == "chargeback" and not isinstance(outcome.payment_result, PaymentResult)
    assert not outcome.authorized


def test_missing_signature() -> None:
    query = result_query()
    del query["signature"]
    with pytest.raises(MissingPaymentSignature):
        verify_redirect(query, api_key=CANARY)


def test_wrong_key_and_tampering() -> None:
    with pytest.raises(InvalidPaymentSignature):
        verify_redirect(result_query(), api_key=CANARY + "x")
    tampered = {**result_query(payment_result="refused"), "payment_result": "authorized"}
    with pytest.raises(InvalidPaymentSignature):
        verify_redirect(tampered, api_key=CANARY)
    dropped = result_query()
    del dropped["external_invoice_number"]
    with pytest.raises(InvalidPaymentSignature):
        verify_redirect(dropped, api_key=CANARY)


def test_a_vendor_parameter_given_twice_is_ambiguous() -> None:
    query = urlencode(result_query()) + "&payment_result=refused"
    with pytest.raises(InvalidPaymentRedirect, match="payment_result"):
        verify_redirect(query, api_key=CANARY)


def test_signed_but_incomplete() -> None:
    params = {"company_id": COMPANY, "payment_result": "authorized"}
    with pytest.raises(InvalidPaymentRedirect, match="payment_id"):
        verify_redirect({**params, "signature": sign(params, CANARY)}, api_key=CANARY)


def test_refusal_is_raised_with_its_reasons() -> None:
    query = {
        "company_id": COMPANY,
        "payment_method": "ideal",
        "error_code": "unprocessable_entity",
        "error_details": "invalid_signature;invalid_partner",
    }
    with pytest.raises(PaymentRejected) as caught:
        verify_redirect(f"{RETURN}?{urlencode(query)}", api_key=CANARY)
    rejected = caught.value
    assert rejected.error_details == ("invalid_signature", "invalid_partner")
    assert (rejected.error_code, rejected.company_id, rejected.signed) == (
        "unprocessable_entity",
        COMPANY,
        False,
    )
    assert pickle.loads(pickle.dumps(rejected)).error_details == rejected.error_details
    forged = {**query, "signature": "0" * 64}
    with pytest.raises(InvalidPaymentSignature):
        verify_redirect(forged, api_key=CANARY)
    with pytest.raises(PaymentRejected) as signed:
        verify_redirect({**query, "signature": sign(query, CANARY)}, api_key=CANARY)
    assert signed.value.signed is True


def test_too_many_parameters_is_a_typed_error() -> None:
    with pytest.raises(InvalidPaymentRedirect):
        verify_redirect("&".join(f"p{i}=1" for i in range(500)), api_key=CANARY)


result_values = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=30)


@given(
    st.sampled_from(payments.RESULT_PARAMETERS),
    result_values,
)
def test_any_change_to_a_signed_parameter_fails(name: str, new: str) -> None:
    query = result_query()
    if query[name] == new:
        return
    with pytest.raises((InvalidPaymentSignature, InvalidPaymentRedirect)):
        verify_redirect({**query, name: new}, api_key=CANARY)


@given(st.text(alphabet="0123456789abcdef", min_size=0, max_size=70))
def test_any_other_signature_fails(other: str) -> None:
    query = result_query()
    if other == query["signature"]:
        return
    with pytest.raises((InvalidPaymentSignature, MissingPaymentSignature)):
        verify_redirect({**query, "signature": other}, api_key=CANARY)


# ----------------------------------------------------------------------------- notifications


def notification(**overrides: Any) -> dict[str, Any]:
    return {
        "api_key": CANARY,
        "company_id": COMPANY,
        "invoice_id": INVOICE,
        "external_invoice_number": None,
        "payment_id": "0b4f4a52-8d2e-4f3c-9a57",
        "payment_method": "bancontact",
        "payment_result": "cancelled",
        **overrides,
    }


@pytest.mark.parametrize(
    "encode", [json.dumps, lambda d: json.dumps(d).encode(), dict], ids=["str", "bytes", "mapping"]
)
def test_notification_in_every_form(encode: Any) -> None:
    outcome = parse_payment_notification(encode(notification()), expected_api_key=CANARY)
    assert outcome.payment_result == PaymentResult.CANCELLED
    assert (outcome.payment_method, outcome.external_invoice_number) == ("bancontact", None)
    assert CANARY not in repr(outcome)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (json.dumps(notification(api_key=CANARY[:-1] + "X")), "does not match"),
        (json.dumps(notification(api_key=None)), "api_key"),
        ("[1, 2]", "not a JSON object"),
        (b"\xff\xfe", "not valid UTF-8 JSON"),
        ('{"api_key": "' + CANARY + '", ', "not valid UTF-8 JSON"),
        (json.dumps(notification(payment_id="")), "payment_id"),
        (json.dumps(notification(payment_result=5)), "payment_result"),
        (json.dumps(notification(invoice_id=["x"])), "invoice_id"),
        ("x" * (payments.MAX_NOTIFICATION_BYTES + 1), "too large"),
        (42, "unsupported"),
    ],
)
def test_bad_notifications_are_refused_without_the_key(body: Any, message: str) -> None:
    with pytest.raises(InvalidPaymentNotification, match=message) as caught:
        parse_payment_notification(body, expected_api_key=CANARY)
    assert CANARY not in "".join(traceback.format_exception(caught.value))
    # Nor reachable through the chain (a JSONDecodeError keeps the whole body in .doc).
    assert caught.value.__cause__ is None and caught.value.__context__ is None


@pytest.mark.parametrize("received", [CANARY, CANARY[:-1] + "X"], ids=["our-key", "another-key"])
def test_notification_key_is_compared_in_constant_time(
    monkeypatch: pytest.MonkeyPatch, received: str
) -> None:
    # An == on the key would leak how much of a guess is right through the answer's timing.
    calls: list[tuple[bytes, bytes]] = []

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return a == b

    monkeypatch.setattr(hmac, "compare_digest", spy)
    if received == CANARY:
        assert parse_payment_notification(notification(), expected_api_key=CANARY).payment_result
    else:
        with pytest.raises(InvalidPaymentNotification, match="does not match"):
            parse_payment_notification(notification(api_key=received), expected_api_key=CANARY)
    assert calls == [(received.encode(), CANARY.encode())]


def test_empty_expected_key_is_a_configuration_error() -> None:
    with pytest.raises(ValueError, match="expected_api_key"):
        parse_payment_notification(notification(api_key=""), expected_api_key="")


# ----------------------------------------------------------------------------- SSO


def test_sso_link() -> None:
    url = treasurer_sso_url(COMPANY, salt="pepper", key=Secret("key"), today=date(2026, 3, 1))
    assert url == (
        "https://app.clubcollect.com/treasurer/sso?company_uuid=477b4e18deb43367449d1ca74dc7f67b91e68ad3"
        "&signature=fa58570c15c06517709704d7a24b3d7630efa87ba2fc827a91f7c5d949c3b3bf"
    )
    sandbox = treasurer_sso_url(
        COMPANY,
        salt="pepper",
        key="key",
        today=date(2026, 3, 1),
        base_url="https://sandbox.clubcollect.com/api/v2",
    )
    assert sandbox.startswith("https://sandbox.clubcollect.com/treasurer/sso?")


def test_sso_link_defaults_to_the_dutch_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(payments, "netherlands_today", lambda: date(2026, 3, 1))
    assert treasurer_sso_url(COMPANY, salt="pepper", key="key").endswith(
        "signature=fa58570c15c06517709704d7a24b3d7630efa87ba2fc827a91f7c5d949c3b3bf"
    )


@pytest.mark.parametrize(
    ("company", "salt", "key", "message"),
    [("acme", "s", "k", "company_id"), (COMPANY, "", "k", "salt"), (COMPANY, "s", Secret(""), "key")],
)
def test_sso_refusals(company: str, salt: str, key: str | Secret, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        treasurer_sso_url(company, salt=salt, key=key, today=date(2026, 3, 1))


def test_secrets_stay_out_of_every_message() -> None:
    secrets = [CANARY, "pepper-salt-canary"]
    failures: list[BaseException] = []
    for attempt in (
        lambda: link(amount_cents=1),
        lambda: verify_redirect(result_query(), api_key=CANARY + "-other"),
        lambda: treasurer_sso_url("x", salt=secrets[1], key=CANARY),
        lambda: parse_payment_notification(notification(api_key="other"), expected_api_key=CANARY),
    ):
        with pytest.raises(ClubCollectError) as caught:
            attempt()
        failures.append(caught.value)
    text = "".join("".join(traceback.format_exception(f)) + repr(f) for f in failures)
    assert not any(secret in text for secret in secrets)
