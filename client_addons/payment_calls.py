"""The signed payment calls: one payment's status and the payment feed, sync and async.

Each call signs itself with the client's API key (openapi/DECISIONS.md P2): the status call over
the payment id (as ``id``) and ``company_id``, the feed over ``company_id`` and ``page``. A 422
answer raises :class:`PaymentCallRefused` (``error_details`` says why); an answer the client
cannot read raises ``ResponseValidationError``. The feed iterators page lazily, newest payment
first, and never yield one payment twice (P9).
"""

from collections.abc import AsyncIterator, Iterator
from typing import Any, TypeVar

from .api.payments import get_payment as get_payment_operation
from .api.payments import list_payment_notifications
from .client import AuthenticatedClient
from .models import GetPaymentUnprocessableError, ListPaymentNotificationsUnprocessableError, PaymentStatus
from .runtime.errors import ClubCollectError, ResponseValidationError, unexpected_status_class
from .runtime.pagination import aiterate_pages, iterate_pages
from .runtime.payment_errors import InvalidPaymentRequest, PaymentCallRefused
from .runtime.payment_signing import sign
from .types import Response

__all__ = [
    "FEED_PAGE_SIZE",
    "LITERAL_PAYMENT_PATHS",
    "aget_payment",
    "aiter_payment_feed",
    "apayment_feed_page",
    "get_payment",
    "iter_payment_feed",
    "payment_feed_page",
]

#: Payments per feed page; a shorter page is the last one.
FEED_PAGE_SIZE = 25
#: Names under /payments/ that are other operations, never a payment id (P1).
LITERAL_PAYMENT_PATHS = frozenset({"ideal", "bancontact", "credit_card", "paypal", "sofort", "notifications"})

ParsedT = TypeVar("ParsedT")


def _signing_key(client: AuthenticatedClient) -> str:
    if client.auth_location != "header":
        # The query key would travel as one more parameter, which the signature must cover.
        raise InvalidPaymentRequest("payment calls need a client with auth_location='header'")
    return client.token


def _status_params(client: AuthenticatedClient, payment_id: str, company_id: str) -> dict[str, str]:
    if not isinstance(payment_id, str) or not payment_id or payment_id in LITERAL_PAYMENT_PATHS:
        raise InvalidPaymentRequest("payment_id must be a payment's id, not empty or a /payments/ path name")
    if not isinstance(company_id, str) or not company_id:
        raise InvalidPaymentRequest("company_id must be a non-empty string")
    return {
        "company_id": company_id,
        "signature": sign({"id": payment_id, "company_id": company_id}, _signing_key(client)),
    }


def _feed_params(client: AuthenticatedClient, company_id: str, page: int) -> dict[str, str]:
    if isinstance(page, bool) or not isinstance(page, int) or page < 1:
        raise InvalidPaymentRequest("page must be an integer from 1 up")
    if not isinstance(company_id, str) or not company_id:
        raise InvalidPaymentRequest("company_id must be a non-empty string")
    params = {"company_id": company_id, "page": str(page)}
    return {**params, "signature": sign(params, _signing_key(client))}


def _refused_from_hook(exc: ClubCollectError, path: str) -> ClubCollectError:
    """A ``raise_on_error`` client raises before we see the answer: name a 422 properly."""
    if getattr(exc, "status_code", None) == 422:
        return PaymentCallRefused(
            status_code=422,
            error_code="invalid_params",
            method="GET",
            path=path,
            content=getattr(exc, "content", b""),
        )
    return exc


def _parsed_or_raise(
    response: Response[Any], success: type[ParsedT] | None, refusal: type[Any], operation: str, path: str
) -> Any:
    parsed = response.parsed
    if response.status_code == 422 and isinstance(parsed, refusal):
        raise PaymentCallRefused(
            status_code=422,
            error_code="invalid_params",
            method="GET",
            path=path,
            content=response.content,
        )
    if int(response.status_code) != 200:
        raise unexpected_status_class(int(response.status_code))(
            status_code=int(response.status_code),
            error_code=None,
            method="GET",
            path=path,
            content=response.content,
        )
    if success is not None and not isinstance(parsed, success):
        raise _unreadable(response, operation, path, f"expected {success.__name__}")
    return parsed


def _unreadable(response: Response[Any], operation: str, path: str, problem: str) -> ResponseValidationError:
    return ResponseValidationError(
        operation=operation,
        status_code=int(response.status_code),
        method="GET",
        path=path,
        json_path="$",
        problem=problem,
        content=response.content,
    )


# What a generated call may raise: the raise_on_error hook's errors, or the generated parser's
# bare exceptions on a body it cannot read (a missing field, a wrong type).
_CALL_ERRORS = (ClubCollectError, KeyError, TypeError, ValueError, AttributeError)


def _translated(exc: Exception, operation: str, path: str) -> ClubCollectError:
    if isinstance(exc, ClubCollectError):
        return _refused_from_hook(exc, path)
    return ResponseValidationError(
        operation=operation,
        status_code=200,
        method="GET",
        path=path,
        json_path="$",
        problem=f"{type(exc).__name__}: {exc}",
    )


def get_payment(client: AuthenticatedClient, payment_id: str, *, company_id: str) -> PaymentStatus:
    """The payment's current state; ``PaymentCallRefused`` for an unknown id or company."""
    params = _status_params(client, payment_id, company_id)
    path = f"/payments/{payment_id}"
    try:
        response = get_payment_operation.sync_detailed(payment_id, client=client, **params)
    except _CALL_ERRORS as exc:
        raise _translated(exc, "get_payment", path) from None
    parsed: PaymentStatus = _parsed_or_raise(
        response, PaymentStatus, GetPaymentUnprocessableError, "get_payment", path
    )
    return parsed


async def aget_payment(client: AuthenticatedClient, payment_id: str, *, company_id: str) -> PaymentStatus:
    """Async twin of :func:`get_payment`."""
    params = _status_params(client, payment_id, company_id)
    path = f"/payments/{payment_id}"
    try:
        response = await get_payment_operation.asyncio_detailed(payment_id, client=client, **params)
    except _CALL_ERRORS as exc:
        raise _translated(exc, "get_payment", path) from None
    parsed: PaymentStatus = _parsed_or_raise(
        response, PaymentStatus, GetPaymentUnprocessableError, "get_payment", path
    )
    return parsed


_FEED = "list_payment_notifications"
_FEED_PATH = "/payments/notifications"


def _feed_items(response: Response[Any]) -> list[PaymentStatus]:
    items = _parsed_or_raise(response, None, ListPaymentNotificationsUnprocessableError, _FEED, _FEED_PATH)
    if not isinstance(items, list) or not all(isinstance(item, PaymentStatus) for item in items):
        raise _unreadable(response, _FEED, _FEED_PATH, "expected a list of payments")
    return items


def payment_feed_page(client: AuthenticatedClient, company_id: str, *, page: int = 1) -> list[PaymentStatus]:
    """One page of the feed: at most 25 payments, newest first; ``[]`` past the end."""
    params = _feed_params(client, company_id, page)
    try:
        response = list_payment_notifications.sync_detailed(client=client, **params)
    except _CALL_ERRORS as exc:
        raise _translated(exc, _FEED, _FEED_PATH) from None
    return _feed_items(response)


async def apayment_feed_page(
    client: AuthenticatedClient, company_id: str, *, page: int = 1
) -> list[PaymentStatus]:
    """Async twin of :func:`payment_feed_page`."""
    params = _feed_params(client, company_id, page)
    try:
        response = await list_payment_notifications.asyncio_detailed(client=client, **params)
    except _CALL_ERRORS as exc:
        raise _translated(exc, _FEED, _FEED_PATH) from None
    return _feed_items(response)


def _first_sighting(payments: Iterator[PaymentStatus]) -> Iterator[PaymentStatus]:
    seen: set[str] = set()
    for payment in payments:
        if payment.payment_id not in seen:
            seen.add(payment.payment_id)
            yield payment


def iter_payment_feed(
    client: AuthenticatedClient, company_id: str, *, first_page: int = 1
) -> Iterator[PaymentStatus]:
    """Every payment of the company, newest first, fetching pages as they are used up.

    Stop iterating once the payments are older than what you already know; a payment started
    while you page shifts the later pages, so the one pushed over a page boundary is skipped
    the second time rather than yielded twice.
    """
    pages = iterate_pages(
        lambda number: payment_feed_page(client, company_id, page=number),
        lambda items: items,
        page_size=FEED_PAGE_SIZE,
        first_page=first_page,
    )
    return _first_sighting(pages)


async def aiter_payment_feed(
    client: AuthenticatedClient, company_id: str, *, first_page: int = 1
) -> AsyncIterator[PaymentStatus]:
    """Async twin of :func:`iter_payment_feed`."""
    seen: set[str] = set()
    pages = aiterate_pages(
        lambda number: apayment_feed_page(client, company_id, page=number),
        lambda items: items,
        page_size=FEED_PAGE_SIZE,
        first_page=first_page,
    )
    async for payment in pages:
        if payment.payment_id not in seen:
            seen.add(payment.payment_id)
            yield payment
