"""Two basic properties every real server has; a stub (e.g. a spec-driven mock) fails them."""

from __future__ import annotations

from contract_tests.api import Api
from contract_tests.divergence import REGISTRY
from contract_tests.world import random_id


def test_server_keeps_state(api: Api) -> None:
    created = api.call("POST", "/imports", body={"company_id": api.credentials.company_id, "title": "kept?"})
    body = created.json() if created.status == 200 else None
    import_id = body.get("import_id") if isinstance(body, dict) else None
    read = api.call("GET", f"/imports/{import_id or random_id()}")
    again = read.json()
    kept = (
        isinstance(import_id, str)
        and read.status == 200
        and isinstance(again, dict)
        and again.get("import_id") == import_id
        and again.get("title") == "kept?"
    )
    if not kept:
        REGISTRY.note("the server is stateless: an import it just created cannot be read back")
    api.expect(kept, read, "stateful", "the server is stateless: a created import cannot be read back")


def test_server_refuses_unknown_keys(api: Api) -> None:
    exchange = api.call("GET", f"/companies/{api.credentials.company_id}", api_key=random_id())
    refused = exchange.status == 401
    if not refused:
        REGISTRY.note(f"the server accepts any API key (an unknown key got {exchange.status})")
    api.expect(refused, exchange, "auth-enforced", "the server accepts any API key")
