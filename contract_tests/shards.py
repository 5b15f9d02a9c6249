"""Split the suite's cases into N shards: deterministic, disjoint, together everything.

``CLUBCOLLECT_SHARD=K/N`` keeps the K-th of N shards. A case is named by its test module and its
full test name (``test_auth::test_x[create_import]``; schemathesis gives its 27 operations one
node id, but distinct names), never by a path, so every machine of a CI matrix computes the same
split. Cases are dealt out longest first, each to the shard with the least estimated work so far
(ties: the lower shard), which keeps the shards' run times close: the stateful link run alone is
about a third of the suite, so a split by hash would leave one shard waiting for the other. A
wrong or missing estimate only unbalances the shards; it never drops or repeats a case.

The costly cases are dealt first, from names known before collection (the spec's operations and
the few long tests), so that a shard builds schemathesis tests only for its own operations:
building one runs schemathesis' coverage phase, seconds of CPU per operation.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

# Estimated cost of one case in CPU seconds (profile ci, mock included; measured per case with
# time.process_time() around each test of a two-shard run on a 2-core machine), by test function...
COSTS = {
    "test_link_chains_conform_to_spec": 16.0,  # 20 runs of 25 steps (link_runs); 13.5-15.5 s in junit
    "test_vendor_events_keep_invoice_consistent": 4.5,
    "test_server_matches_model": 3.1,
    "test_credit_and_retract": 1.4,
    "test_lines_endpoint_matches_invoice": 0.9,
    "test_total_must_equal_sum_of_lines": 0.7,
    "test_contact_rule": 0.5,
    "test_closed_bodies_accept_their_own_fields_and_refuse_every_other_name": 0.3,
    "test_operation_conforms_to_spec": 1.0,
}
# ...and for schemathesis' cases, by operation, building the case's coverage-phase examples at
# collection included (about 0.4 s an operation, 0.8 s a payment link): signed payment links have
# many constrained query parameters (629 coverage-phase cases each); the big request bodies come next.
OPERATION_COSTS = {
    "GET /payments/ideal": 4.5,
    # The other four links repeat ideal's inputs: ci sends them no coverage phase of their own
    # (profiles.Budget.repeat_coverage), which leaves their 15 generated cases (deep: 4.5 each).
    "GET /payments/bancontact": 1.5,
    "GET /payments/paypal": 1.5,
    "GET /payments/sofort": 1.5,
    "GET /payments/credit_card": 1.5,
    "POST /companies": 3.0,
    "POST /invoices": 2.6,
    "PUT /companies/{company_id}": 2.6,
    "PUT /invoices/{invoice_id}": 2.5,
    "GET /companies/{company_id}/tickets/{status}": 2.0,
    "POST /imports": 1.5,
    "GET /companies/{company_id}/imports": 1.4,
    "GET /companies/{company_id}": 1.35,
    "POST /invoices/{invoice_id}/credit_and_retract": 1.3,
    "GET /payments/{payment_id}": 1.2,
    "GET /imports/{import_id}": 1.2,
    "GET /payments/notifications": 1.2,
    "DELETE /invoices/{invoice_id}": 1.15,
    "GET /invoices/{invoice_id}/lines": 0.9,
}
QUICK_CASE = 0.02
ENV_SHARD = "CLUBCOLLECT_SHARD"
CONFORMANCE_TEST = "test_schema_conformance::test_operation_conforms_to_spec"
# Long tests whose names are known before collection (dealt out first, with the operations).
LONG_CASES = (
    "test_stateful_links::test_link_chains_conform_to_spec",
    "test_vendor_events::test_vendor_events_keep_invoice_consistent",
    "test_state_machine::test_server_matches_model",
)

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


class ShardError(ValueError):
    """A shard argument that is not ``K/N`` with 1 <= K <= N."""


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based, as people count CI matrix jobs
    count: int

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def parse_shard(text: str) -> Shard:
    found = _SHARD.match(text)
    if not found:
        raise ShardError(f"a shard is K/N (for example 1/4), got {text!r}")
    index, count = int(found.group(1)), int(found.group(2))
    if not 1 <= index <= count:
        raise ShardError(f"shard {index}/{count}: K must be between 1 and N")
    return Shard(index, count)


class Case(Protocol):
    """What the split needs of a pytest item."""

    @property
    def name(self) -> str: ...

    @property
    def nodeid(self) -> str: ...


def shard_from_env(environ: dict[str, str] | None = None) -> Shard | None:
    value = (os.environ if environ is None else environ).get(ENV_SHARD, "").strip()
    if not value:
        return None
    try:
        return parse_shard(value)
    except ShardError as error:
        raise ShardError(f"{ENV_SHARD}: {error}") from None


def case_id(item: Case, module: str) -> str:
    """A name for a case that is the same wherever and however the suite is imported."""
    parents = item.nodeid.split("::")[1:-1]  # test classes, if any
    return "::".join([module.rsplit(".", 1)[-1], *parents, item.name])


def conformance_case(operation_label: str) -> str:
    """The case name schemathesis gives an operation's test (label: ``GET /invoices/{invoice_id}``)."""
    return f"{CONFORMANCE_TEST}[{operation_label}]"


def first_cases(operation_labels: Iterable[str]) -> list[str]:
    """The costly cases, named before collection: dealt out before every other case."""
    return [conformance_case(label) for label in operation_labels] + list(LONG_CASES)


def estimated_cost(case: str) -> float:
    name = case.rsplit("::", 1)[-1]
    function, _, parameters = name.partition("[")
    base = COSTS.get(function, QUICK_CASE)
    if function == "test_operation_conforms_to_spec":
        base = OPERATION_COSTS.get(parameters.rstrip("]"), base)
    return base


def _tie_break(case: str) -> str:
    return hashlib.sha256(case.encode()).hexdigest()


def assign(cases: list[str], count: int, first: Iterable[str] = ()) -> dict[str, int]:
    """The shard (1-based) of every case of ``first`` and of ``cases``.

    ``first`` is dealt out before ``cases`` (whose members already in ``first`` keep their
    shard); within each, longest first, each case to the least loaded shard.
    """
    if len(set(cases)) != len(cases):
        duplicates = sorted({case for case in cases if cases.count(case) > 1})
        raise ShardError(f"cases with the same name cannot be split deterministically: {duplicates}")
    loads = [0.0] * count
    shard_of: dict[str, int] = {}
    early = list(dict.fromkeys(first))
    dealt_early = set(early)
    for group in (early, [case for case in cases if case not in dealt_early]):
        for case in sorted(group, key=lambda c: (-estimated_cost(c), _tie_break(c))):
            lightest = min(range(count), key=lambda i: (loads[i], i))
            shard_of[case] = lightest + 1
            loads[lightest] += estimated_cost(case)
    return shard_of
