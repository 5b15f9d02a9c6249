"""The payment calls' refusals before anything is sent (word for word), and the reader's own
words kept in an unreadable answer's error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from clubcollect_client.payments import InvalidPaymentRequest, get_payment, payment_feed_page
from clubcollect_client.runtime.errors import ResponseValidationError
from tests.client.key_leaks import CANARY
from tests.client.test_payment_call_errors import SYNC, client, feed, fixed
from tests.client.test_payment_call_redaction import COMPANY, PAYMENT_ID


@pytest.mark.parametrize("page", [0, -1, True, "2", 1.0])
def test_a_feed_page_that_is_no_page_number_is_refused_before_sending(page: Any) -> None:
    server = feed(0)
    with pytest.raises(InvalidPaymentRequest) as caught:
        payment_feed_page(client(server), COMPANY, page=page)
    assert str(caught.value) == "page must be an integer from 1 up"
    assert server.requests == []


@pytest.mark.parametrize("company_id", ["", None, 42])
def test_a_feed_for_no_company_is_refused_before_sending(company_id: Any) -> None:
    server = feed(0)
    with pytest.raises(InvalidPaymentRequest) as caught:
        payment_feed_page(client(server), company_id)
    assert str(caught.value) == "company_id must be a non-empty string"
    assert server.requests == []


CALLS: dict[str, Callable[[Any], object]] = {
    "status": lambda c: get_payment(c, PAYMENT_ID, company_id=COMPANY),
    "feed": lambda c: payment_feed_page(c, COMPANY),
}


@pytest.mark.parametrize("call", CALLS)
def test_a_client_that_sends_its_key_in_the_query_cannot_sign(call: str) -> None:
    server = feed(0)
    with pytest.raises(InvalidPaymentRequest) as caught:
        CALLS[call](client(server, auth_location="query"))
    assert str(caught.value) == "payment calls need a client with auth_location='header'"
    assert server.requests == []


@pytest.mark.parametrize(
    ("call", "problem"),
    [("get_payment", "is required but absent"), ("list_payment_notifications", "expected array, got object")],
)
def test_an_unreadable_answer_keeps_the_readers_words_without_the_key(call: str, problem: str) -> None:
    do, _ = SYNC[call]
    with pytest.raises(ResponseValidationError) as caught:
        do(client(fixed(200, f'{{"echo": "{CANARY}"}}'.encode())))
    assert caught.value.problem == problem
    assert CANARY not in str(caught.value) and CANARY not in caught.value.content.decode()
