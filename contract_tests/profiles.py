"""Every hypothesis profile of the project, in one place (``CLUBCOLLECT_PROFILE``).

dev (a quick look), ci (the default run), deep (the weekly job), selftest (the suite's own
tests: dev without shrinking) and mutation (mutmut's runs: derandomized, so every mutant meets
the same examples). The contract suite reads the HTTP budget
of a profile; the project's own property tests (tests/conftest.py) read ``property_examples``.
Remote targets get a capped copy of the HTTP budget.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from hypothesis import HealthCheck, Phase, settings

ENV_PROFILE = "CLUBCOLLECT_PROFILE"
DEFAULT_PROFILE = "ci"


@dataclass(frozen=True)
class Budget:
    max_examples: int  # per hypothesis property (the rule tests' and tests/' own)
    operation_examples: int  # generated cases per operation of the schemathesis conformance test
    stateful_steps: int  # steps of each state machine run
    stateful_examples: int  # runs of the model-based state machine (test_state_machine)
    link_runs: int  # runs of the state machine over the spec's links (test_stateful_links)
    # Whether an operation that repeats an earlier one at another path (spec.repeated_operations:
    # four of the five payment start links) gets schemathesis' coverage phase again.
    repeat_coverage: bool
    rate_limit: str | None  # schemathesis rate limit, e.g. "5/s"
    requests_per_second: float | None  # the same for the business-rule client
    property_examples: int = 100  # examples of each property test of tests/ (hypothesis' default)
    property_scale: float = 1.0  # multiplies a test's own max_examples (see scaled())
    derandomize: bool = False  # the same examples on every run
    shrink: bool = True  # look for the smallest failing example once one is found


_DEV = Budget(
    max_examples=8,
    operation_examples=8,
    stateful_steps=10,
    stateful_examples=5,
    link_runs=5,
    repeat_coverage=False,
    rate_limit=None,
    requests_per_second=None,
    property_examples=20,
    property_scale=0.2,
)
BUDGETS = {
    "dev": _DEV,
    # operation_examples: the conformance test's fuzzing phase runs after its coverage phase, which
    # already sends each operation's boundary and wrong-typed cases (4687 for the 27 operations).
    # Measured on the mock with 60 generated cases per operation: every (operation, status) the
    # fuzzing reached, the coverage phase had reached too. Measured again with seeds 1 and 2 at 10,
    # 15 and 25 cases: every operation reached the same statuses at each count, but for the 422 of
    # the repeated payment links, which fuzzing hits by chance at any count (25 cases missed two
    # links that 15 reached). A generated case costs 17 ms of CPU (hypothesis' drawing, mostly):
    # 25 -> 15 is 4.5 s of each README command. The deep profile keeps 300.
    # link_runs: the link run's worth is the answers only real ids reach (an update, a transmit or a
    # delete of an import that exists). Measured on the mock, seeds 1 and 2, every (operation,
    # status) of the run recorded: 20 runs of 25 steps reached every such answer that 40 runs did;
    # what 40 runs added were 400/404/422 answers the conformance test's coverage phase sends each
    # operation directly (10 runs missed real-id answers, so 20 it is). The link run was a third of
    # the suite's CPU; the deep profile (the nightly job) keeps 200 runs of 50 steps.
    # repeat_coverage: the five payment start links take the same 21 parameters and give the same
    # answers, so the coverage phase builds the same 629 cases for each (checked: equal values and
    # descriptions). Building and sending them cost 4.5 s of CPU a link, a third of the conformance
    # test. ci sends them to the first link only; the other four keep their fuzzing phase and
    # test_payments' signed link for each method (no spec link reaches a payment link, so the link
    # run never did). deep sends them to all five.
    "ci": Budget(
        max_examples=60,
        operation_examples=15,
        stateful_steps=25,
        stateful_examples=40,
        link_runs=20,
        repeat_coverage=False,
        rate_limit=None,
        requests_per_second=None,
    ),
    "deep": Budget(
        max_examples=300,
        operation_examples=300,
        stateful_steps=50,
        stateful_examples=200,
        link_runs=200,
        repeat_coverage=True,
        rate_limit=None,
        requests_per_second=None,
        property_examples=1000,
        property_scale=5.0,
    ),
    # The suite's self-tests (tests/contract_selftest) only ask whether a divergence is found:
    # the dev budget without shrinking, which replays a failing example dozens of times.
    "selftest": replace(_DEV, shrink=False),
    # mutmut runs the tests once per mutant: a fixed draw keeps verdicts reproducible.
    "mutation": replace(_DEV, property_examples=30, property_scale=0.25, derandomize=True),
}
# Remote servers are someone else's: fewer examples and a polite request rate.
REMOTE_CAP = Budget(
    max_examples=10,
    operation_examples=10,
    stateful_steps=10,
    stateful_examples=5,
    link_runs=5,
    repeat_coverage=False,
    rate_limit="5/s",
    requests_per_second=5.0,
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
        operation_examples=min(chosen.operation_examples, REMOTE_CAP.operation_examples),
        stateful_steps=min(chosen.stateful_steps, REMOTE_CAP.stateful_steps),
        stateful_examples=min(chosen.stateful_examples, REMOTE_CAP.stateful_examples),
        link_runs=min(chosen.link_runs, REMOTE_CAP.link_runs),
        repeat_coverage=chosen.repeat_coverage and REMOTE_CAP.repeat_coverage,
        rate_limit=REMOTE_CAP.rate_limit,
        requests_per_second=REMOTE_CAP.requests_per_second,
    )


# Time-based checks only measure how busy a 2-core CI machine is: they are off in every profile.
TIMING_CHECKS = [HealthCheck.too_slow]


def register_profiles() -> None:
    """Register every profile with hypothesis (HTTP round trips: no deadline, slow data is fine)."""
    for name, chosen in BUDGETS.items():
        settings.register_profile(
            name,
            max_examples=chosen.max_examples,
            stateful_step_count=chosen.stateful_steps,
            deadline=None,
            suppress_health_check=[
                *TIMING_CHECKS,
                HealthCheck.filter_too_much,
                HealthCheck.data_too_large,
            ],
            derandomize=chosen.derandomize,
            database=None if chosen.derandomize else settings.get_profile("default").database,
            phases=_phases(chosen),
            print_blob=True,
        )


def _phases(chosen: Budget) -> tuple[Phase, ...]:
    return tuple(phase for phase in Phase if chosen.shrink or phase not in (Phase.shrink, Phase.explain))


def property_profile_label(name: str) -> str:
    return f"properties-{name}"


def register_property_profiles() -> str:
    """The profiles of tests/ (property tests of code, no HTTP budget); returns the one to load."""
    for name, chosen in BUDGETS.items():
        settings.register_profile(
            property_profile_label(name),
            max_examples=chosen.property_examples,
            deadline=None,
            suppress_health_check=TIMING_CHECKS,
            derandomize=chosen.derandomize,
            database=None if chosen.derandomize else settings.get_profile("default").database,
            print_blob=True,
        )
    return property_profile_label(profile_name())


def scaled(examples: int) -> int:
    """A test's own example count, scaled by the active profile (ci keeps it as written)."""
    return max(1, round(examples * BUDGETS[profile_name()].property_scale))


def remote_settings(name: str) -> settings:
    """Settings for a remote target: the profile, capped."""
    capped = budget(name, remote=True)
    return settings(
        settings.get_profile(name),
        max_examples=capped.max_examples,
        stateful_step_count=capped.stateful_steps,
    )
