"""Stateful run over the spec's links: real ids flow from creates into reads, updates and deletes."""

from __future__ import annotations

from typing import Any

from hypothesis import settings
from schemathesis.errors import FailureGroup

from contract_tests.divergence import Divergence, DivergenceError
from contract_tests.profiles import Budget
from contract_tests.recorder import Recorder
from contract_tests.target import Target


def test_link_chains_conform_to_spec(
    api_schema: Any, recorder: Recorder, budget: Budget, target: Target
) -> None:
    base = api_schema.as_state_machine()
    found: list[Divergence] = []

    class LinkMachine(base):  # type: ignore[misc, valid-type]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": target.base_url}

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

    LinkMachine.run(
        settings=settings(
            settings.default, max_examples=budget.stateful_examples, stateful_step_count=budget.stateful_steps
        )
    )
    if found:
        raise DivergenceError(found)
