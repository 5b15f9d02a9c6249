from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def _client_logger_restored() -> Iterator[None]:
    """A client built with CLUBCOLLECT_LOG set configures the process-wide logger: undo it."""
    logger = logging.getLogger("clubcollect_client")
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)
