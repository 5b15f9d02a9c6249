"""The importable API: create_app and Partner refuse bad input without echoing keys."""

from __future__ import annotations

import secrets

import pytest
from starlette.applications import Starlette

from clubcollect_mock import FaultConfig, Partner, create_app
from clubcollect_mock.testing import serve_in_thread as serve

from .conftest import client


def test_create_app_returns_a_starlette_app_with_its_context() -> None:
    app = create_app(
        [Partner(secrets.token_hex(20), secrets.token_hex(20))], faults=FaultConfig(latency_ms=5)
    )
    assert isinstance(app, Starlette)
    assert app.state.mock.faults.config.latency_ms == 5


def test_partner_errors_do_not_contain_the_key() -> None:
    secret = "key with space " + secrets.token_hex(4)
    with pytest.raises(ValueError, match="api key") as raised:
        Partner(secret, secrets.token_hex(20))
    assert secret not in str(raised.value)
    with pytest.raises(ValueError, match="company id"):
        Partner("k", "ABC")


def test_one_company_cannot_belong_to_two_partners() -> None:
    company = secrets.token_hex(20)
    with pytest.raises(ValueError, match="two partners") as refused:
        create_app([Partner("first-key", company), Partner("second-key", company)])
    assert str(refused.value) == "a seeded company id belongs to two partners"  # the CLI shows it as is


def test_a_partner_listed_twice_is_one_partner_after_a_reset_too() -> None:
    # The CLI joins --partner options and the environment's partners: one may be given twice.
    partner = Partner(secrets.token_hex(20), secrets.token_hex(20))
    with (
        serve(create_app([partner, partner])) as root,
        client(root + "/_mock") as control,
        client(root + "/api/v2", Authorization=f"ApiKey {partner.api_key}") as api,
    ):
        assert control.post("/reset").json() == {"status": "reset"}
        assert api.get(f"/companies/{partner.company_id}").status_code == 200


def test_notify_interval_must_be_positive() -> None:
    with pytest.raises(ValueError, match="notify_interval"):
        create_app(notify_interval=0)


def test_one_key_may_seed_several_companies() -> None:
    first, second = secrets.token_hex(20), secrets.token_hex(20)
    app = create_app([Partner("shared-key", first), Partner("shared-key", second)])
    store = app.state.mock.store
    partner = store.partner_for_key("shared-key")
    assert partner is not None
    assert store.company(first, partner) is not None
    assert store.company(second, partner) is not None
