"""Benchmarks of the generated client, the mock and the contract suite.

``python -m benchmarks`` runs every benchmark against a baseline measured in the same run and
prints a table of ratios (see benchmarks/README.md for what each row means and how to read it).
"""
