"""A partner's integration written against the facade only, as a new user would write it.

These modules are not tests: ``tests/client/test_typed_integration.py`` type-checks them with
``mypy --strict`` (no ``cast``, ``isinstance`` or ``assert`` allowed in them) and runs them
against the mock.
"""
