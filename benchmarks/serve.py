"""A benchmark server process: ``python -m benchmarks.serve`` (started by ``benchmarks.servers``).

Reads its settings as JSON on stdin (so the partner key never shows in a process list), seeds
data through the mock's own API in-process, then serves with uvicorn on 127.0.0.1 and prints
one JSON line: the port and the ids of what it seeded. It exits when its parent closes stdin,
when its parent dies, or after ``max_seconds``, whichever comes first.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette

from benchmarks import data
from benchmarks.asgi import ApiCaller
from benchmarks.bare_app import create_bare_app

# Both kinds run with exactly these settings.
UVICORN_SETTINGS: dict[str, Any] = {"host": "127.0.0.1", "log_level": "warning", "access_log": False}


async def _seed(app: Starlette, settings: dict[str, Any]) -> dict[str, Any]:
    api = ApiCaller(app, settings["api_key"])
    seeded: dict[str, Any] = {"invoice_ids": {}}
    if not settings.get("invoice_lines") and not settings.get("tickets"):
        return seeded
    import_id = await data.create_import(api, settings["company_id"])
    seeded["import_id"] = import_id
    for lines in settings.get("invoice_lines", []):
        seeded["invoice_ids"][str(lines)] = await data.create_invoice(api, import_id, lines)
    if settings.get("tickets"):
        seeded["tickets"] = await data.create_tickets(api, import_id, settings["tickets"], per_invoice=20)
    return seeded


def _build(settings: dict[str, Any]) -> tuple[Starlette, dict[str, Any]]:
    if settings["kind"] == "bare":
        app = create_bare_app(
            Path(settings["show_body_file"]).read_bytes(), Path(settings["create_body_file"]).read_bytes()
        )
        return app, {}
    from clubcollect_mock import Partner, create_app

    app = create_app([Partner(settings["api_key"], settings["company_id"])])
    return app, asyncio.run(_seed(app, settings))


def _config(kind: str, app: Starlette) -> uvicorn.Config:
    """The mock is served as its command and its pytest fixture serve it: uvicorn with the mock's
    request deadline (clubcollect_mock.serving), whose per-connection timer is part of its cost.
    The bare app gets plain uvicorn, the baseline."""
    if kind == "bare":
        return uvicorn.Config(app, port=0, **UVICORN_SETTINGS)
    from clubcollect_mock.serving import MockServerConfig

    return MockServerConfig(app, port=0, **UVICORN_SETTINGS)


def _watch_parent(server: uvicorn.Server, max_seconds: float) -> None:
    """Stop when stdin closes (parent done or dead) or when the time limit passes."""
    parent = os.getppid()
    deadline = time.monotonic() + max_seconds
    closed = threading.Event()

    def wait_for_eof() -> None:
        sys.stdin.read()
        closed.set()

    threading.Thread(target=wait_for_eof, daemon=True).start()
    while not closed.wait(0.5):
        if time.monotonic() > deadline or os.getppid() != parent:
            break
    server.should_exit = True


def main() -> int:
    settings = json.loads(sys.stdin.readline())
    app, seeded = _build(settings)
    # uvicorn binds port 0 itself: a socket made here would lack IPPROTO_TCP, and asyncio then
    # leaves Nagle's algorithm on (40 ms stalls on small answers).
    server = uvicorn.Server(_config(settings["kind"], app))
    threading.Thread(target=_watch_parent, args=(server, settings["max_seconds"]), daemon=True).start()

    async def announce_when_started() -> None:
        while not server.started:
            await asyncio.sleep(0.01)
        port = server.servers[0].sockets[0].getsockname()[1]
        print(json.dumps({"port": port, "seeded": seeded}), flush=True)

    async def run() -> None:
        announcer = asyncio.create_task(announce_when_started())
        await server.serve()
        announcer.cancel()

    asyncio.run(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
