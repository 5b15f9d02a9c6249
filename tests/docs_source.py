"""The vendor's Payments page source for the tests that read it, or a skip that says why.

Its folder comes from the one place every test reads it from, :mod:`clubcollect_docs.locations`
(``CLUBCOLLECT_DOCS_SOURCE_DIR``, or ``clubcollect-docs-source`` beside ``CLUBCOLLECT_DOCS_DIR``),
so the project passes without ``../shared``.
"""

from __future__ import annotations

from tests.vendor_docs import docs_source_dir_or_skip


def payments_page() -> str:
    """The vendor's Payments page source, or a skip naming where it was looked for."""
    return (docs_source_dir_or_skip() / "api-documentation" / "payments.md").read_text(encoding="utf-8")
