"""A thin HTTP client for the business-rule tests: every exchange knows its operation and curl."""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import dataclass
from typing import Any, Literal

import httpx
import requests

from contract_tests.divergence import REGISTRY, Divergence
from contract_tests.recorder import Recorder, shorten
from contract_tests.redaction import curl_command
from contract_tests.response_schema import problems
from contract_tests.spec import load_raw_spec, operation_among, operations
from contract_tests.target import API_PREFIX, Credentials, Target

AuthMode = Literal["header", "query", "none"]


def pooled_session(base_url: str) -> requests.Session:
    """A requests session for schemathesis's calls to ``base_url``.

    Proxy and CA settings are read from the environment once, for that one host: with
    ``trust_env`` requests reads the whole environment again on every call (1.5 s of a 35 s dev
    run here), and would also put a ``.netrc`` login in place of the API key header."""
    session = requests.Session()
    session.proxies.update(requests.utils.get_environ_proxies(base_url))
    ca_bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    if ca_bundle:
        session.verify = ca_bundle
    session.trust_env = False
    return session


JSON_HEADERS = {"Content-Type": "application/json"}


@dataclass(frozen=True)
class Exchange:
    """One request and its response."""

    operation: str
    request: httpx.Request
    response: httpx.Response

    @property
    def status(self) -> int:
        return self.response.status_code

    @property
    def curl(self) -> str:
        return curl_command(
            self.request.method, str(self.request.url), self.request.headers, self.request.content
        )

    def json(self) -> Any:
        """The decoded body, or ``None`` when it is not JSON."""
        try:
            return self.response.json()
        except ValueError:
            return None

    def describe(self) -> str:
        return f"{self.request.method} -> {self.status}; body: {shorten(self.response.text)}"


class RateLimiter:
    """At most ``per_second`` requests per second across threads (polite to remote servers)."""

    def __init__(self, per_second: float | None) -> None:
        self.interval = 1.0 / per_second if per_second else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        if not self.interval:
            return
        with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            time.sleep(delay)


class Api:
    """Talks to ``target`` as one partner; reports rule violations through ``recorder``."""

    def __init__(
        self,
        target: Target,
        recorder: Recorder,
        credentials: Credentials | None = None,
        limiter: RateLimiter | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        self.target = target
        self.recorder = recorder
        self.credentials = credentials or target.partner
        self.limiter = limiter or RateLimiter(None)
        self.client = client or httpx.Client(timeout=30.0)
        self.spec = load_raw_spec()
        self.operations = operations(self.spec)

    def as_partner(self, credentials: Credentials) -> Api:
        """The same connection pool, speaking as another partner."""
        return Api(self.target, self.recorder, credentials, self.limiter, self.client)

    def close(self) -> None:
        self.client.close()

    def call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
        auth: AuthMode = "header",
        api_key: str | None = None,
    ) -> Exchange:
        """Send a request to ``<base_url><path>``; ``body`` is sent as JSON with the right content type."""
        key = self.credentials.api_key if api_key is None else api_key
        sent_headers: dict[str, str] = {}
        if body is not None:
            content = json.dumps(body).encode()
            sent_headers.update(JSON_HEADERS)
        sent_headers.update(headers or {})
        query = dict(params or {})
        if auth == "header":
            sent_headers["Authorization"] = f"ApiKey {key}"
        elif auth == "query":
            query["api_key"] = key
        request = self.client.build_request(
            method,
            f"{self.target.base_url}{path}",
            content=content,
            headers=sent_headers,
            params=query or None,
        )
        self.limiter.wait()
        response = self.client.send(request)
        operation = operation_among(self.operations, method, path.split("?")[0])
        REGISTRY.count_call(operation)
        exchange = Exchange(operation, request, response)
        self._check_against_spec(exchange)
        return exchange

    def _check_against_spec(self, exchange: Exchange) -> None:
        """Every response the rule tests see must also match the spec (closed enums)."""
        found = problems(
            exchange.operation,
            exchange.status,
            exchange.response.headers.get("content-type"),
            exchange.response.content,
        )
        if not found:
            return
        undocumented = found[0].startswith("status ")
        where = "status" if undocumented else found[0].split(":", 1)[0]
        self.recorder.record(
            [
                Divergence(
                    operation=exchange.operation,
                    kind="status_code_conformance" if undocumented else "response_schema_conformance",
                    title=f"response {exchange.status} disagrees with the spec at {where}",
                    detail="\n".join(found) + f"\n{exchange.describe()}",
                    curl=exchange.curl,
                    signature=f"{exchange.status}:{where}",
                )
            ]
        )

    # -- expectations ---------------------------------------------------------------------

    def expect(self, ok: bool, exchange: Exchange, rule: str, title: str, detail: str = "") -> None:
        """Record a divergence (and fail the test unless baselined) when ``ok`` is false."""
        if ok:
            return
        self.recorder.record(
            [
                Divergence(
                    operation=exchange.operation,
                    kind=f"rule:{rule}",
                    title=title,
                    detail=f"{detail}\n{exchange.describe()}".strip(),
                    curl=exchange.curl,
                    signature=title,
                )
            ]
        )

    def expect_status(self, exchange: Exchange, expected: int | set[int], rule: str, why: str) -> None:
        allowed = {expected} if isinstance(expected, int) else expected
        self.expect(
            exchange.status in allowed,
            exchange,
            rule,
            f"{why}: expected status {sorted(allowed)}, got {exchange.status}",
        )

    def expect_error(self, exchange: Exchange, status: int, code: str, rule: str, key: str = "error") -> None:
        """Status ``status`` with body ``{key: code}``."""
        body = exchange.json()
        got = body.get(key) if isinstance(body, dict) else None
        self.expect(
            exchange.status == status and got == code,
            exchange,
            rule,
            f"expected {status} {{{key!r}: {code!r}}}, got {exchange.status} {key}={got!r}",
        )

    def ok_json(self, exchange: Exchange, rule: str, status: int = 200) -> Any:
        """The JSON body of a call that must succeed (a divergence otherwise)."""
        self.expect_status(exchange, status, rule, "a valid request must succeed")
        body = exchange.json()
        self.expect(isinstance(body, dict), exchange, rule, "response body is not a JSON object")
        return body

    # -- API shorthands (paths relative to the base URL) ---------------------------------------

    def create_import(self, company_id: str | None = None, **fields: Any) -> dict[str, Any]:
        body = {"company_id": company_id or self.credentials.company_id, **fields}
        exchange = self.call("POST", "/imports", body=body)
        result: dict[str, Any] = self.ok_json(exchange, "create-import")
        return result

    def create_invoice(self, import_id: str, **overrides: Any) -> dict[str, Any]:
        from contract_tests.factories import invoice_body

        exchange = self.call("POST", "/invoices", body=invoice_body(import_id, **overrides))
        result: dict[str, Any] = self.ok_json(exchange, "create-invoice")
        return result


def api_path(url: str) -> str:
    """Path of ``url`` relative to the API prefix (for operation lookup)."""
    index = url.find(API_PREFIX)
    return url[index + len(API_PREFIX) :] if index >= 0 else url
