"""The mock without a socket: httpx transports that hand each request to the ASGI app directly.

``httpx.ASGITransport`` alone is not enough for a test suite: it is async only (the sync
``ClubCollect`` client cannot use it), it never runs the app's lifespan, and it runs the app on
the caller's event loop, so every test loop would share the app's state with a different loop.
Here the app lives on one event loop in a daemon thread, started and stopped through the ASGI
lifespan protocol like a server would; the sync and async transports send each request there
through ``httpx.ASGITransport`` and hand back the buffered answer::

    with AppLoop(create_app()) as loop:
        with httpx.Client(transport=InProcessTransport(loop), base_url="http://mock.test") as http:
            http.get("/_mock/health")
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from concurrent.futures import TimeoutError as FutureTimeout
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from starlette.types import ASGIApp, Message

T = TypeVar("T")
LIFESPAN_TIMEOUT = 30.0


class AppLoop:
    """An ASGI app served on its own event loop thread, with its lifespan started and stopped."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="clubcollect-mock", daemon=True)
        self._lifespan: _Lifespan | None = None

    def __enter__(self) -> Self:
        self._thread.start()
        lifespan = _Lifespan(self.app)
        try:
            self.call(lifespan.startup(), LIFESPAN_TIMEOUT)
        except BaseException:
            self._stop_loop()
            raise
        self._lifespan = lifespan
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if self._lifespan is not None:
                self.call(self._lifespan.shutdown(), LIFESPAN_TIMEOUT)
        finally:
            self._stop_loop()

    def _stop_loop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        if not self._thread.is_alive():
            self._loop.close()

    def call(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Run ``coroutine`` on the app's loop and wait for its result (from any other thread)."""
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(timeout)
        except FutureTimeout:
            future.cancel()
            raise

    async def acall(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """The same from a coroutine on another event loop, without blocking that loop."""
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coroutine, self._loop))


class InProcessTransport(httpx.BaseTransport):
    """A sync httpx transport onto the app of an :class:`AppLoop`."""

    def __init__(self, loop: AppLoop) -> None:
        self.loop = loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = _answer(self.loop.app, request, request.read())
        try:
            return self.loop.call(answer, _read_timeout(request))
        except FutureTimeout:
            raise httpx.ReadTimeout("the in-process mock did not answer in time", request=request) from None


class AsyncInProcessTransport(httpx.AsyncBaseTransport):
    """An async httpx transport onto the app of an :class:`AppLoop` (from any asyncio loop)."""

    def __init__(self, loop: AppLoop) -> None:
        self.loop = loop

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = _answer(self.loop.app, request, await request.aread())
        timeout = _read_timeout(request)
        try:
            return await asyncio.wait_for(self.loop.acall(answer), timeout)
        except TimeoutError:
            raise httpx.ReadTimeout("the in-process mock did not answer in time", request=request) from None


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {}).get("read")
    return float(timeout) if timeout is not None else None


async def _answer(app: ASGIApp, request: httpx.Request, body: bytes) -> httpx.Response:
    # A fresh request with the body already read: the caller's stream belongs to its own loop.
    copy = httpx.Request(request.method, request.url, headers=request.headers, content=body)
    response = await httpx.ASGITransport(app=app).handle_async_request(copy)
    raw = b"".join([chunk async for chunk in response.aiter_raw()])
    # Raw bytes, headers as sent: the client decodes them as it would from a socket.
    return httpx.Response(response.status_code, headers=response.headers, stream=httpx.ByteStream(raw))


class _Lifespan:
    """The server's side of the ASGI lifespan protocol (what uvicorn does with ``lifespan="auto"``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._to_app: asyncio.Queue[Message] = asyncio.Queue()
        self._from_app: asyncio.Queue[Message] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None

    async def startup(self) -> None:
        scope = {"type": "lifespan", "asgi": {"version": "3.0", "spec_version": "2.0"}, "state": {}}

        async def run_app() -> None:
            await self.app(scope, self._to_app.get, self._from_app.put)

        self._task = asyncio.get_running_loop().create_task(run_app())
        await self._to_app.put({"type": "lifespan.startup"})
        answer = await self._answer()
        if answer is not None and answer["type"] != "lifespan.startup.complete":
            # Starlette sends the whole traceback as the message, then raises: keep its last line.
            lines = str(answer.get("message", "")).strip().splitlines() or [""]
            failure: BaseException | None = None
            try:
                await self._task
            except Exception as exc:
                failure = exc
            raise RuntimeError(f"the mock app failed to start: {lines[-1]}") from failure

    async def shutdown(self) -> None:
        if self._task is None or self._task.done():
            return  # an app without lifespan support
        await self._to_app.put({"type": "lifespan.shutdown"})
        answer = await self._answer()
        await self._task
        if answer is not None and answer["type"] != "lifespan.shutdown.complete":
            raise RuntimeError(f"the mock app failed to stop: {answer.get('message', '')}")

    async def _answer(self) -> Message | None:
        """The app's next message, or None when the app ended without one (no lifespan support)."""
        assert self._task is not None
        message = asyncio.ensure_future(self._from_app.get())
        await asyncio.wait({message, self._task}, return_when=asyncio.FIRST_COMPLETED)
        if message.done():
            return message.result()
        message.cancel()
        self._task.result()  # raises what the app raised
        return None
