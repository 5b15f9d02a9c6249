"""The vendor's documentation pages, read: one home for every tool that reads them.

``generator drift`` compares what is read here with the spec; the contract suite takes the
vendor's examples from it. Nothing here reads the spec or imports the generator.

- :mod:`clubcollect_docs.pages`: a folder (or one page) to :class:`~clubcollect_docs.model.DocsPage`
- :mod:`clubcollect_docs.model`: what a page says (operations, parameters, examples), with lines
- :mod:`clubcollect_docs.fold`: a page's events folded into that model
- ``text_format``, ``markdown_format``, ``gitbook_format``: one reader per published format,
  each turning a page into :mod:`clubcollect_docs.events`
- :mod:`clubcollect_docs.tolerant_json`: the examples' JSON, as loosely as the pages write it
- :mod:`clubcollect_docs.names`: parameter names, URL paths and anchors as the pages spell them
- :mod:`clubcollect_docs.locations`: where the pages are on this machine
"""

from clubcollect_docs.model import DocsOperation, DocsPage, Where
from clubcollect_docs.pages import DocsReadError, read_folder, read_pages

__all__ = ["DocsOperation", "DocsPage", "DocsReadError", "Where", "read_folder", "read_pages"]
