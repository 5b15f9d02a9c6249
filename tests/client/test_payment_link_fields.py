"""payment_url field by field: each payee field reaches the link under its own name, each refusal
names the field and the rule word for word, and each bound is where the docs put it."""

from __future__ import annotations

import enum
from typing import Any

import pytest

from clubcollect_client import payments
from clubcollect_client.payments import InvalidPaymentRequest, sign
from tests.client.test_payment_links import CANARY, COMPANY, INVOICE, RETURN, link, query_of

# Every optional payee field with a value the docs allow, as a partner fills a full checkout.
PAYEE = {
    "payment_reference": "Membership 2026",
    "first_name": "Anna",
    "prefix": "dhr.",
    "infix": "van der",
    "external_invoice_number": "2026-0042",
    "locale": "nl",
    "country_code": "NL",
    "address1": "Dorpsstraat",
    "address2": "achterom",
    "house_number": "12a",
    "zipcode": "1234 AB",
    "city": "Utrecht",
    "email_address": "anna@example.org",
    "phone_number": "+31612345678",
}


def test_every_payee_field_reaches_the_link_under_its_own_name_and_is_signed() -> None:
    query = query_of(link(**PAYEE, payment_id="0b4f4a52-8d2e-4f3c-9a57"))
    signature = query.pop("signature")
    assert query == {
        **PAYEE,
        "company_id": COMPANY,
        "redirect_url": RETURN,
        "amount_cents": "2500",
        "last_name": "Jansen",
        "payment_id": "0b4f4a52-8d2e-4f3c-9a57",
    }
    assert signature == sign(query, CANARY)


def test_an_invoice_link_keeps_a_given_last_name() -> None:
    query = query_of(link(invoice_id=INVOICE, amount_cents=None, last_name="Jansen"))
    signature = query.pop("signature")
    assert query == {
        "company_id": COMPANY,
        "redirect_url": RETURN,
        "invoice_id": INVOICE,
        "last_name": "Jansen",
    }
    assert signature == sign(query, CANARY)


TEXT_FIELDS = ["payment_id", *PAYEE]


@pytest.mark.parametrize("name", TEXT_FIELDS)
def test_a_field_that_is_not_text_is_named(name: str) -> None:
    with pytest.raises(InvalidPaymentRequest) as caught:
        link(**{name: 7})
    assert str(caught.value) == f"{name} must be a string"


@pytest.mark.parametrize(
    "overrides",
    [
        {"last_name": 7},
        {"invoice_id": INVOICE, "amount_cents": None, "last_name": 7},
        {"invoice_id": 7},
    ],
    ids=["last_name", "last_name-beside-an-invoice", "invoice_id"],
)
def test_a_name_or_invoice_that_is_not_text_is_named(overrides: dict[str, Any]) -> None:
    name = "invoice_id" if overrides.get("invoice_id") == 7 else "last_name"
    with pytest.raises(InvalidPaymentRequest) as caught:
        link(**overrides)
    assert str(caught.value) == f"{name} must be a string"


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"amount_cents": "2500"}, "amount_cents must be an integer number of cents"),
        ({"amount_cents": 2**31}, "amount_cents must be from 100 to 2147483647"),
        ({"last_name": None}, "last_name is required unless invoice_id is given"),
        ({"last_name": "J" * 256}, "last_name must be at most 255 characters"),
        ({"invoice_id": "0" * 39}, "invoice_id must be an invoice id (40 lowercase hex characters)"),
        ({"invoice_id": INVOICE}, "amount_cents cannot go with invoice_id: the amount due is charged"),
        ({"company_id": "acme"}, "company_id must be a company id (40 lowercase hex characters)"),
        (
            {"payment_method": "bitcoin"},
            "payment_method must be one of ideal, bancontact, credit_card, paypal, sofort",
        ),
        (
            {"payment_id": "too-short"},
            "payment_id must be 10 to 50 letters, digits, '-' or '_' (a UUID fits)",
        ),
        ({"redirect_url": None}, "redirect_url is required"),
        ({"redirect_url": ""}, "redirect_url is required"),
        ({"redirect_url": 5}, "redirect_url is required"),
        (
            {"redirect_url": "https://shop.example/?signature=&order=1&payment_id="},
            "redirect_url's query must not use payment_id, signature",
        ),
        ({"base_url": "app.clubcollect.com"}, "base_url must be an absolute http(s) URL"),
        ({"base_url": "ftp://app.clubcollect.com/api/v2"}, "base_url must be an absolute http(s) URL"),
        ({"base_url": "https:///api/v2"}, "base_url must be an absolute http(s) URL"),
        ({"email_address": "jansen"}, "email_address must be an e-mail address"),
        ({"phone_number": "0612345678"}, "phone_number must be in E.164 form, e.g. +31612345678"),
        ({"country_code": "NLD"}, "country_code must be an ISO 3166-1 alpha-2 code"),
        ({"locale": "es"}, "locale must be one of de, en, fr, it, nl"),
        ({"prefix": "p" * 256}, "prefix must be at most 255 characters"),
        ({"infix": "i" * 256}, "infix must be at most 255 characters"),
        ({"address1": "a" * 256}, "address1 must be at most 255 characters"),
        ({"address2": "a" * 256}, "address2 must be at most 255 characters"),
        ({"house_number": "1" * 256}, "house_number must be at most 255 characters"),
    ],
)
def test_a_refused_link_says_exactly_why(overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidPaymentRequest) as caught:
        link(**overrides)
    assert str(caught.value) == message


def test_the_upper_bounds_themselves_are_allowed() -> None:
    longest_redirect = RETURN + "?order=" + "1" * (payments.MAX_REDIRECT_URL - len(RETURN) - len("?order="))
    assert len(longest_redirect) == payments.MAX_REDIRECT_URL
    query = query_of(
        link(amount_cents=payments.MAX_AMOUNT_CENTS, last_name="J" * 255, redirect_url=longest_redirect)
    )
    assert (query["amount_cents"], query["last_name"], query["redirect_url"]) == (
        str(payments.MAX_AMOUNT_CENTS),
        "J" * 255,
        longest_redirect,
    )
    with pytest.raises(InvalidPaymentRequest, match="redirect_url must be"):
        link(redirect_url=longest_redirect + "1")


def test_a_base_url_with_a_trailing_slash_gives_the_same_link() -> None:
    sandbox = "https://sandbox.clubcollect.com/api/v2"
    assert link(base_url=sandbox + "/") == link(base_url=sandbox)
    assert link(base_url=sandbox).startswith(sandbox + "/payments/ideal?")
    # Only slashes are trimmed: a prefix ending in any other character stays whole.
    gateway = "https://gateway.example/partners/X"
    assert link(base_url=gateway + "//").startswith(gateway + "/payments/ideal?")


class ShopMethod(enum.Enum):
    """A partner's own enum of methods (not a str subclass): its value is what counts."""

    IDEAL = "ideal"


def test_a_payment_method_may_be_any_enum_member_whose_value_is_a_method() -> None:
    assert link(payment_method=ShopMethod.IDEAL) == link(payment_method="ideal")
