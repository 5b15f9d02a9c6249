"""A mock with one partner for the payment tests, and a stand-in for the payee's browser."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import httpx
import pytest

from clubcollect_mock import Partner, create_app
from clubcollect_mock.testing import serve_in_thread

KEY = "canary-" + secrets.token_hex(16)
COMPANY = secrets.token_hex(20)
RETURN = "https://shop.example/paid"


@pytest.fixture(scope="module")
def root() -> Iterator[str]:
    with serve_in_thread(create_app([Partner(KEY, COMPANY)])) as url:
        yield url


@pytest.fixture
def browser(root: str) -> Iterator[httpx.Client]:
    """Plays the payee's browser (redirects are followed by hand, as the tests need to see them)."""
    with httpx.Client(trust_env=False, timeout=10) as made:
        made.post(f"{root}/_mock/reset").raise_for_status()
        yield made


def take_payment(browser: httpx.Client, url: str, outcome: str) -> str:
    """Follow a start link to the checkout page, pick ``outcome``, return where it sends us back."""
    checkout = browser.get(url)
    assert checkout.status_code == 302, checkout.text
    back = browser.post(checkout.headers["location"], data={"payment_result": outcome})
    assert back.status_code == 303
    return str(back.headers["location"])
