"""verify_redirect reading the URL the payee lands on: where the query starts and ends, blank and
repeated parameters, and its refusals word for word."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from clubcollect_client.payments import (
    InvalidPaymentRedirect,
    InvalidPaymentSignature,
    MissingPaymentSignature,
    sign,
    verify_redirect,
)
from tests.client.test_payment_links import CANARY, COMPANY, RETURN, result_query


def test_a_question_mark_inside_the_partners_own_parameter_is_part_of_the_query() -> None:
    result = urlencode(result_query())
    for query in (f"next=/basket?step=2&{result}", f"{result}&next=/basket?step=2"):
        assert verify_redirect(f"{RETURN}?{query}", api_key=CANARY).authorized


def test_everything_after_the_first_hash_is_the_fragment() -> None:
    url = f"{RETURN}?{urlencode(result_query())}#thanks#top"
    assert verify_redirect(url, api_key=CANARY).authorized


def test_a_blank_repeat_of_a_vendor_parameter_is_still_a_repeat() -> None:
    query = urlencode(result_query()) + "&payment_result="
    with pytest.raises(InvalidPaymentRedirect) as caught:
        verify_redirect(query, api_key=CANARY)
    assert str(caught.value) == "the redirect carries payment_result more than once"


def test_a_result_without_a_payment_method_has_none() -> None:
    params = {"company_id": COMPANY, "payment_id": "0b4f4a52-8d2e-4f3c-9a57", "payment_result": "authorized"}
    outcome = verify_redirect({**params, "signature": sign(params, CANARY)}, api_key=CANARY)
    assert outcome.payment_method is None and outcome.invoice_id is None


def test_a_missing_signature_says_so() -> None:
    query = result_query()
    del query["signature"]
    with pytest.raises(MissingPaymentSignature) as caught:
        verify_redirect(query, api_key=CANARY)
    assert str(caught.value) == "the payment result carries no signature"


def test_a_wrong_signature_says_so() -> None:
    with pytest.raises(InvalidPaymentSignature) as caught:
        verify_redirect({**result_query(), "signature": "0" * 64}, api_key=CANARY)
    assert str(caught.value) == "the payment result's signature does not match its parameters"


def test_too_many_parameters_says_so() -> None:
    with pytest.raises(InvalidPaymentRedirect) as caught:
        verify_redirect("&".join(f"p{i}=1" for i in range(500)), api_key=CANARY)
    assert str(caught.value) == "the redirect has too many query parameters"


def test_an_unreadable_source_is_named() -> None:
    with pytest.raises(InvalidPaymentRedirect) as caught:
        verify_redirect(42, api_key=CANARY)  # type: ignore[arg-type]
    assert str(caught.value) == "cannot read redirect parameters from int"


def test_an_empty_key_is_named_even_for_a_refusal() -> None:
    refusal = {"company_id": COMPANY, "error_code": "unprocessable_entity"}
    with pytest.raises(ValueError, match=r"^api_key must be a non-empty string$"):
        verify_redirect(refusal, api_key="")
