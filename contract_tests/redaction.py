"""Keep API keys out of everything the suite prints or writes."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

FILTERED = "[Filtered]"
MAX_CURL_BODY = 4000
SENSITIVE_HEADERS = frozenset({"authorization", "cookie", "x-api-key"})
SENSITIVE_QUERY = frozenset({"api_key"})

_registered: set[str] = set()


def register_secret(value: str) -> None:
    """Remember a secret so ``scrub`` removes it wherever it turns up."""
    if value:
        _registered.add(value)


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """Replace every known secret, and anything after ``ApiKey ``, with the filtered marker."""
    for secret in sorted({*_registered, *secrets}, key=len, reverse=True):
        if secret:
            text = text.replace(secret, FILTERED)
    return re.sub(r"(?i)(ApiKey)\s+(?!\[Filtered\])[^\s'\"]+", rf"\1 {FILTERED}", text)


def filter_url(url: str) -> str:
    """The URL with the deprecated ``api_key`` query parameter's value filtered."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    query = [
        (name, FILTERED if name.lower() in SENSITIVE_QUERY else value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query, safe="[]")))


def curl_command(method: str, url: str, headers: Mapping[str, str], body: bytes | None) -> str:
    """A copy-pasteable curl reproduction with credentials filtered."""
    parts = ["curl", "-X", method.upper(), shlex.quote(filter_url(url))]
    for name, value in headers.items():
        lowered = name.lower()
        if lowered in {"host", "content-length", "accept-encoding", "connection", "user-agent", "accept"}:
            continue
        shown = FILTERED if lowered in SENSITIVE_HEADERS else value
        parts += ["-H", shlex.quote(f"{name}: {shown}")]
    if body:
        text = body.decode("utf-8", errors="backslashreplace")
        if len(text) > MAX_CURL_BODY:
            # Huge bodies (the 413 probe) are rebuilt as a JSON object of the same size.
            parts += ["--data-binary", "@-"]
            dump = f'json.dump({{"padding": "x" * {len(body)}}}, sys.stdout)'
            maker = f"python3 -c 'import json, sys; {dump}'"
            return scrub(f"{maker} | {' '.join(parts)}")
        parts += ["--data-raw", shlex.quote(text)]
    return scrub(" ".join(parts))
