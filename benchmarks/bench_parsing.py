"""Client model parsing of a 1,000-line invoice, without network, against json.loads alone."""

from __future__ import annotations

import asyncio
import json

from benchmarks import data
from benchmarks.asgi import ApiCaller
from benchmarks.profiling import summary
from benchmarks.results import Row
from benchmarks.servers import Partner
from benchmarks.settings import Settings
from benchmarks.stats import CPU, interleave_calls
from clubcollect_client.models import Invoice

LINES = 1000


def invoice_bytes(lines: int) -> bytes:
    """The mock's own answer to GET /invoices/{id} for an invoice of ``lines`` lines (in-process)."""
    from clubcollect_mock import Partner as MockPartner
    from clubcollect_mock import create_app

    partner = Partner.random()
    app = create_app([MockPartner(partner.api_key, partner.company_id)])
    api = ApiCaller(app, partner.api_key)

    async def make() -> bytes:
        import_id = await data.create_import(api, partner.company_id)
        invoice_id = await data.create_invoice(api, import_id, lines)
        return await api.request("GET", f"/invoices/{invoice_id}")

    return asyncio.run(make())


def run(settings: Settings) -> list[Row]:
    content = invoice_bytes(LINES)

    def baseline() -> object:
        return json.loads(content)

    def subject() -> object:
        return Invoice.from_dict(json.loads(content))

    parsed = subject()
    assert isinstance(parsed, Invoice) and len(parsed.invoice_lines) == LINES
    paired = interleave_calls(baseline, subject, calls=5, rounds=settings.rounds(21), warmup=2, clock=CPU)
    model_only = paired.subject_median - paired.baseline_median
    return [
        Row(
            name="client model parsing, 1,000 lines",
            what=f"`Invoice.from_dict(json.loads(body))` on the mock's {len(content):,}-byte answer, "
            "no network; CPU time of this process",
            subject=f"{paired.subject_median * 1e3:.2f} ms/parse",
            baseline=f"json.loads: {paired.baseline_median * 1e3:.2f} ms/parse",
            value=paired.ratio_median,
            unit="x",
            goal=None,
            command="python -m benchmarks --only parsing",
            notes=[
                paired.spread(),
                f"the models add {model_only * 1e6 / LINES:.1f} us per invoice line",
                "profile of the subject (cProfile, share of own time):",
                *("  " + line for line in summary(subject, calls=10)),
            ],
        )
    ]
