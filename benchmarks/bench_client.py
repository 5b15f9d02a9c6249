"""Generated client round trip: ``get_invoice`` over loopback HTTP against raw httpx + json.loads."""

from __future__ import annotations

import json

import httpx

from benchmarks.profiling import extra_by_area, summary
from benchmarks.results import Direction, Goal, Row
from benchmarks.servers import Partner, serve
from benchmarks.settings import Settings
from benchmarks.stats import CPU, interleave_calls
from clubcollect_client import AuthenticatedClient
from clubcollect_client.api.invoices import get_invoice
from clubcollect_client.models import Invoice

GOALS = {10: Goal(1.10, Direction.AT_MOST), 1000: Goal(2.0, Direction.AT_MOST)}
# (calls per block, rounds) at full length; quick runs use a third of the rounds.
PLAN = {10: (20, 41), 1000: (3, 31)}


def run(settings: Settings) -> list[Row]:
    partner = Partner.random()
    rows = []
    with serve({"kind": "mock", "invoice_lines": sorted(GOALS)}, partner) as server:
        raw = httpx.Client(base_url=server.api_url, headers=partner.headers, trust_env=False)
        client = AuthenticatedClient(
            base_url=server.api_url, token=partner.api_key, httpx_args={"trust_env": False}
        )
        with raw, client:
            for lines, goal in GOALS.items():
                rows.append(
                    _measure(settings, raw, client, server.seeded["invoice_ids"][str(lines)], lines, goal)
                )
    return rows


def _measure(
    settings: Settings,
    raw: httpx.Client,
    client: AuthenticatedClient,
    invoice_id: str,
    lines: int,
    goal: Goal,
) -> Row:
    path = f"/invoices/{invoice_id}"

    def baseline() -> object:
        response = raw.get(path)
        response.raise_for_status()
        return json.loads(response.content)

    def subject() -> object:
        return get_invoice.sync(invoice_id=invoice_id, client=client)

    parsed = subject()
    if not isinstance(parsed, Invoice) or len(parsed.invoice_lines) != lines:
        raise RuntimeError(f"get_invoice did not return the {lines}-line invoice")
    calls, rounds = PLAN[lines]
    paired = interleave_calls(baseline, subject, calls=calls, rounds=settings.rounds(rounds), warmup=2)
    row = Row(
        name=f"client get_invoice, {lines:,} lines",
        what="`get_invoice.sync` through `AuthenticatedClient` (retry transport, model parsing) against the "
        "mock in another process, over 127.0.0.1",
        subject=f"{paired.subject_median * 1e3:.2f} ms/call",
        baseline=f"raw httpx GET + json.loads: {paired.baseline_median * 1e3:.2f} ms/call",
        value=paired.ratio_median,
        unit="x",
        goal=goal,
        command="python -m benchmarks --only client",
        notes=[paired.spread()],
    )
    cpu = interleave_calls(baseline, subject, calls=calls, rounds=settings.rounds(9), clock=CPU)
    row.notes.append(
        f"this process's CPU time per call: {cpu.subject_median * 1e6:,.0f} us against "
        f"{cpu.baseline_median * 1e6:,.0f} us for the baseline (the rest of the wall time is the server "
        "and the loopback)"
    )
    if row.met is False or lines == max(GOALS):
        profile_calls = max(10, calls * 15)
        row.notes.append(extra_by_area(baseline, subject, profile_calls))
        row.notes.append("profile of the subject in this process (the server's time is not seen here):")
        row.notes.extend("  " + line for line in summary(subject, calls=profile_calls))
    return row
