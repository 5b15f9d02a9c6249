"""Public configuration types and the fixed vocabulary of the API (names exactly as documented)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

ID_PATTERN = re.compile(r"[0-9a-f]{40}")

# Limits from the project rules (DECISIONS A6, A10).
MAX_BODY_BYTES = 1024 * 1024
MAX_STRING = 255
MAX_LONG_TEXT = 5000
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 30

BRANDS = frozenset({"clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"})
LOCALES = frozenset({"de", "en", "fr", "it", "nl"})
COUNTRY_CODES = frozenset({"AT", "BE", "CH", "DE", "GB", "IE", "NL"})
CURRENCIES = frozenset({"EUR", "GBP", "CHF"})
PAYMENT_METHODS = frozenset(
    {"ideal", "sdd", "bank_transfer", "credit_card", "bancontact", "bacs", "sofort", "paypal", "external"}
)
MESSAGE_TYPES = frozenset({"EMAIL", "SMS", "LETTER"})
TICKET_STATUSES = frozenset({"unanswered", "answered", "archived"})


def is_secret_text(value: str) -> bool:
    return 0 < len(value) <= 255 and not any(c.isspace() for c in value)


class PartnerRefused(ValueError):
    """A partner that cannot be made, with the field it is about (the message names the rule only)."""

    def __init__(self, about: str, message: str) -> None:
        super().__init__(message)
        self.field = about


@dataclass(frozen=True, slots=True)
class Partner:
    """A partner account to seed: its API key, the id of the one company it owns and, optionally,
    the salt and key ClubCollect issues for the treasurer SSO link (FACTS 6b).

    The key, salt and SSO key are secrets: no repr or message shows them."""

    api_key: str = field(repr=False)
    company_id: str
    sso_salt: str | None = field(default=None, repr=False)
    sso_key: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        # Messages never include the key itself: it is a secret.
        if not is_secret_text(self.api_key):
            raise PartnerRefused("api_key", "partner api key must be 1..255 characters without whitespace")
        if not ID_PATTERN.fullmatch(self.company_id):
            raise PartnerRefused("company_id", "partner company id must be 40 lowercase hex characters")
        if (self.sso_salt is None) != (self.sso_key is None):
            missing = "sso_salt" if self.sso_salt is None else "sso_key"
            raise PartnerRefused(missing, "give both the SSO salt and the SSO key, or neither")
        if self.sso_salt is not None and self.sso_key is not None:
            for name, value in (("sso_salt", self.sso_salt), ("sso_key", self.sso_key)):
                if not is_secret_text(value):
                    raise PartnerRefused(
                        name, "SSO salt and SSO key must be 1..255 characters without whitespace"
                    )

    @property
    def has_sso(self) -> bool:
        return self.sso_salt is not None


@dataclass(slots=True)
class FaultConfig:
    """Faults injected into /api/v2 requests (never into /_mock/).

    ``fail_next`` makes the next N API requests answer ``fail_next_status``; otherwise each
    request is throttled (429 with ``Retry-After``) with probability ``throttle_rate`` or fails
    with ``error_status`` with probability ``error_rate``. ``latency_ms`` delays every request.
    """

    latency_ms: int = 0
    error_rate: float = 0.0
    error_status: int = 503
    throttle_rate: float = 0.0
    retry_after: int = 1
    fail_next: int = 0
    fail_next_status: int = 503

    def __post_init__(self) -> None:
        if not 0 <= self.latency_ms <= 60_000:
            raise ValueError("latency_ms must be 0..60000")
        if not 0.0 <= self.error_rate <= 1.0 or not 0.0 <= self.throttle_rate <= 1.0:
            raise ValueError("error_rate and throttle_rate must be 0..1")
        if not 500 <= self.error_status <= 599:
            raise ValueError("error_status must be a 5xx status")
        if not 0 <= self.retry_after <= 86_400:
            raise ValueError("retry_after must be 0..86400 seconds")
        if not 0 <= self.fail_next <= 1_000_000:
            raise ValueError("fail_next must be 0..1000000")
        if not 400 <= self.fail_next_status <= 599:
            raise ValueError("fail_next_status must be a 4xx or 5xx status")

    @property
    def active(self) -> bool:
        return bool(self.latency_ms or self.error_rate or self.throttle_rate or self.fail_next)
