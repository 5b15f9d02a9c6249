"""Which server the suite talks to: the embedded mock, or any server named by the environment."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

import httpx

API_PREFIX = "/api/v2"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})

ENV_BASE_URL = "CLUBCOLLECT_BASE_URL"
ENV_API_KEY = "CLUBCOLLECT_API_KEY"
ENV_COMPANY_ID = "CLUBCOLLECT_COMPANY_ID"
ENV_SECOND_API_KEY = "CLUBCOLLECT_SECOND_API_KEY"
ENV_SECOND_COMPANY_ID = "CLUBCOLLECT_SECOND_COMPANY_ID"


@dataclass(frozen=True)
class Credentials:
    """A partner's key and one of its companies. The key never appears in a repr."""

    api_key: str = field(repr=False)
    company_id: str


@dataclass(frozen=True)
class Target:
    base_url: str
    partner: Credentials
    second_partner: Credentials | None = None
    embedded: bool = False

    @property
    def root_url(self) -> str:
        """Server root (where the mock mounts ``/_mock/``): the base URL without ``/api/v2``."""
        base = self.base_url.rstrip("/")
        return base[: -len(API_PREFIX)] if base.endswith(API_PREFIX) else base

    @property
    def is_local(self) -> bool:
        return (urlsplit(self.base_url).hostname or "") in LOCAL_HOSTS

    @property
    def kind(self) -> str:
        """Which baseline entries apply: embedded, local or remote (see baseline.TARGET_KINDS)."""
        return "embedded" if self.embedded else ("local" if self.is_local else "remote")

    def secrets(self) -> list[str]:
        """Every value that must be filtered out of anything the suite writes."""
        keys = [self.partner.api_key]
        if self.second_partner is not None:
            keys.append(self.second_partner.api_key)
        return [key for key in keys if key]


def random_credentials() -> Credentials:
    """A canary-style partner: random 40-hex key and company id, as the real ids look (A4)."""
    return Credentials(api_key=secrets.token_hex(20), company_id=secrets.token_hex(20))


def target_from_env(environ: dict[str, str] | None = None) -> Target | None:
    """The target named by the environment, or ``None`` when the embedded mock should be used."""
    env = dict(os.environ if environ is None else environ)
    base_url = env.get(ENV_BASE_URL, "").strip()
    if not base_url:
        return None
    missing = [name for name in (ENV_API_KEY, ENV_COMPANY_ID) if not env.get(name)]
    if missing:
        raise RuntimeError(f"{ENV_BASE_URL} is set but {', '.join(missing)} is not")
    second = None
    if env.get(ENV_SECOND_API_KEY):
        second = Credentials(env[ENV_SECOND_API_KEY], env.get(ENV_SECOND_COMPANY_ID, ""))
    return Target(
        base_url=base_url.rstrip("/"),
        partner=Credentials(env[ENV_API_KEY], env[ENV_COMPANY_ID]),
        second_partner=second,
    )


@cache
def planned_partner() -> Credentials:
    """The partner the run speaks as: from the environment, or a fresh one for the embedded mock.

    Known before any server starts, so the schema (and its auth) can be loaded at import time.
    """
    named = target_from_env()
    return named.partner if named is not None else random_credentials()


def offers_mock_control(target: Target, timeout: float = 3.0) -> bool:
    """Whether the target serves the mock's test-control API (``GET <root>/_mock/health``)."""
    try:
        response = httpx.get(f"{target.root_url}/_mock/health", timeout=timeout)
    except httpx.HTTPError:
        return False
    if response.status_code != 200:
        return False
    try:
        response.json()
    except ValueError:
        return False
    return True
