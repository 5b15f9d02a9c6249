"""A pytest plugin for tests/toolkit: writes the names of the collected cases to $CASE_LIST.

Collection alone is what the shard tests read, so the plugin also stops schemathesis from building
each operation's coverage-phase examples at collection: they become explicit examples inside the
one test of an operation and never change its name, and building them was four fifths of the
collection's CPU (a payment link's 629 cases, mostly).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from schemathesis.generation.hypothesis import builder

from contract_tests.plugin import module_name
from contract_tests.shards import case_id


def _without_coverage_examples(test: Callable[..., Any], *args: Any, **kwargs: Any) -> Callable[..., Any]:
    return test


builder.add_coverage = _without_coverage_examples


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    names = [case_id(item, module_name(item)) for item in session.items]
    Path(os.environ["CASE_LIST"]).write_text("\n".join(names), encoding="utf-8")
