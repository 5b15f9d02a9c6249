"""CLUBCOLLECT_SHARD=K/N (`clubcollect contract --shard`): a deterministic, disjoint, complete split."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.shards import Shard, ShardError, assign, estimated_cost, parse_shard

REPO_ROOT = Path(__file__).resolve().parents[2]
LISTER = "tests.toolkit.case_lister"


def test_parse_shard_reads_k_of_n() -> None:
    assert parse_shard("2/5") == Shard(2, 5)
    assert parse_shard(" 1 / 1 ") == Shard(1, 1)
    assert str(Shard(3, 4)) == "3/4"


@pytest.mark.parametrize("text", ["0/2", "3/2", "1/0", "2", "a/b", "1/2/3", "-1/2", ""])
def test_parse_shard_refuses_anything_else(text: str) -> None:
    with pytest.raises(ShardError):
        parse_shard(text)


CASES = [f"test_rules::test_rule[{i}]" for i in range(40)] + [
    "test_stateful_links::test_link_chains_conform_to_spec",
    "test_schema_conformance::test_operation_conforms_to_spec[GET /payments/ideal]",
    "test_schema_conformance::test_operation_conforms_to_spec[POST /invoices]",
    "test_schema_conformance::test_operation_conforms_to_spec[GET /imports/{import_id}]",
]


@pytest.mark.parametrize("count", [1, 2, 3, 7, 60])
def test_every_case_lands_in_exactly_one_shard(count: int) -> None:
    shard_of = assign(CASES, count)
    assert sorted(shard_of) == sorted(CASES)
    assert set(shard_of.values()) <= set(range(1, count + 1))


def test_the_split_does_not_depend_on_collection_order() -> None:
    assert assign(CASES, 3) == assign(list(reversed(CASES)), 3)


def test_the_costly_cases_are_spread_over_the_shards() -> None:
    shard_of = assign(CASES, 2)
    loads = [sum(estimated_cost(c) for c in CASES if shard_of[c] == k) for k in (1, 2)]
    assert abs(loads[0] - loads[1]) <= max(estimated_cost(c) for c in CASES)


def test_cases_dealt_first_keep_their_shard_whatever_else_is_collected() -> None:
    first = CASES[-4:]
    early = assign([], 2, first=first)
    for collected in (CASES, CASES[:10] + first, first[:2]):
        shard_of = assign(collected, 2, first=first)
        assert all(shard_of[case] == early[case] for case in first)
        assert set(collected) <= set(shard_of)


def test_cases_with_one_name_cannot_be_split() -> None:
    with pytest.raises(ShardError, match="same name"):
        assign(["m::t", "m::t"], 2)


def _collected(tmp_path: Path, shard: str | None) -> list[str]:
    """The case names the real suite collects (optionally one shard), from a pytest of its own."""
    out = tmp_path / f"cases-{(shard or 'all').replace('/', '-')}.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLUBCOLLECT_", "PYTEST_"))}
    env.update(CLUBCOLLECT_REPORT_DIR=str(tmp_path), CASE_LIST=str(out), PYTHONDONTWRITEBYTECODE="")
    command = [sys.executable, "-m", "pytest", "contract_tests", "-c", "contract_tests/suite.ini"]
    command += ["--rootdir", "contract_tests", "--collect-only", "-q", "-p", LISTER]
    if shard:
        env["CLUBCOLLECT_SHARD"] = shard
    done = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out.read_text(encoding="utf-8").splitlines()


@pytest.mark.slow
def test_the_shards_of_the_real_suite_partition_its_cases(tmp_path: Path) -> None:
    every = _collected(tmp_path, None)
    first, second = _collected(tmp_path, "1/2"), _collected(tmp_path, "2/2")
    assert len(every) > 400 and len(set(every)) == len(every)
    assert not set(first) & set(second)
    assert sorted(first + second) == sorted(every)
    # Both halves hold real work: the stateful run and the costliest operations are split up.
    assert first and second
    links = "test_stateful_links::test_link_chains_conform_to_spec"
    payments = [case for case in every if "[GET /payments/" in case and "{" not in case]
    owner = first if links in first else second
    assert any(case not in owner for case in payments)
