"""Fault injection for /api/v2 as plain ASGI middleware (no per-request cost when idle)."""

from __future__ import annotations

import asyncio
import random
from dataclasses import replace

from starlette.types import ASGIApp, Receive, Scope, Send

from clubcollect_mock.config import FaultConfig
from clubcollect_mock.errors import REASON_HEADER, dumps

API_PREFIX = "/api/v2"


class FaultState:
    """The faults in force; ``reset`` returns to the ones given at startup."""

    def __init__(self, startup: FaultConfig, seed: int | None = None) -> None:
        self.startup = replace(startup)
        self.config = replace(startup)
        self.rng = random.Random(seed)  # noqa: S311 - test noise, not security

    def reset(self) -> None:
        self.config = replace(self.startup)

    def pick_status(self) -> int | None:
        """The status a request must fail with, or None to let it through."""
        config = self.config
        if config.fail_next > 0:
            config.fail_next -= 1
            return config.fail_next_status
        if config.throttle_rate and self.rng.random() < config.throttle_rate:
            return 429
        if config.error_rate and self.rng.random() < config.error_rate:
            return config.error_status
        return None


class FaultInjector:
    def __init__(self, app: ASGIApp, state: FaultState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        config = self.state.config
        if not config.active or scope["type"] != "http" or not _is_api(scope["path"]):
            await self.app(scope, receive, send)
            return
        if config.latency_ms:
            await asyncio.sleep(config.latency_ms / 1000)
        status = self.state.pick_status()
        if status is None:
            await self.app(scope, receive, send)
            return
        # Answered before the app sees the request, so a faulted request changes nothing.
        body = dumps({"error": "rate_limited" if status == 429 else "injected_fault"})
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (REASON_HEADER.encode(), b"injected by the mock's fault settings (GET /_mock/faults)"),
        ]
        if status == 429:
            headers.append((b"retry-after", str(config.retry_after).encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _is_api(path: str) -> bool:
    return path == API_PREFIX or path.startswith(API_PREFIX + "/")
