"""``python -m generator lint``: validate the spec, then apply the project's own rules (``cli``)."""
