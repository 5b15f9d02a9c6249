"""pytest fixtures for a partner's own tests (entry point ``pytest11``: active once installed).

- ``clubcollect_mock`` (session): a running mock, :class:`~clubcollect_mock.harness.ClubCollectMock`;
- ``clubcollect_partner`` (each test): a new partner on it, with ``api_key``, ``company_id``, ``base_url``;
- ``clubcollect_client`` (each test): a ``clubcollect_client.ClubCollect`` bound to that partner.

``--clubcollect-mock=inprocess`` (or ``clubcollect_mock = inprocess`` in the ini file) serves the
mock without a socket; the default, ``served``, is real HTTP on a free 127.0.0.1 port. Nothing
is imported until a test asks for a fixture, so the plugin costs nothing to suites that do not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from clubcollect_client import ClubCollect
    from clubcollect_mock.harness import ClubCollectMock, MockPartner

MODE_CHOICES = ("served", "inprocess")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("clubcollect-mock", "ClubCollect mock")
    group.addoption(
        "--clubcollect-mock",
        dest="clubcollect_mock_mode",
        choices=MODE_CHOICES,
        default=None,
        help="how the clubcollect_mock fixture runs the mock: served (real HTTP on 127.0.0.1, the "
        "default) or inprocess (no socket; notifications cannot be delivered)",
    )
    parser.addini(
        "clubcollect_mock", "served (default) or inprocess: see --clubcollect-mock", default="served"
    )


def _mode(config: pytest.Config) -> str:
    mode = config.getoption("clubcollect_mock_mode") or config.getini("clubcollect_mock")
    if mode not in MODE_CHOICES:
        raise pytest.UsageError(f"clubcollect_mock ini option: expected served or inprocess, got {mode!r}")
    return str(mode)


def pytest_configure(config: pytest.Config) -> None:
    _mode(config)  # a wrong ini value stops the run before any test, not at the first fixture


@pytest.fixture(scope="session")
def clubcollect_mock(pytestconfig: pytest.Config) -> Iterator[ClubCollectMock]:
    """A ClubCollect mock running for the whole session; ``.base_url`` ends in ``/api/v2``."""
    from clubcollect_mock.harness import start_mock

    with start_mock(_mode(pytestconfig)) as mock:
        yield mock


@pytest.fixture
def clubcollect_partner(clubcollect_mock: ClubCollectMock) -> MockPartner:
    """A new partner (key and company) on the session's mock: nothing another test did is visible."""
    return clubcollect_mock.new_partner()


@pytest.fixture
def clubcollect_client(
    clubcollect_mock: ClubCollectMock, clubcollect_partner: MockPartner
) -> Iterator[ClubCollect]:
    """A ``ClubCollect`` client with this test's partner's key, pointed at the mock."""
    try:
        from clubcollect_client import ClubCollect
    except ModuleNotFoundError as missing:
        if missing.name != "clubcollect_client":
            raise  # installed but broken: a failure, not a reason to skip
        pytest.skip("the clubcollect_client fixture needs clubcollect-client: pip install clubcollect-client")
    # In-process, the client's own retry layer stays on top of the socket-free transport.
    transport = clubcollect_mock.transport() if clubcollect_mock.mode == "inprocess" else None
    with ClubCollect(
        api_key=clubcollect_partner.api_key, base_url=clubcollect_partner.base_url, transport=transport
    ) as client:
        yield client
