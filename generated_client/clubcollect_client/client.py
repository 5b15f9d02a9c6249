# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""HTTP clients for the ClubCollect partner API: configuration, authentication and transport."""

import ssl
from typing import Any, Literal, Self

import httpx
from attrs import define, evolve, field

from .errors import ERROR_CLASSES
from .runtime.errors import async_raise_for_response_hook, raise_for_response_hook
from .runtime.redaction import install_log_redaction
from .runtime.retry import AsyncRetryTransport, RetryPolicy, RetryTransport

#: Used when no timeout is given: 30 s overall, 10 s to connect. Pass ``timeout=`` to change it.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
USER_AGENT = "clubcollect-client/3.0.0 (python-httpx)"

AuthLocation = Literal["header", "query"]


@define
class Client:
    """A client for operations that need no authentication.

    Every ClubCollect operation needs an API key, so this exists for the generated signatures and
    for tests; use :class:`AuthenticatedClient` in real code. Keyword arguments:

    ``base_url``: the API base, e.g. ``https://app.clubcollect.com/api/v2``.
    ``timeout``: an ``httpx.Timeout``; defaults to :data:`DEFAULT_TIMEOUT` (never infinite).
    ``retry``: a :class:`RetryPolicy`; ``RetryPolicy.disabled()`` turns retries off.
    ``raise_on_unexpected_status``: raise ``errors.UnexpectedStatus`` for statuses the spec does
    not document (default ``True``).
    ``raise_on_error``: raise the typed exception of ``errors`` (e.g. ``InvalidImportId``) for
    every documented error answer instead of returning the error model (default ``False``).
    ``headers``, ``cookies``, ``verify_ssl``, ``follow_redirects``, ``httpx_args``: passed to httpx.
    """

    _base_url: str = field(alias="base_url")
    raise_on_unexpected_status: bool = field(default=True, kw_only=True)
    raise_on_error: bool = field(default=False, kw_only=True)
    retry: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one with extra headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A new client like this one with another timeout."""
        return evolve(self, timeout=timeout)

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def _auth_params(self) -> dict[str, str]:
        return {}

    def _secrets(self) -> tuple[str, ...]:
        """What the errors built from an answer redact from its body and headers."""
        return ()

    def _client_kwargs(self) -> dict[str, Any]:
        rest = dict(self._httpx_args)
        rest.pop("transport", None)
        event_hooks = rest.pop("event_hooks", {})
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": {"User-Agent": USER_AGENT, **self._headers, **self._auth_headers()},
            "params": self._auth_params(),
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            "event_hooks": event_hooks,
            **rest,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx.Client as is (its own settings then replace this object's)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying httpx.Client, built on first use."""
        if self._client is None:
            kwargs = self._client_kwargs()
            inner = self._httpx_args.get("transport") or httpx.HTTPTransport(verify=self._verify_ssl)
            if self.raise_on_error:
                hooks = dict(kwargs.pop("event_hooks"))
                hooks["response"] = [
                    *hooks.get("response", []),
                    raise_for_response_hook(ERROR_CLASSES, self._secrets()),
                ]
                kwargs["event_hooks"] = hooks
            self._client = httpx.Client(transport=RetryTransport(inner, self.retry), **kwargs)
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx.AsyncClient as is (its own settings then replace this object's)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying httpx.AsyncClient, built on first use."""
        if self._async_client is None:
            kwargs = self._client_kwargs()
            inner = self._httpx_args.get("transport") or httpx.AsyncHTTPTransport(verify=self._verify_ssl)
            if self.raise_on_error:
                hooks = dict(kwargs.pop("event_hooks"))
                hooks["response"] = [
                    *hooks.get("response", []),
                    async_raise_for_response_hook(ERROR_CLASSES, self._secrets()),
                ]
                kwargs["event_hooks"] = hooks
            self._async_client = httpx.AsyncClient(transport=AsyncRetryTransport(inner, self.retry), **kwargs)
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A client that authenticates every request with a partner API key.

    ``token``: the partner API key. It is never shown by ``repr()`` and is scrubbed from the
    ``httpx`` loggers.
    ``auth_location``: ``"header"`` (default) sends ``Authorization: ApiKey <key>``; ``"query"``
    uses the vendor's deprecated ``api_key`` query parameter and exists only for old accounts.
    All keyword arguments of :class:`Client` apply too.
    """

    token: str = field(kw_only=True, repr=False)
    auth_location: AuthLocation = field(default="header", kw_only=True)
    prefix: str = field(default="ApiKey", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def __attrs_post_init__(self) -> None:
        install_log_redaction(self.token)

    def _auth_headers(self) -> dict[str, str]:
        if self.auth_location != "header":
            return {}
        return {self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token}

    def _auth_params(self) -> dict[str, str]:
        return {"api_key": self.token} if self.auth_location == "query" else {}

    def _secrets(self) -> tuple[str, ...]:
        return (self.token,)
