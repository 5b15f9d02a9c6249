"""What ClubCollect / AsyncClubCollect promise, through httpx.MockTransport: no network, no real sleeps."""

from __future__ import annotations

import datetime
import json
import logging
import pickle
import socket
import traceback
from typing import Any

import httpx
import pytest

from clubcollect_client import (
    DEFAULT_BASE_URL,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AsyncClubCollect,
    AuthenticationError,
    BadRequestError,
    ClubCollect,
    ClubCollectError,
    InternalServerError,
    InvalidNotification,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnexpectedStatus,
    UnprocessableEntityError,
    errors,
)
from clubcollect_client._base_client import LOGGER_NAME, items_of, to_wire
from clubcollect_client.api.invoices import get_invoice
from clubcollect_client.models import CustomerNameRequest, CustomerRequest, Invoice, Locale, TicketStatus
from clubcollect_client.pages import PageInfo, SyncPage
from clubcollect_client.runtime.retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from clubcollect_client.types import UNSET
from tests.client.test_client_behaviour import (
    CANARY,
    COMPANY_ID,
    IMPORT_ID,
    INVOICE_ID,
    Recorder,
    invoice_body,
    json_response,
)
from tests.client.test_pagination_helpers import FakeLists

BASE = "https://clubcollect.test/api/v2"
FAST = RetryPolicy(max_retries=2, backoff_base=0.0, jitter=False)


def http_for(handler: Any, policy: RetryPolicy = FAST) -> httpx.Client:
    return httpx.Client(transport=RetryTransport(httpx.MockTransport(handler), policy, sleep=lambda _: None))


def facade(handler: Any, policy: RetryPolicy = FAST, **kwargs: Any) -> ClubCollect:
    """A facade over the caller's httpx client (a retry transport around a MockTransport)."""
    return ClubCollect(api_key=CANARY, base_url=BASE, http_client=http_for(handler, policy), **kwargs)


@pytest.fixture
def own_transport(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """Makes the facade's *own* httpx client (built by the low-level client) answer from a Recorder."""
    recorder = Recorder(json_response(200, invoice_body()))
    monkeypatch.setattr(httpx, "HTTPTransport", lambda **_: httpx.MockTransport(recorder))
    return recorder


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLUBCOLLECT_API_KEY", "CLUBCOLLECT_BASE_URL", "CLUBCOLLECT_LOG"):
        monkeypatch.delenv(name, raising=False)


# --- configuration -------------------------------------------------------------------------


def test_key_and_base_url_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, own_transport: Recorder
) -> None:
    monkeypatch.setenv("CLUBCOLLECT_API_KEY", CANARY)
    monkeypatch.setenv("CLUBCOLLECT_BASE_URL", "https://sandbox.test/api/v2/")
    with ClubCollect() as cc:
        assert cc.base_url == "https://sandbox.test/api/v2"
        cc.invoices.get(INVOICE_ID)
    (request,) = own_transport.requests
    assert str(request.url) == f"https://sandbox.test/api/v2/invoices/{INVOICE_ID}"
    assert request.headers["Authorization"] == f"ApiKey {CANARY}"
    assert request.headers["User-Agent"].startswith("clubcollect-client/")


def test_explicit_arguments_win_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, own_transport: Recorder
) -> None:
    monkeypatch.setenv("CLUBCOLLECT_API_KEY", "env-key-that-must-not-be-used")
    monkeypatch.setenv("CLUBCOLLECT_BASE_URL", "https://sandbox.test/api/v2")
    with ClubCollect(api_key=CANARY, base_url=BASE, max_retries=0, timeout=4.0) as cc:
        assert cc.max_retries == 0
        cc.invoices.get(INVOICE_ID)
    (request,) = own_transport.requests
    assert request.url.host == "clubcollect.test"
    assert request.headers["Authorization"] == f"ApiKey {CANARY}"
    assert request.extensions["timeout"] == httpx.Timeout(4.0).as_dict()


def test_the_default_base_url_is_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLUBCOLLECT_API_KEY", CANARY)
    assert ClubCollect().base_url == DEFAULT_BASE_URL == "https://app.clubcollect.com/api/v2"
    assert AsyncClubCollect().base_url == DEFAULT_BASE_URL


@pytest.mark.parametrize("key", [None, "", "   "])
def test_a_missing_key_is_a_clear_error_at_construction(key: str | None) -> None:
    with pytest.raises(ClubCollectError, match="CLUBCOLLECT_API_KEY"):
        ClubCollect(api_key=key)
    with pytest.raises(ClubCollectError, match="CLUBCOLLECT_API_KEY"):
        AsyncClubCollect(api_key=key)


def test_the_key_is_in_no_repr() -> None:
    cc = ClubCollect(api_key=CANARY, base_url=BASE)
    for text in (repr(cc), str(cc), repr(cc.invoices), repr(cc.notifications), repr(cc.low_level)):
        assert CANARY not in text


def test_query_auth_puts_the_key_in_the_query_only_when_asked() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    facade(recorder, auth_location="query").invoices.get(INVOICE_ID)
    (request,) = recorder.requests
    assert request.url.params["api_key"] == CANARY
    assert "Authorization" not in request.headers


# --- requests ------------------------------------------------------------------------------


def test_get_returns_the_model() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    invoice = facade(recorder).invoices.get(INVOICE_ID)
    assert type(invoice) is Invoice and invoice.invoice_id == INVOICE_ID
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == ("GET", f"{BASE}/invoices/{INVOICE_ID}")


def test_path_parameters_are_one_encoded_segment() -> None:
    recorder = Recorder(json_response(404, {"error": "invalid_invoice_id"}))
    with pytest.raises(NotFoundError):
        facade(recorder).invoices.get("../companies?x=1")
    assert recorder.requests[0].url.raw_path == b"/api/v2/invoices/..%2Fcompanies%3Fx%3D1"


def test_keyword_arguments_become_the_json_body_and_none_is_not_sent() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    facade(recorder).invoices.create(
        import_id=IMPORT_ID,
        external_invoice_number="2026-0001",
        customer={
            "name": {"last_name": "Jansen", "first_name": None},
            "email": {"email_address": "anna@example.com"},
            "address": None,
        },
        invoice_lines=[
            {
                "amount_cents": 1000,
                "description": "Membership",
                "date": datetime.datetime(2026, 1, 2, 3, 4, 5),
            },
            {"amount_cents": -100, "date": "2026-01-03T00:00:00+00:00"},
        ],
        amount_total_cents=900,
        reference=None,
        locale="nl",
    )
    (request,) = recorder.requests
    assert request.method == "POST" and request.url.path == "/api/v2/invoices"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {
        "import_id": IMPORT_ID,
        "external_invoice_number": "2026-0001",
        "customer": {"name": {"last_name": "Jansen"}, "email": {"email_address": "anna@example.com"}},
        "invoice_lines": [
            {"amount_cents": 1000, "description": "Membership", "date": "2026-01-02T03:04:05"},
            {"amount_cents": -100, "date": "2026-01-03T00:00:00+00:00"},
        ],
        "amount_total_cents": 900,
        "locale": "nl",
    }


def test_model_instances_and_enums_work_as_well_as_dicts_and_strings() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    cc = facade(recorder)
    customer = CustomerRequest(name=CustomerNameRequest(last_name="Jansen"))
    cc.invoices.create(
        import_id=IMPORT_ID,
        external_invoice_number="1",
        customer=customer,
        invoice_lines=[{"amount_cents": 5}],
        amount_total_cents=5,
        locale=Locale.NL,
    )
    body = json.loads(recorder.requests[0].content)
    assert body["customer"] == {"name": {"last_name": "Jansen"}}
    assert body["locale"] == "nl"


def test_enum_and_literal_path_parameters_give_the_same_request() -> None:
    fake = FakeLists(total=0)
    cc = facade(fake)
    list(cc.tickets.list_for_company(COMPANY_ID, TicketStatus.UNANSWERED))
    list(cc.tickets.list_for_company(COMPANY_ID, "unanswered"))
    assert fake.pages_served == [(1, 30), (1, 30)]


def test_ticket_actions_send_an_empty_object_and_return_none() -> None:
    recorder = Recorder(httpx.Response(204))
    cc = facade(recorder)
    cc.tickets.archive(INVOICE_ID)
    cc.tickets.assign_to_support(INVOICE_ID)
    assert [json.loads(r.content) for r in recorder.requests] == [{}, {}]
    assert recorder.requests[1].url.path.endswith("/tickets/actions/assign_to_support")


@pytest.mark.parametrize("status", [200, 204])
def test_operations_without_an_answer_body_accept_any_success(status: int) -> None:
    recorder = Recorder(httpx.Response(status, content=b'{"unexpected": "body"}' if status == 200 else b""))
    facade(recorder).invoices.delete(INVOICE_ID)
    assert len(recorder.requests) == 1


def test_an_undocumented_success_status_is_a_response_validation_error() -> None:
    recorder = Recorder(json_response(201, invoice_body(), **{"X-Echo": CANARY}))
    with pytest.raises(ResponseValidationError) as caught:
        facade(recorder).invoices.get(INVOICE_ID)
    assert caught.value.operation == "get_invoice"
    assert caught.value.status_code == 201
    assert "201" in caught.value.problem


def test_a_body_the_client_cannot_read_never_crashes_bare() -> None:
    recorder = Recorder(httpx.Response(200, content=b"<html>not json</html>"))
    with pytest.raises(ClubCollectError):
        facade(recorder).invoices.get(INVOICE_ID)


@pytest.mark.parametrize(
    ("answered", "expected"),
    [({"invoice_id": "f" * 40}, "f" * 40), ({}, INVOICE_ID)],
    ids=["id-in-the-answer-wins", "absent-id-from-the-path"],
)
def test_an_update_answer_keeps_its_own_invoice_id(answered: dict[str, str], expected: str) -> None:
    # The spec fills invoice_id in from PUT /invoices/{invoice_id} only when the answer leaves it out.
    body = {key: value for key, value in invoice_body().items() if key != "invoice_id"} | answered
    recorder = Recorder(json_response(200, body))
    assert facade(recorder).invoices.update(INVOICE_ID, external_invoice_number="A-1").invoice_id == expected


def test_to_wire_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(TypeError, match="cannot send"):
        to_wire({"x": object()})
    assert to_wire((1, datetime.date(2026, 1, 2))) == [1, "2026-01-02"]


def test_items_of_reads_a_missing_list_as_empty() -> None:
    assert items_of(UNSET) == [] and items_of(None) == []
    assert items_of([1, 2]) == [1, 2]


# --- errors --------------------------------------------------------------------------------

ERROR_CASES = [
    (400, {"error": "invalid_json"}, errors.InvalidJson, BadRequestError),
    (401, {"error": "unauthorized"}, errors.Unauthorized, AuthenticationError),
    (403, {"error": "forbidden"}, errors.UnexpectedPermissionDeniedError, PermissionDeniedError),
    (404, {"error": "invalid_invoice_id"}, errors.InvalidInvoiceId, NotFoundError),
    (404, {"errors": "not_found"}, errors.NotFound, NotFoundError),
    (404, "<html>gone</html>", errors.UnexpectedNotFoundError, NotFoundError),
    (422, {"error": "invalid_amount_total_cents"}, errors.InvalidAmountTotalCents, UnprocessableEntityError),
    (422, {"error": "brand_new_code"}, errors.UnexpectedUnprocessableEntityError, UnprocessableEntityError),
    (429, {}, errors.UnexpectedRateLimitError, RateLimitError),
    (500, {}, errors.UnexpectedInternalServerError, InternalServerError),
    (520, "origin down", errors.UnexpectedInternalServerError, InternalServerError),
    (409, {"error": "conflict"}, errors.UnexpectedStatusError, APIStatusError),
    (302, "", errors.UnexpectedStatusError, APIStatusError),
]


@pytest.mark.parametrize(("status", "body", "cls", "status_class"), ERROR_CASES)
def test_every_answer_outside_2xx_raises_its_class(
    status: int, body: object, cls: type[APIStatusError], status_class: type[APIStatusError]
) -> None:
    content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    recorder = Recorder(httpx.Response(status, content=content, headers={"X-Request-Id": "r-1"}))
    with pytest.raises(APIStatusError) as caught:
        facade(recorder, RetryPolicy.disabled()).invoices.get(INVOICE_ID)
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, status_class) and isinstance(error, ClubCollectError)
    assert (error.status_code, error.method, error.path) == (status, "GET", f"/api/v2/invoices/{INVOICE_ID}")
    assert error.headers["x-request-id"] == "r-1"
    assert error.content == content
    if isinstance(body, dict) and body:
        assert error.body == body
    if cls.__name__.startswith("Unexpected"):
        assert isinstance(error, UnexpectedStatus)  # the former name still catches them


def test_error_bodies_and_headers_never_carry_the_key() -> None:
    echo = {"error": "invalid_invoice_id", "api_key": CANARY, "note": f"key {CANARY} refused"}
    recorder = Recorder(json_response(404, echo, **{"X-Echo": f"ApiKey {CANARY}"}))
    with pytest.raises(errors.InvalidInvoiceId) as caught:
        facade(recorder, auth_location="query").invoices.get(INVOICE_ID)
    error = caught.value
    shown = [str(error), repr(error), error.content.decode(), str(error.body), str(dict(error.headers))]
    shown.append("".join(traceback.format_exception(error)))
    shown.append(str(pickle.loads(pickle.dumps(error)).content))
    for text in shown:
        assert CANARY not in text
    assert error.error_code == "invalid_invoice_id"


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, content=f"<html>ApiKey {CANARY} is not welcome</html>".encode()),
        json_response(200, {**invoice_body(), "amount_total_cents": "x", "echo": CANARY}),
        json_response(200, invoice_body(retracted_at=CANARY)),  # the problem text quotes the value
        json_response(201, {**invoice_body(), "echo": CANARY}),  # an undocumented success status
    ],
    ids=["not-json", "wrong-type", "value-in-problem", "undocumented-status"],
)
def test_an_unreadable_success_never_carries_the_key(answer: httpx.Response) -> None:
    # ResponseValidationError keeps the body for debugging; an echoed key must be redacted there too.
    with pytest.raises(ResponseValidationError) as caught:
        facade(Recorder(answer), auth_location="query").invoices.get(INVOICE_ID)
    error = caught.value
    shown = [str(error), repr(error), error.problem, error.content.decode(errors="replace"), str(error.args)]
    shown.append("".join(traceback.format_exception(error)))
    shown.append(repr(pickle.loads(pickle.dumps(error))))
    for text in shown:
        assert CANARY not in text
    assert error.content  # redacted, not dropped


def test_no_connection_is_api_connection_error_without_the_key() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    cc = facade(refuse, RetryPolicy.disabled(), auth_location="query")
    with pytest.raises(APIConnectionError) as caught:
        cc.invoices.get(INVOICE_ID)
    assert type(caught.value) is APIConnectionError
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.path == f"/api/v2/invoices/{INVOICE_ID}"
    assert CANARY not in str(caught.value) and CANARY not in repr(caught.value)


def test_a_timeout_is_api_timeout_error_after_the_retries() -> None:
    calls: list[httpx.Request] = []

    def slow(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(APITimeoutError) as caught:
        facade(slow).invoices.get(INVOICE_ID)
    assert isinstance(caught.value, APIConnectionError)
    assert len(calls) == 3  # FAST allows two retries of a GET
    assert "timed out" in str(caught.value)


def test_a_post_is_not_retried_once_sent() -> None:
    recorder = Recorder(json_response(503, {}), json_response(200, invoice_body()))
    with pytest.raises(InternalServerError):
        facade(recorder).tickets.create(INVOICE_ID, message="hi")
    assert len(recorder.requests) == 1


# --- per call and per client ---------------------------------------------------------------


def test_per_call_timeout_headers_and_query() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    facade(recorder).invoices.get(
        INVOICE_ID, timeout=2.5, extra_headers={"X-Trace": "t-1"}, extra_query={"debug": "1"}
    )
    (request,) = recorder.requests
    assert request.extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    assert request.headers["X-Trace"] == "t-1"
    assert request.url.params["debug"] == "1"
    assert request.headers["Authorization"] == f"ApiKey {CANARY}"


# How long the slow server takes to answer, and what httpx makes of a read timeout below that.
SLOW_SERVER_SECONDS = 3.0


def slow_server(request: httpx.Request) -> httpx.Response:
    """Answers after SLOW_SERVER_SECONDS, as httpx sees it: a shorter read timeout times out."""
    read_timeout = request.extensions["timeout"]["read"]
    if read_timeout is not None and read_timeout < SLOW_SERVER_SECONDS:
        raise httpx.ReadTimeout("the server is slower than the read timeout", request=request)
    return json_response(200, invoice_body())


def test_a_per_call_timeout_given_alone_is_applied() -> None:
    # timeout= must not need another per-call option (extra_headers, max_retries) to take effect.
    recorder = Recorder(json_response(200, invoice_body()))
    facade(recorder).invoices.get(INVOICE_ID, timeout=2.5)
    (request,) = recorder.requests
    assert request.extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    cc = facade(slow_server, RetryPolicy.disabled())
    assert cc.invoices.get(INVOICE_ID).invoice_id == INVOICE_ID  # the client's own timeout waits
    with pytest.raises(APITimeoutError):
        cc.invoices.get(INVOICE_ID, timeout=0.5)


def test_per_call_max_retries() -> None:
    recorder = Recorder(json_response(503, {}), json_response(503, {}), json_response(200, invoice_body()))
    cc = facade(recorder)
    with pytest.raises(InternalServerError):
        cc.invoices.get(INVOICE_ID, max_retries=0)
    assert len(recorder.requests) == 1
    assert cc.invoices.get(INVOICE_ID).invoice_id == INVOICE_ID  # the client's own two retries
    assert len(recorder.requests) == 3


def test_with_options_is_a_configured_copy_sharing_the_pool(own_transport: Recorder) -> None:
    own_transport.answers = [json_response(503, {}), json_response(200, invoice_body())]
    with ClubCollect(api_key=CANARY, base_url=BASE) as cc:
        patient = cc.with_options(timeout=9.0, max_retries=0, default_headers={"X-Team": "fees"})
        assert type(patient) is ClubCollect and patient.max_retries == 0 and cc.max_retries == 3
        assert patient.low_level is cc.low_level
        assert patient._core.http is cc._core.http
        with pytest.raises(InternalServerError):
            patient.invoices.get(INVOICE_ID)
        (request,) = own_transport.requests
        assert request.extensions["timeout"] == httpx.Timeout(9.0).as_dict()
        assert request.headers["X-Team"] == "fees"
        patient.close()  # the copy does not own the pool
        assert not cc._core.http.is_closed
        cc.invoices.get(INVOICE_ID)
    assert cc._core.http.is_closed


def test_a_client_brought_by_the_caller_is_not_closed() -> None:
    http = http_for(Recorder(json_response(200, invoice_body())))
    with ClubCollect(api_key=CANARY, base_url=BASE, http_client=http) as cc:
        cc.invoices.get(INVOICE_ID)
    assert not http.is_closed


def test_low_level_functions_share_the_facades_client(own_transport: Recorder) -> None:
    with ClubCollect(api_key=CANARY, base_url=BASE) as cc:
        parsed = get_invoice.sync(client=cc.low_level, invoice_id=INVOICE_ID)
    assert isinstance(parsed, Invoice)
    assert own_transport.requests[0].headers["Authorization"] == f"ApiKey {CANARY}"


def test_with_raw_response_gives_status_headers_and_parse() -> None:
    recorder = Recorder(json_response(200, invoice_body(), **{"X-Request-Id": "r-9"}))
    raw = facade(recorder).invoices.with_raw_response.get(INVOICE_ID)
    assert (raw.status_code, raw.headers["x-request-id"], raw.method) == (200, "r-9", "GET")
    assert raw.path == f"/api/v2/invoices/{INVOICE_ID}"
    first = raw.parse()
    assert first.invoice_id == INVOICE_ID and raw.parse() is first
    assert json.loads(raw.content)["invoice_id"] == INVOICE_ID


def test_with_raw_response_still_raises_for_errors() -> None:
    recorder = Recorder(json_response(404, {"error": "invalid_invoice_id"}))
    with pytest.raises(errors.InvalidInvoiceId):
        facade(recorder).invoices.with_raw_response.get(INVOICE_ID)


def test_raw_lines_parse_to_the_list() -> None:
    lines = {"import_id": IMPORT_ID, "invoice_id": INVOICE_ID, "amount_total_cents": 1000}
    lines["invoice_lines"] = invoice_body()["invoice_lines"]
    recorder = Recorder(json_response(200, lines))
    raw = facade(recorder).invoices.with_raw_response.lines(INVOICE_ID)
    assert [line.amount_cents for line in raw.parse()] == [1000]


# --- pages ---------------------------------------------------------------------------------


def test_a_page_iterates_every_item_lazily() -> None:
    fake = FakeLists(total=7)
    page = facade(fake).imports.list(COMPANY_ID, page_size=3)
    assert fake.pages_served == [(1, 3)]
    assert (page.page_number, page.total_pages, page.total_entries, page.page_size) == (1, 3, 7, 3)
    assert [i.title for i in page.items] == ["t0", "t1", "t2"]
    iterator = iter(page)
    assert [next(iterator).title for _ in range(4)] == ["t0", "t1", "t2", "t3"]
    assert fake.pages_served == [(1, 3), (2, 3)]
    assert [i.title for i in iterator] == ["t4", "t5", "t6"]
    assert fake.pages_served == [(1, 3), (2, 3), (3, 3)]


def test_page_by_page() -> None:
    fake = FakeLists(total=5)
    first = facade(fake).tickets.list_for_company(COMPANY_ID, "unanswered", page_size=2)
    assert first.has_next_page()
    second = first.get_next_page()
    assert second.page_number == 2 and len(second.items) == 2
    numbers = [page.page_number for page in first.iter_pages()]
    assert numbers == [1, 2, 3]
    last = second.get_next_page()
    assert not last.has_next_page()
    with pytest.raises(RuntimeError, match="last page"):
        last.get_next_page()


def test_a_page_can_start_anywhere_and_an_empty_list_is_one_request() -> None:
    fake = FakeLists(total=5)
    page = facade(fake).imports.list(COMPANY_ID, page_number=2, page_size=2)
    assert [i.title for i in page] == ["t2", "t3", "t4"]
    empty = FakeLists(total=0)
    assert list(facade(empty).imports.list(COMPANY_ID)) == []
    assert empty.pages_served == [(1, 30)]


def test_a_page_without_totals_stops_at_a_short_page() -> None:
    fetched: list[int] = []

    def fetch(number: int) -> SyncPage[int]:
        fetched.append(number)
        items = [number * 10, number * 10 + 1] if number == 1 else [number * 10]
        return SyncPage(items=items, page_number=number, requested_page_size=2, info=PageInfo(), fetch=fetch)

    first = fetch(1)
    assert first.total_pages is None and first.total_entries is None and first.page_size == 2
    assert list(first) == [10, 11, 20]
    assert fetched == [1, 2]


def test_page_info_tolerates_missing_and_odd_fields() -> None:
    assert PageInfo.of(UNSET) == PageInfo()
    odd = PageInfo.of(type("P", (), {"page_number": True, "total_pages": "3", "total_entries": 7})())
    assert odd == PageInfo(total_entries=7)


def test_page_errors_raise_like_any_call() -> None:
    recorder = Recorder(json_response(404, {"error": "not_found"}))
    with pytest.raises(errors.NotFound):
        facade(recorder).imports.list(COMPANY_ID)


def test_raw_list_parses_to_the_first_page() -> None:
    fake = FakeLists(total=3)
    raw = facade(fake).imports.with_raw_response.list(COMPANY_ID, page_size=2)
    assert raw.status_code == 200
    assert [i.title for i in raw.parse()] == ["t0", "t1", "t2"]


# --- logging and notifications -------------------------------------------------------------


def test_info_logs_method_path_status_time_and_retries(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(json_response(503, {}), json_response(200, invoice_body()))
    with caplog.at_level(logging.INFO, logger=LOGGER_NAME):
        facade(recorder, auth_location="query").invoices.get(INVOICE_ID)
    (record,) = [r for r in caplog.records if r.name == LOGGER_NAME]
    message = record.getMessage()
    assert message.startswith(f"GET /api/v2/invoices/{INVOICE_ID} -> 200 in ")
    assert message.endswith("ms (get_invoice, 1 retries)")
    assert CANARY not in caplog.text


def test_nothing_is_logged_by_default(caplog: pytest.LogCaptureFixture) -> None:
    logging.getLogger(LOGGER_NAME).setLevel(logging.NOTSET)
    with caplog.at_level(logging.WARNING):
        facade(Recorder(json_response(200, invoice_body()))).invoices.get(INVOICE_ID)
    assert not [r for r in caplog.records if r.name == LOGGER_NAME]


@pytest.mark.parametrize(("value", "level"), [("info", logging.INFO), ("DEBUG", logging.DEBUG)])
def test_clubcollect_log_sets_up_the_logger(monkeypatch: pytest.MonkeyPatch, value: str, level: int) -> None:
    logger = logging.getLogger(LOGGER_NAME)
    # A client built by an earlier test with CLUBCOLLECT_LOG set may have left its handler.
    earlier = [h for h in logger.handlers if getattr(h, "clubcollect_env", False)]
    for handler in earlier:
        logger.removeHandler(handler)
    before = list(logger.handlers)
    monkeypatch.setenv("CLUBCOLLECT_LOG", value)
    try:
        ClubCollect(api_key=CANARY, base_url=BASE)
        ClubCollect(api_key=CANARY, base_url=BASE)  # a second client adds no second handler
        assert logger.level == level
        added = [h for h in logger.handlers if h not in before]
        assert len(added) == 1
    finally:
        for handler in logger.handlers[:]:
            if handler not in before:
                logger.removeHandler(handler)
        for handler in earlier:
            logger.addHandler(handler)
        logger.setLevel(logging.NOTSET)


def test_notifications_are_checked_against_the_clients_key() -> None:
    cc = ClubCollect(api_key=CANARY, base_url=BASE)
    body = json.dumps({"api_key": CANARY, "invoice_ids": [INVOICE_ID], "import_ids": []})
    note = cc.notifications.parse(body)
    assert note.invoice_ids == (INVOICE_ID,) and note.import_ids == ()
    with pytest.raises(InvalidNotification) as caught:
        cc.notifications.parse(body.replace(CANARY, "k" * 40))
    assert CANARY not in str(caught.value)


# --- async ---------------------------------------------------------------------------------


def async_facade(handler: Any, policy: RetryPolicy = FAST, **kwargs: Any) -> AsyncClubCollect:
    async def no_sleep(_: float) -> None:
        return None

    http = httpx.AsyncClient(
        transport=AsyncRetryTransport(httpx.MockTransport(handler), policy, sleep=no_sleep)
    )
    return AsyncClubCollect(api_key=CANARY, base_url=BASE, http_client=http, **kwargs)


@pytest.mark.anyio
async def test_async_calls_return_models_and_raise_the_same_classes() -> None:
    recorder = Recorder(
        json_response(200, invoice_body()), json_response(404, {"error": "invalid_invoice_id"})
    )
    acc = async_facade(recorder)
    invoice = await acc.invoices.get(INVOICE_ID)
    assert invoice.invoice_id == INVOICE_ID
    with pytest.raises(errors.InvalidInvoiceId):
        await acc.invoices.get(INVOICE_ID)


@pytest.mark.anyio
async def test_async_pages_await_and_async_for() -> None:
    fake = FakeLists(total=5)
    acc = async_facade(fake)
    titles = [i.title async for i in acc.imports.list(COMPANY_ID, page_size=2)]
    assert titles == [f"t{i}" for i in range(5)]
    first = await acc.imports.list(COMPANY_ID, page_size=2)
    assert (first.total_entries, first.total_pages, first.has_next_page()) == (5, 3, True)
    second = await first.get_next_page()
    assert [i.title for i in second.items] == ["t2", "t3"]
    assert [p.page_number async for p in first.iter_pages()] == [1, 2, 3]
    assert [i.title async for i in second] == ["t2", "t3", "t4"]


@pytest.mark.anyio
async def test_async_paginator_fetches_nothing_until_used() -> None:
    fake = FakeLists(total=1)
    paginator = async_facade(fake).tickets.list_for_company(COMPANY_ID, "answered")
    assert fake.pages_served == []
    await paginator
    assert fake.pages_served == [(1, 30)]


@pytest.mark.anyio
async def test_async_raw_response_options_and_connection_errors() -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    acc = async_facade(recorder)
    raw = await acc.invoices.with_raw_response.get(INVOICE_ID, extra_headers={"X-Trace": "a"})
    assert raw.parse().invoice_id == INVOICE_ID and recorder.requests[0].headers["X-Trace"] == "a"
    copy = acc.with_options(max_retries=1)
    assert copy.max_retries == 1 and copy._core.http is acc._core.http
    await copy.close()
    assert not acc._core.http.is_closed

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("no", request=request)

    with pytest.raises(APITimeoutError):
        await async_facade(refuse, RetryPolicy.disabled()).imports.get(IMPORT_ID)


@pytest.mark.anyio
async def test_async_per_call_timeout_given_alone_is_applied() -> None:
    # The async twin of test_a_per_call_timeout_given_alone_is_applied.
    recorder = Recorder(json_response(200, invoice_body()))
    await async_facade(recorder).invoices.get(INVOICE_ID, timeout=2.5)
    (request,) = recorder.requests
    assert request.extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    acc = async_facade(slow_server, RetryPolicy.disabled())
    assert (await acc.invoices.get(INVOICE_ID)).invoice_id == INVOICE_ID
    with pytest.raises(APITimeoutError):
        await acc.invoices.get(INVOICE_ID, timeout=0.5)


@pytest.mark.anyio
async def test_async_client_closes_its_own_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(json_response(200, invoice_body()))
    monkeypatch.setattr(httpx, "AsyncHTTPTransport", lambda **_: httpx.MockTransport(recorder))
    async with AsyncClubCollect(api_key=CANARY, base_url=BASE) as acc:
        await acc.invoices.get(INVOICE_ID)
        http = acc._core.http
    assert http.is_closed
    assert recorder.requests[0].headers["Authorization"] == f"ApiKey {CANARY}"


def test_a_transport_goes_under_the_clients_own_retry_layer() -> None:
    recorder = Recorder(json_response(503, {}, **{"Retry-After": "0"}), json_response(200, invoice_body()))
    with ClubCollect(api_key=CANARY, base_url=BASE, transport=httpx.MockTransport(recorder)) as cc:
        assert cc.invoices.get(INVOICE_ID).invoice_id == INVOICE_ID
    assert len(recorder.requests) == 2
    assert recorder.requests[1].headers["Authorization"] == f"ApiKey {CANARY}"
    with pytest.raises(ClubCollectError, match="not both"):
        ClubCollect(api_key=CANARY, http_client=httpx.Client(), transport=httpx.MockTransport(recorder))


def test_a_real_refused_connection_shows_the_key_nowhere_even_with_query_auth() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cc = ClubCollect(
        api_key=CANARY, base_url=f"http://127.0.0.1:{port}/api/v2", auth_location="query", max_retries=0
    )
    with cc, pytest.raises(APIConnectionError) as caught:
        cc.imports.get(IMPORT_ID)
    assert caught.value.path == f"/api/v2/imports/{IMPORT_ID}"
    assert CANARY not in "".join(traceback.format_exception(caught.value))
