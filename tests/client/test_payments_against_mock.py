"""clubcollect_client.payments against the running mock: links it accepts, signed calls, the feed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clubcollect_client import AuthenticatedClient
from clubcollect_client.models import PaymentResult, PaymentStatus
from clubcollect_client.payments import (
    InvalidPaymentRequest,
    PaymentCallRefused,
    aget_payment,
    aiter_payment_feed,
    get_payment,
    iter_payment_feed,
    payment_feed_page,
    payment_url,
    verify_redirect,
)
from clubcollect_client.runtime.errors import ResponseValidationError
from contract_tests.profiles import scaled

from .payment_mock import COMPANY, KEY, RETURN, browser, root, take_payment

__all__ = ["browser", "root"]  # fixtures, used by name


@pytest.fixture
def client(root: str, browser: httpx.Client) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(base_url=f"{root}/api/v2", token=KEY) as made:
        yield made


def link(root: str, **extra: Any) -> str:
    arguments: dict[str, Any] = {
        "api_key": KEY,
        "payment_method": "ideal",
        "company_id": COMPANY,
        "redirect_url": RETURN,
        "amount_cents": 1999,
        "last_name": "Jansen",
        "base_url": f"{root}/api/v2",
        **extra,
    }
    return payment_url(**arguments)


def test_round_trip_with_the_client(root: str, browser: httpx.Client, client: AuthenticatedClient) -> None:
    back = take_payment(browser, link(root, payment_id="order-0000000042"), "authorized")
    outcome = verify_redirect(back, api_key=KEY)
    assert outcome.authorized and outcome.payment_id == "order-0000000042"
    status = get_payment(client, outcome.payment_id, company_id=COMPANY)
    assert isinstance(status, PaymentStatus)
    assert (status.payment_result, status.invoice_id) == (PaymentResult.AUTHORIZED, outcome.invoice_id)
    assert [p.payment_id for p in iter_payment_feed(client, COMPANY)] == ["order-0000000042"]


def test_status_refusals_are_typed(client: AuthenticatedClient) -> None:
    with pytest.raises(PaymentCallRefused) as caught:
        get_payment(client, "unknown-payment", company_id=COMPANY)
    assert caught.value.error_details == ("invalid_payment_id",)
    assert caught.value.status_code == 422 and "invalid_payment_id" in str(caught.value)
    assert KEY not in str(caught.value)
    with pytest.raises(PaymentCallRefused) as other:
        get_payment(client, "unknown-payment", company_id="0" * 40)
    assert other.value.error_details == ("invalid_company_id",)
    with pytest.raises(InvalidPaymentRequest):
        get_payment(client, "notifications", company_id=COMPANY)


def test_raising_client_gets_the_same_typed_refusal(root: str, browser: httpx.Client) -> None:
    with AuthenticatedClient(base_url=f"{root}/api/v2", token=KEY, raise_on_error=True) as raising:
        with pytest.raises(PaymentCallRefused) as caught:
            get_payment(raising, "unknown-payment", company_id=COMPANY)
        assert caught.value.error_details == ("invalid_payment_id",)
        with pytest.raises(PaymentCallRefused):
            payment_feed_page(raising, "0" * 40)


def test_query_key_clients_cannot_sign(root: str) -> None:
    legacy = AuthenticatedClient(base_url=f"{root}/api/v2", token=KEY, auth_location="query")
    with legacy, pytest.raises(InvalidPaymentRequest, match="auth_location"):
        get_payment(legacy, "whatever-payment", company_id=COMPANY)


def test_feed_pages_lazily_newest_first(
    root: str, browser: httpx.Client, client: AuthenticatedClient
) -> None:
    made = [
        verify_redirect(take_payment(browser, link(root), "pending"), api_key=KEY).payment_id
        for _ in range(27)
    ]
    assert len(payment_feed_page(client, COMPANY)) == 25
    assert [p.payment_id for p in iter_payment_feed(client, COMPANY)] == made[::-1]
    assert payment_feed_page(client, COMPANY, page=3) == []
    with pytest.raises(InvalidPaymentRequest):
        payment_feed_page(client, COMPANY, page=0)


def test_a_payment_started_while_paging_is_not_yielded_twice(
    root: str, browser: httpx.Client, client: AuthenticatedClient
) -> None:
    for _ in range(26):
        take_payment(browser, link(root), "pending")
    feed = iter_payment_feed(client, COMPANY)
    seen = [next(feed).payment_id for _ in range(25)]  # page 1 used up
    take_payment(browser, link(root), "pending")  # shifts page 2 by one
    rest = [p.payment_id for p in feed]
    assert len(rest) == 1 and rest[0] not in seen


@pytest.mark.anyio
async def test_the_async_feed_does_not_yield_a_payment_twice_when_one_is_started_while_paging(
    root: str, browser: httpx.Client
) -> None:
    # The async twin of test_a_payment_started_while_paging_is_not_yielded_twice.
    for _ in range(26):
        take_payment(browser, link(root), "pending")
    async with AuthenticatedClient(base_url=f"{root}/api/v2", token=KEY) as client:
        feed = aiter_payment_feed(client, COMPANY)
        seen = [(await anext(feed)).payment_id for _ in range(25)]  # page 1 used up
        take_payment(browser, link(root), "pending")  # shifts page 2 by one
        rest = [p.payment_id async for p in feed]
    assert len(rest) == 1 and rest[0] not in seen


@pytest.mark.anyio
async def test_async_twins(root: str, browser: httpx.Client) -> None:
    back = take_payment(browser, link(root), "cancelled")
    outcome = verify_redirect(back, api_key=KEY)
    async with AuthenticatedClient(base_url=f"{root}/api/v2", token=KEY) as client:
        status = await aget_payment(client, outcome.payment_id, company_id=COMPANY)
        assert status.payment_result == PaymentResult.CANCELLED
        assert [p.payment_id async for p in aiter_payment_feed(client, COMPANY)] == [outcome.payment_id]
        with pytest.raises(PaymentCallRefused):
            await aget_payment(client, "unknown-payment", company_id=COMPANY)


def test_unreadable_answer_is_a_response_validation_error(root: str) -> None:
    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"company_id": COMPANY}, request=request)

    client = AuthenticatedClient(
        base_url=f"{root}/api/v2", token=KEY, httpx_args={"transport": httpx.MockTransport(broken)}
    )
    with client, pytest.raises(ResponseValidationError):
        get_payment(client, "some-payment-id", company_id=COMPANY)


# A URL built by the client is always accepted by the mock (the property).
texts = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=40
)
optional_fields = st.fixed_dictionaries(
    {},
    optional={
        "payment_reference": texts,
        "first_name": texts,
        "prefix": texts,
        "infix": texts,
        "external_invoice_number": texts,
        "locale": st.sampled_from(["de", "en", "fr", "it", "nl", "NL"]),
        "country_code": st.from_regex(r"[A-Za-z]{2}", fullmatch=True),
        "address1": texts,
        "address2": texts,
        "house_number": st.text(alphabet="0123456789abc", min_size=1, max_size=6),
        "zipcode": st.text(min_size=1, max_size=15).filter(lambda t: t.strip() == t and t.isprintable()),
        "city": st.text(
            alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=34
        ),
        "email_address": st.emails(),
        "phone_number": st.from_regex(r"\+[1-9][0-9]{1,14}", fullmatch=True),
        "payment_id": st.from_regex(r"[A-Za-z0-9_-]{10,50}", fullmatch=True).filter(
            lambda value: value not in {"bancontact", "credit_card", "notifications"}
        ),
    },
)


@settings(max_examples=scaled(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    method=st.sampled_from(["ideal", "bancontact", "credit_card", "paypal", "sofort"]),
    amount=st.integers(min_value=100, max_value=2**31 - 1),
    last_name=texts,
    fields=optional_fields,
    own_query=st.sampled_from(["", "?order=42", "?a=1&b=%20x#frag"]),
)
def test_every_link_the_client_builds_is_accepted_by_the_mock(
    root: str,
    browser: httpx.Client,
    method: str,
    amount: int,
    last_name: str,
    fields: dict[str, str],
    own_query: str,
) -> None:
    browser.post(f"{root}/_mock/reset").raise_for_status()  # payment ids are single-use
    url = link(
        root,
        payment_method=method,
        amount_cents=amount,
        last_name=last_name,
        redirect_url=RETURN + own_query,
        **fields,
    )
    answer = browser.get(url)
    assert answer.status_code == 302, answer.text
    location = answer.headers["location"]
    assert "/_mock/checkout/" in location, location  # not a refusal back to redirect_url
    outcome = verify_redirect(_decide(browser, location), api_key=KEY)
    assert outcome.payment_method == method


def _decide(browser: httpx.Client, checkout: str) -> str:
    back = browser.post(checkout, data={"payment_result": "refused"})
    assert back.status_code == 303
    return back.headers["location"]
