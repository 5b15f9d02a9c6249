"""Hypothesis profiles (``CLUBCOLLECT_PROFILE``: dev, ci, deep) and the budget for remote targets."""

from __future__ import annotations

import os
from dataclasses import dataclass

from hypothesis import HealthCheck, settings

ENV_PROFILE = "CLUBCOLLECT_PROFILE"
DEFAULT_PROFILE = "ci"


@dataclass(frozen=True)
class Budget:
    max_examples: int  # per schemathesis operation and per hypothesis property
    stateful_steps: int  # steps of each state machine run
    stateful_examples: int  # state machine runs
    rate_limit: str | None  # schemathesis rate limit, e.g. "5/s"
    requests_per_second: float | None  # the same for the business-rule client


BUDGETS = {
    "dev": Budget(
        max_examples=8, stateful_steps=10, stateful_examples=5, rate_limit=None, requests_per_second=None
    ),
    "ci": Budget(
        max_examples=60, stateful_steps=25, stateful_examples=40, rate_limit=None, requests_per_second=None
    ),
    "deep": Budget(
        max_examples=300, stateful_steps=50, stateful_examples=200, rate_limit=None, requests_per_second=None
    ),
}
# Remote servers are someone else's: fewer examples and a polite request rate.
REMOTE_CAP = Budget(
    max_examples=10, stateful_steps=10, stateful_examples=5, rate_limit="5/s", requests_per_second=5.0
)


def profile_name() -> str:
    name = os.environ.get(ENV_PROFILE, DEFAULT_PROFILE)
    if name not in BUDGETS:
        raise RuntimeError(f"{ENV_PROFILE} must be one of {', '.join(BUDGETS)}, got {name!r}")
    return name


def budget(name: str, *, remote: bool) -> Budget:
    chosen = BUDGETS[name]
    if not remote:
        return chosen
    return Budget(
        max_examples=min(chosen.max_examples, REMOTE_CAP.max_examples),
        stateful_steps=min(chosen.stateful_steps, REMOTE_CAP.stateful_steps),
        stateful_examples=min(chosen.stateful_examples, REMOTE_CAP.stateful_examples),
        rate_limit=REMOTE_CAP.rate_limit,
        requests_per_second=REMOTE_CAP.requests_per_second,
    )


def register_profiles() -> None:
    """Register every profile with hypothesis (HTTP round trips: no deadline, slow data is fine)."""
    for name, chosen in BUDGETS.items():
        settings.register_profile(
            name,
            max_examples=chosen.max_examples,
            stateful_step_count=chosen.stateful_steps,
            deadline=None,
            suppress_health_check=[
                HealthCheck.too_slow,
                HealthCheck.filter_too_much,
                HealthCheck.data_too_large,
            ],
            print_blob=True,
        )


def remote_settings(name: str) -> settings:
    """Settings for a remote target: the profile, capped."""
    capped = budget(name, remote=True)
    return settings(
        settings.get_profile(name),
        max_examples=capped.max_examples,
        stateful_step_count=capped.stateful_steps,
    )
