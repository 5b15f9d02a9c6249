"""A stateful local stand-in for the ClubCollect partner API v2, read from the vendor docs.

Importable API (kept stable for the contract tests and benchmarks)::

    from clubcollect_mock import FaultConfig, Partner, create_app

    app = create_app(
        [Partner(api_key="...", company_id="<40 hex>")],
        state_path=None,          # SQLite file to persist to; None keeps everything in memory
        notify_url=None,          # partner endpoint that receives change notifications
        notify_interval=600.0,    # seconds between notification rounds
        faults=FaultConfig(),     # latency / error / throttle injection for /api/v2
    )
    uvicorn.run(app, host="127.0.0.1", port=8080)

Command line: ``python -m clubcollect_mock --help``.

The API lives under ``/api/v2`` and follows the vendor docs, FACTS.md and the project rules
(openapi/DECISIONS.md parts A and B). Checks run in this order: API key (401), path id (404),
``Content-Type`` (422 ``invalid_content_type``), body size (413) and JSON (400), then the body
fields (422). The API's own writes are not notified back; vendor-side events simulated through
``/_mock/`` are.

``/_mock/`` is a local test facility without authentication: reset, health, partners,
simulated payments, chargebacks, fees, donations, customer tickets, messages, payment in
progress, notification rounds and fault injection. ``app.state.mock`` gives in-process code the
store, notifier and fault state.
"""

from clubcollect_mock.app import MockContext, create_app
from clubcollect_mock.config import FaultConfig, Partner

__all__ = ["FaultConfig", "MockContext", "Partner", "create_app"]
