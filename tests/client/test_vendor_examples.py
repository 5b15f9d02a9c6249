"""Every response example the vendor publishes is read by the client, as the answer of its own
operation and status, and agrees with the spec's schema for it (DECISIONS E).

The examples come from every page in every format: the 2020 renderings (``CLUBCOLLECT_DOCS_DIR``)
and the vendor's current page sources beside them. Only the repairs listed, with reasons, in
``vendor_example_repairs.yaml`` are made first: JSON syntax and ``"..."`` placeholders.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from clubcollect_client import AuthenticatedClient
from clubcollect_docs.tolerant_json import parse_example
from contract_tests.response_schema import validator_for
from contract_tests.vendor_examples import (
    FILL_KINDS,
    VendorExample,
    alternatives,
    answers,
    load_repairs,
    placeholder_at,
    strict_json_ok,
    vendor_examples,
)
from tests.vendor_docs import docs_dir_or_skip, docs_source_dir_or_skip

from .response_shapes import json_body_statuses, operation_modules, request_path, type_errors

CANARY = "canary0000deadbeef0000canary0000deadbeef"
CLIENT = AuthenticatedClient(base_url="https://clubcollect.test/api/v2", token=CANARY)
MODULES = operation_modules()
REPAIRS = load_repairs()
BODY_SCHEMAS = {(operation, status): schema for operation, status, schema in json_body_statuses()}


def _folders() -> list[Path]:
    return [docs_dir_or_skip(), docs_source_dir_or_skip()]


def _examples() -> list[VendorExample]:
    return [example for folder in _folders() for example in vendor_examples(folder)]


def read(example: VendorExample, body: Any) -> Any:
    request = httpx.Request("GET", f"https://clubcollect.test/api/v2{request_path(example.operation)}")
    response = httpx.Response(example.status, content=json.dumps(body).encode(), request=request)
    return MODULES[example.operation]._parse_response(client=CLIENT, response=response)


def test_both_folders_give_examples_of_every_page_and_the_changed_operations() -> None:
    examples = _examples()
    pages = {example.at.rsplit(":", 1)[0] for example in examples}
    # Every reference page of both folders (the guides and the webhook page show no answers).
    assert pages == {
        "import.txt",
        "invoice.txt",
        "invoice-line.txt",
        "ticket.md",
        *(
            f"api-documentation/{name}.md"
            for name in ("company", "import", "invoice", "invoice-line", "payments", "ticket")
        ),
    }
    documented = {(e.operation, e.status) for e in examples}
    assert {("transmit_import", 200), ("update_invoice", 200), ("list_company_imports", 200)} <= documented
    assert len(examples) > 70


def test_the_repairs_are_exactly_the_ones_needed() -> None:
    examples = {example.at: example for example in _examples()}
    assert set(REPAIRS.examples) <= set(examples), "repairs listed for examples that no page shows"
    for at, example in examples.items():
        repairs = REPAIRS.examples.get(at, {})
        assert set(repairs) <= {"syntax", *FILL_KINDS}, at
        assert ("syntax" in repairs) is not strict_json_ok(example.text), (
            f"{at}: syntax repair listed wrongly"
        )
        assert set(repairs.get("syntax", [])) <= set(REPAIRS.reasons["syntax"]), at
        values = alternatives(parse_example(example.text))
        for kind in FILL_KINDS:
            for path in repairs.get(kind, []):
                assert any(placeholder_at(value, path) for value in values), f"{at}: no placeholder at {path}"


def test_superseded_examples_are_gone_from_the_current_pages() -> None:
    current = {(e.operation, e.status) for e in vendor_examples(docs_source_dir_or_skip())}
    old = {e.at: e for e in vendor_examples(docs_dir_or_skip())}
    for at in REPAIRS.superseded:
        example = old[at]
        assert (example.operation, example.status) not in current, at
        assert (example.operation, example.status) not in BODY_SCHEMAS, at


@pytest.mark.parametrize("folder_kind", ["renderings", "sources"])
def test_every_example_is_read_into_the_model_of_its_own_operation_and_status(folder_kind: str) -> None:
    folder = docs_dir_or_skip() if folder_kind == "renderings" else docs_source_dir_or_skip()
    failures = []
    checked = 0
    for example in vendor_examples(folder):
        if example.at in REPAIRS.superseded:
            continue
        schema = BODY_SCHEMAS.get((example.operation, example.status))
        if schema is None:
            failures.append(f"{example.at}: {example.operation} documents no JSON answer {example.status}")
            continue
        validator = validator_for(schema, strict=False)
        for body in answers(example, REPAIRS):
            checked += 1
            try:
                model = read(example, body)
            except Exception as error:  # the point: any failure is reported
                failures.append(
                    f"{example.at} ({example.operation} {example.status}): {type(error).__name__}: {error}"
                )
                continue
            failures += [f"{example.at}: {problem}" for problem in type_errors(model)]
            failures += [
                f"{example.at}: the spec refuses /{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
                for e in validator.iter_errors(body)
            ]
    assert checked > 30
    assert failures == []
