"""The hypothesis profiles: what each one is for is what it does (contract_tests/profiles.py)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, Phase, settings

from contract_tests import profiles

profiles.register_profiles()
profiles.register_property_profiles()


def test_ci_keeps_hypothesis_own_example_count_for_property_tests() -> None:
    assert settings.get_profile(profiles.property_profile_label("ci")).max_examples == 100
    assert profiles.BUDGETS["ci"].property_scale == 1.0


def test_the_self_test_profile_finds_but_does_not_shrink() -> None:
    phases = settings.get_profile("selftest").phases
    assert Phase.generate in phases and Phase.shrink not in phases
    assert profiles.BUDGETS["selftest"].max_examples == profiles.BUDGETS["dev"].max_examples


def test_every_other_profile_shrinks() -> None:
    for name in profiles.BUDGETS.keys() - {"selftest"}:
        assert Phase.shrink in settings.get_profile(name).phases, name


@pytest.mark.parametrize("label", ["mutation", profiles.property_profile_label("mutation")])
def test_the_mutation_profile_draws_the_same_examples_every_run(label: str) -> None:
    chosen = settings.get_profile(label)
    assert chosen.derandomize and chosen.database is None


@pytest.mark.parametrize("name", sorted(profiles.BUDGETS))
def test_no_profile_fails_a_test_because_the_machine_is_busy(name: str) -> None:
    for label in (name, profiles.property_profile_label(name)):
        chosen = settings.get_profile(label)
        assert HealthCheck.too_slow in chosen.suppress_health_check and chosen.deadline is None


def test_deep_draws_more_than_ci_which_draws_more_than_dev() -> None:
    b = profiles.BUDGETS
    assert b["deep"].max_examples > b["ci"].max_examples > b["dev"].max_examples
    assert b["deep"].operation_examples > b["ci"].operation_examples > b["dev"].operation_examples
    assert b["deep"].property_examples > b["ci"].property_examples > b["dev"].property_examples
    assert b["deep"].stateful_examples > b["ci"].stateful_examples > b["dev"].stateful_examples
    assert b["deep"].link_runs > b["ci"].link_runs > b["dev"].link_runs
    # Only the deep profile sends the coverage phase again to operations that repeat another.
    assert [name for name, budget in b.items() if budget.repeat_coverage] == ["deep"]
    assert profiles.scaled(400) == 400  # the ci default keeps a test's own count
