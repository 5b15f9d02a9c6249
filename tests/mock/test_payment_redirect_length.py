"""A redirect_url of exactly the longest allowed length (2048 characters) is usable: a refused
payment start sends the payee back there (one character more and the refusal is JSON, see
test_payments.py)."""

from __future__ import annotations

import httpx

from clubcollect_mock.payments.rules import MAX_REDIRECT_URL

from .conftest import API_KEY, COMPANY_ID
from .payment_helpers import query_of, start, start_params


def test_a_redirect_url_of_the_maximum_length_receives_the_refusal(anonymous: httpx.Client) -> None:
    longest = "https://shop.example/back?pad=" + "a" * (MAX_REDIRECT_URL - 30)
    assert len(longest) == MAX_REDIRECT_URL == 2048
    response = start(
        anonymous, "ideal", start_params(COMPANY_ID, API_KEY, redirect_url=longest, payment_id="short")
    )
    assert response.status_code == 302, response.text
    assert response.headers["location"].startswith(longest + "&")
    assert query_of(response.headers["location"])["error_details"] == "invalid_payment_id"
