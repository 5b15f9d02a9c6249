"""Malformed requests of every kind get a 4xx with an error code and change nothing (A5-A10)."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract_tests.profiles import scaled

from .conftest import API_KEY, COMPANY_ID, invoice_body
from .json_paths import json_paths

NewInvoice = Callable[..., dict[str, Any]]
JSON_HEADERS = {"Content-Type": "application/json"}


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"{",
        b"[]",
        b"3",
        b'"text"',
        b"null",
        b"\xff\xfe{}",
        b'{"a": NaN}',
        b'{"a": Infinity}',
        "\ufeff{}".encode(),
        '{"a": 1}'.encode("utf-16"),
        b"[" * 100_000,
        b'{"a": 1' + b"0" * 5000 + b"}",
    ],
    ids=[
        "empty",
        "truncated",
        "array",
        "number",
        "string",
        "null",
        "bad-utf8",
        "nan",
        "infinity",
        "bom",
        "utf16",
        "deep",
        "huge-int",
    ],
)
def test_malformed_json_is_400(api: httpx.Client, new_invoice: NewInvoice, raw: bytes) -> None:
    invoice = new_invoice()
    for method, path in [
        ("POST", "/invoices"),
        ("PUT", f"/invoices/{invoice['invoice_id']}"),
        ("POST", "/imports"),
        ("PUT", f"/imports/{invoice['import_id']}"),
        ("POST", "/companies"),
        ("POST", f"/invoices/{invoice['invoice_id']}/tickets"),
        ("POST", f"/invoices/{invoice['invoice_id']}/credit_and_retract"),
    ]:
        response = api.request(method, path, content=raw, headers=JSON_HEADERS)
        assert (response.status_code, response.json()) == (400, {"error": "invalid_json"}), path
    assert api.get(f"/invoices/{invoice['invoice_id']}").json() == invoice


def test_body_over_one_mebibyte_is_413(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice = new_invoice()
    body = invoice_body(invoice["import_id"], reference="x" * (1024 * 1024))
    response = api.post("/invoices", json=body)
    assert (response.status_code, response.json()) == (413, {"error": "request_too_large"})
    streamed = api.post("/invoices", content=iter([b"{" + b" " * (1024 * 1024)]), headers=JSON_HEADERS)
    assert (streamed.status_code, streamed.json()) == (413, {"error": "request_too_large"})
    assert api.get(f"/imports/{invoice['import_id']}").json()["invoice_ids"] == [invoice["invoice_id"]]


def test_body_just_under_the_limit_is_read(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice = new_invoice()
    padded = b'{"external_invoice_number": "E", "reference": "ok"' + b" " * (1024 * 1024 - 80) + b"}"
    response = api.put(f"/invoices/{invoice['invoice_id']}", content=padded, headers=JSON_HEADERS)
    assert (response.status_code, response.json()["reference"]) == (200, "ok")


def test_unknown_paths_and_methods(api: httpx.Client, root_url: str) -> None:
    for path in ["/nothing", "/invoices/", "/imports/x/y/z", "/companies"]:
        response = api.get(path)
        if path == "/companies":
            assert (response.status_code, response.json()) == (405, {"error": "method_not_allowed"})
        else:
            assert (response.status_code, response.json()) == (404, {"error": "not_found"}), path
    with httpx.Client(trust_env=False) as plain:
        assert plain.get(f"{root_url}/api/v1/invoices").json() == {"error": "not_found"}
    response = api.patch("/invoices/" + "a" * 40)
    assert (response.status_code, response.json()) == (405, {"error": "method_not_allowed"})
    assert set(response.headers["allow"].replace(" ", "").split(",")) == {"GET", "HEAD", "PUT", "DELETE"}


def test_booleans_and_floats_are_not_integers(api: httpx.Client, new_invoice: NewInvoice) -> None:
    invoice = new_invoice()
    for total in (True, 9000.5, 1e308):
        body = invoice_body(invoice["import_id"], amounts=(1,), amount_total_cents=total)
        assert api.post("/invoices", json=body).json() == {"error": "invalid_amount_total_cents"}
    body = invoice_body(invoice["import_id"], amounts=(1,))
    body["invoice_lines"][0]["amount_cents"] = 1.0
    assert api.post("/invoices", json=body).json() == {"error": "invalid_request"}
    assert (
        api.put(f"/imports/{invoice['import_id']}", json={"expected_invoices_count": False}).status_code
        == 422
    )


# -- never a 500 --------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
    max_leaves=12,
)
FIELD_NAMES = [
    "import_id",
    "external_invoice_number",
    "customer",
    "invoice_lines",
    "amount_total_cents",
    "company_id",
    "title",
    "expected_invoices_count",
    "message",
    "description",
    "name",
    "brand",
    "locale",
    "direct_debit_iban",
    "amount_cents",
    "invoice_line_id",
    "date",
    "name",
    "email",
    "email_address",
    "last_name",
    "phone",
    "address",
    "retraction_reason",
    "payment_method",
    "kind",
    "type",
    "target",
    "in_progress",
    "latency_ms",
    "fail_next",
    "vat_percentage",
]
plausible_objects = st.recursive(
    st.dictionaries(st.sampled_from(FIELD_NAMES), json_values, max_size=6),
    lambda inner: st.dictionaries(st.sampled_from(FIELD_NAMES), inner | json_values, max_size=5),
    max_leaves=8,
)
bodies = st.one_of(
    st.binary(max_size=64),
    json_values.map(lambda value: json.dumps(value).encode()),
    plausible_objects.map(lambda value: json.dumps(value).encode()),
)
ID_CHOICES = ["a" * 40, "not-an-id", "%00", "0" * 40, "..", "é"]
TEMPLATES = [
    ("GET", "/api/v2/companies/{id}"),
    ("PUT", "/api/v2/companies/{id}"),
    ("POST", "/api/v2/companies"),
    ("GET", "/api/v2/imports/{id}"),
    ("PUT", "/api/v2/imports/{id}"),
    ("DELETE", "/api/v2/imports/{id}"),
    ("POST", "/api/v2/imports"),
    ("PUT", "/api/v2/imports/{id}/transmit"),
    ("GET", "/api/v2/companies/{id}/imports"),
    ("GET", "/api/v2/invoices/{id}"),
    ("PUT", "/api/v2/invoices/{id}"),
    ("DELETE", "/api/v2/invoices/{id}"),
    ("POST", "/api/v2/invoices"),
    ("POST", "/api/v2/invoices/{id}/credit_and_retract"),
    ("GET", "/api/v2/invoices/{id}/lines"),
    ("GET", "/api/v2/invoices/{id}/tickets"),
    ("POST", "/api/v2/invoices/{id}/tickets"),
    ("POST", "/api/v2/invoices/{id}/tickets/actions/archive"),
    ("POST", "/api/v2/invoices/{id}/tickets/actions/assign_to_support"),
    ("GET", "/api/v2/companies/{id}/tickets/{status}"),
    ("PATCH", "/api/v2/invoices/{id}"),
    ("POST", "/_mock/partners"),
    ("PUT", "/_mock/faults"),
    ("POST", "/_mock/invoices/{id}/payments"),
    ("POST", "/_mock/invoices/{id}/chargebacks"),
    ("POST", "/_mock/invoices/{id}/fees"),
    ("POST", "/_mock/invoices/{id}/donations"),
    ("POST", "/_mock/invoices/{id}/customer-tickets"),
    ("POST", "/_mock/invoices/{id}/messages"),
    ("POST", "/_mock/invoices/{id}/payment-in-progress"),
]


@settings(
    max_examples=scaled(400), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    template=st.sampled_from(TEMPLATES),
    id_choice=st.sampled_from([*ID_CHOICES, "real"]),
    status=st.sampled_from(["answered", "archived", "unanswered", "x"]),
    body=bodies,
    query=st.dictionaries(
        st.sampled_from(["page_number", "page_size", "api_key"]), st.text(max_size=12), max_size=2
    ),
    content_type=st.sampled_from(["application/json", "text/plain", "", "application/json; charset=latin-1"]),
)
def test_never_a_server_error(
    api: httpx.Client,
    new_invoice: NewInvoice,
    template: tuple[str, str],
    id_choice: str,
    status: str,
    body: bytes,
    query: dict[str, str],
    content_type: str,
) -> None:
    method, path = template
    if id_choice == "real":
        invoice = new_invoice()
        real = {"companies": COMPANY_ID, "imports": invoice["import_id"]}
        id_choice = next((value for key, value in real.items() if f"/{key}/" in path), invoice["invoice_id"])
    if path.startswith("/_mock/faults"):
        body = b"{}"  # keep faults off so later examples still reach the handlers
    url = api.base_url.copy_with(path=path.format(id=id_choice, status=status))
    response = api.request(method, url, content=body, params=query, headers={"Content-Type": content_type})
    assert 200 <= response.status_code < 500, (response.status_code, response.text)
    if response.status_code >= 400:
        payload = response.json()
        assert isinstance(payload.get("error", payload.get("errors")), str)


def _replace(document: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = new
    return copy


def _valid_requests(invoice: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """A create and an update that succeed as they are, to be mutated by the property test."""
    line_id = "L-" + secrets.token_hex(8)  # fresh per call: line ids are unique per partner
    create = invoice_body(
        invoice["import_id"],
        reference="r",
        invoice_lines=[
            {
                "amount_cents": 500,
                "description": "Fee",
                "date": "2024-01-01T00:00:00Z",
                "invoice_line_id": line_id,
            },
            {"amount_cents": -100},
        ],
        amount_total_cents=400,
    )
    create["customer"]["address"] = {"address1": "Main", "city": "Delft"}
    update = {
        "external_invoice_number": "E-2",
        "reference": "x",
        "customer": {"name": {"first_name": "A"}, "phone": {"phone_number": "1"}},
    }
    return [("POST", "/invoices", create), ("PUT", f"/invoices/{invoice['invoice_id']}", update)]


def test_unmutated_requests_succeed(api: httpx.Client, new_invoice: NewInvoice) -> None:
    for method, path, body in _valid_requests(new_invoice()):
        assert api.request(method, path, json=body).status_code == 200, path


@settings(
    max_examples=scaled(200), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), replacement=json_values)
def test_mutated_valid_bodies_never_break_the_invariants(
    api: httpx.Client, new_invoice: NewInvoice, data: st.DataObject, replacement: Any
) -> None:
    for method, path, body in _valid_requests(new_invoice()):
        mutated = _replace(body, data.draw(st.sampled_from(json_paths(body))), replacement)
        response = api.request(method, path, content=json.dumps(mutated).encode(), headers=JSON_HEADERS)
        assert response.status_code in (200, 400, 422), (response.status_code, response.text)
        if response.status_code != 200:
            continue
        answer = response.json()
        assert answer["amount_total_cents"] == sum(line["amount_cents"] for line in answer["invoice_lines"])
        assert api.get(f"/invoices/{answer['invoice_id']}").json() == answer


@pytest.mark.parametrize("path", ["/api/v2/invoices", "/api/v2/imports"])
def test_client_hanging_up_mid_body_is_no_server_error(
    api: httpx.Client, root_url: str, caplog: pytest.LogCaptureFixture, path: str
) -> None:
    import socket
    import time

    host, port = root_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(
            f"POST {path} HTTP/1.1\r\nHost: x\r\nAuthorization: ApiKey {API_KEY}\r\n"
            'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a": '.encode()
        )
    time.sleep(0.2)
    assert api.get(f"/companies/{COMPANY_ID}").status_code == 200
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


def test_integers_past_64_bits_are_out_of_range_not_rounded(
    api: httpx.Client, new_invoice: NewInvoice
) -> None:
    # Read exactly (never as a float), then refused by the bounds rules with the field's code.
    invoice = new_invoice()
    huge = 20000000000000000001
    body = invoice_body(invoice["import_id"], amounts=(1,), amount_total_cents=huge)
    assert api.post("/invoices", json=body).json() == {"error": "invalid_amount_total_cents"}
    body = invoice_body(invoice["import_id"], amounts=(1,))
    body["invoice_lines"][0]["amount_cents"] = -huge
    assert api.post("/invoices", json=body).json() == {"error": "invalid_request"}
    refused = api.put(f"/imports/{invoice['import_id']}", json={"expected_invoices_count": huge})
    assert (refused.status_code, refused.json()) == (422, {"error": "invalid_request"})
    assert api.get(f"/imports/{invoice['import_id']}").json()["invoice_ids"] == [invoice["invoice_id"]]
