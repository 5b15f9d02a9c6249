"""The generated client (clubcollect_client) calls every operation and parses every answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from contract_tests.api import Api, Exchange
from contract_tests.client_calls import CALLS
from contract_tests.divergence import REGISTRY
from contract_tests.spec import load_raw_spec, operation_for
from contract_tests.target import Target

clubcollect_client = pytest.importorskip("clubcollect_client", reason="generated_client is not installed")
from clubcollect_client import AuthenticatedClient  # noqa: E402
from clubcollect_client.types import Response  # noqa: E402


class LastExchange:
    """Keeps the client's last request and response, so a divergence can show a reproduction."""

    def __init__(self) -> None:
        self.response: httpx.Response | None = None

    def __call__(self, response: httpx.Response) -> None:
        self.response = response
        REGISTRY.count_call(_exchange(self).operation)


@pytest.fixture(scope="module")
def seen() -> LastExchange:
    return LastExchange()


@pytest.fixture(scope="module")
def client(target: Target, seen: LastExchange) -> Iterator[AuthenticatedClient]:
    made = AuthenticatedClient(
        base_url=target.base_url,
        token=target.partner.api_key,
        prefix="ApiKey",
        httpx_args={"event_hooks": {"response": [seen]}},
    )
    with made:
        yield made


def _exchange(seen: LastExchange) -> Exchange:
    assert seen.response is not None
    request = seen.response.request
    path = request.url.path.split("/api/v2", 1)[-1]
    return Exchange(operation_for(load_raw_spec(), request.method, path), request, seen.response)


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_client_calls_operation_and_parses_answer(
    operation_id: str, api: Api, client: AuthenticatedClient, seen: LastExchange
) -> None:
    call, status, model = CALLS[operation_id]
    try:
        response: Response[Any] = call(client, api)
    except (KeyError, TypeError, ValueError) as error:
        api.expect(
            False, _exchange(seen), "client-parse", f"the generated client cannot parse the answer: {error!r}"
        )
        return
    exchange = _exchange(seen)
    api.expect(
        exchange.operation == operation_id, exchange, "client-call", "the client called another operation"
    )
    api.expect_status(exchange, status, "client-call", "a valid call through the generated client")
    if model is not None:
        api.expect(
            isinstance(response.parsed, model),
            exchange,
            "client-parse",
            f"parsed as {type(response.parsed).__name__}, expected {model.__name__}",
        )
