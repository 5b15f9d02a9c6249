"""Load generator, run in its own process: ``python -m benchmarks.loadgen``.

Reads one JSON plan per line on stdin and answers each with one JSON line on stdout, until
stdin closes (so one process serves a whole interleaved series without restart costs).

A minimal HTTP/1.1 keep-alive client on asyncio streams: httpx would spend more CPU per
request than the servers under test and make the generator the bottleneck. ``connections``
workers send one request at a time each until ``max_requests`` are done or ``seconds`` pass;
answers finished during the first ``warmup_seconds`` are not counted.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Tally:
    completed: int = 0
    unexpected: int = 0
    measured_seconds: float = 0.0

    @property
    def per_second(self) -> float:
        return self.completed / self.measured_seconds if self.measured_seconds else 0.0


def build_request(plan: dict[str, Any]) -> bytes:
    body = str(plan.get("body", "")).encode()
    lines = [f"{plan['method']} {plan['path']} HTTP/1.1", f"Host: 127.0.0.1:{plan['port']}"]
    lines += [f"{name}: {value}" for name, value in plan.get("headers", {}).items()]
    if body or plan["method"] in ("POST", "PUT"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


async def _read_answer(reader: asyncio.StreamReader) -> int:
    """Read one response; return its status. Only Content-Length bodies (all the servers send)."""
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length:
        await reader.readexactly(length)
    return status


async def _worker(plan: dict[str, Any], request: bytes, tally: Tally, stop: dict[str, float]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", plan["port"])
    expected = plan.get("expect", 200)
    try:
        while time.perf_counter() < stop["deadline"] and stop["budget"] > 0:
            stop["budget"] -= 1
            writer.write(request)
            status = await _read_answer(reader)
            if time.perf_counter() >= stop["count_from"]:
                tally.completed += 1
                tally.unexpected += status != expected
    finally:
        writer.close()


async def run(plan: dict[str, Any]) -> Tally:
    request = build_request(plan)
    tally = Tally()
    start = time.perf_counter()
    stop = {
        "count_from": start + plan.get("warmup_seconds", 0.0),
        "deadline": start + plan.get("warmup_seconds", 0.0) + plan["seconds"],
        "budget": float(plan["max_requests"]),
    }
    await asyncio.gather(*(_worker(plan, request, tally, stop) for _ in range(plan["connections"])))
    tally.measured_seconds = time.perf_counter() - max(stop["count_from"], start)
    return tally


def main() -> int:
    for line in sys.stdin:
        tally = asyncio.run(run(json.loads(line)))
        print(json.dumps({**asdict(tally), "per_second": tally.per_second}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
