"""Hypothesis profile of the project's own tests: ``CLUBCOLLECT_PROFILE`` (dev, ci, deep, mutation).

The profiles are defined with the contract suite's in contract_tests/profiles.py; ci, the
default, keeps hypothesis' own example count.
"""

from __future__ import annotations

from hypothesis import settings

from contract_tests import profiles

settings.load_profile(profiles.register_property_profiles())
