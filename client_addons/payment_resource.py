"""``cc.payments``: the Payments API bound to the facade client's key and base URL.

A thin layer over :mod:`clubcollect_client.payments` (hand-written, not generated: the payment
operations are signed with the key rather than authenticated by it, and the start call is a
browser redirect; see DECISIONS part P). Every method here only supplies the client's key, base
URL and connection pool to those functions.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from datetime import date
from typing import Unpack

from .client import AuthenticatedClient
from .models import PaymentStatus
from .payments import (
    PaymentLink,
    PaymentOutcome,
    RedirectSource,
    aget_payment,
    aiter_payment_feed,
    get_payment,
    iter_payment_feed,
    parse_payment_notification,
    payment_url,
    treasurer_sso_url,
    verify_redirect,
)
from .runtime.redaction import Secret

__all__ = ["AsyncPayments", "PaymentLink", "Payments"]


class _PaymentsBase:
    def __init__(self, low_level: AuthenticatedClient, api_key: Secret, base_url: str) -> None:
        self._low_level = low_level
        self._api_key = api_key
        self._base_url = base_url

    def url(self, **link: Unpack[PaymentLink]) -> str:
        """The signed link that starts a payment (``payment_url`` with this client's key)."""
        return payment_url(api_key=self._api_key, base_url=self._base_url, **link)

    def verify_redirect(self, url_or_query: RedirectSource) -> PaymentOutcome:
        """The checked result ClubCollect appended to your ``redirect_url`` (``verify_redirect``)."""
        return verify_redirect(url_or_query, api_key=self._api_key)

    def parse_notification(self, body: bytes | str | Mapping[str, object]) -> PaymentOutcome:
        """A payment notification, after checking that it echoes this client's key."""
        return parse_payment_notification(body, expected_api_key=self._api_key)

    def sso_url(
        self, company_id: str, *, salt: str | Secret, key: str | Secret, today: date | None = None
    ) -> str:
        """The treasurer single-sign-on link, on this client's host (``treasurer_sso_url``)."""
        return treasurer_sso_url(company_id, salt=salt, key=key, today=today, base_url=self._base_url)

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Payments(_PaymentsBase):
    """``cc.payments``: links, redirects, notifications, and the signed status and feed calls."""

    def get(self, payment_id: str, *, company_id: str) -> PaymentStatus:
        """One payment's current result (a call signed with the key)."""
        return get_payment(self._low_level, payment_id, company_id=company_id)

    def feed(self, company_id: str, *, first_page: int = 1) -> Iterator[PaymentStatus]:
        """Every payment of the company, newest first, fetched page by page as you iterate."""
        return iter_payment_feed(self._low_level, company_id, first_page=first_page)


class AsyncPayments(_PaymentsBase):
    """Async twin of :class:`Payments`: ``await acc.payments.get(...)``, ``async for`` over ``feed``."""

    async def get(self, payment_id: str, *, company_id: str) -> PaymentStatus:
        """One payment's current result (a call signed with the key)."""
        return await aget_payment(self._low_level, payment_id, company_id=company_id)

    def feed(self, company_id: str, *, first_page: int = 1) -> AsyncIterator[PaymentStatus]:
        """Every payment of the company, newest first, fetched page by page as you iterate."""
        return aiter_payment_feed(self._low_level, company_id, first_page=first_page)
