"""The whole payment flow in a real headless browser: signed link, checkout page, redirect back.

The partner side is played by a tiny local shop app; the client library builds the link and
verifies what the browser brings back, and the API then shows the paid invoice.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.routing import Route

from clubcollect_client import AuthenticatedClient
from clubcollect_client.api.invoices import get_invoice
from clubcollect_client.models import Invoice, PaymentResult
from clubcollect_client.payments import (
    PaymentRejected,
    get_payment,
    iter_payment_feed,
    payment_url,
    verify_redirect,
)
from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread

from .chromium import chromium

pytestmark = [pytest.mark.browser, pytest.mark.mock_control]
KEY = "canary-" + secrets.token_hex(16)
COMPANY = secrets.token_hex(20)


async def thanks(request: Request) -> HTMLResponse:
    return HTMLResponse("<!DOCTYPE html><title>Shop</title><h1 id='shop'>Back at the shop</h1>")


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[str, str]]:
    shop = Starlette(routes=[Route("/paid", thanks)])
    with serve_in_thread(create_app([Partner(KEY, COMPANY)])) as mock, serve_in_thread(shop) as shop_root:
        yield mock, shop_root


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with chromium() as made:
        yield made


def wait_for_url(driver: Any, prefix: str) -> str:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 30).until(lambda d: d.current_url.startswith(prefix))
    return str(driver.current_url)


def test_pay_in_the_browser(servers: tuple[str, str], driver: Any) -> None:
    from selenium.webdriver.common.by import By

    mock, shop = servers
    link = payment_url(
        api_key=KEY,
        payment_method="ideal",
        company_id=COMPANY,
        redirect_url=f"{shop}/paid?order=7",
        amount_cents=4250,
        last_name="Jansen",
        payment_reference="Season ticket",
        base_url=f"{mock}/api/v2",
    )
    driver.get(link)
    assert driver.title == "Mock checkout"
    assert driver.find_element(By.ID, "amount").text == "EUR 42.50"
    driver.find_element(By.ID, "pay-authorized").click()

    back = wait_for_url(driver, f"{shop}/paid?order=7&")
    assert driver.find_element(By.ID, "shop").text == "Back at the shop"
    outcome = verify_redirect(back, api_key=KEY)
    assert outcome.payment_result == PaymentResult.AUTHORIZED and outcome.payment_method == "ideal"

    with AuthenticatedClient(base_url=f"{mock}/api/v2", token=KEY) as client:
        assert get_payment(client, outcome.payment_id, company_id=COMPANY).payment_result == "authorized"
        assert next(iter_payment_feed(client, COMPANY)).payment_id == outcome.payment_id
        assert outcome.invoice_id is not None
        invoice = get_invoice.sync(outcome.invoice_id, client=client)
        assert isinstance(invoice, Invoice)
        assert [line.amount_cents for line in invoice.invoice_lines] == [4250, -4250]
        assert invoice.amount_total_cents == 0

    # Back to the checkout address: the page now only reports the outcome.
    driver.back()
    driver.get(driver.current_url)
    assert "authorized" in driver.find_element(By.ID, "result").text


def test_a_refused_link_comes_straight_back(servers: tuple[str, str], driver: Any) -> None:
    mock, shop = servers
    link = payment_url(
        api_key="not-" + KEY,  # the wrong key: ClubCollect cannot verify the link
        payment_method="bancontact",
        company_id=COMPANY,
        redirect_url=f"{shop}/paid",
        amount_cents=1000,
        last_name="Jansen",
        base_url=f"{mock}/api/v2",
    )
    driver.get(link)
    back = wait_for_url(driver, f"{shop}/paid?")
    with pytest.raises(PaymentRejected) as rejected:
        verify_redirect(back, api_key=KEY)
    assert rejected.value.error_details == ("invalid_signature",)
