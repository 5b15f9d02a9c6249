"""``python -m generator drift``: compare the vendor's documentation pages with the spec (``cli``).

``pages`` reads a folder of pages in any of the vendor's three formats into operations;
``compare`` sets them against the spec's facts; ``allowlist.yaml`` excuses the deliberate
differences.
"""
