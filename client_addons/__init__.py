"""Hand-written helpers built on the generated operations.

Each module here is copied by ``python -m generator regen`` to the root of the generated package
(``clubcollect_client/<module>.py``), so it imports the generated code relatively. It is linted
where it is and type-checked as part of the generated package.
"""
