"""Looking for a canary API key anywhere an error can carry it, and the answers that echo it.

Shared by the redaction tests of the ordinary operations and of the payment calls: a server
answer whose body and a header echo the key, and ``leaks()``, which looks in the error's text,
attributes, pickle and every exception of its ``__cause__``/``__context__`` chain.
"""

from __future__ import annotations

import pickle
import secrets
import traceback
from collections.abc import Iterator
from typing import Any

import httpx

from clubcollect_client import AuthenticatedClient, RetryPolicy
from clubcollect_client.runtime.errors import APIStatusError

CANARY = "canary-" + secrets.token_hex(16)
BASE = "https://api.test/api/v2"

#: The client settings that route an error answer through different code.
MODES: dict[str, dict[str, Any]] = {
    "default": {},  # an undocumented status raises from the generated parser
    "returning": {"raise_on_unexpected_status": False},  # ... or comes back as a Response
    "raising": {"raise_on_error": True},  # an error status raises from the httpx hook
}
#: Attributes of our errors (and of the standard ones they might chain) that hold answer data.
DATA_ATTRIBUTES = ("content", "body", "problem", "error_details", "headers", "error_code", "doc", "object")


def _echo(status: int, body: bytes, echo: str, request: httpx.Request) -> httpx.Response:
    return httpx.Response(status, content=body, headers={"X-Echo": echo}, request=request)


def answering(status: int, body: bytes, echo: str) -> httpx.MockTransport:
    """A transport that answers every request with ``status`` and ``body``, echoing in a header."""
    return httpx.MockTransport(lambda request: _echo(status, body, echo, request))


def async_answering(status: int, body: bytes, echo: str) -> httpx.MockTransport:
    async def handler(request: httpx.Request) -> httpx.Response:
        return _echo(status, body, echo, request)

    return httpx.MockTransport(handler)


def client_for(transport: httpx.MockTransport, **options: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=BASE,
        token=CANARY,
        retry=RetryPolicy.disabled(),
        httpx_args={"transport": transport},
        **options,
    )


def chain(error: BaseException) -> Iterator[BaseException]:
    """The error and every exception reachable through ``__cause__``/``__context__``."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        link = todo.pop()
        if link is None or id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        todo += [link.__cause__, link.__context__]


def _pickled(link: BaseException) -> tuple[bytes, str]:
    try:
        data = pickle.dumps(link)
    except Exception as error:  # an unpicklable link still gets its other checks
        return b"", f"unpicklable: {type(error).__name__}"
    return data, repr(vars(pickle.loads(data)))


def leaks(error: BaseException) -> list[str]:
    """Where the canary shows up in the error or its chain; an empty list when nowhere."""
    found: list[str] = []
    for depth, link in enumerate(chain(error)):
        data, unpickled = _pickled(link)
        places: dict[str, object] = {
            "str": str(link),
            "repr": repr(link),
            "args": repr(link.args),
            "attributes": repr(vars(link)),
            "traceback": "".join(traceback.format_exception(link)),
            "pickle": data,
            "unpickled": unpickled,
        }
        for name in DATA_ATTRIBUTES:
            if hasattr(link, name):
                places[name] = repr(getattr(link, name))
        if isinstance(link, APIStatusError):
            places["headers"] = repr(list(link.headers.multi_items()))
        where = "" if depth == 0 else f"chain[{depth}] {type(link).__name__}: "
        found += [
            where + name
            for name, value in places.items()
            if (CANARY.encode() in value if isinstance(value, bytes) else CANARY in str(value))
        ]
    return found
