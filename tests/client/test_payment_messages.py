"""The payment helpers' refusals, word for word as a caller (or their log) sees them, and the
edges of what a notification body may be."""

from __future__ import annotations

import json
from datetime import date
from typing import Any
from urllib.parse import urlencode

import pytest

from clubcollect_client import payments
from clubcollect_client.models import PaymentMethod, PaymentResult
from clubcollect_client.payments import (
    InvalidPaymentNotification,
    InvalidPaymentRequest,
    InvalidPaymentSignature,
    PaymentRejected,
    parse_payment_notification,
    sign,
    treasurer_sso_url,
    verify_redirect,
)
from clubcollect_client.types import UnknownEnumValue
from tests.client.test_payment_links import CANARY, COMPANY, RETURN, notification


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (json.dumps(notification(api_key=CANARY[:-1] + "X")), "payment notification api_key does not match"),
        (json.dumps(notification(api_key=None)), "payment notification api_key is missing or not a string"),
        (json.dumps(notification(api_key="")), "payment notification api_key is missing or not a string"),
        (json.dumps(notification(api_key=5)), "payment notification api_key is missing or not a string"),
        ("[1, 2]", "payment notification body is not a JSON object"),
        (b"\xff\xfe", "payment notification body is not valid UTF-8 JSON"),
        # Valid JSON, but not UTF-8: json.loads would guess the encoding of bytes; we do not.
        (json.dumps(notification()).encode("utf-16"), "payment notification body is not valid UTF-8 JSON"),
        ("x" * (payments.MAX_NOTIFICATION_BYTES + 1), "payment notification body is too large"),
        (42, "payment notification body has unsupported type int"),
    ],
    ids=[
        "other-key",
        "null-key",
        "empty-key",
        "number-key",
        "array",
        "not-utf8",
        "utf16-json",
        "too-large",
        "int",
    ],
)
def test_a_refused_notification_says_exactly_why(body: Any, message: str) -> None:
    with pytest.raises(InvalidPaymentNotification) as caught:
        parse_payment_notification(body, expected_api_key=CANARY)
    assert str(caught.value) == message


def test_a_notification_of_exactly_the_size_limit_is_read() -> None:
    text = json.dumps(notification())
    body = text + " " * (payments.MAX_NOTIFICATION_BYTES - len(text))
    assert len(body) == payments.MAX_NOTIFICATION_BYTES
    assert (
        parse_payment_notification(body, expected_api_key=CANARY).payment_id == notification()["payment_id"]
    )


def test_a_known_result_is_the_enum_member_and_an_unknown_one_stays_text() -> None:
    known = parse_payment_notification(notification(), expected_api_key=CANARY)
    assert type(known.payment_result) is PaymentResult and known.payment_result is PaymentResult.CANCELLED
    assert type(known.payment_method) is PaymentMethod
    unknown = parse_payment_notification(
        notification(payment_result="refunded", payment_method="apple_pay"), expected_api_key=CANARY
    )
    assert type(unknown.payment_result) is UnknownEnumValue and unknown.payment_result == "refunded"
    assert type(unknown.payment_method) is UnknownEnumValue and unknown.payment_method.value == "apple_pay"


def test_an_empty_expected_key_is_named() -> None:
    with pytest.raises(ValueError, match=r"^expected_api_key must be a non-empty string$"):
        parse_payment_notification(notification(), expected_api_key="")


REFUSAL = {
    "company_id": COMPANY,
    "payment_method": "ideal",
    "error_code": "unprocessable_entity",
    "error_details": "invalid_signature",
}


def test_a_refusal_keeps_its_payment_method() -> None:
    with pytest.raises(PaymentRejected) as caught:
        verify_redirect(f"{RETURN}?{urlencode(REFUSAL)}", api_key=CANARY)
    assert caught.value.payment_method == "ideal"
    with pytest.raises(PaymentRejected) as without:
        verify_redirect({**REFUSAL, "payment_method": ""}, api_key=CANARY)
    assert without.value.payment_method is None


def test_a_forged_refusal_says_so() -> None:
    forged = {**REFUSAL, "signature": sign({**REFUSAL, "error_code": "other"}, CANARY)}
    with pytest.raises(InvalidPaymentSignature) as caught:
        verify_redirect(forged, api_key=CANARY)
    assert str(caught.value) == "the refusal's signature does not match its parameters"


def test_an_sso_link_for_no_company_id_says_what_one_is() -> None:
    with pytest.raises(InvalidPaymentRequest) as caught:
        treasurer_sso_url("acme", salt="s", key="k", today=date(2026, 3, 1))
    assert str(caught.value) == "company_id must be a company id (40 lowercase hex characters)"
