"""Stateful run over the spec's links: real ids flow from creates into reads, updates and deletes."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from hypothesis import settings
from hypothesis.errors import FlakyStrategyDefinition
from schemathesis.core.errors import NoLinksFound
from schemathesis.errors import FailureGroup

from contract_tests.divergence import REGISTRY, Divergence, DivergenceError
from contract_tests.mock_control import MockControl
from contract_tests.profiles import Budget
from contract_tests.recorder import Recorder
from contract_tests.session import SELECTED_OPERATIONS
from contract_tests.target import Target


def test_link_chains_conform_to_spec(
    api_schema: Any,
    recorder: Recorder,
    budget: Budget,
    target: Target,
    has_mock_control: bool,
    http_session: requests.Session,
) -> None:
    base = api_schema.as_state_machine()
    found: list[Divergence] = []
    control = MockControl(target.root_url) if has_mock_control else None

    class LinkMachine(base):  # type: ignore[misc, valid-type]
        def setup(self) -> None:
            # Hypothesis needs identical answers to identical sequences; a server that remembers
            # earlier runs (e.g. partner-wide line ids, A13) breaks that, so start from scratch.
            if control is not None:
                control.reset()

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": target.base_url, "session": http_session}

        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            try:
                super().validate_response(response, case, additional_checks, **kwargs)
            except FailureGroup as group:
                # Collected, not raised: replaying a sequence against a server whose state has
                # moved on draws different data, which hypothesis reports as flaky.
                try:
                    recorder.record(recorder.from_failures(group.exceptions, case, response))
                except DivergenceError as error:
                    found.extend(error.divergences)

    try:
        LinkMachine.run(
            settings=settings(
                settings.default,
                max_examples=budget.link_runs,
                stateful_step_count=budget.stateful_steps,
            )
        )
    except NoLinksFound:
        if not SELECTED_OPERATIONS:
            raise  # the whole spec without a link: the spec lost its links, a real failure
        # --operations chose operations that no link joins (the payment links, say): no chain.
        pytest.skip(f"no link joins the selected operations ({', '.join(SELECTED_OPERATIONS)})")
    except FlakyStrategyDefinition:
        # Not a divergence: the server answered one request sequence differently on a replay.
        REGISTRY.note(
            "the stateful link run stopped early: the server answered a replayed sequence differently"
        )
    finally:
        if control is not None:
            control.close()
    if found:
        raise DivergenceError(found)
