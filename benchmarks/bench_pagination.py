"""Pagination helper over 10,000 tickets against a hand-written httpx page loop: time and peak memory."""

from __future__ import annotations

import json
import time
import tracemalloc
from collections.abc import Callable, Iterator
from itertools import islice
from typing import Any

import httpx

from benchmarks.results import Direction, Goal, Row
from benchmarks.servers import Partner, serve
from benchmarks.settings import Settings
from benchmarks.stats import interleave, median
from clubcollect_client import AuthenticatedClient
from clubcollect_client.models import TicketStatus
from clubcollect_client.pagination import iter_company_tickets

TIME_GOAL = Goal(1.2, Direction.AT_MOST)
FLAT_GOAL = Goal(1.5, Direction.AT_MOST)
PAGE_SIZE = 100  # the API's maximum


def hand_loop(client: httpx.Client, company_id: str) -> Iterator[dict[str, Any]]:
    """What a partner would write without the helper: pages of dicts until total_pages."""
    number = 1
    while True:
        response = client.get(
            f"/companies/{company_id}/tickets/answered",
            params={"page_number": number, "page_size": PAGE_SIZE},
        )
        response.raise_for_status()
        page = json.loads(response.content)
        yield from page["tickets"]
        if number >= page["page"]["total_pages"]:
            return
        number += 1


def _drain(items: Iterator[object], limit: int | None = None) -> int:
    count = 0
    for _ in islice(items, limit):
        count += 1
    return count


def _peak(make: Callable[[], Iterator[object]], limit: int | None) -> int:
    """Peak bytes traced while consuming (and dropping) ``limit`` items."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        _drain(make(), limit)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _timed(action: Callable[[], int], expected: int) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        seen = action()
        if seen != expected:
            raise RuntimeError(f"expected {expected} tickets, iterated {seen}")
        return time.perf_counter() - start

    return run


def run(settings: Settings) -> list[Row]:
    count = 10_000
    partner = Partner.random()
    with serve({"kind": "mock", "tickets": count}, partner) as server:
        raw = httpx.Client(base_url=server.api_url, headers=partner.headers, trust_env=False)
        client = AuthenticatedClient(
            base_url=server.api_url, token=partner.api_key, httpx_args={"trust_env": False}
        )
        with raw, client:

            def helper() -> Iterator[object]:
                return iter_company_tickets(
                    client, partner.company_id, TicketStatus.ANSWERED, page_size=PAGE_SIZE
                )

            def baseline() -> Iterator[object]:
                return hand_loop(raw, partner.company_id)

            paired = interleave(
                _timed(lambda: _drain(baseline()), count),
                _timed(lambda: _drain(helper()), count),
                rounds=settings.rounds(7),
                warmup=1,
            )
            # The peak is one or two pages in flight plus whatever piles up; medians of a few runs
            # because the garbage collector's timing moves it by a page or so.
            repeats = settings.scale(3, 1)
            peak_all = median([_peak(helper, None) for _ in range(repeats)])
            peak_part = median([_peak(helper, count // 5) for _ in range(repeats)])
            peak_hand = _peak(baseline, None)
            peak_list = _peak(lambda: iter(list(helper())), None)
    kib = 1024
    return [
        Row(
            name=f"pagination helper, {count:,} tickets: time",
            what=f"`iter_company_tickets(..., page_size={PAGE_SIZE})` (typed models) over 127.0.0.1 "
            "against a hand-written httpx page loop yielding dicts, both fully consumed",
            subject=f"{paired.subject_median * 1e3:,.0f} ms",
            baseline=f"hand-written loop: {paired.baseline_median * 1e3:,.0f} ms",
            value=paired.ratio_median,
            unit="x",
            goal=TIME_GOAL,
            command="python -m benchmarks --only pagination",
            notes=[paired.spread()],
        ),
        Row(
            name=f"pagination helper, {count:,} tickets: peak memory",
            what="tracemalloc peak while consuming all tickets divided by the peak while consuming the first "
            "fifth (5x fewer items): about 1 when nothing accumulates, about 5 when every item is kept",
            subject=f"{peak_all / kib:,.0f} KiB for all",
            baseline=f"first fifth: {peak_part / kib:,.0f} KiB",
            value=peak_all / peak_part,
            unit="x",
            goal=FLAT_GOAL,
            command="python -m benchmarks --only pagination",
            notes=[
                f"hand-written loop, all tickets: {peak_hand / kib:,.0f} KiB; "
                f"for contrast, list(helper) holding every ticket: {peak_list / kib:,.0f} KiB",
            ],
        ),
    ]
