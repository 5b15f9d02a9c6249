"""A stateful local stand-in for the ClubCollect partner API v2, read from the vendor docs.

Importable API (kept stable for the contract tests and benchmarks)::

    from clubcollect_mock import FaultConfig, Partner, create_app

    app = create_app(
        [Partner(api_key="...", company_id="<40 hex>")],
        state_path=None,          # SQLite file to persist to; None keeps everything in memory
        notify_url=None,          # partner endpoint that receives change notifications
        notify_interval=600.0,    # seconds between notification rounds
        faults=FaultConfig(),     # latency / error / throttle injection for /api/v2
        sso_clock=utc_now,        # the time the /treasurer/sso landing checks links against
        log_format=None,          # "text" or "json": one line per request on log_stream (stderr)
    )
    uvicorn.run(app, host="127.0.0.1", port=8080)

Command line: ``python -m clubcollect_mock --help``.

The API lives under ``/api/v2`` and follows the vendor docs, FACTS.md and the project rules
(openapi/DECISIONS.md parts A and B). A request is checked in this order: API key (401), body
size (413), path id (404), ``Content-Type`` (422 ``invalid_content_type``), JSON (400), body
fields (422). Unknown paths answer 404 ``not_found``, wrong methods 405 ``method_not_allowed``.

Where the docs leave room, what real callers send is accepted (FACTS 6a, the PHP library): JSON
``null`` in an optional request field means "not given" at every level (on update the stored
value stays; a required field sent as null is refused with its own code); ``locale`` is read in
any letter case and answered in lower case; ``expected_invoices_count`` may be an integer or a
string of digits and is answered as an integer; the ticket actions take an empty body or any
JSON object; the key may come as ``?api_key=``; a JSON ``Content-Type`` on a call without a body
is ignored. Transmit answers 200 with the Import (the current import page). JSON integers are
read exactly, so an out-of-range one is refused (422) rather than rounded.

Simulation choices the docs leave open: invoice numbers are sequential; request lines are
typed ``INVOICE-LINE`` or ``CREDIT-LINE`` by sign; payments and chargebacks simulated through
``/_mock/`` move the import's ``settled_amount_cents`` (``prepaid_amount_cents`` stays 0); the
API's own writes are not notified back to the partner, vendor-side events from ``/_mock/`` are.

Every 4xx names what was refused in an ``X-Mock-Reason`` header (``invoice_lines[0].amount_cents:
expected an integer, got a string``); bodies keep the vendor's shape. ``log_format="text"`` or
``"json"`` logs one line per request (``clubcollect_mock.request_log``); the command line serves
with a deadline for each request to arrive whole (``clubcollect_mock.serving``). A repeated
``external_invoice_number`` is accepted (DECISIONS A23).

``/_mock/`` is a local test facility without authentication (never expose it), described by
``GET /_mock/openapi.json``, whose refusals also name the field in the body: ``POST reset``
(back to the seeded partners, startup faults, no pending notifications), ``GET health``,
``POST partners``, ``POST invoices/{id}/payments|chargebacks|fees|donations|customer-tickets|
messages|payment-in-progress``, ``GET notifications``, ``POST notifications/flush``,
``GET|PUT faults``, ``POST companies/{company_id}/payments/{payment_id}/result``,
``GET payments/notifications``, ``POST payments/notifications/flush``, and the checkout page a
start-payment link redirects to, ``GET|POST checkout/{token}`` (see ``clubcollect_mock.payments``).
``GET /_mock/``, ``/_mock/companies/{id}`` and ``/_mock/invoices/{id}`` show the state as HTML, and
``GET /treasurer/sso`` checks a treasurer SSO link (``Partner(..., sso_salt=, sso_key=)``) and
shows its company's page (see ``clubcollect_mock.inspector`` and mock/README.md).
``app.state.mock`` gives in-process code the store, notifier and faults.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clubcollect_mock.app import MockContext, create_app
    from clubcollect_mock.config import FaultConfig, Partner

__all__ = ["FaultConfig", "MockContext", "Partner", "create_app"]

# Loaded on first use: pytest imports this package in every run where it is installed (for the
# plugin, clubcollect_mock.pytest_plugin), and most runs never start a mock.
_HOMES = {"FaultConfig": "config", "Partner": "config", "MockContext": "app", "create_app": "app"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
