"""The plugin's in-process transports on small ASGI apps: lifespan, bodies, encodings, timeouts."""

from __future__ import annotations

import asyncio
import gzip
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from clubcollect_mock.inprocess import AppLoop, AsyncInProcessTransport, InProcessTransport

ROOT = "http://app.test"


def recording_app(events: list[str]) -> Starlette:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        events.append(f"startup on {threading.current_thread().name}")
        yield
        events.append("shutdown")

    async def echo(request: Request) -> Response:
        body = await request.body()
        return Response(body[::-1], headers={"x-thread": threading.current_thread().name})

    async def zipped(request: Request) -> Response:
        return Response(gzip.compress(b"unzipped"), headers={"content-encoding": "gzip"})

    async def slow(request: Request) -> Response:
        await asyncio.sleep(30)
        return Response(b"late")

    routes = [Route("/echo", echo, methods=["POST"]), Route("/zipped", zipped), Route("/slow", slow)]
    return Starlette(routes=routes, lifespan=lifespan)


def test_the_app_runs_its_lifespan_and_answers_on_its_own_loop_thread() -> None:
    events: list[str] = []
    with AppLoop(recording_app(events)) as loop:
        assert events == ["startup on clubcollect-mock"]
        with httpx.Client(transport=InProcessTransport(loop), base_url=ROOT) as client:
            answer = client.post("/echo", content=b"abc")
            assert (answer.status_code, answer.content) == (200, b"cba")
            assert answer.headers["x-thread"] == "clubcollect-mock"
            assert client.get("/zipped").text == "unzipped"  # decoded once, by the client
    assert events == ["startup on clubcollect-mock", "shutdown"]


def test_the_async_transport_reaches_the_same_app_from_another_loop() -> None:
    async def call(loop: AppLoop) -> tuple[bytes, str]:
        async with httpx.AsyncClient(transport=AsyncInProcessTransport(loop), base_url=ROOT) as client:
            answer = await client.post("/echo", content=b"xyz")
            return answer.content, (await client.get("/zipped")).text

    with AppLoop(recording_app([])) as loop:
        assert asyncio.run(call(loop)) == (b"zyx", "unzipped")


def test_a_request_past_the_clients_read_timeout_is_a_read_timeout() -> None:
    with AppLoop(recording_app([])) as loop:
        with (
            httpx.Client(transport=InProcessTransport(loop), base_url=ROOT, timeout=0.2) as client,
            pytest.raises(httpx.ReadTimeout),
        ):
            client.get("/slow")

        async def call_async() -> None:
            async with httpx.AsyncClient(
                transport=AsyncInProcessTransport(loop), base_url=ROOT, timeout=0.2
            ) as client:
                await client.get("/slow")

        with pytest.raises(httpx.ReadTimeout):
            asyncio.run(call_async())


def open_state_file() -> None:
    raise OSError("state file locked")


def test_an_app_that_fails_to_start_is_an_error_naming_why() -> None:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        open_state_file()
        yield

    with pytest.raises(RuntimeError, match=r"failed to start: OSError: state file locked$"):  # noqa: SIM117
        with AppLoop(Starlette(lifespan=lifespan)):
            pass
