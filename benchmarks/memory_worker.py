"""Memory worker, run in a fresh process: ``python -m benchmarks.memory_worker COUNT LINES``.

Builds a mock app in this process, creates one warm-up invoice, reads VmRSS, then creates
COUNT invoices of LINES lines through the mock's real POST /api/v2/invoices handler, called
in-process over ASGI (no socket, so no server buffers blur the figure), and reads VmRSS again.
Prints one JSON line. Nothing else runs in the process, so the growth is the mock's store.
"""

from __future__ import annotations

import asyncio
import gc
import json
import sys
import time
from pathlib import Path

from benchmarks import data
from benchmarks.asgi import ApiCaller
from benchmarks.servers import Partner


def rss_bytes() -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


async def _load(api: ApiCaller, import_id: str, count: int, lines: int) -> None:
    body = data.invoice_body(import_id, lines)
    for _ in range(count):
        await api.request("POST", "/invoices", body)


def main(argv: list[str]) -> int:
    from clubcollect_mock import Partner as MockPartner
    from clubcollect_mock import create_app

    count, lines = int(argv[0]), int(argv[1])
    partner = Partner.random()
    app = create_app([MockPartner(partner.api_key, partner.company_id)])
    api = ApiCaller(app, partner.api_key)
    loop = asyncio.new_event_loop()
    import_id = loop.run_until_complete(data.create_import(api, partner.company_id))
    loop.run_until_complete(_load(api, import_id, 1, lines))  # first-use allocations go in "before"
    gc.collect()
    before = rss_bytes()
    start = time.perf_counter()
    loop.run_until_complete(_load(api, import_id, count, lines))
    seconds = time.perf_counter() - start
    gc.collect()
    after = rss_bytes()
    sample = loop.run_until_complete(api.request("GET", f"/imports/{import_id}"))
    stored = len(json.loads(sample)["invoice_ids"])
    loop.close()
    print(
        json.dumps({"before": before, "after": after, "count": count, "stored": stored, "seconds": seconds})
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
