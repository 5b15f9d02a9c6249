"""Unit tests of the suite's own parts: redaction, baseline matching, enum closing, targets, budgets."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from contract_tests import profiles
from contract_tests.api import Api, Exchange, pooled_session
from contract_tests.baseline import BaselineEntry, load_baseline, match
from contract_tests.divergence import DivergenceError, Registry
from contract_tests.payments import RESULT_NAMES, RETURN_URL, check_result_signature, signature
from contract_tests.recorder import Recorder
from contract_tests.redaction import FILTERED, curl_command, scrub
from contract_tests.spec import (
    close_open_enums,
    documented_errors,
    judge_strictly,
    load_raw_spec,
    operation_for,
)
from contract_tests.target import Credentials, Target, target_from_env
from tests.contract_selftest.test_payment_calls import RESULT

KEY = "0123456789abcdef0123456789abcdef01234567"


def test_curl_filters_header_and_query_keys() -> None:
    curl = curl_command(
        "GET",
        f"http://127.0.0.1:1/api/v2/companies/x?api_key={KEY}&page_size=2",
        {"Authorization": f"ApiKey {KEY}", "Content-Type": "application/json"},
        None,
    )
    assert KEY not in curl
    assert f"api_key={FILTERED}" in curl and f"Authorization: {FILTERED}" in curl
    assert "page_size=2" in curl


def test_scrub_removes_known_secrets_and_apikey_values() -> None:
    assert KEY not in scrub(f"sent {KEY} twice: {KEY}", [KEY])
    assert scrub("Authorization: ApiKey abc123") == f"Authorization: ApiKey {FILTERED}"


def test_huge_body_reproduced_by_a_generator() -> None:
    curl = curl_command("POST", "http://127.0.0.1:1/x", {}, b'{"padding": "' + b"x" * 10_000 + b'"}')
    assert curl.startswith("python3 -c") and "--data-binary @-" in curl and len(curl) < 400


def test_close_open_enums_drops_only_the_string_fallback() -> None:
    schema: dict[str, Any] = {
        "properties": {
            "type": {"x-open-enum": True, "anyOf": [{"$ref": "#/x"}, {"type": "string"}, {"type": "null"}]},
            "other": {"anyOf": [{"$ref": "#/y"}, {"type": "string"}]},
        }
    }
    assert close_open_enums(schema) == 1
    assert schema["properties"]["type"]["anyOf"] == [{"$ref": "#/x"}, {"type": "null"}]
    assert len(schema["properties"]["other"]["anyOf"]) == 2


def test_the_judge_is_stricter_than_the_reader() -> None:
    """A18, B7: tolerated response forms and fields some vendor example omits are divergences."""
    from contract_tests.response_schema import problems

    company_import = {
        "company_id": "c" * 40,
        "import_id": "a" * 40,
        "title": None,
        "transmitted": "true",
        "transmitted_at": "2019-09-116T15:53:08Z",
    }
    body = {"imports": [company_import], "page": {"page_number": 1, "total_pages": 1}}
    found = problems("list_company_imports", 200, "application/json", json.dumps(body).encode())
    assert any("transmitted" in p and "true" in p for p in found), found
    assert any("page_size" in p for p in found), found
    fixed = {**company_import, "transmitted": True, "transmitted_at": None}
    good = {
        "imports": [fixed],
        "page": {"page_number": 1, "page_size": 30, "total_entries": 1, "total_pages": 1},
    }
    assert problems("list_company_imports", 200, "application/json", json.dumps(good).encode()) == []


def test_the_judge_keeps_the_tolerated_request_forms() -> None:
    document = copy.deepcopy(load_raw_spec())
    judge_strictly(document)
    schemas = document["components"]["schemas"]
    assert any(option.get("x-tolerated") for option in schemas["LocaleRequest"]["anyOf"])
    assert any(option.get("x-tolerated") for option in schemas["ExpectedInvoicesCount"]["anyOf"])
    line = schemas["InvoiceLine"]
    assert "type" in line["required"] and "payment_method" not in line["required"]  # D1: may be absent
    assert "invoice_id" in schemas["Invoice"]["required"]


def test_operation_lookup_prefers_literal_segments() -> None:
    document = {
        "paths": {
            "/companies/{company_id}": {"get": {"operationId": "get_company"}},
            "/companies/{company_id}/imports": {"get": {"operationId": "list_company_imports"}},
        }
    }
    assert operation_for(document, "GET", "/companies/abc/imports") == "list_company_imports"
    assert operation_for(document, "GET", "/companies/abc") == "get_company"
    assert operation_for(document, "DELETE", "/companies/abc") == "DELETE /companies/abc"


def test_documented_errors_reads_error_enums_through_refs() -> None:
    document = {
        "paths": {
            "/imports/{id}": {
                "get": {
                    "operationId": "get_import",
                    "responses": {
                        "404": {
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/E"}}}
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "E": {
                    "properties": {
                        "errors": {"anyOf": [{"$ref": "#/components/schemas/C"}, {"type": "string"}]}
                    }
                },
                "C": {"enum": ["invalid_import_id"]},
            }
        },
    }
    [found] = documented_errors(document)
    assert (found.operation_id, found.status, found.key, found.code) == (
        "get_import",
        404,
        "errors",
        "invalid_import_id",
    )


def test_baseline_matches_operation_kind_text_and_target(tmp_path: Path) -> None:
    path = tmp_path / "baseline.yaml"
    path.write_text(
        "divergences:\n"
        "  - {operation: 'create_*', kind: negative_data_rejection, contains: ': null', reason: r1,"
        " targets: [embedded]}\n",
        encoding="utf-8",
    )
    entries = load_baseline(path)
    assert match(entries, "create_import", "negative_data_rejection", '{"title": null}', "embedded")
    assert not match(entries, "create_import", "negative_data_rejection", '{"title": null}', "remote")
    assert not match(entries, "create_import", "negative_data_rejection", '{"title": 1}', "embedded")
    assert not match(entries, "get_import", "negative_data_rejection", '{"title": null}', "embedded")
    # An entry excuses only its own kind of divergence on that operation.
    for other_kind in ("status_code_conformance", "response_schema_conformance", "negative"):
        assert not match(entries, "create_import", other_kind, '{"title": null}', "embedded")
    wildcard = load_baseline_text(tmp_path, "{operation: create_import, kind: 'response_*', reason: r2}")
    assert match(wildcard, "create_import", "response_schema_conformance", "", "remote")
    assert not match(wildcard, "create_import", "status_code_conformance", "", "remote")


def load_baseline_text(folder: Path, entry: str) -> list[BaselineEntry]:
    path = folder / "one-entry.yaml"
    path.write_text(f"divergences:\n  - {entry}\n", encoding="utf-8")
    return load_baseline(path)


def test_baseline_entries_need_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "baseline.yaml"
    path.write_text("divergences:\n  - {operation: x, kind: y}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="reason"):
        load_baseline(path)


def test_env_target_and_kinds() -> None:
    assert target_from_env({}) is None
    with pytest.raises(RuntimeError, match="CLUBCOLLECT_API_KEY"):
        target_from_env({"CLUBCOLLECT_BASE_URL": "http://127.0.0.1:1/api/v2"})
    remote = target_from_env(
        {
            "CLUBCOLLECT_BASE_URL": "https://sandbox.clubcollect.com/api/v2/",
            "CLUBCOLLECT_API_KEY": KEY,
            "CLUBCOLLECT_COMPANY_ID": "c" * 40,
        }
    )
    assert (
        remote is not None
        and remote.kind == "remote"
        and remote.root_url == "https://sandbox.clubcollect.com"
    )
    assert KEY not in repr(remote)
    local = Target("http://localhost:8080/api/v2", Credentials(KEY, "c" * 40))
    assert local.kind == "local" and local.is_local


def test_remote_budget_is_capped_and_rate_limited() -> None:
    deep = profiles.budget("deep", remote=True)
    assert deep.max_examples <= profiles.REMOTE_CAP.max_examples and deep.rate_limit is not None
    assert deep.operation_examples <= profiles.REMOTE_CAP.operation_examples
    assert deep.stateful_examples <= profiles.REMOTE_CAP.stateful_examples
    assert deep.link_runs <= profiles.REMOTE_CAP.link_runs < profiles.BUDGETS["deep"].link_runs
    assert profiles.budget("ci", remote=False).rate_limit is None
    # A repeated payment link's 629 coverage cases at 5 requests a second: two minutes each.
    assert not deep.repeat_coverage and profiles.BUDGETS["deep"].repeat_coverage


def test_loaded_schema_gets_rate_limit_base_url_and_seed() -> None:
    from contract_tests.schema import load_schema

    loaded = load_schema(KEY, rate_limit="5/s")
    assert loaded.schema.config.rate_limit is not None
    loaded.aim(Target("http://127.0.0.1:9/api/v2", Credentials(KEY, "c" * 40)), seed=7)
    assert loaded.schema.config.base_url == "http://127.0.0.1:9/api/v2"
    assert loaded.config.seed == 7
    assert KEY not in repr(loaded)


def test_rate_limiter_spaces_requests() -> None:
    import time

    from contract_tests.api import RateLimiter

    limiter = RateLimiter(20.0)
    start = time.monotonic()
    for _ in range(5):
        limiter.wait()
    assert time.monotonic() - start >= 4 / 20 - 0.01
    unlimited = RateLimiter(None)
    start = time.monotonic()
    for _ in range(100):
        unlimited.wait()
    assert time.monotonic() - start < 0.05


def test_pooled_session_reads_proxy_and_ca_settings_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/partner-ca.pem")
    with pooled_session("https://sandbox.example/api/v2") as remote:
        assert remote.proxies["https"] == "http://proxy.example:3128"
        assert remote.verify == "/etc/partner-ca.pem"
        assert remote.trust_env is False  # nothing read per call, no .netrc login
    with pooled_session("http://127.0.0.1:8080/api/v2") as local:
        assert "http" not in local.proxies and "https" not in local.proxies


def test_the_field_name_probe_descends_into_nested_request_objects() -> None:
    """A8 holds at every depth: the probe must list ``customer.name``, ``customer.address``... too.

    A probe that stopped at the top level would pass against a server that accepts any
    misspelled field inside ``customer``.
    """
    from contract_tests.factories import customer, invoice_body
    from contract_tests.test_field_names import _request_schema, closed_objects, declared_closed_objects

    nested = [
        ("customer",),
        ("customer", "name"),
        ("customer", "email"),
        ("customer", "phone"),
        ("customer", "address"),
    ]
    schema = _request_schema("create_invoice")
    body = invoice_body("import-id", customer=customer(phone=True, address=True))
    assert [path for path, _ in closed_objects(schema, body)] == [(), *nested]
    assert sorted(declared_closed_objects(schema)) == sorted([(), *nested])
    update = {"external_invoice_number": "EXT-1", "customer": customer(phone=True, address=True)}
    assert [path for path, _ in closed_objects(_request_schema("update_invoice"), update)] == [(), *nested]
    # what a nested object allows is its own schema's, not the body's
    closed = dict(closed_objects(schema, body))
    assert set(closed[("customer", "name")]["properties"]) >= {"first_name", "last_name"}
    assert "import_id" not in closed[("customer", "address")]["properties"]


def test_the_field_name_probe_only_lists_objects_the_body_holds() -> None:
    """An absent optional object is not probed (its path would not exist in the body)."""
    from contract_tests.factories import invoice_body
    from contract_tests.test_field_names import _request_schema, closed_objects

    paths = [path for path, _ in closed_objects(_request_schema("create_invoice"), invoice_body("import-id"))]
    assert paths == [(), ("customer",), ("customer", "name"), ("customer", "email")]


# ----------------------------------------------------------------- payment results (P4)


@pytest.fixture
def offline_api() -> Iterator[Api]:
    """An Api that never sends anything; its divergences go to a registry of its own."""
    recorder = Recorder("embedded", baseline=[], secrets=[], registry=Registry())
    api = Api(Target("http://127.0.0.1:9/api/v2", Credentials(KEY, "c" * 40)), recorder)
    yield api
    api.close()


def result_divergences(api: Api, query: dict[str, str]) -> list[str]:
    """The kinds of divergence ``check_result_signature`` records for a redirect carrying ``query``."""
    location = f"{RETURN_URL}&{urlencode(query)}"
    exchange = Exchange(
        "start_ideal_payment",
        httpx.Request("GET", "http://127.0.0.1:9/api/v2/payments/ideal"),
        httpx.Response(302, headers={"location": location}),
    )
    try:
        check_result_signature(api, exchange, location)
    except DivergenceError as error:
        return [divergence.kind for divergence in error.divergences]
    return []


def test_the_result_check_accepts_a_result_signed_over_the_six_names(offline_api: Api) -> None:
    """The refusals below are due to the signature: the same result, rightly signed, passes."""
    assert sorted(RESULT) == sorted(RESULT_NAMES)
    assert result_divergences(offline_api, {**RESULT, "signature": signature(RESULT, KEY)}) == []


def _wrong_signatures() -> dict[str, dict[str, str]]:
    good = signature(RESULT, KEY)
    return {
        "missing": dict(RESULT),
        "empty": {**RESULT, "signature": ""},
        "another key's": {**RESULT, "signature": signature(RESULT, "f" * 40)},
        "one digit changed": {**RESULT, "signature": good[:-1] + ("0" if good[-1] != "0" else "1")},
        "cut short": {**RESULT, "signature": good[:32]},
        "over another result": {**RESULT, "payment_result": "refused", "signature": good},
        "not hex": {**RESULT, "signature": "x" * 64},
    }


WRONG_SIGNATURES = _wrong_signatures()


@pytest.mark.parametrize("query", WRONG_SIGNATURES.values(), ids=WRONG_SIGNATURES.keys())
def test_the_result_check_refuses_a_result_without_a_valid_signature(
    offline_api: Api, query: dict[str, str]
) -> None:
    """P4: an unsigned (or badly signed) result could be forged by anyone; the suite must say so."""
    assert result_divergences(offline_api, query) == ["rule:payment-result-signed"]
