# Copied from client_runtime/redaction.py, do not edit here. Regenerate: python -m generator regen
"""Keeping the API key out of reprs, log output and tracebacks.

httpx logs every request URL at INFO level; with the deprecated ``api_key`` query parameter that
URL contains the key. :func:`install_log_redaction` puts a :class:`RedactingFilter` on the httpx
and httpcore loggers so such records are scrubbed before any handler formats them.
"""

from __future__ import annotations

import hmac
import logging
import re
import threading
import traceback
import urllib.parse
from collections.abc import Iterable

__all__ = [
    "HTTP_LOGGER_NAMES",
    "REDACTED",
    "RedactingFilter",
    "Secret",
    "install_log_redaction",
    "redact",
]

REDACTED = "<redacted>"

# Filters on a logger do not see records of its children, so every httpcore module logger
# is named explicitly.
HTTP_LOGGER_NAMES: tuple[str, ...] = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)

# Credentials recognisable by their surroundings, whatever their value:
#   api_key=... in a query string (also percent-encoded: api%5Fkey),
#   ApiKey ... as an Authorization header value,
#   "api_key": "..." in JSON or a dict repr (notification bodies echo the key).
_CONTEXT_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?i)(\bapi(?:_|%5f)key=)[^&\s#'\"<>]+"),
    re.compile(r"(?i)(\bApiKey\s+)(?!<redacted>)[^\s'\",;]+"),
    re.compile(r"""(?i)(["']api_key["']\s*:\s*["'])[^"']+"""),
)


class Secret:
    """Holds a secret string; ``str``, ``repr`` and f-strings show only ``<redacted>``.

    Deliberately not a ``str`` subclass: concatenation, slicing or ``json.dumps`` would
    otherwise hand out the value silently. Call :meth:`reveal` where the value is needed.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("Secret value must be a str")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __str__(self) -> str:
        return REDACTED

    def __repr__(self) -> str:
        return f"Secret('{REDACTED}')"

    def __format__(self, format_spec: str) -> str:
        return REDACTED

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))


def _variants(secret: str) -> set[str]:
    # The forms a value takes in logged URLs and bodies, besides the raw one.
    return {secret, urllib.parse.quote(secret, safe=""), urllib.parse.quote_plus(secret)}


def _values(secrets: Iterable[str | Secret]) -> list[str]:
    found: set[str] = set()
    for secret in secrets:
        value = secret.reveal() if isinstance(secret, Secret) else secret
        if value:
            found |= _variants(value)
    # Longest first, so a secret containing another is replaced whole.
    return sorted(found, key=len, reverse=True)


def _redact_values(text: str, values: Iterable[str]) -> str:
    for value in values:
        text = text.replace(value, REDACTED)
    for pattern in _CONTEXT_PATTERNS:
        text = pattern.sub(rf"\g<1>{REDACTED}", text)
    return text


def redact(text: str, secrets: Iterable[str | Secret] = ()) -> str:
    """``text`` with every given secret, ``api_key=`` value and ``ApiKey`` credential replaced."""
    return _redact_values(text, _values(secrets))


class RedactingFilter(logging.Filter):
    """Scrubs secrets from a record's message, arguments, exception text and stack info.

    A message that renders a secret (through an argument of any type, an ``httpx.URL`` say) is
    stored back formatted and scrubbed, without its arguments. A traceback that contained a
    secret is replaced by its scrubbed text and ``exc_info`` is dropped, so no handler formats
    the raw exception again. The filter never drops a record.
    """

    def __init__(self, secrets: Iterable[str | Secret] = (), name: str = "") -> None:
        super().__init__(name)
        self._secrets: set[str] = set()
        self._values: list[str] = []
        self._lock = threading.Lock()
        for secret in secrets:
            self.add_secret(secret)

    def add_secret(self, secret: str | Secret) -> None:
        # Clients may be built per request, each installing the same key: keep the set small.
        value = secret.reveal() if isinstance(secret, Secret) else secret
        with self._lock:
            if value and value not in self._secrets:
                self._secrets.add(value)
                # Assigned whole, so a thread formatting a record never sees a half-built list.
                self._values = _values(self._secrets)

    @property
    def secret_count(self) -> int:
        return len(self._secrets)

    def redact(self, text: str) -> str:
        return _redact_values(text, self._values)

    def filter(self, record: logging.LogRecord) -> bool:
        self._scrub_message(record)
        self._scrub_exception(record)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True

    def _scrub_message(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: scrub the parts logging will print
            record.msg = self.redact(str(record.msg))
            if isinstance(record.args, tuple):
                record.args = tuple(self.redact(str(arg)) for arg in record.args)
            elif record.args:
                record.args = (self.redact(str(record.args)),)
            return
        clean = self.redact(message)
        if clean != message:
            record.msg = clean
            record.args = None

    def _scrub_exception(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            clean = self.redact(text)
            if clean != text:
                record.exc_info = None
                record.exc_text = clean
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)


def install_log_redaction(secret: str | Secret, loggers: Iterable[str] = HTTP_LOGGER_NAMES) -> RedactingFilter:
    """Scrub ``secret`` from the records of the named loggers (httpx and httpcore by default).

    Calling it again (another client, a rotated key) adds the secret to the filter already
    installed instead of stacking filters. Returns the filter, e.g. to attach it to handlers.
    """
    names = list(loggers)
    existing = _installed_filter(names)
    active = existing if existing is not None else RedactingFilter()
    active.add_secret(secret)
    for name in names:
        target = logging.getLogger(name)
        if active not in target.filters:
            target.addFilter(active)
    return active


def _installed_filter(names: Iterable[str]) -> RedactingFilter | None:
    for name in names:
        for candidate in logging.getLogger(name).filters:
            if isinstance(candidate, RedactingFilter):
                return candidate
    return None
