# Copied from client_addons/payment_calls.py, do not edit here. Regenerate: python -m generator regen
"""The signed payment calls: one payment's status and the payment feed, sync and async.

Each call signs itself with the client's API key (openapi/DECISIONS.md P2): the status call over
the payment id (as ``id``) and ``company_id``, the feed over ``company_id`` and ``page``. A 422
answer raises :class:`PaymentCallRefused` (``error_details`` says why); an answer the client
cannot read raises ``ResponseValidationError``. The feed iterators page lazily, newest payment
first, and never yield one payment twice (P9).

Every error built here from an answer (its body, headers, error code and problem text) has the
client's key redacted, like the facade's errors: a body that echoes the key (``ApiKey <key>``,
``api_key=<key>`` or bare) must not carry it into ``str``, ``repr``, attributes or pickles. The
key that signs the calls is the API key, so redacting ``client.token`` covers both.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, TypeVar

import httpx

from .api.payments import get_payment as get_payment_operation
from .api.payments import list_payment_notifications
from .client import AuthenticatedClient
from .models import GetPaymentUnprocessableError, ListPaymentNotificationsUnprocessableError, PaymentStatus
from .runtime.errors import (
    APIStatusError,
    ClubCollectError,
    ResponseValidationError,
    error_code_of,
    unexpected_status_class,
)
from .runtime.pagination import aiterate_pages, iterate_pages
from .runtime.payment_errors import InvalidPaymentRequest, PaymentCallRefused
from .runtime.payment_signing import sign
from .runtime.redaction import redact
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


def _redact_text(client: AuthenticatedClient, text: str) -> str:
    # The payment signing key is the API key: client.token is the one secret to scrub.
    return redact(text, [client.token])


def _redact_bytes(client: AuthenticatedClient, content: bytes) -> bytes:
    if not content:
        return content
    # surrogateescape: bytes that are not UTF-8 come back unchanged, only the key goes.
    text = content.decode("utf-8", "surrogateescape")
    return _redact_text(client, text).encode("utf-8", "surrogateescape")


def _redact_headers(client: AuthenticatedClient, headers: Mapping[str, str]) -> httpx.Headers:
    return httpx.Headers([(name, _redact_text(client, value)) for name, value in httpx.Headers(headers).multi_items()])


def _status_error(
    client: AuthenticatedClient,
    cls: type[APIStatusError],
    status_code: int,
    path: str,
    content: bytes,
    headers: Mapping[str, str],
    *,
    method: str = "GET",
    error_code: str | None = None,
) -> APIStatusError:
    clean = _redact_bytes(client, content)
    return cls(
        status_code=status_code,
        # From the redacted body: an echoed key in the error field reads as a code otherwise.
        error_code=error_code or error_code_of(clean),
        method=method,
        path=path,
        content=clean,
        headers=_redact_headers(client, headers),
    )


def _from_hook(client: AuthenticatedClient, exc: ClubCollectError, path: str) -> ClubCollectError:
    """An error the generated call raised (``raise_on_error``, an undocumented status, an
    unreadable body), rebuilt with the key redacted; a 422 is named properly."""
    if isinstance(exc, APIStatusError):
        if exc.status_code == 422:
            return _status_error(
                client, PaymentCallRefused, 422, path, exc.content, exc.headers, error_code="invalid_params"
            )
        return _status_error(client, type(exc), exc.status_code, exc.path, exc.content, exc.headers, method=exc.method)
    if isinstance(exc, ResponseValidationError):
        return ResponseValidationError(
            operation=exc.operation,
            status_code=exc.status_code,
            method=exc.method,
            path=exc.path,
            json_path=exc.json_path,
            problem=_redact_text(client, exc.problem),
            content=_redact_bytes(client, exc.content),
        )
    return exc


def _parsed_or_raise(
    client: AuthenticatedClient,
    response: Response[Any],
    success: type[ParsedT] | None,
    refusal: type[Any],
    operation: str,
    path: str,
) -> Any:
    parsed = response.parsed
    status = int(response.status_code)
    if status == 422 and isinstance(parsed, refusal):
        raise _status_error(
            client,
            PaymentCallRefused,
            422,
            path,
            response.content,
            response.headers,
            error_code="invalid_params",
        )
    if status != 200:
        raise _status_error(client, unexpected_status_class(status), status, path, response.content, response.headers)
    if success is not None and not isinstance(parsed, success):
        raise _unreadable(client, response, operation, path, f"expected {success.__name__}")
    return parsed


def _unreadable(
    client: AuthenticatedClient, response: Response[Any], operation: str, path: str, problem: str
) -> ResponseValidationError:
    return ResponseValidationError(
        operation=operation,
        status_code=int(response.status_code),
        method="GET",
        path=path,
        json_path="$",
        problem=_redact_text(client, problem),
        content=_redact_bytes(client, response.content),
    )


# What a generated call may raise: the raise_on_error hook's errors, or the generated parser's
# bare exceptions on a body it cannot read (a missing field, a wrong type).
_CALL_ERRORS = (ClubCollectError, KeyError, TypeError, ValueError, AttributeError)


def _translated(client: AuthenticatedClient, exc: Exception, operation: str, path: str) -> ClubCollectError:
    if isinstance(exc, ClubCollectError):
        return _from_hook(client, exc, path)
    return ResponseValidationError(
        operation=operation,
        status_code=200,
        method="GET",
        path=path,
        json_path="$",
        # A parser's message can quote the value it choked on, and that value can be the key.
        problem=_redact_text(client, f"{type(exc).__name__}: {exc}"),
    )


def _send(client: AuthenticatedClient, operation: str, path: str, call: Callable[[], Response[Any]]) -> Response[Any]:
    try:
        return call()
    except _CALL_ERRORS as exc:
        failure = _translated(client, exc, operation, path)
    # Raised outside the handler, so the unredacted original is not kept as __context__.
    raise failure


async def _asend(
    client: AuthenticatedClient, operation: str, path: str, call: Callable[[], Awaitable[Response[Any]]]
) -> Response[Any]:
    try:
        return await call()
    except _CALL_ERRORS as exc:
        failure = _translated(client, exc, operation, path)
    raise failure


def get_payment(client: AuthenticatedClient, payment_id: str, *, company_id: str) -> PaymentStatus:
    """The payment's current state; ``PaymentCallRefused`` for an unknown id or company."""
    params = _status_params(client, payment_id, company_id)
    path = f"/payments/{payment_id}"
    response = _send(
        client,
        "get_payment",
        path,
        lambda: get_payment_operation.sync_detailed(payment_id, client=client, **params),
    )
    parsed: PaymentStatus = _parsed_or_raise(
        client, response, PaymentStatus, GetPaymentUnprocessableError, "get_payment", path
    )
    return parsed


async def aget_payment(client: AuthenticatedClient, payment_id: str, *, company_id: str) -> PaymentStatus:
    """Async twin of :func:`get_payment`."""
    params = _status_params(client, payment_id, company_id)
    path = f"/payments/{payment_id}"
    response = await _asend(
        client,
        "get_payment",
        path,
        lambda: get_payment_operation.asyncio_detailed(payment_id, client=client, **params),
    )
    parsed: PaymentStatus = _parsed_or_raise(
        client, response, PaymentStatus, GetPaymentUnprocessableError, "get_payment", path
    )
    return parsed


_FEED = "list_payment_notifications"
_FEED_PATH = "/payments/notifications"


def _feed_items(client: AuthenticatedClient, response: Response[Any]) -> list[PaymentStatus]:
    items = _parsed_or_raise(client, response, None, ListPaymentNotificationsUnprocessableError, _FEED, _FEED_PATH)
    if not isinstance(items, list) or not all(isinstance(item, PaymentStatus) for item in items):
        raise _unreadable(client, response, _FEED, _FEED_PATH, "expected a list of payments")
    return items


def payment_feed_page(client: AuthenticatedClient, company_id: str, *, page: int = 1) -> list[PaymentStatus]:
    """One page of the feed: at most 25 payments, newest first; ``[]`` past the end."""
    params = _feed_params(client, company_id, page)
    response = _send(
        client, _FEED, _FEED_PATH, lambda: list_payment_notifications.sync_detailed(client=client, **params)
    )
    return _feed_items(client, response)


async def apayment_feed_page(client: AuthenticatedClient, company_id: str, *, page: int = 1) -> list[PaymentStatus]:
    """Async twin of :func:`payment_feed_page`."""
    params = _feed_params(client, company_id, page)
    response = await _asend(
        client,
        _FEED,
        _FEED_PATH,
        lambda: list_payment_notifications.asyncio_detailed(client=client, **params),
    )
    return _feed_items(client, response)


def _first_sighting(payments: Iterator[PaymentStatus]) -> Iterator[PaymentStatus]:
    seen: set[str] = set()
    for payment in payments:
        if payment.payment_id not in seen:
            seen.add(payment.payment_id)
            yield payment


def iter_payment_feed(client: AuthenticatedClient, company_id: str, *, first_page: int = 1) -> Iterator[PaymentStatus]:
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
