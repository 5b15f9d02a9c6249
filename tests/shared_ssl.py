"""One default SSL context for every httpx client the tests make in a process.

httpx builds a new ``ssl.SSLContext`` for each client and transport, and the default one reads
certifi's whole CA bundle: about 60 ms of CPU each, and the tests make hundreds of clients (every
generated ``Client``, every mock fixture), all for http://127.0.0.1 where no TLS is spoken. The
default context (``verify=True``, no client certificate) does not depend on the client, so the
tests share one per process; any other ``verify``/``cert`` is built as httpx builds it.
"""

from __future__ import annotations

import os
import ssl
from typing import Any

import httpx
import httpx._transports.default as httpx_transports

_build = httpx.create_ssl_context  # what the transports call, by the name they import it under
_shared: dict[tuple[bool, str | None, str | None], ssl.SSLContext] = {}


def _shared_default_context(verify: Any = True, cert: Any = None, trust_env: bool = True) -> ssl.SSLContext:
    if verify is not True or cert:
        return _build(verify=verify, cert=cert, trust_env=trust_env)
    # What the default context reads: certifi's bundle, or these two variables when trust_env.
    key = (trust_env, os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
    if key not in _shared:
        _shared[key] = _build(verify=True, cert=None, trust_env=trust_env)
    return _shared[key]


def share_the_default_ssl_context() -> None:
    httpx_transports.create_ssl_context = _shared_default_context  # type: ignore[attr-defined]
