"""Hypothesis profile of the project's own tests: ``CLUBCOLLECT_PROFILE`` (dev, ci, deep, mutation),
the order in which pytest-xdist's workers get the tests (the costly ones first, on both), and one
default SSL context for the httpx clients of a process (tests/shared_ssl.py). Under mutmut, each
mutant's tests run quickest first and its fork server's heap is frozen (mutation_testing/forked_runs.py).

The profiles are defined with the contract suite's in contract_tests/profiles.py; ci, the
default, keeps hypothesis' own example count.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from contract_tests import profiles
from mutation_testing import forked_runs
from tests.scheduling import worksteal_order
from tests.shared_ssl import share_the_default_ssl_context

settings.load_profile(profiles.register_property_profiles())
share_the_default_ssl_context()


@pytest.hookimpl(trylast=True)  # after -k/-m have deselected what they deselect
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Each xdist worker collects and orders the same way (the controller schedules by index). A
    # worker cannot see the --dist mode (its own is "no"): the order is made for worksteal, the
    # tests session's, and under load/loadscope it only moves the costly tests forward.
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "0"))
    if workers > 1:
        items[:] = worksteal_order(items, workers)
    elif forked_runs.judging_a_mutant():  # one mutant's tests under mutmut: the quickest first
        forked_runs.quickest_first(items, forked_runs.recorded_durations())


def pytest_sessionfinish(session: pytest.Session) -> None:
    forked_runs.freeze_after_warm_up(bool(session.config.option.collectonly))
