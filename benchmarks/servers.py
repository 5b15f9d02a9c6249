"""Start benchmark servers (``benchmarks.serve``) in their own process, and stop them."""

from __future__ import annotations

import json
import secrets
import selectors
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 120.0  # seeding 10,000 tickets takes a few seconds on a slow machine
MAX_LIFETIME = 900.0  # a server outlives a crashed benchmark by at most this long


@dataclass(frozen=True)
class Partner:
    """A random partner made for one run; the key stays out of every repr and message."""

    api_key: str = field(repr=False)
    company_id: str

    @classmethod
    def random(cls) -> Partner:
        return cls(secrets.token_hex(20), secrets.token_hex(20))

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"ApiKey {self.api_key}"}


@dataclass(frozen=True)
class Server:
    root_url: str
    port: int
    seeded: dict[str, Any]
    pid: int

    @property
    def api_url(self) -> str:
        return self.root_url + "/api/v2"


def _read_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise RuntimeError(f"benchmark server did not start within {timeout:.0f} s")
    line = process.stdout.readline()
    if not line:
        raise RuntimeError(f"benchmark server exited early with status {process.wait()}")
    return line


@contextmanager
def serve(settings: dict[str, Any], partner: Partner | None = None) -> Iterator[Server]:
    """Run ``python -m benchmarks.serve`` with ``settings`` until the block ends."""
    full = {"max_seconds": MAX_LIFETIME, **settings}
    if partner is not None:
        full |= {"api_key": partner.api_key, "company_id": partner.company_id}
    # uvicorn's warnings (fuzzed requests provoke many) go to a file, shown only if start fails.
    with tempfile.TemporaryFile(mode="w+") as log:
        process = subprocess.Popen(  # the command is fixed; settings travel on stdin
            [sys.executable, "-m", "benchmarks.serve"],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        assert process.stdin is not None
        try:
            process.stdin.write(json.dumps(full) + "\n")
            process.stdin.flush()
            try:
                announced = json.loads(_read_line(process, START_TIMEOUT))
            except RuntimeError as exc:
                log.seek(0)
                raise RuntimeError(f"{exc}; server output:\n{log.read()[-2000:]}") from None
            port = int(announced["port"])
            yield Server(f"http://127.0.0.1:{port}", port, announced["seeded"], process.pid)
        finally:
            _stop(process)


def _stop(process: subprocess.Popen[str]) -> None:
    if process.stdin is not None:
        process.stdin.close()  # the server's signal to shut down gracefully
    deadline = time.monotonic() + 10
    while process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if process.poll() is None:
        process.kill()
        process.wait()
    if process.stdout is not None:
        process.stdout.close()
