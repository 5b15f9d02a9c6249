"""A pytest plugin for tests/toolkit: writes the names of the collected cases to $CASE_LIST."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from contract_tests.plugin import module_name
from contract_tests.shards import case_id


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    names = [case_id(item, module_name(item)) for item in session.items]
    Path(os.environ["CASE_LIST"]).write_text("\n".join(names), encoding="utf-8")
