"""Authentication (A1, A2) and partner isolation (A3) on every operation."""

from __future__ import annotations

import pytest

from contract_tests.api import Api, Exchange
from contract_tests.target import Credentials
from contract_tests.valid_calls import BUILDERS, Call, success_status, valid_call
from contract_tests.world import company_body, new_invoice, open_import, random_id

OPERATIONS = sorted(BUILDERS)


def _expect_unauthorized(api: Api, exchange: Exchange, why: str) -> None:
    body = exchange.json()
    api.expect(
        exchange.status == 401 and isinstance(body, dict) and body.get("error") == "unauthorized",
        exchange,
        "auth-enforced",
        f"{why}: expected 401 {{'error': 'unauthorized'}}, got {exchange.status}",
    )


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_missing_and_wrong_keys_are_refused(api: Api, operation_id: str) -> None:
    call = valid_call(api, operation_id)
    _expect_unauthorized(api, call.send(api, auth="none"), "a request without a key")
    _expect_unauthorized(api, call.send(api, api_key=random_id()), "a request with an unknown key")
    _expect_unauthorized(
        api, call.send(api, auth="query", api_key=random_id()), "an unknown key in the query"
    )
    malformed = call.send(api, auth="none", headers={"Authorization": f"Bearer {api.credentials.api_key}"})
    _expect_unauthorized(api, malformed, "a key sent with the wrong scheme")


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_deprecated_query_key_still_works(api: Api, operation_id: str) -> None:
    call = valid_call(api, operation_id)
    exchange = call.send(api, auth="query")
    api.expect_status(
        exchange, success_status(operation_id), "auth-query-key", "the deprecated api_key query works"
    )


def test_header_wins_over_query_key(api: Api) -> None:
    # A2: a wrong header is refused even when the query key is right.
    call = valid_call(api, "get_company")
    exchange = api.call(
        call.method,
        call.path,
        auth="none",
        headers={"Authorization": f"ApiKey {random_id()}"},
        params={"api_key": api.credentials.api_key},
    )
    _expect_unauthorized(api, exchange, "a wrong header with a right query key")


@pytest.mark.mock_control
def test_partners_never_see_each_others_data(api: Api, second_partner: Credentials) -> None:
    other = api.as_partner(second_partner)
    import_id = open_import(api)
    invoice = new_invoice(api, import_id)
    invoice_id = invoice["invoice_id"]
    mine = api.credentials.company_id
    # A3: another partner's object answers exactly like an unknown id.
    probes = [
        (Call("GET", f"/companies/{mine}"), Call("GET", f"/companies/{random_id()}")),
        (Call("GET", f"/companies/{mine}/imports"), Call("GET", f"/companies/{random_id()}/imports")),
        (
            Call("GET", f"/companies/{mine}/tickets/unanswered"),
            Call("GET", f"/companies/{random_id()}/tickets/unanswered"),
        ),
        (
            Call("PUT", f"/companies/{mine}", company_body()),
            Call("PUT", f"/companies/{random_id()}", company_body()),
        ),
        (Call("GET", f"/imports/{import_id}"), Call("GET", f"/imports/{random_id()}")),
        (Call("GET", f"/invoices/{invoice_id}"), Call("GET", f"/invoices/{random_id()}")),
        (Call("GET", f"/invoices/{invoice_id}/lines"), Call("GET", f"/invoices/{random_id()}/lines")),
        (Call("GET", f"/invoices/{invoice_id}/tickets"), Call("GET", f"/invoices/{random_id()}/tickets")),
        (Call("DELETE", f"/invoices/{invoice_id}"), Call("DELETE", f"/invoices/{random_id()}")),
        (Call("DELETE", f"/imports/{import_id}"), Call("DELETE", f"/imports/{random_id()}")),
    ]
    for foreign, unknown in probes:
        seen = foreign.send(other)
        reference = unknown.send(other)
        other.expect(
            seen.status == reference.status and seen.json() == reference.json() and seen.status >= 400,
            seen,
            "partner-isolation",
            f"another partner's object answers {seen.status}, an unknown id {reference.status}",
        )
    foreign_import = other.call("POST", "/imports", body={"company_id": mine})
    other.expect_error(foreign_import, 422, "invalid_company_id", "partner-isolation")
    # Nothing was deleted by the other partner.
    api.expect_status(
        api.call("GET", f"/invoices/{invoice_id}"), 200, "partner-isolation", "invoice still there"
    )
