# Copied from client_runtime/retry.py, do not edit here. Regenerate: python -m generator regen
"""Retrying httpx transports: exponential backoff with full jitter and Retry-After support.

Safety rule: a request is only ever sent again when doing so cannot create a second copy of
something on the server. Idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE) may be repeated
after any transient failure. Every other method (POST above all: creating an invoice twice
bills a member twice) is repeated only after ``httpx.ConnectError`` or ``httpx.ConnectTimeout``:
httpcore raises those while opening the TCP/TLS connection, before a single byte of the HTTP
request is written, so the server cannot have seen it. A failure after that point (write
error, read timeout, dropped connection, a 503 or 429 answer) leaves it unknown whether the
server acted, so the error or response goes back to the caller unchanged.

Per request, a :class:`RetryPolicy` in ``request.extensions[RETRY_POLICY_EXTENSION]`` replaces
the transport's own (the facade's ``max_retries=`` per call); the response handed back carries
how many times the request was sent again in ``response.extensions[RETRIES_EXTENSION]``.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import logging
import math
import random as _random
import time
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass

import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRIES_EXTENSION",
    "RETRY_POLICY_EXTENSION",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
    "backoff_delay",
    "parse_retry_after",
    "retry_delay",
]

logger = logging.getLogger(__name__)

IDEMPOTENT_METHODS: frozenset[str] = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

#: Request extension: a RetryPolicy that replaces the transport's for this one request.
RETRY_POLICY_EXTENSION = "clubcollect.retry_policy"
#: Response extension: how many times the request was sent again before this answer (0: once).
RETRIES_EXTENSION = "clubcollect.retries"

# Raised before the request was written to the wire: safe to repeat for any method.
_NOTHING_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout)

# Transient failures at any stage of the exchange: safe to repeat for idempotent methods only.
# Deliberately absent: UnsupportedProtocol, LocalProtocolError and ProxyError, which a retry
# cannot fix.
_TRANSIENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,  # connect, read, write and pool timeouts
    httpx.NetworkError,  # connect, read, write and close errors
    httpx.RemoteProtocolError,  # e.g. the server closed a kept-alive connection mid-request
)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to wait before sending a request again.

    ``max_retries`` counts repetitions: a request is sent at most ``max_retries + 1`` times.
    The wait before retry ``n`` (0-based) is ``min(backoff_max, backoff_base * 2**n)``, scaled
    by a uniform random factor in [0, 1) when ``jitter`` is on ("full jitter", which spreads
    clients that failed together). A usable ``Retry-After`` header replaces that wait, capped at
    ``max_retry_after`` so a misbehaving server cannot park the client for hours.
    """

    max_retries: int = 3
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    jitter: bool = True
    retry_statuses: Collection[int] = frozenset({429, 502, 503, 504})
    idempotent_methods: Collection[str] = IDEMPOTENT_METHODS
    respect_retry_after: bool = True
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        for name in ("backoff_base", "backoff_max", "max_retry_after"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0):
                raise ValueError(f"{name} must be a finite number >= 0")
        # Accept any iterable of statuses/methods but store immutable, normalised sets so the
        # policy stays hashable and comparisons are case-insensitive for methods.
        object.__setattr__(self, "retry_statuses", frozenset(self.retry_statuses))
        object.__setattr__(self, "idempotent_methods", frozenset(m.upper() for m in self.idempotent_methods))

    @classmethod
    def disabled(cls) -> RetryPolicy:
        """A policy that never retries."""
        return cls(max_retries=0)

    def is_idempotent(self, method: str) -> bool:
        return method.upper() in self.idempotent_methods

    def should_retry_status(self, method: str, status_code: int) -> bool:
        return status_code in self.retry_statuses and self.is_idempotent(method)

    def should_retry_error(self, method: str, error: Exception) -> bool:
        if isinstance(error, _NOTHING_SENT_ERRORS):
            return True
        return isinstance(error, _TRANSIENT_ERRORS) and self.is_idempotent(method)


def backoff_delay(policy: RetryPolicy, retry_number: int, random: Callable[[], float]) -> float:
    """Seconds to wait before retry ``retry_number`` (0 for the first retry), without Retry-After."""
    # Clamp the exponent: 2**1100 overflows a float, and the cap is reached long before.
    ceiling = min(policy.backoff_max, policy.backoff_base * 2.0 ** min(retry_number, 64))
    return ceiling * random() if policy.jitter else ceiling


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds asked for by a ``Retry-After`` header value, or None if absent or unusable.

    Accepts delay-seconds (``"120"``) and an HTTP date (``"Wed, 21 Oct 2015 07:28:00 GMT"``);
    ``now`` is the current POSIX time. A date in the past means "now" (0 seconds).
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if text.isascii() and text.replace(".", "", 1).isdigit():
        seconds = float(text)
        return seconds if math.isfinite(seconds) else None
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:  # a "-0000" zone yields a naive value; RFC 5322 reads it as UTC
        moment = moment.replace(tzinfo=datetime.UTC)
    return max(0.0, moment.timestamp() - now)


def retry_delay(
    policy: RetryPolicy,
    retry_number: int,
    *,
    retry_after: str | None,
    now: float,
    random: Callable[[], float],
) -> float:
    """Seconds to wait before retry ``retry_number``: the server's Retry-After if usable, else backoff."""
    if policy.respect_retry_after:
        asked = parse_retry_after(retry_after, now)
        if asked is not None:
            return min(asked, policy.max_retry_after)
    return backoff_delay(policy, retry_number, random)


def _can_replay(request: httpx.Request) -> bool:
    # Bodies given as bytes/str/json/form are ByteStreams and can be sent again; a body read
    # from a generator or file-like stream is consumed by the first attempt.
    return isinstance(request.stream, httpx.ByteStream)


def _policy_for(request: httpx.Request, default: RetryPolicy) -> RetryPolicy:
    override = request.extensions.get(RETRY_POLICY_EXTENSION)
    return override if isinstance(override, RetryPolicy) else default


def _log_retry(request: httpx.Request, reason: str, retry_number: int, delay: float) -> None:
    # Path only: with the deprecated query-string auth the full URL carries the API key.
    logger.info(
        "retrying %s %s after %s (retry %d, waiting %.2fs)",
        request.method,
        request.url.path,
        reason,
        retry_number + 1,
        delay,
    )


class RetryTransport(httpx.BaseTransport):
    """Wraps a sync transport and repeats requests according to a :class:`RetryPolicy`."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.transport = transport if transport is not None else httpx.HTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._random = random
        self._clock = clock

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = _policy_for(request, self.policy)
        retry_number = 0
        while True:
            may_retry = retry_number < policy.max_retries and _can_replay(request)
            try:
                response = self.transport.handle_request(request)
            except httpx.TransportError as error:
                if not (may_retry and policy.should_retry_error(request.method, error)):
                    raise
                delay = backoff_delay(policy, retry_number, self._random)
                _log_retry(request, type(error).__name__, retry_number, delay)
            else:
                if not (may_retry and policy.should_retry_status(request.method, response.status_code)):
                    response.extensions[RETRIES_EXTENSION] = retry_number
                    return response
                delay = retry_delay(
                    policy,
                    retry_number,
                    retry_after=response.headers.get("Retry-After"),
                    now=self._clock(),
                    random=self._random,
                )
                response.close()  # give the connection back to the pool before waiting
                _log_retry(request, f"status {response.status_code}", retry_number, delay)
            self._sleep(delay)
            retry_number += 1

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async twin of :class:`RetryTransport`; ``sleep`` defaults to ``asyncio.sleep``."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        random: Callable[[], float] = _random.random,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.transport = transport if transport is not None else httpx.AsyncHTTPTransport()
        self.policy = policy if policy is not None else RetryPolicy()
        self._sleep = sleep
        self._random = random
        self._clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = _policy_for(request, self.policy)
        retry_number = 0
        while True:
            may_retry = retry_number < policy.max_retries and _can_replay(request)
            try:
                response = await self.transport.handle_async_request(request)
            except httpx.TransportError as error:
                if not (may_retry and policy.should_retry_error(request.method, error)):
                    raise
                delay = backoff_delay(policy, retry_number, self._random)
                _log_retry(request, type(error).__name__, retry_number, delay)
            else:
                if not (may_retry and policy.should_retry_status(request.method, response.status_code)):
                    response.extensions[RETRIES_EXTENSION] = retry_number
                    return response
                delay = retry_delay(
                    policy,
                    retry_number,
                    retry_after=response.headers.get("Retry-After"),
                    now=self._clock(),
                    random=self._random,
                )
                await response.aclose()
                _log_retry(request, f"status {response.status_code}", retry_number, delay)
            await self._sleep(delay)
            retry_number += 1

    async def aclose(self) -> None:
        await self.transport.aclose()
