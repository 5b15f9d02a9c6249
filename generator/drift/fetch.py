"""``drift --fetch``: download the vendor's current pages, as the site serves them, into a cache.

Every page listed in ``site.yaml`` is fetched as served markdown (its address plus ``.md``)
into a fresh temporary folder beside the cache; only when every page has arrived and looks
like markdown does that folder replace the cache, so the cache always holds one complete
download. Each request has bounded connect and read timeouts; a timeout, a dropped
connection, 429 or a 5xx answer is retried a bounded number of times with growing pauses;
any other answer (404 above all) fails at once. A failure leaves the cache as it was and
names every page that could not be fetched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from generator.drift.site import Site, SitePage

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
USER_AGENT = "clubcollect-toolkit-drift/0.1 (docs drift check)"


class FetchError(RuntimeError):
    """The pages could not all be fetched; ``problems`` names each page and why."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class FetchSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    retries: int = 2  # further attempts after the first
    backoff: float = 1.0  # seconds before the first retry, doubled each time


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clubcollect-toolkit" / "docs-live"


class _Transient(Exception):
    """A failure worth another attempt."""


def _looks_like_html(body: str) -> bool:
    return body.lstrip()[:100].lower().startswith(("<!doctype", "<html"))


def _get_once(client: httpx.Client, url: str) -> str:
    try:
        response = client.get(url)
    except httpx.TimeoutException as error:
        raise _Transient(f"no answer within the timeout ({type(error).__name__})") from error
    except httpx.TransportError as error:
        raise _Transient(f"cannot connect ({type(error).__name__}: {error})") from error
    if response.status_code in RETRY_STATUSES:
        raise _Transient(f"answered {response.status_code}")
    if response.status_code != 200:
        raise FetchError(f"answered {response.status_code}", [])
    body = response.text
    if _looks_like_html(body):
        raise FetchError("answered a web page (HTML), not the page's markdown", [])
    if not body.strip():
        raise FetchError("answered an empty page", [])
    return body


def fetch_page(client: httpx.Client, url: str, settings: FetchSettings) -> str:
    """One page's markdown; raises FetchError (with the reason) once retries are spent."""
    pause = settings.backoff
    for attempt in range(settings.retries + 1):
        try:
            return _get_once(client, url)
        except _Transient as error:
            if attempt == settings.retries:
                raise FetchError(f"{error} (after {attempt + 1} attempts)", []) from error
            time.sleep(pause)
            pause *= 2
    raise AssertionError("unreachable")


def _page_file(folder: Path, page: SitePage) -> Path:
    return folder / f"{page.path}.md"


def fetch_site(site: Site, cache: Path, settings: FetchSettings = FetchSettings()) -> Path:
    """Download every page of ``site`` into ``cache`` (replaced only on complete success)."""
    cache = cache.resolve()
    cache.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{cache.name}.partial-", dir=cache.parent))
    problems: list[str] = []
    unreachable = False
    fetched = 0
    timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
    try:
        with httpx.Client(
            timeout=timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=True
        ) as client:
            for page in site.pages:
                url = site.markdown_url(page)
                try:
                    body = fetch_page(client, url, settings)
                except FetchError as error:
                    problems.append(f"{url}: {error}")
                    if fetched == 0 and len(problems) == 1 and "cannot connect" in str(error):
                        unreachable = True  # the very first page cannot connect: the site is out of reach
                        break
                    continue
                fetched += 1
                target = _page_file(staging, page)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(body, encoding="utf-8")
        if problems:
            message = (
                f"cannot reach {site.address}: are we offline? The cache at {cache} is unchanged."
                if unreachable
                else f"{len(problems)} of {len(site.pages)} page(s) could not be fetched; "
                f"the cache at {cache} is unchanged."
            )
            raise FetchError(message, problems)
        _replace(cache, staging)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return cache


def _replace(cache: Path, staging: Path) -> None:
    """Put the complete download in place of the cache: a rename, never a partial copy."""
    retired = None
    if cache.exists():
        retired = Path(tempfile.mkdtemp(prefix=f".{cache.name}.old-", dir=cache.parent))
        retired.rmdir()
        cache.rename(retired)
    staging.rename(cache)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
