"""The facade's cost: ``cc.invoices.get`` against ``get_invoice.sync`` and against raw httpx + json.loads.

Same mock process, same loopback, one run: the facade adds its argument handling, status check
and error mapping on top of the module function (both share one httpx client, so one connection
pool), and the row against raw httpx shows what a partner pays in all. A last row takes the
network away (an in-process ``httpx.MockTransport`` answering the same bytes, CPU time) to show
the facade's own cost without the noise of a shared machine.
"""

from __future__ import annotations

import json

import httpx

from benchmarks.results import Direction, Goal, Row
from benchmarks.servers import Partner, serve
from benchmarks.settings import Settings
from benchmarks.stats import CPU, interleave_calls
from clubcollect_client import ClubCollect
from clubcollect_client.api.invoices import get_invoice
from clubcollect_client.models import Invoice

OVER_MODULE = Goal(1.05, Direction.AT_MOST)
OVER_RAW = {10: Goal(1.10, Direction.AT_MOST), 1000: Goal(2.0, Direction.AT_MOST)}
# (calls per block, rounds) at full length; quick runs use a third of the rounds.
PLAN = {10: (20, 41), 1000: (3, 31)}
COMMAND = "python -m benchmarks --only facade"


def run(settings: Settings) -> list[Row]:
    partner = Partner.random()
    rows: list[Row] = []
    with serve({"kind": "mock", "invoice_lines": sorted(OVER_RAW)}, partner) as server:
        raw = httpx.Client(base_url=server.api_url, headers=partner.headers, trust_env=False)
        cc = ClubCollect(api_key=partner.api_key, base_url=server.api_url)
        with raw, cc:
            ids = server.seeded["invoice_ids"]
            rows.append(_over_module(settings, cc, ids["10"]))
            for lines, goal in OVER_RAW.items():
                rows.append(_over_raw(settings, raw, cc, ids[str(lines)], lines, goal))
            body = raw.get(f"/invoices/{ids['10']}").content
    rows.append(_without_network(settings, partner, body, ids["10"]))
    return rows


def _without_network(settings: Settings, partner: Partner, body: bytes, invoice_id: str) -> Row:
    answer = {"content-type": "application/json"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=answer))
    with ClubCollect(
        api_key=partner.api_key,
        base_url="http://bench.test/api/v2",
        transport=transport,
    ) as cc:
        _check(cc, invoice_id, 10)
        low_level = cc.low_level

        def baseline() -> object:
            return get_invoice.sync(invoice_id=invoice_id, client=low_level)

        def subject() -> object:
            return cc.invoices.get(invoice_id)

        paired = interleave_calls(
            baseline, subject, calls=200, rounds=settings.rounds(21), warmup=2, clock=CPU
        )
    return Row(
        name="facade get_invoice over the module function, no network",
        what="the same two calls answered in-process by an `httpx.MockTransport` (same 10-line body), "
        "CPU time of this process",
        subject=f"{paired.subject_median * 1e6:,.0f} us/call",
        baseline=f"get_invoice.sync: {paired.baseline_median * 1e6:,.0f} us/call",
        value=paired.ratio_median,
        unit="x",
        goal=None,
        command=COMMAND,
        notes=[paired.spread()],
    )


def _check(cc: ClubCollect, invoice_id: str, lines: int) -> None:
    invoice = cc.invoices.get(invoice_id)
    if type(invoice) is not Invoice or len(invoice.invoice_lines) != lines:
        raise RuntimeError(f"the facade did not return the {lines}-line invoice")


def _over_module(settings: Settings, cc: ClubCollect, invoice_id: str) -> Row:
    _check(cc, invoice_id, 10)
    low_level = cc.low_level  # the same httpx client and pool as the facade

    def baseline() -> object:
        return get_invoice.sync(invoice_id=invoice_id, client=low_level)

    def subject() -> object:
        return cc.invoices.get(invoice_id)

    calls, rounds = PLAN[10]
    paired = interleave_calls(baseline, subject, calls=calls, rounds=settings.rounds(rounds), warmup=2)
    cpu = interleave_calls(baseline, subject, calls=calls, rounds=settings.rounds(15), clock=CPU)
    return Row(
        name="facade get_invoice over the module function, 10 lines",
        what="`cc.invoices.get` against `get_invoice.sync` on the same `AuthenticatedClient` and pool, "
        "mock in another process, over 127.0.0.1",
        subject=f"{paired.subject_median * 1e3:.3f} ms/call",
        baseline=f"get_invoice.sync: {paired.baseline_median * 1e3:.3f} ms/call",
        value=paired.ratio_median,
        unit="x",
        goal=OVER_MODULE,
        command=COMMAND,
        notes=[
            paired.spread(),
            f"this process's CPU per call: {cpu.subject_median * 1e6:,.0f} us (facade) against "
            f"{cpu.baseline_median * 1e6:,.0f} us (module function), ratio {cpu.ratio_median:.3f}",
        ],
    )


def _over_raw(
    settings: Settings, raw: httpx.Client, cc: ClubCollect, invoice_id: str, lines: int, goal: Goal
) -> Row:
    _check(cc, invoice_id, lines)
    path = f"/invoices/{invoice_id}"

    def baseline() -> object:
        response = raw.get(path)
        response.raise_for_status()
        return json.loads(response.content)

    def subject() -> object:
        return cc.invoices.get(invoice_id)

    calls, rounds = PLAN[lines]
    paired = interleave_calls(baseline, subject, calls=calls, rounds=settings.rounds(rounds), warmup=2)
    cpu = interleave_calls(baseline, subject, calls=calls, rounds=settings.rounds(9), clock=CPU)
    return Row(
        name=f"facade get_invoice, {lines:,} lines",
        what="`cc.invoices.get` (retry transport, status check, model parsing) against the mock in another "
        "process, over 127.0.0.1",
        subject=f"{paired.subject_median * 1e3:.2f} ms/call",
        baseline=f"raw httpx GET + json.loads: {paired.baseline_median * 1e3:.2f} ms/call",
        value=paired.ratio_median,
        unit="x",
        goal=goal,
        command=COMMAND,
        notes=[
            paired.spread(),
            f"this process's CPU per call: {cpu.subject_median * 1e6:,.0f} us against "
            f"{cpu.baseline_median * 1e6:,.0f} us for the baseline (the rest of the wall time is the server "
            "and the loopback)",
        ],
    )
