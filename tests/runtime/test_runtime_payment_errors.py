"""The payment errors as a caller sees them: their text, args, pickles and fields."""

from __future__ import annotations

import pickle

import httpx
import pytest

from clubcollect_client.runtime.payment_errors import (
    InvalidPaymentNotification,
    InvalidPaymentRequest,
    PaymentCallRefused,
    PaymentRejected,
)


@pytest.mark.parametrize("cls", [InvalidPaymentRequest, InvalidPaymentNotification])
def test_a_payment_error_is_its_message_in_text_args_and_pickle(cls: type[InvalidPaymentRequest]) -> None:
    error = cls("company_id must be a non-empty string")
    assert str(error) == "company_id must be a non-empty string"
    assert error.args == ("company_id must be a non-empty string",)  # what log tools show
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls and str(copy) == str(error)


def rejected(*details: str) -> PaymentRejected:
    return PaymentRejected(
        error_code="unprocessable_entity",
        error_details=details,
        company_id="c" * 40,
        payment_method="ideal",
        signed=False,
    )


def test_a_rejection_lists_its_reasons() -> None:
    error = rejected("invalid_signature", "invalid_partner")
    assert str(error) == (
        "ClubCollect refused the payment link: unprocessable_entity (invalid_signature, invalid_partner)"
    )
    assert error.payment_method == "ideal"
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.payment_method, copy.error_details) == (
        str(error),
        "ideal",
        ("invalid_signature", "invalid_partner"),
    )


def test_a_rejection_without_reasons_says_so() -> None:
    assert str(rejected()) == "ClubCollect refused the payment link: unprocessable_entity (no details)"


def refused(content: bytes) -> PaymentCallRefused:
    return PaymentCallRefused(
        status_code=422,
        error_code="invalid_params",
        method="GET",
        path="/payments/x",
        content=content,
        headers=httpx.Headers(),
    )


def test_a_refused_call_names_its_reasons_after_the_request() -> None:
    error = refused(b'{"error_details": "invalid_signature;invalid_payment_id"}')
    assert str(error) == "GET /payments/x -> 422 invalid_params (invalid_signature, invalid_payment_id)"
    assert str(refused(b"{}")) == "GET /payments/x -> 422 invalid_params"
