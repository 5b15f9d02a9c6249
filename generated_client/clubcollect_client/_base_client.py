# Copied from client_addons/_base_client.py, do not edit here. Regenerate: python -m generator regen
"""The machinery under ``ClubCollect`` and ``AsyncClubCollect``: settings, sending, errors, logging.

The generated resource classes (``resources/``) build each request's method, path, query and
JSON body from the spec and hand them to a core (:class:`SyncCore` / :class:`AsyncCore`), which

- sends it through the same httpx client, retry transport and authentication as the low-level
  ``AuthenticatedClient`` (``client.low_level``), applying per-call options;
- turns "no answer" into :class:`APIConnectionError` / :class:`APITimeoutError` and every answer
  outside 2xx into an :class:`APIStatusError` subclass, with the API key redacted from the body
  and headers it carries;
- logs method, path, status, time and retries when ``CLUBCOLLECT_LOG=info|debug``.

Reading a 2xx body stays with the generated operation modules (``_parse_response``), so the
facade and the low-level functions read answers the same way.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import logging
import os
import sys
import time
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Final, Generic, Literal, Self, TypeVar
from urllib.parse import quote

import httpx

from .client import DEFAULT_TIMEOUT, USER_AGENT, AuthenticatedClient, AuthLocation
from .errors import ERROR_CLASSES
from .payment_resource import AsyncPayments, Payments
from .runtime.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ClubCollectError,
    ResponseValidationError,
    error_from_response,
)
from .runtime.notifications import Notification, parse_notification
from .runtime.redaction import HTTP_LOGGER_NAMES, REDACTED, Secret, install_log_redaction, redact
from .runtime.retry import RETRIES_EXTENSION, RETRY_POLICY_EXTENSION, RetryPolicy
from .types import Unset

__all__ = [
    "DEFAULT_BASE_URL",
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "ENV_LOG",
    "LOGGER_NAME",
    "NOT_GIVEN",
    "AsyncAPIClient",
    "AsyncCore",
    "CoreBase",
    "NotGiven",
    "Notifications",
    "RequestOptions",
    "SyncAPIClient",
    "SyncCore",
    "Timeout",
    "items_of",
    "path_segment",
    "request_options",
    "to_wire",
]

#: Where requests go when neither ``base_url=`` nor ``CLUBCOLLECT_BASE_URL`` says otherwise.
DEFAULT_BASE_URL: Final = "https://app.clubcollect.com/api/v2"
ENV_API_KEY: Final = "CLUBCOLLECT_API_KEY"
ENV_BASE_URL: Final = "CLUBCOLLECT_BASE_URL"
#: ``info``: one line per request (method, path, status, time, retries); ``debug``: bodies too.
ENV_LOG: Final = "CLUBCOLLECT_LOG"
LOGGER_NAME: Final = "clubcollect_client"
# Bodies are logged at debug level up to this many characters.
_LOGGED_BODY_CHARS = 4096

_log = logging.getLogger(LOGGER_NAME)
T = TypeVar("T")


class NotGiven:
    """The type of :data:`NOT_GIVEN`: "not passed", as opposed to ``None`` (no timeout)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

#: Seconds (one number for every phase), an ``httpx.Timeout``, or None to wait forever.
Timeout = float | httpx.Timeout | None


def _as_timeout(value: Timeout) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


@dataclasses.dataclass(frozen=True, slots=True)
class RequestOptions:
    """Per-call options; None fields mean "as the client is configured"."""

    timeout: httpx.Timeout | NotGiven = NOT_GIVEN
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, str | int] | None = None
    max_retries: int | None = None


def request_options(
    timeout: Timeout | NotGiven,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str | int] | None,
    max_retries: int | None,
) -> RequestOptions | None:
    """The options of one call, or None when the call changes nothing (the common, fast case)."""
    if isinstance(timeout, NotGiven) and extra_headers is None and extra_query is None and max_retries is None:
        return None
    return RequestOptions(
        timeout=timeout if isinstance(timeout, NotGiven) else _as_timeout(timeout),
        extra_headers=extra_headers,
        extra_query=extra_query,
        max_retries=max_retries,
    )


# ----------------------------------------------------------------------------- request values


def path_segment(value: object) -> str:
    """A path parameter as one percent-encoded segment (enum members by their value)."""
    raw = value.value if isinstance(value, enum.Enum) else value
    return quote(str(raw), safe="")


def to_wire(value: object) -> Any:
    """A request value as JSON-ready data.

    Model instances become their ``to_dict()``; mappings (the ``...Param`` TypedDicts) and
    sequences are converted item by item, and a ``None`` inside a mapping is left out ("not
    given"), as a keyword argument of ``None`` is. Dates and times become ISO 8601 text.
    """
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(key): to_wire(item) for key, item in value.items() if item is not None}
    if isinstance(value, datetime.date):  # datetime.datetime included
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Sequence):
        return [to_wire(item) for item in value]
    raise TypeError(f"cannot send a value of type {type(value).__name__}")


def items_of(value: list[T] | Unset | None) -> list[T]:
    """The list an answer holds, or an empty one when the server left it out (or sent null)."""
    return [] if value is None or isinstance(value, Unset) else value


# ----------------------------------------------------------------------------- configuration


@dataclasses.dataclass(frozen=True)
class _Settings:
    """Everything a core needs besides the httpx client; with_options makes a changed copy."""

    api_key: Secret
    base_url: str
    policy: RetryPolicy
    # None: the httpx client's own timeout (set from the same value when we built it).
    timeout: httpx.Timeout | None
    headers: Mapping[str, str]
    # Set when the caller brought the httpx client: auth and User-Agent go on every request.
    per_request_auth: bool
    url_prefix: str

    def describe_path(self, path: str) -> str:
        try:
            return httpx.URL(self.base_url + path).path
        except httpx.InvalidURL:
            return path


def _configure_logging_from_env() -> None:
    """Honour ``CLUBCOLLECT_LOG=info|debug``: our logger at that level, with a stderr handler."""
    level = os.environ.get(ENV_LOG, "").strip().lower()
    if level not in {"info", "debug"}:
        return
    _log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not any(getattr(handler, "clubcollect_env", False) for handler in _log.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler.clubcollect_env = True  # type: ignore[attr-defined]
        _log.addHandler(handler)


def _resolve_api_key(api_key: str | Secret | None) -> Secret:
    if api_key is None:
        api_key = os.environ.get(ENV_API_KEY)
    if isinstance(api_key, Secret):
        api_key = api_key.reveal()
    if not api_key or not api_key.strip():
        raise ClubCollectError(f"no API key: pass api_key=... or set the {ENV_API_KEY} environment variable")
    return Secret(api_key.strip())


def _resolve_base_url(base_url: str | None) -> str:
    chosen = base_url or os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    return chosen.rstrip("/")


class CoreBase:
    """What the sync and async cores share: preparing a request and judging its answer."""

    def __init__(self, settings: _Settings, low_level: AuthenticatedClient) -> None:
        self._settings = settings
        self.low_level = low_level
        self._key_variants = _secret_variants(settings.api_key)

    def _prepare(
        self,
        method: str,
        path: str,
        params: Mapping[str, object] | None,
        json_body: object,
        options: RequestOptions | None,
    ) -> dict[str, Any]:
        settings = self._settings
        kwargs: dict[str, Any] = {"method": method, "url": settings.url_prefix + path}
        if json_body is not None:
            kwargs["json"] = json_body
        headers: dict[str, str] | None = None
        query: dict[str, object] | None = dict(params) if params else None
        if settings.per_request_auth:
            headers = {"User-Agent": USER_AGENT, **self.low_level._auth_headers()}
            auth_params = self.low_level._auth_params()
            if auth_params:
                query = {**(query or {}), **auth_params}
        if settings.headers:
            headers = {**(headers or {}), **settings.headers}
        timeout: httpx.Timeout | None = settings.timeout
        policy: RetryPolicy | None = None
        if options is not None:
            if options.extra_headers:
                headers = {**(headers or {}), **options.extra_headers}
            if options.extra_query:
                query = {**(query or {}), **options.extra_query}
            if not isinstance(options.timeout, NotGiven):
                timeout = options.timeout
            if options.max_retries is not None and options.max_retries != settings.policy.max_retries:
                policy = dataclasses.replace(settings.policy, max_retries=options.max_retries)
        if policy is None and settings.policy is not self.low_level.retry:
            policy = settings.policy  # a with_options copy with another max_retries
        if headers is not None:
            kwargs["headers"] = headers
        if query is not None:
            kwargs["params"] = query
        if timeout is not None:
            kwargs["timeout"] = timeout
        if policy is not None:
            kwargs["extensions"] = {RETRY_POLICY_EXTENSION: policy}
        return kwargs

    def _judge(self, operation: str, response: httpx.Response, started: float | None) -> httpx.Response:
        status = response.status_code
        if started is not None:
            self._log_exchange(operation, response, started)
        if 200 <= status < 300:
            return response
        raise self._status_error(response)

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        # Body and headers with the key redacted; the error code read from the redacted body.
        return error_from_response(response, ERROR_CLASSES, secrets=(self._settings.api_key,))

    def _connection_error(self, method: str, path: str, error: httpx.TransportError) -> APIConnectionError:
        """The error for no answer; its ``__cause__`` is a detached copy of the httpx error.

        Not the httpx error itself: its ``request`` carries the key (the ``Authorization``
        header, or the URL with the deprecated query auth). The copy keeps the type and the
        message (redacted), without the request, traceback or chained httpcore error. The caller
        raises it outside its ``except`` block, so the original is not its ``__context__`` either.
        """
        where = self._settings.describe_path(path)
        reason = type(error).__name__
        failure: APIConnectionError
        if isinstance(error, httpx.TimeoutException):
            failure = APITimeoutError(method=method, path=where, reason=f"timed out ({reason})")
        else:
            failure = APIConnectionError(method=method, path=where, reason=f"no answer ({reason})")
        failure.__cause__ = self._detached(error)
        return failure

    def _detached(self, error: httpx.TransportError) -> httpx.TransportError:
        message = self._redact_text(str(error))
        try:
            return type(error)(message)
        except Exception:  # a subclass with another constructor: keep the message at least
            return httpx.TransportError(message)

    def unreadable(self, operation: str, response: httpx.Response, problem: str) -> ResponseValidationError:
        """The error for a 2xx answer the operation's reader cannot turn into its model."""
        return ResponseValidationError(
            operation=operation,
            status_code=response.status_code,
            method=response.request.method,
            path=response.request.url.path,
            json_path="$",
            problem=problem,
            content=self._redact_bytes(response.content),
        )

    def describe(self, error: Exception) -> str:
        """A reading error as a problem text for ResponseValidationError, key redacted."""
        return self._redact_text(f"{type(error).__name__}: {error}")

    # --- logging and redaction

    def _log_exchange(self, operation: str, response: httpx.Response, started: float) -> None:
        elapsed_ms = (time.perf_counter() - started) * 1000
        request = response.request
        retries = response.extensions.get(RETRIES_EXTENSION, 0)
        _log.info(
            "%s %s -> %d in %.1f ms (%s, %d retries)",
            request.method,
            request.url.path,
            response.status_code,
            elapsed_ms,
            operation,
            retries,
        )
        if _log.isEnabledFor(logging.DEBUG):
            if request.content:
                _log.debug("request body: %s", self._for_log(request.content))
            _log.debug("response body: %s", self._for_log(response.content))

    def _log_failure(self, operation: str, method: str, path: str, error: Exception, started: float) -> None:
        elapsed_ms = (time.perf_counter() - started) * 1000
        where = self._settings.describe_path(path)
        _log.info(
            "%s %s -> no answer in %.1f ms (%s, %s)",
            method,
            where,
            elapsed_ms,
            operation,
            type(error).__name__,
        )

    def _for_log(self, content: bytes) -> str:
        # At most four bytes a character, so these bytes hold every character shown; the margin
        # lets a key that the clip would cut be redacted whole first (no part of it is shown).
        margin = max(len(variant) for variant in self._key_variants)
        head = content[: _LOGGED_BODY_CHARS * 4 + margin]
        text = self._redact_text(head.decode("utf-8", "replace"))
        whole = len(head) == len(content)
        if not whole and len(text) < _LOGGED_BODY_CHARS + margin:
            # Redaction shortened the head (a long key, many times) so much that the part of a key
            # cut at its end could be shown: redact the whole body instead.
            text = self._redact_text(content.decode("utf-8", "replace"))
            whole = True
        # Bytes beyond the head count too: wide characters can fill it with exactly the limit.
        clipped = len(text) > _LOGGED_BODY_CHARS or not whole
        return text[:_LOGGED_BODY_CHARS] + ("..." if clipped else "")

    def _redact_text(self, text: str) -> str:
        return redact(text, [self._settings.api_key])

    def _redact_bytes(self, content: bytes) -> bytes:
        if not any(variant in content for variant in self._key_variants):
            return content
        text = content.decode("utf-8", "surrogateescape")
        return redact(text, [self._settings.api_key]).encode("utf-8", "surrogateescape")


def _secret_variants(api_key: Secret) -> tuple[bytes, ...]:
    from urllib.parse import quote_plus

    value = api_key.reveal()
    return tuple({value.encode(), quote(value, safe="").encode(), quote_plus(value).encode()})


class SyncCore(CoreBase):
    """Sends requests for the sync facade."""

    def __init__(self, settings: _Settings, low_level: AuthenticatedClient, http: httpx.Client) -> None:
        super().__init__(settings, low_level)
        self.http = http

    def request(
        self,
        operation: str,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        options: RequestOptions | None = None,
    ) -> httpx.Response:
        """Send one request; return its 2xx answer or raise the matching ClubCollectError."""
        kwargs = self._prepare(method, path, params, json, options)
        started = time.perf_counter() if _log.isEnabledFor(logging.INFO) else None
        try:
            response = self.http.request(**kwargs)
        except httpx.TransportError as error:
            if started is not None:
                self._log_failure(operation, method, path, error, started)
            failure = self._connection_error(method, path, error)
        else:
            return self._judge(operation, response, started)
        # Raised outside the handler, so the httpx error is not its __context__ (see _connection_error).
        raise failure


class AsyncCore(CoreBase):
    """Sends requests for the async facade."""

    def __init__(self, settings: _Settings, low_level: AuthenticatedClient, http: httpx.AsyncClient) -> None:
        super().__init__(settings, low_level)
        self.http = http

    async def request(
        self,
        operation: str,
        method: str,
        path: str,
        *,
        params: Mapping[str, object] | None = None,
        json: object = None,
        options: RequestOptions | None = None,
    ) -> httpx.Response:
        """Send one request; return its 2xx answer or raise the matching ClubCollectError."""
        kwargs = self._prepare(method, path, params, json, options)
        started = time.perf_counter() if _log.isEnabledFor(logging.INFO) else None
        try:
            response = await self.http.request(**kwargs)
        except httpx.TransportError as error:
            if started is not None:
                self._log_failure(operation, method, path, error, started)
            failure = self._connection_error(method, path, error)
        else:
            return self._judge(operation, response, started)
        # Raised outside the handler, so the httpx error is not its __context__ (see _connection_error).
        raise failure


# ----------------------------------------------------------------------------- notifications


class Notifications:
    """``client.notifications.parse(body)``: read a notification ClubCollect POSTed to you."""

    def __init__(self, api_key: Secret) -> None:
        self._api_key = api_key

    def parse(self, body: bytes | str | Mapping[str, object], *, strict_ids: bool = False) -> Notification:
        """The ids a notification lists, after checking (in constant time) that it echoes our key.

        Raises ``InvalidNotification`` for a body that is not a notification or carries another
        key; answer such a call with 401 and do not act on it.
        """
        return parse_notification(body, expected_api_key=self._api_key, strict_ids=strict_ids)

    def __repr__(self) -> str:
        return "Notifications()"


# ----------------------------------------------------------------------------- the clients


def _settings(
    api_key: str | Secret | None,
    base_url: str | None,
    timeout: Timeout | NotGiven,
    max_retries: int | NotGiven,
    auth_location: AuthLocation,
    default_headers: Mapping[str, str] | None,
    own_client: bool,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
) -> tuple[_Settings, AuthenticatedClient]:
    _configure_logging_from_env()
    key = _resolve_api_key(api_key)
    url = _resolve_base_url(base_url)
    policy = RetryPolicy() if isinstance(max_retries, NotGiven) else RetryPolicy(max_retries=max_retries)
    chosen_timeout = DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else _as_timeout(timeout)
    low_level = AuthenticatedClient(
        base_url=url,
        token=key.reveal(),
        timeout=chosen_timeout,
        retry=policy,
        auth_location=auth_location,
        headers=dict(default_headers or {}),
        httpx_args={} if transport is None else {"transport": transport},
    )
    install_log_redaction(key, (*HTTP_LOGGER_NAMES, LOGGER_NAME))
    settings = _Settings(
        api_key=key,
        base_url=url,
        policy=policy,
        # Our own httpx client already has this timeout; a client brought by the caller keeps its
        # own unless a timeout is passed here.
        timeout=None if own_client or isinstance(timeout, NotGiven) else chosen_timeout,
        headers={} if own_client else dict(default_headers or {}),
        per_request_auth=not own_client,
        url_prefix="" if own_client else url,
    )
    return settings, low_level


def _changed(
    settings: _Settings,
    low_level: AuthenticatedClient,
    timeout: Timeout | NotGiven,
    max_retries: int | NotGiven,
    default_headers: Mapping[str, str] | None,
) -> _Settings:
    changes: dict[str, Any] = {}
    if not isinstance(timeout, NotGiven):
        changes["timeout"] = _as_timeout(timeout)
    if not isinstance(max_retries, NotGiven):
        changes["policy"] = dataclasses.replace(low_level.retry, max_retries=max_retries)
    if default_headers:
        changes["headers"] = {**settings.headers, **default_headers}
    return dataclasses.replace(settings, **changes)


CoreT = TypeVar("CoreT", SyncCore, AsyncCore)


class _ClientBase(Generic[CoreT]):
    """What the sync and async clients share: configuration, the pool, the bound helpers."""

    _core: CoreT
    _owns_http: bool

    @property
    def base_url(self) -> str:
        return self._core._settings.base_url

    @property
    def max_retries(self) -> int:
        return self._core._settings.policy.max_retries

    @property
    def low_level(self) -> AuthenticatedClient:
        """The ``AuthenticatedClient`` for the generated module functions (``api.*``), same pool."""
        return self._core.low_level

    @property
    def notifications(self) -> Notifications:
        return Notifications(self._core._settings.api_key)

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other defaults that shares this client's connection pool.

        Closing the copy leaves the pool open; close the original when done.
        """
        core = self._core
        copy = type(self).__new__(type(self))
        settings = _changed(core._settings, core.low_level, timeout, max_retries, default_headers)
        copy._core = type(core)(settings, core.low_level, core.http)
        copy._owns_http = False
        return copy

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={REDACTED!r})"


class SyncAPIClient(_ClientBase[SyncCore]):
    """Base of :class:`ClubCollect`: configuration, the connection pool and its lifetime.

    ``http_client=`` is used as given (its transport decides about retries); ``transport=`` goes
    under the client's own retry layer instead (a proxy transport, or ``httpx.MockTransport`` in
    tests), so retries stay.
    """

    def __init__(
        self,
        api_key: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        auth_location: AuthLocation = "header",
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if http_client is not None and transport is not None:
            raise ClubCollectError("pass http_client= or transport=, not both")
        settings, low_level = _settings(
            api_key,
            base_url,
            timeout,
            max_retries,
            auth_location,
            default_headers,
            http_client is None,
            transport,
        )
        if http_client is None:
            http = low_level.get_httpx_client()
        else:
            low_level.set_httpx_client(http_client)
            http = http_client
        self._core = SyncCore(settings, low_level, http)
        self._owns_http = http_client is None

    @property
    def payments(self) -> Payments:
        """Payment links, redirects and notifications, and the signed status and feed calls."""
        settings = self._core._settings
        return Payments(self._core.low_level, settings.api_key, settings.base_url)

    def close(self) -> None:
        """Close the connection pool (only when this client made it)."""
        if self._owns_http:
            self._core.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(_ClientBase[AsyncCore]):
    """Base of :class:`AsyncClubCollect`: configuration, the connection pool and its lifetime."""

    def __init__(
        self,
        api_key: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        auth_location: AuthLocation = "header",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if http_client is not None and transport is not None:
            raise ClubCollectError("pass http_client= or transport=, not both")
        settings, low_level = _settings(
            api_key,
            base_url,
            timeout,
            max_retries,
            auth_location,
            default_headers,
            http_client is None,
            transport,
        )
        if http_client is None:
            http = low_level.get_async_httpx_client()
        else:
            low_level.set_async_httpx_client(http_client)
            http = http_client
        self._core = AsyncCore(settings, low_level, http)
        self._owns_http = http_client is None

    @property
    def payments(self) -> AsyncPayments:
        """Payment links, redirects and notifications, and the signed status and feed calls."""
        settings = self._core._settings
        return AsyncPayments(self._core.low_level, settings.api_key, settings.base_url)

    async def close(self) -> None:
        """Close the connection pool (only when this client made it)."""
        if self._owns_http:
            await self._core.http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
