"""``python -m generator diff``: classify the changes between two spec versions (``cli``)."""
