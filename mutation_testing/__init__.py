"""Mutation testing with mutmut as a habit: ``python -m mutation_testing`` (``nox -s mutation``).

targets.toml names the code where a silent bug costs most and the tests that judge it;
survivors.toml lists the surviving mutants a person has looked at, each with the reason. A run
stages a copy of the repository per target (so mutmut's file paths are the module names the tests
import), runs mutmut there, writes ``reports/mutation.md`` and fails on any survivor not listed.
"""
