"""Every error code the spec documents is reachable, with the documented status and body key."""

from __future__ import annotations

from typing import Any

import pytest

from contract_tests.api import Api
from contract_tests.spec import DocumentedError, documented_errors, load_raw_spec
from contract_tests.triggers import ACCEPTED_INSTEAD, NEEDS_MOCK_CONTROL, NOT_TRIGGERABLE, trigger_for

DOCUMENTED = documented_errors(load_raw_spec())
CASES = [
    pytest.param(
        documented,
        id=f"{documented.operation_id}-{documented.status}-{documented.code}",
        marks=[pytest.mark.mock_control]
        if (documented.operation_id, documented.code) in NEEDS_MOCK_CONTROL
        else [],
    )
    for documented in DOCUMENTED
    if (documented.operation_id, documented.code) not in NOT_TRIGGERABLE
]


@pytest.mark.parametrize("documented", CASES)
def test_documented_error_code_is_returned(
    documented: DocumentedError, api: Api, request: pytest.FixtureRequest
) -> None:
    trigger = trigger_for(documented.operation_id, documented.code)
    assert trigger is not None, (
        f"no scenario for {documented.code!r} of {documented.operation_id}: add one to triggers.py"
    )
    control: Any = None
    if (documented.operation_id, documented.code) in NEEDS_MOCK_CONTROL:
        control = request.getfixturevalue("mock_control")
    exchange = trigger(api, control)
    body = exchange.json()
    got = body.get(documented.key) if isinstance(body, dict) else None
    accepted = ACCEPTED_INSTEAD.get(documented.code, frozenset()) | {documented.code}
    api.expect(
        exchange.status == documented.status and got in accepted,
        exchange,
        f"error-code:{documented.code}",
        f"documented {documented.status} {{{documented.key!r}: {documented.code!r}}}, "
        f"got {exchange.status} {documented.key}={got!r}",
    )


def test_spec_documents_error_codes() -> None:
    # Guards the test above against a spec whose error enums it cannot read.
    assert len(DOCUMENTED) >= 20
    # What is left out above must still be documented, or the exception is stale.
    documented = {(d.operation_id, d.code) for d in DOCUMENTED}
    assert set(NOT_TRIGGERABLE) <= documented
