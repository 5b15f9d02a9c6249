"""Reference pages that describe nothing: the site lists them as documenting the API, yet no
operation, table, value list or example could be read from them (a stub, or a page whose layout
the readers no longer follow)."""

from __future__ import annotations

from clubcollect_docs.model import DocsPage
from generator.drift.site import page_role


def stub_pages(pages: list[DocsPage]) -> list[DocsPage]:
    """The pages the site lists as reference (or does not list) that yield nothing."""
    return [page for page in pages if page.is_empty and page_role(page.page) == "reference"]
