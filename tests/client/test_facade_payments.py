"""``cc.payments`` on the facade, against the running mock: the whole round trip, sync and async,
with the client's own key and base URL bound in."""

from __future__ import annotations

import json
from datetime import date

import httpx
import pytest

from clubcollect_client import AsyncClubCollect, ClubCollect
from clubcollect_client.models import PaymentResult
from clubcollect_client.payment_resource import PaymentLink
from clubcollect_client.payments import InvalidPaymentNotification, InvalidPaymentRequest, treasurer_sso_url

from .payment_mock import COMPANY, KEY, RETURN, browser, root, take_payment

__all__ = ["browser", "root"]  # fixtures, used by name


def test_a_payment_round_trip_through_cc_payments(root: str, browser: httpx.Client) -> None:
    with ClubCollect(api_key=KEY, base_url=f"{root}/api/v2") as cc:
        url = cc.payments.url(
            payment_method="ideal",
            company_id=COMPANY,
            redirect_url=RETURN,
            amount_cents=2500,
            last_name="Jansen",
            payment_id="order-0000000007",
        )
        assert url.startswith(f"{root}/api/v2/payments/ideal?") and KEY not in url
        outcome = cc.payments.verify_redirect(take_payment(browser, url, "authorized"))
        assert (outcome.payment_result, outcome.payment_id) == (PaymentResult.AUTHORIZED, "order-0000000007")
        status = cc.payments.get("order-0000000007", company_id=COMPANY)
        assert status.payment_result == PaymentResult.AUTHORIZED
        assert [p.payment_id for p in cc.payments.feed(COMPANY)] == ["order-0000000007"]
        assert cc.invoices.get(status.invoice_id).amount_total_cents == 0  # paid in full
        with pytest.raises(InvalidPaymentRequest):
            cc.payments.url(payment_method="ideal", company_id=COMPANY, redirect_url=RETURN, amount_cents=99)


@pytest.mark.anyio
async def test_the_async_client_has_the_same_payments(root: str, browser: httpx.Client) -> None:
    async with AsyncClubCollect(api_key=KEY, base_url=f"{root}/api/v2") as acc:
        url = acc.payments.url(
            payment_method="paypal",
            company_id=COMPANY,
            redirect_url=RETURN,
            amount_cents=1000,
            last_name="Doe",
        )
        outcome = acc.payments.verify_redirect(take_payment(browser, url, "refused"))
        status = await acc.payments.get(str(outcome.payment_id), company_id=COMPANY)
        assert status.payment_result == PaymentResult.REFUSED
        assert [p.payment_id async for p in acc.payments.feed(COMPANY)] == [outcome.payment_id]


@pytest.mark.anyio
async def test_the_async_facade_feed_yields_each_payment_once_while_payments_start(
    root: str, browser: httpx.Client
) -> None:
    # Newest first: a payment started while paging pushes the last of page 1 onto page 2.
    link: PaymentLink = {
        "payment_method": "ideal",
        "company_id": COMPANY,
        "redirect_url": RETURN,
        "amount_cents": 500,
        "last_name": "Doe",
    }
    async with AsyncClubCollect(api_key=KEY, base_url=f"{root}/api/v2") as acc:
        for _ in range(26):
            take_payment(browser, acc.payments.url(**link), "pending")
        feed = acc.payments.feed(COMPANY)
        seen = [(await anext(feed)).payment_id for _ in range(25)]  # page 1 used up
        take_payment(browser, acc.payments.url(**link), "pending")  # shifts page 2 by one
        rest = [p.payment_id async for p in feed]
    assert len(rest) == 1 and rest[0] not in seen


def test_notifications_and_sso_use_the_clients_own_key_and_host(root: str) -> None:
    with ClubCollect(api_key=KEY, base_url=f"{root}/api/v2") as cc:
        body = {
            "api_key": KEY,
            "company_id": COMPANY,
            "invoice_id": "1" * 40,
            "external_invoice_number": None,
            "payment_id": "order-0000000008",
            "payment_method": "ideal",
            "payment_result": "authorized",
        }
        assert cc.payments.parse_notification(json.dumps(body)).payment_id == "order-0000000008"
        with pytest.raises(InvalidPaymentNotification):
            cc.payments.parse_notification(json.dumps({**body, "api_key": "someone-else"}))
        day = date(2026, 12, 1)
        sso = cc.payments.sso_url(COMPANY, salt="pepper", key="sso-key", today=day)
        assert sso == treasurer_sso_url(
            COMPANY, salt="pepper", key="sso-key", today=day, base_url=f"{root}/api/v2"
        )
        assert "pepper" not in repr(cc.payments) and KEY not in repr(cc.payments)
