"""The payment operations against any target: signed links, refusals, status and feed (part P).

Runs without the mock's controls except the full checkout round trip, which needs a browser-free
way to pick an outcome (the mock's checkout form).
"""

from __future__ import annotations

import secrets
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from contract_tests.api import Api, Exchange
from contract_tests.payments import (
    DOCUMENTED_KEY,
    DOCUMENTED_PARAMS,
    DOCUMENTED_SIGNATURE,
    FEED_PAGE,
    RESULTS,
    START_METHODS,
    back_at_partner,
    check_result_signature,
    feed,
    link_params,
    query_of,
    signature,
    start,
    status,
)


def test_the_suites_signer_gives_the_documented_signature() -> None:
    assert signature(DOCUMENTED_PARAMS, DOCUMENTED_KEY) == DOCUMENTED_SIGNATURE


def location(exchange: Exchange) -> str:
    return str(exchange.response.headers.get("location", ""))


def expect_refusal(api: Api, exchange: Exchange, reason: str, why: str) -> None:
    """A refused link sends the payee back to redirect_url with error_code and error_details."""
    where = location(exchange)
    query = query_of(where)
    details = query.get("error_details", "").split(";")
    api.expect(
        exchange.status == 302
        and back_at_partner(where)
        and query.get("error_code") == "unprocessable_entity"
        and reason in details,
        exchange,
        "payment-link-refused",
        f"{why}: expected 302 back to redirect_url with error_code=unprocessable_entity and {reason}",
        detail=f"status {exchange.status}, error_details={query.get('error_details')!r}",
    )
    if "signature" in query:  # undocumented on a refusal; when present it must be right
        check_result_signature(api, exchange, where)


@pytest.mark.parametrize("method", START_METHODS)
def test_a_signed_link_goes_on_to_the_payment_page(api: Api, method: str) -> None:
    exchange = start(api, link_params(api), method)
    where = location(exchange)
    api.expect(
        exchange.status == 302 and urlsplit(where).scheme in {"http", "https"} and not back_at_partner(where),
        exchange,
        "payment-link-accepted",
        "a correctly signed link must redirect to the payment page, not back with an error",
        detail=f"status {exchange.status}, location parameters {sorted(query_of(where))}",
    )


def test_unsigned_tampered_and_foreign_links_are_refused(api: Api) -> None:
    good = link_params(api)
    unsigned = {k: v for k, v in good.items() if k != "signature"}
    expect_refusal(api, start(api, unsigned), "invalid_signature", "an unsigned link")
    expect_refusal(api, start(api, {**good, "amount_cents": "1"}), "invalid_signature", "a changed amount")
    other_key = link_params(api, key=secrets.token_hex(20))
    expect_refusal(api, start(api, other_key), "invalid_signature", "a link signed with another key")
    unknown_company = link_params(api, company_id=secrets.token_hex(20))
    expect_refusal(api, start(api, unknown_company), "invalid_partner", "a link for an unknown company")


names = st.sampled_from(["company_id", "amount_cents", "last_name", "payment_reference", "redirect_url"])


@given(name=names, suffix=st.text(alphabet="abcXYZ019", min_size=1, max_size=4))
def test_any_changed_parameter_is_refused(api: Api, name: str, suffix: str) -> None:
    good = link_params(api)
    expect_refusal(
        api, start(api, {**good, name: good[name] + suffix}), "invalid_signature", f"a changed {name}"
    )


def test_a_signed_link_with_bad_values_is_refused(api: Api) -> None:
    expect_refusal(
        api, start(api, link_params(api, amount_cents=99)), "invalid_amount_cents", "amount under 100"
    )
    expect_refusal(
        api, start(api, link_params(api, last_name=None)), "invalid_last_name", "no last name and no invoice"
    )


def test_a_link_without_redirect_url_answers_422(api: Api) -> None:
    exchange = start(api, link_params(api, redirect_url=None))
    body = exchange.json()
    api.expect(
        exchange.status == 422
        and isinstance(body, dict)
        and body.get("error_details") == "invalid_redirect_url",
        exchange,
        "payment-link-no-redirect",
        "a link without redirect_url has nowhere to send the refusal: 422 invalid_redirect_url (P4)",
    )


def expect_params_error(api: Api, exchange: Exchange, detail: str, why: str) -> None:
    body = exchange.json()
    got = body.get("error_details") if isinstance(body, dict) else None
    api.expect(
        exchange.status == 422
        and isinstance(body, dict)
        and body.get("error_code") == "invalid_params"
        and got == detail,
        exchange,
        "payment-call-refused",
        f"{why}: expected 422 invalid_params/{detail}, got {exchange.status} {got!r}",
    )


def test_status_calls_are_signed(api: Api) -> None:
    unknown = "contract-" + secrets.token_hex(8)
    expect_params_error(
        api, status(api, unknown), "invalid_payment_id", "a signed lookup of an unknown payment"
    )
    expect_params_error(
        api,
        status(api, unknown, key=secrets.token_hex(20)),
        "invalid_signature",
        "a lookup signed with another key",
    )
    unsigned = api.call(
        "GET", f"/payments/{unknown}", params={"company_id": api.credentials.company_id}, auth="none"
    )
    expect_params_error(api, unsigned, "invalid_signature", "an unsigned lookup")


def test_feed_refuses_a_page_outside_the_signature(api: Api) -> None:
    good = feed(api)
    api.expect_status(good, 200, "payment-feed", "a signed feed request must succeed")
    params = dict(good.request.url.params) | {"page": "2"}  # signed without the page
    changed = api.call("GET", "/payments/notifications", params=params, auth="none")
    expect_params_error(api, changed, "invalid_signature", "a page that the signature does not cover")


def feed_pages(api: Api, limit: int = 4) -> list[list[dict[str, Any]]]:
    pages = []
    for number in range(1, limit + 1):
        exchange = feed(api, number)
        api.expect_status(exchange, 200, "payment-feed", "a signed feed page must be answered")
        items = exchange.json() if isinstance(exchange.json(), list) else []
        api.expect(
            len(items) <= FEED_PAGE, exchange, "payment-feed", f"a feed page holds at most {FEED_PAGE}"
        )
        pages.append(items)
        if len(items) < FEED_PAGE:
            break
    return pages


def test_feed_is_newest_first_in_pages_of_25(api: Api) -> None:
    for _ in range(2):  # at least a few payments to order
        start(api, link_params(api))
    pages = feed_pages(api)
    flat = [item for page in pages for item in page]
    created = [str(item.get("created_at")) for item in flat]
    exchange = feed(api, 1)
    api.expect(bool(flat), exchange, "payment-feed", "payments just started must be in the feed")
    api.expect(
        created == sorted(created, reverse=True),
        exchange,
        "payment-feed-order",
        "the feed must list payments newest first (P9)",
    )
    if pages and len(pages[-1]) == FEED_PAGE:
        return  # more pages than we read; the last-page rule cannot be seen here
    after = feed(api, len(pages) + 1)
    api.expect(after.json() == [], after, "payment-feed", "the page after a short page is empty")


def test_status_agrees_with_the_feed(api: Api) -> None:
    start(api, link_params(api))
    for item in feed_pages(api, limit=1)[0][:3]:
        exchange = status(api, str(item.get("payment_id")))
        shown = exchange.json() if exchange.status == 200 else None
        same = isinstance(shown, dict) and all(
            shown.get(name) == item.get(name)
            for name in ("company_id", "invoice_id", "payment_id", "payment_method", "created_at")
        )
        api.expect(same, exchange, "payment-status-feed", "a payment's status must agree with its feed entry")


@pytest.mark.mock_control
@pytest.mark.parametrize("outcome", RESULTS)
def test_checkout_round_trip_results_are_signed(api: Api, mock_control: Any, outcome: str) -> None:
    started = start(api, link_params(api, external_invoice_number=f"C-{outcome}"))
    with httpx.Client(timeout=30.0) as browser:
        answer = browser.post(location(started), data={"payment_result": outcome})
    back = Exchange("payment_redirect", answer.request, answer)
    result = check_result_signature(api, back, answer.headers.get("location", ""))
    api.expect(
        result.get("payment_result") == outcome and result.get("external_invoice_number") == f"C-{outcome}",
        back,
        "payment-result",
        "the result brought back must be the outcome picked",
    )
    shown = status(api, result.get("payment_id", ""))
    api.expect(
        shown.status == 200 and (shown.json() or {}).get("payment_result") == outcome,
        shown,
        "payment-status-feed",
        "status must report the outcome the redirect reported",
    )
    newest = feed(api).json() or [{}]
    api.expect(
        newest[0].get("payment_id") == result.get("payment_id"),
        shown,
        "payment-feed-order",
        "the payment just made must head the feed",
    )
