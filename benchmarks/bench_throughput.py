"""Mock throughput under concurrent load from another process, against a bare Starlette app."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import httpx
from starlette.types import ASGIApp

from benchmarks import data
from benchmarks.asgi import ApiCaller, call
from benchmarks.bare_app import create_bare_app
from benchmarks.profiling import summary
from benchmarks.results import Direction, Goal, Row
from benchmarks.servers import REPO_ROOT, Partner, Server, serve
from benchmarks.settings import Settings
from benchmarks.stats import CPU, Paired, interleave_calls, rotate

GOAL = Goal(0.8, Direction.AT_LEAST)
CONNECTIONS = 8
LINES = 10


class LoadGenerator:
    """One ``benchmarks.loadgen`` process, fed a plan per run; it exits when this one closes it."""

    def __init__(self, seconds: float, warmup: float) -> None:
        self.seconds = seconds
        self.warmup = warmup
        self.process = subprocess.Popen(  # the command is fixed; plans (with the key) go on stdin
            [sys.executable, "-m", "benchmarks.loadgen"],
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def __enter__(self) -> LoadGenerator:
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process.stdout.close()

    def requests_per_second(self, server: Server, plan: dict[str, Any]) -> float:
        assert self.process.stdin is not None and self.process.stdout is not None
        full = {
            **plan,
            "port": server.port,
            "connections": CONNECTIONS,
            "seconds": self.seconds,
            "warmup_seconds": self.warmup,
            "max_requests": 200_000,  # a bound, far above what the time allows
        }
        self.process.stdin.write(json.dumps(full) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"load generator exited with status {self.process.wait()}")
        tally = json.loads(line)
        if tally["unexpected"] or not tally["completed"]:
            raise RuntimeError(
                f"load run got {tally['unexpected']} unexpected statuses of {tally['completed']}"
            )
        return float(tally["per_second"])


def _plans(partner: Partner, mock: Server) -> dict[str, dict[str, Any]]:
    headers = {**partner.headers, "Content-Type": "application/json"}
    create = json.dumps(data.invoice_body(mock.seeded["import_id"], LINES))
    return {
        "get_invoice": {
            "method": "GET",
            "path": f"/api/v2/invoices/{mock.seeded['invoice_ids'][str(LINES)]}",
            "headers": partner.headers,
        },
        "create_invoice": {"method": "POST", "path": "/api/v2/invoices", "headers": headers, "body": create},
    }


def _capture_answers(
    partner: Partner, mock: Server, plans: dict[str, dict[str, Any]], folder: Path
) -> dict[str, str]:
    """The mock's real answers, which the bare app will send back byte for byte."""
    files = {}
    with httpx.Client(base_url=mock.root_url, headers=partner.headers, trust_env=False) as client:
        for name, plan in plans.items():
            response = client.request(
                plan["method"], plan["path"], content=plan.get("body"), headers=plan["headers"]
            )
            response.raise_for_status()
            target = folder / f"{name}.json"
            target.write_bytes(response.content)
            files[name] = str(target)
    return files


def run(settings: Settings) -> list[Row]:
    partner = Partner.random()
    seconds, warmup = (0.4, 0.1) if settings.quick else (0.5, 0.1)
    rounds = settings.rounds(15)
    rows = []
    with (
        tempfile.TemporaryDirectory(prefix="bench-throughput-") as tmp,
        serve({"kind": "mock", "invoice_lines": [LINES]}, partner) as mock,
    ):
        plans = _plans(partner, mock)
        files = _capture_answers(partner, mock, plans, Path(tmp))
        bare_settings = {
            "kind": "bare",
            "show_body_file": files["get_invoice"],
            "create_body_file": files["create_invoice"],
        }
        # A second, identical bare server: how far apart two equal servers measure (A/A control).
        with (
            serve(bare_settings) as bare,
            serve(bare_settings) as twin,
            LoadGenerator(seconds, warmup) as load,
        ):
            for name, plan in plans.items():
                servers = {"bare": bare, "mock": mock} | ({"twin": twin} if name == "get_invoice" else {})
                measured = rotate(
                    {key: partial(load.requests_per_second, server, plan) for key, server in servers.items()},
                    rounds=rounds,
                )
                paired = Paired(measured["bare"], measured["mock"])
                row = Row(
                    name=f"mock throughput, {name}",
                    what=f"requests/s with {CONNECTIONS} keep-alive connections from a separate "
                    f"load-generator process (benchmarks/loadgen.py), {seconds:g} s per run after "
                    f"{warmup:g} s warm-up; {LINES}-line invoice",
                    subject=f"{paired.subject_median:,.0f} req/s",
                    baseline=f"bare Starlette app, same bytes: {paired.baseline_median:,.0f} req/s",
                    value=paired.ratio_median,
                    unit="x",
                    goal=GOAL,
                    command="python -m benchmarks --only throughput",
                    notes=[paired.spread()],
                )
                if "twin" in measured:
                    control = Paired(measured["bare"], measured["twin"])
                    row.notes.append(
                        f"A/A control, a second identical bare server measured the same way: "
                        f"{control.ratio_median:.2f}x ({control.spread()}); differences smaller than "
                        "that are noise on this machine"
                    )
                rows.append(row)
    for row, plan in zip(rows, plans.values(), strict=True):
        row.notes.extend(in_process_costs(plan, settings))
    return rows


# The in-process driver and its event loop stand in for uvicorn here: not the mock's cost.
HARNESS = ("benchmarks", "asyncio", "_asyncio", "selectors")


def in_process_costs(plan: dict[str, Any], settings: Settings) -> list[str]:
    """The mock's own CPU per request against the bare app's, both called through ASGI in this
    process with the same bytes (no socket, no uvicorn), and where the mock's time goes."""
    from clubcollect_mock import Partner as MockPartner
    from clubcollect_mock import create_app

    partner = Partner.random()
    app = create_app([MockPartner(partner.api_key, partner.company_id)])
    api = ApiCaller(app, partner.api_key)
    headers = {"authorization": f"ApiKey {partner.api_key}", "content-type": "application/json"}
    loop = asyncio.new_event_loop()
    try:
        import_id = loop.run_until_complete(data.create_import(api, partner.company_id))
        invoice_id = loop.run_until_complete(data.create_invoice(api, import_id, LINES))
        if plan["method"] == "POST":
            method, path = "POST", "/api/v2/invoices"
            body = json.dumps(data.invoice_body(import_id, LINES)).encode()
        else:
            method, path, body = "GET", f"/api/v2/invoices/{invoice_id}", b""
        answer = loop.run_until_complete(call(app, method, path, body=body, headers=headers))[1]
        bare = create_bare_app(answer, answer)

        def request(target: ASGIApp) -> Callable[[], object]:
            return lambda: loop.run_until_complete(call(target, method, path, body=body, headers=headers))

        cpu = interleave_calls(
            request(bare), request(app), calls=200, rounds=settings.rounds(9), warmup=1, clock=CPU
        )
        extra = (cpu.subject_median - cpu.baseline_median) * 1e6
        lines = [
            f"in-process CPU per request through ASGI (no socket, no uvicorn): mock "
            f"{cpu.subject_median * 1e6:,.0f} us, bare app {cpu.baseline_median * 1e6:,.0f} us: the "
            f"mock's own work is {extra:,.0f} us ({cpu.spread()})",
            "in-process profile of the mock app, same request (cProfile, harness left out):",
        ]
        lines.extend("  " + line for line in summary(request(app), 300, leave_out=HARNESS))
        return lines
    finally:
        loop.close()
