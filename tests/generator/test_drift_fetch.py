"""``drift --fetch`` against a real HTTP server on 127.0.0.1 serving the project's fixture pages.

The server can be told to answer one page with 404, never to answer another, to fail a page
with 503 before serving it, or to answer with a web page instead of markdown. A failed fetch
must leave the cache exactly as it was and no half-written folder behind.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from clubcollect_docs.pages import read_folder
from generator.drift import cli as drift
from generator.drift.fetch import FetchError, FetchSettings, fetch_site
from generator.drift.site import load_site
from tests.generator.drift_tiny_spec import PAGES, write_spec
from tests.vendor_docs import docs_source_dir_or_skip

# Where each markdown fixture page sits on the fake site (the vendor's layout); the site serves
# markdown, so the rendered-text fixtures have no place on it.
LAYOUT = {
    "api-documentation/company": "company.md",
    "api-documentation/ticket": "ticket.md",
    "api-documentation/notifications": "notifications.md",
}
FAST = FetchSettings(connect_timeout=0.5, read_timeout=0.5, retries=1, backoff=0.01)


@dataclass
class Behaviour:
    """How the server answers; keys are request paths such as ``/api-documentation/import.md``."""

    pages: dict[str, bytes]
    missing: set[str] = field(default_factory=set)
    silent: set[str] = field(default_factory=set)
    flaky: Counter[str] = field(default_factory=Counter)  # path -> 503 answers before serving it
    html: set[str] = field(default_factory=set)
    requests: Counter[str] = field(default_factory=Counter)
    release: threading.Event = field(default_factory=threading.Event)


class Handler(BaseHTTPRequestHandler):
    server: DocsServer

    def do_GET(self) -> None:
        behaviour = self.server.behaviour
        behaviour.requests[self.path] += 1
        if self.path in behaviour.silent:
            behaviour.release.wait(timeout=30)  # never answers while the test runs
            return
        if behaviour.flaky[self.path] > 0:
            behaviour.flaky[self.path] -= 1
            self.answer(503, b"busy")
        elif self.path in behaviour.html:
            self.answer(200, b"<!DOCTYPE html><html><body>Sign in</body></html>", "text/html")
        elif self.path in behaviour.missing or self.path not in behaviour.pages:
            self.answer(404, b"not found")
        else:
            self.answer(200, behaviour.pages[self.path], "text/markdown; charset=utf-8")

    def answer(self, status: int, body: bytes, kind: str = "text/plain") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class DocsServer(ThreadingHTTPServer):
    daemon_threads = True
    behaviour: Behaviour


@pytest.fixture
def server() -> Iterator[tuple[str, Behaviour]]:
    pages = {f"/{path}.md": (PAGES / name).read_bytes() for path, name in LAYOUT.items()}
    behaviour = Behaviour(pages)
    httpd = DocsServer(("127.0.0.1", 0), Handler)
    httpd.behaviour = behaviour
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", behaviour
    finally:
        behaviour.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def site_file(folder: Path, address: str, paths: list[str] | None = None) -> Path:
    path = folder / "site.yaml"
    pages = [{"path": page, "role": "reference"} for page in (paths or list(LAYOUT))]
    path.write_text(yaml.safe_dump({"site": address, "pages": pages}), encoding="utf-8")
    return path


@pytest.fixture
def old_cache(tmp_path: Path) -> Path:
    """A cache holding an earlier complete download."""
    cache = tmp_path / "cache" / "docs"
    cache.mkdir(parents=True)
    (cache / "earlier.md").write_text("# an earlier download\n", encoding="utf-8")
    return cache


def cache_state(cache: Path) -> list[str]:
    """Everything below the cache's parent: the cache and any leftover temporary folder."""
    return sorted(str(p.relative_to(cache.parent)) for p in cache.parent.rglob("*"))


def test_every_listed_page_is_fetched_as_markdown_into_the_site_layout(
    server: tuple[str, Behaviour], tmp_path: Path, old_cache: Path
) -> None:
    address, behaviour = server
    folder = fetch_site(load_site(site_file(tmp_path, address)), old_cache, FAST)
    assert folder == old_cache.resolve()
    for path, name in LAYOUT.items():
        assert (folder / f"{path}.md").read_bytes() == (PAGES / name).read_bytes()
    expected = ["docs", "docs/api-documentation", *sorted(f"docs/{p}.md" for p in LAYOUT)]
    assert cache_state(old_cache) == expected  # the earlier download replaced as a whole, nothing left over
    assert set(behaviour.requests) == {f"/{p}.md" for p in LAYOUT}
    assert "GET /companies/{company_id}" in {o.endpoint for o in read_folder(folder)}


def test_the_command_fetches_then_compares(
    server: tuple[str, Behaviour], tmp_path: Path, old_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    address, _ = server
    code = drift.main(
        [
            "--fetch",
            "--site",
            str(site_file(tmp_path, address)),
            "--cache",
            str(old_cache),
            "--spec",
            str(write_spec(tmp_path)),
            "--no-allowlist",
        ]
    )
    out, err = capsys.readouterr()
    assert f"fetched 3 page(s) from {address}" in err
    # the fake site has no import or invoice page: exactly those endpoints are reported
    assert [line.strip() for line in out.splitlines() if line.startswith("  ")] == [
        "endpoint missing from docs: GET /imports/{import_id}",
        "endpoint missing from docs: GET /invoices/{invoice_id}",
        "endpoint missing from docs: POST /imports",
        "endpoint missing from docs: POST /invoices",
        "docs link to a page not in the snapshot: ticket.md: import.md (api-documentation/ticket.md:52)",
    ]
    assert code == 1


def test_a_page_that_answers_404_fails_at_once_and_leaves_the_cache_untouched(
    server: tuple[str, Behaviour], tmp_path: Path, old_cache: Path
) -> None:
    address, behaviour = server
    behaviour.missing.add("/api-documentation/ticket.md")
    before = cache_state(old_cache)
    with pytest.raises(FetchError) as raised:
        fetch_site(load_site(site_file(tmp_path, address)), old_cache, FAST)
    assert raised.value.problems == [f"{address}/api-documentation/ticket.md: answered 404"]
    assert "1 of 3 page(s) could not be fetched" in str(raised.value)
    assert behaviour.requests["/api-documentation/ticket.md"] == 1  # a 404 is not retried
    assert cache_state(old_cache) == before


def test_a_page_that_never_answers_times_out_after_bounded_retries(
    server: tuple[str, Behaviour], tmp_path: Path, old_cache: Path
) -> None:
    address, behaviour = server
    behaviour.silent.add("/api-documentation/notifications.md")
    before = cache_state(old_cache)
    with pytest.raises(FetchError) as raised:
        fetch_site(load_site(site_file(tmp_path, address)), old_cache, FAST)
    (problem,) = raised.value.problems
    assert problem.startswith(f"{address}/api-documentation/notifications.md: no answer within the timeout")
    assert problem.endswith("(after 2 attempts)")
    assert behaviour.requests["/api-documentation/notifications.md"] == 2  # the first try and one retry
    assert cache_state(old_cache) == before


def test_a_busy_page_is_retried_and_then_fetched(
    server: tuple[str, Behaviour], tmp_path: Path, old_cache: Path
) -> None:
    address, behaviour = server
    behaviour.flaky["/api-documentation/ticket.md"] = 1
    folder = fetch_site(load_site(site_file(tmp_path, address)), old_cache, FAST)
    assert behaviour.requests["/api-documentation/ticket.md"] == 2
    assert (folder / "api-documentation" / "ticket.md").read_bytes() == (PAGES / "ticket.md").read_bytes()


def test_a_web_page_instead_of_markdown_is_refused(
    server: tuple[str, Behaviour], tmp_path: Path, old_cache: Path
) -> None:
    address, behaviour = server
    behaviour.html.add("/api-documentation/company.md")
    with pytest.raises(FetchError) as raised:
        fetch_site(load_site(site_file(tmp_path, address)), old_cache, FAST)
    assert raised.value.problems == [
        f"{address}/api-documentation/company.md: answered a web page (HTML), not the page's markdown"
    ]


def test_offline_is_a_clear_error_with_exit_status_2(
    tmp_path: Path, old_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with DocsServer(("127.0.0.1", 0), Handler) as closed:
        address = f"http://127.0.0.1:{closed.server_address[1]}"  # nothing listens there any more
    before = cache_state(old_cache)
    code = drift.main(
        [
            "--fetch",
            "--site",
            str(site_file(tmp_path, address)),
            "--cache",
            str(old_cache),
            "--timeout",
            "0.5",
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert f"cannot reach {address}: are we offline?" in err
    assert cache_state(old_cache) == before


def test_fetch_and_docs_dir_are_exclusive(capsys: pytest.CaptureFixture[str]) -> None:
    assert drift.main([str(PAGES), "--fetch"]) == 2
    assert drift.main([]) == 2
    assert "give either DOCS_DIR or --fetch" in capsys.readouterr().err


def test_the_real_page_list_fetches_the_vendor_pages_served_from_their_sources(
    server: tuple[str, Behaviour], tmp_path: Path, old_cache: Path
) -> None:
    """The project's own site.yaml, against a server standing in for the site with the page sources."""
    sources = docs_source_dir_or_skip()
    address, behaviour = server
    real = load_site()
    behaviour.pages = {f"/{p.path}.md": (sources / f"{p.path}.md").read_bytes() for p in real.pages}
    site = type(real)(address, real.pages)
    folder = fetch_site(site, old_cache, FAST)
    fetched = sorted(o.endpoint for o in read_folder(folder))
    assert fetched == sorted(o.endpoint for o in read_folder(sources))
    assert len(fetched) == 23
