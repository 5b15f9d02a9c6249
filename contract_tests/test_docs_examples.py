"""The vendor's own response examples, judged by the strict contract (DECISIONS A18, B1, B7, E).

Each example is compared with the schema of its own operation and status, never with whichever
schema happens to accept it. Where the vendor's example departs from the strict contract (a
string `"true"` for a boolean, a field it leaves out) that is a divergence like any other: the
run fails unless `baseline.yaml` accepts it with a reason. The client reads all of them anyway
(tests/client/test_vendor_examples.py): tolerant reader, strict judge.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clubcollect_docs.locations import DOCS_DIR_VARIABLE, DOCS_SOURCE_DIR_VARIABLE, docs_dir, docs_source_dir
from contract_tests.divergence import Divergence
from contract_tests.recorder import Recorder
from contract_tests.response_schema import problems
from contract_tests.vendor_examples import answers, load_repairs, vendor_examples

REPAIRS = load_repairs()
KIND = "docs-example"


def _folder(which: str, recorder: Recorder) -> Path:
    if which == "renderings":
        folder, pages, variable = docs_dir(), "rendered pages", DOCS_DIR_VARIABLE
    else:
        folder, pages = docs_source_dir(), "page sources"
        variable = f"{DOCS_SOURCE_DIR_VARIABLE}, or {DOCS_DIR_VARIABLE} beside them"
    if not folder.is_dir():
        why = f"the vendor's {pages} are not at {folder} (set {variable})"
        recorder.registry.kind_skipped(KIND, why)
        pytest.skip(why)
    recorder.registry.kind_checked(KIND)
    return folder


def divergences_of(folder: Path) -> list[Divergence]:
    found = []
    for example in vendor_examples(folder):
        if example.at in REPAIRS.superseded:
            continue
        for body in answers(example, REPAIRS):
            for problem in problems(
                example.operation, example.status, "application/json", json.dumps(body).encode()
            ):
                found.append(
                    Divergence(
                        operation=example.operation,
                        kind=KIND,
                        title=f"the vendor's example at {example.at} ({example.status}): {problem}",
                        detail=json.dumps(body)[:2000],
                        curl=f"# vendor page {example.at}",
                        signature=f"{example.at}: {problem}",
                    )
                )
    return found


@pytest.mark.parametrize("which", ["renderings", "sources"])
def test_vendor_examples_keep_to_the_contract_of_their_own_operation(recorder: Recorder, which: str) -> None:
    recorder.record(divergences_of(_folder(which, recorder)))
