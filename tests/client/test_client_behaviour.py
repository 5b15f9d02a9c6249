"""What the generated client promises, through httpx.MockTransport: no network, no real sleeps."""

from __future__ import annotations

import json
import logging
import socket
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from clubcollect_client import DEFAULT_TIMEOUT, AuthenticatedClient, RetryPolicy, errors
from clubcollect_client.api.imports import create_import, get_import
from clubcollect_client.api.invoices import create_invoice, get_invoice
from clubcollect_client.models import (
    CreateImportRequest,
    GetInvoiceNotFoundError,
    Invoice,
    LineSubtype,
    LineType,
)

CANARY = "canary0000deadbeef0000canary0000deadbeef"
BASE = "https://clubcollect.test/api/v2"
INVOICE_ID = "0" * 39 + "1"
IMPORT_ID = "a" * 40
COMPANY_ID = "c" * 40
ADDRESS_FIELDS = (
    "address1",
    "address2",
    "locality",
    "house_number",
    "house_number_extension",
    "state",
    "zipcode",
    "city",
    "country_code",
)
FAST_RETRIES = RetryPolicy(max_retries=2, backoff_base=0.0, jitter=False)

Handler = Callable[[httpx.Request], httpx.Response]


def client_with(handler: Handler, **kwargs: Any) -> AuthenticatedClient:
    kwargs.setdefault("retry", FAST_RETRIES)
    return AuthenticatedClient(
        base_url=BASE, token=CANARY, httpx_args={"transport": httpx.MockTransport(handler)}, **kwargs
    )


def invoice_body(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "invoice_id": INVOICE_ID,
        "import_id": IMPORT_ID,
        "external_invoice_number": "2026-0001",
        "reference": None,
        "invoice_number": "1001",
        "direct_debit_iban": None,
        "federation_membership_number": None,
        "club_membership_number": None,
        "member_external_id": None,
        "external_membership_number": None,
        "locale": "nl",
        "customer": {
            "name": {
                "prefix": None,
                "first_name": "Anna",
                "infix": None,
                "last_name": "Jansen",
                "organization": None,
            },
            "address": dict.fromkeys(ADDRESS_FIELDS),
            "email": {"email_address": "anna@example.com"},
            "phone": {"phone_number": None, "country_code": None},
        },
        "invoice_lines": [
            {
                "invoice_line_id": "b" * 40,
                "type": "INVOICE-LINE",
                "subtype": None,
                "amount_cents": 1000,
                "description": "Membership",
                "date": "2026-01-01T10:00:00+00:00",
            }
        ],
        "amount_total_cents": 1000,
        "messages": [],
        "tickets": [],
        "retracted_at": None,
        "retraction_reason": None,
        "show_retraction_reason_to_customer": False,
    }
    body.update(overrides)
    return body


def json_response(status: int, body: object, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json", **headers}
    )


class Recorder:
    """A MockTransport handler answering from a queue, remembering every request."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def test_key_is_not_in_repr_or_str() -> None:
    client = AuthenticatedClient(base_url=BASE, token=CANARY)
    assert CANARY not in repr(client)
    assert CANARY not in str(client)


def test_default_timeout_is_finite() -> None:
    client = AuthenticatedClient(base_url=BASE, token=CANARY)
    timeout = client.get_httpx_client().timeout
    assert timeout == DEFAULT_TIMEOUT
    assert timeout.read is not None and timeout.connect is not None


def test_timeout_is_configurable() -> None:
    client = AuthenticatedClient(base_url=BASE, token=CANARY, timeout=httpx.Timeout(2.5))
    assert client.get_httpx_client().timeout == httpx.Timeout(2.5)


def test_header_auth_is_the_default() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    get_invoice.sync(client=client_with(recorder), invoice_id=INVOICE_ID)
    (request,) = recorder.requests
    assert request.headers["Authorization"] == f"ApiKey {CANARY}"
    assert "api_key" not in request.url.params
    assert request.headers["User-Agent"].startswith("clubcollect-client/")


def test_query_auth_only_when_asked() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    get_invoice.sync(client=client_with(recorder, auth_location="query"), invoice_id=INVOICE_ID)
    (request,) = recorder.requests
    assert request.url.params["api_key"] == CANARY
    assert "Authorization" not in request.headers


def test_httpx_logs_never_show_the_key(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    with caplog.at_level(logging.DEBUG):
        get_invoice.sync(client=client_with(recorder, auth_location="query"), invoice_id=INVOICE_ID)
    assert "HTTP Request" in caplog.text  # httpx did log the URL ...
    assert CANARY not in caplog.text  # ... without the key


def test_documented_error_is_a_typed_value_by_default() -> None:
    recorder = Recorder(json_response(404, {"error": "invalid_invoice_id"}))
    parsed = get_invoice.sync(client=client_with(recorder), invoice_id=INVOICE_ID)
    assert isinstance(parsed, GetInvoiceNotFoundError)
    assert parsed.error == "invalid_invoice_id"


def test_raising_mode_raises_one_class_per_code() -> None:
    recorder = Recorder(json_response(404, {"error": "invalid_invoice_id"}))
    with pytest.raises(errors.InvalidInvoiceId) as caught:
        get_invoice.sync(
            client=client_with(recorder, raise_on_error=True, auth_location="query"), invoice_id=INVOICE_ID
        )
    err = caught.value
    assert isinstance(err, errors.ClubCollectError)
    assert (err.status_code, err.error_code, err.method) == (404, "invalid_invoice_id", "GET")
    assert err.path == f"/api/v2/invoices/{INVOICE_ID}"
    assert CANARY not in str(err) and CANARY not in repr(err)


def test_plural_errors_key_maps_too() -> None:
    recorder = Recorder(json_response(404, {"errors": "invalid_import_id"}))
    with pytest.raises(errors.InvalidImportId):
        get_import.sync(client=client_with(recorder, raise_on_error=True), import_id=IMPORT_ID)


def test_every_documented_code_has_its_class() -> None:
    for code, cls in errors.ERROR_CLASSES.items():
        assert cls.code == code
        assert issubclass(cls, errors.ApiError)
    assert {"invalid_amount_total_cents", "already_retracted", "invalid_action", "unauthorized"} <= set(
        errors.ERROR_CLASSES
    )


@pytest.mark.parametrize("status", [520, 599, 418])
def test_undocumented_status_raises_clearly(status: int) -> None:
    recorder = Recorder(httpx.Response(status, content=b"<html>oops</html>"))
    with pytest.raises(errors.UnexpectedStatus) as caught:
        get_invoice.sync_detailed(client=client_with(recorder, auth_location="query"), invoice_id=INVOICE_ID)
    assert caught.value.status_code == status
    assert str(status) in str(caught.value)
    assert CANARY not in str(caught.value)


def test_non_iana_status_raises_even_when_unexpected_statuses_are_tolerated() -> None:
    recorder = Recorder(httpx.Response(520, content=b""))
    client = client_with(recorder, raise_on_unexpected_status=False)
    with pytest.raises(errors.UnexpectedStatus):
        get_invoice.sync_detailed(client=client, invoice_id=INVOICE_ID)


def test_unknown_enum_values_and_fields_are_kept() -> None:
    line = {
        "invoice_line_id": "d" * 40,
        "type": "CRYPTO-PAYMENT",
        "subtype": "brand_new",
        "amount_cents": -1000,
        "description": None,
        "date": "2026-01-02T10:00:00+00:00",
        "payment_method": "bitcoin",
    }
    body = invoice_body(
        invoice_lines=[invoice_body()["invoice_lines"][0], line],
        amount_total_cents=0,
        brand_new_field={"x": 1},
    )
    parsed = get_invoice.sync(client=client_with(Recorder(json_response(200, body))), invoice_id=INVOICE_ID)
    assert isinstance(parsed, Invoice)
    known, unknown = parsed.invoice_lines
    assert known.type_ is LineType.INVOICE_LINE
    assert unknown.type_ == "CRYPTO-PAYMENT" and not isinstance(unknown.type_, LineType)
    assert unknown.subtype == "brand_new"
    assert parsed.additional_properties["brand_new_field"] == {"x": 1}


def test_case_only_different_subtypes_stay_distinct() -> None:
    assert LineSubtype.DONATION.value == "DONATION"
    assert LineSubtype("donation").value == "donation"
    assert LineSubtype("donation") is not LineSubtype.DONATION


def test_get_is_retried_on_503_then_succeeds() -> None:
    recorder = Recorder(json_response(503, {}), json_response(200, invoice_body()))
    parsed = get_invoice.sync(client=client_with(recorder), invoice_id=INVOICE_ID)
    assert isinstance(parsed, Invoice)
    assert len(recorder.requests) == 2


def test_429_with_retry_after_is_retried_through_the_client() -> None:
    # The delay itself (seconds, HTTP date, cap) is unit-tested in tests/runtime/test_runtime_retry.py.
    recorder = Recorder(json_response(429, {}, **{"Retry-After": "0"}), json_response(200, invoice_body()))
    get_invoice.sync(client=client_with(recorder), invoice_id=INVOICE_ID)
    assert len(recorder.requests) == 2


def test_post_is_never_retried_after_reaching_the_server() -> None:
    recorder = Recorder(json_response(503, {}))
    body = CreateImportRequest(company_id=COMPANY_ID, title="Fees")
    with pytest.raises(errors.UnexpectedStatus):
        create_import.sync_detailed(client=client_with(recorder), body=body)
    assert len(recorder.requests) == 1


def test_retries_can_be_turned_off() -> None:
    recorder = Recorder(json_response(503, {}))
    with pytest.raises(errors.UnexpectedStatus):
        get_invoice.sync_detailed(
            client=client_with(recorder, retry=RetryPolicy.disabled()), invoice_id=INVOICE_ID
        )
    assert len(recorder.requests) == 1


def test_create_invoice_sends_json() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    from clubcollect_client.models import CreateInvoiceRequest

    body = CreateInvoiceRequest.from_dict(
        {
            "import_id": IMPORT_ID,
            "external_invoice_number": "2026-0001",
            "customer": {"name": {"last_name": "Jansen"}, "email": {"email_address": "anna@example.com"}},
            "invoice_lines": [{"amount_cents": 1000, "description": "Membership"}],
            "amount_total_cents": 1000,
        }
    )
    create_invoice.sync(client=client_with(recorder), body=body)
    (request,) = recorder.requests
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content)["invoice_lines"][0]["amount_cents"] == 1000


@pytest.mark.anyio
async def test_async_variant_parses_and_retries() -> None:
    recorder = Recorder(json_response(502, {}), json_response(200, invoice_body()))
    parsed = await get_invoice.asyncio(client=client_with(recorder), invoice_id=INVOICE_ID)
    assert isinstance(parsed, Invoice)
    assert len(recorder.requests) == 2


@pytest.mark.anyio
async def test_async_raising_mode() -> None:
    recorder = Recorder(json_response(404, {"error": "invalid_invoice_id"}))
    with pytest.raises(errors.InvalidInvoiceId):
        await get_invoice.asyncio(client=client_with(recorder, raise_on_error=True), invoice_id=INVOICE_ID)


def _traceback_text(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc))


def test_tracebacks_of_client_errors_never_show_the_key() -> None:
    recorder = Recorder(json_response(404, {"error": "invalid_invoice_id"}))
    client = client_with(recorder, raise_on_error=True, auth_location="query")
    with pytest.raises(errors.InvalidInvoiceId) as caught:
        get_invoice.sync(client=client, invoice_id=INVOICE_ID)
    assert CANARY not in _traceback_text(caught.value)


def test_connection_failure_traceback_never_shows_the_key() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = AuthenticatedClient(
        base_url=f"http://127.0.0.1:{port}/api/v2",
        token=CANARY,
        auth_location="query",
        retry=RetryPolicy.disabled(),
    )
    with pytest.raises(httpx.ConnectError) as caught:
        get_invoice.sync(client=client, invoice_id=INVOICE_ID)
    assert CANARY not in _traceback_text(caught.value)
