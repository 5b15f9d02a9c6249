"""Tests of the hand-written spec, its decisions record and `python -m generator lint`."""
