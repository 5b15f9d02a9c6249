"""Every operation, generated data (valid and invalid), every built-in schemathesis check."""

from __future__ import annotations

from typing import Any

import requests
from hypothesis import settings
from schemathesis.errors import FailureGroup

from contract_tests.recorder import Recorder
from contract_tests.session import BUDGET, CONFORMANCE_SCHEMA
from contract_tests.target import Target

schema = CONFORMANCE_SCHEMA  # every operation, or this shard's (CLUBCOLLECT_SHARD)


@schema.parametrize()  # type: ignore[untyped-decorator]
@settings(max_examples=BUDGET.operation_examples)  # the active profile's, for generated cases only
def test_operation_conforms_to_spec(
    case: Any, recorder: Recorder, target: Target, http_session: requests.Session
) -> None:
    response = case.call(base_url=target.base_url, session=http_session)
    try:
        case.validate_response(
            response, transport_kwargs={"base_url": target.base_url, "session": http_session}
        )
    except FailureGroup as group:
        recorder.record(recorder.from_failures(group.exceptions, case, response))
