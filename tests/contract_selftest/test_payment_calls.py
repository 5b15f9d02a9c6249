"""The suite's own payment signer and signed calls (contract_tests/payments.py), against the mock.

The payment tests judge a server only as well as these calls are made: a link signed wrongly, a
status lookup sent to the wrong path or a feed page left out of the signature would make the suite
blame a correct server (or, with a lenient one, pass without testing what it claims).
"""

from __future__ import annotations

import secrets
from typing import Any

from contract_tests.api import Api, Exchange
from contract_tests.baseline import BaselineEntry
from contract_tests.divergence import Registry
from contract_tests.payments import (
    DOCUMENTED_KEY,
    DOCUMENTED_PARAMS,
    DOCUMENTED_SIGNATURE,
    RESULT_NAMES,
    RETURN_URL,
    back_at_partner,
    check_result_signature,
    feed,
    link_params,
    query_of,
    signature,
    signed,
    start,
    status,
)
from contract_tests.recorder import Recorder
from contract_tests.spec import load_raw_spec, resolve
from contract_tests.target import Credentials, Target

KEY = "0123456789abcdef0123456789abcdef01234567"


def location(exchange: Exchange) -> str:
    return str(exchange.response.headers.get("location", ""))


def sent_without_api_key(exchange: Exchange) -> bool:
    """Payment calls are signed: neither the Authorization header nor ``api_key`` is sent."""
    return "authorization" not in exchange.request.headers and "api_key" not in exchange.request.url.params


def documented_start_parameters() -> set[str]:
    spec = load_raw_spec()
    parameters = spec["paths"]["/payments/ideal"]["get"]["parameters"]
    return {resolve(spec, parameter)["name"] for parameter in parameters}


# ----------------------------------------------------------------- the signer


def test_the_signer_reproduces_the_documented_example() -> None:
    assert signature(DOCUMENTED_PARAMS, DOCUMENTED_KEY) == DOCUMENTED_SIGNATURE
    # empty and absent values are left out alike: the example's empty locale is not signed
    without_locale = {name: value for name, value in DOCUMENTED_PARAMS.items() if name != "locale"}
    assert signature(without_locale, DOCUMENTED_KEY) == DOCUMENTED_SIGNATURE
    assert signature({**without_locale, "infix": None}, DOCUMENTED_KEY) == DOCUMENTED_SIGNATURE  # type: ignore[dict-item]
    assert signature({**DOCUMENTED_PARAMS, "locale": "nl"}, DOCUMENTED_KEY) != DOCUMENTED_SIGNATURE


def test_signed_sends_every_value_as_text_with_the_signature_over_them() -> None:
    assert signed(DOCUMENTED_PARAMS, DOCUMENTED_KEY) == {
        **DOCUMENTED_PARAMS,
        "signature": DOCUMENTED_SIGNATURE,
    }
    numbers = signed({"company_id": "c" * 40, "page": 2}, KEY)
    assert numbers == {
        "company_id": "c" * 40,
        "page": "2",
        "signature": signature({"company_id": "c" * 40, "page": "2"}, KEY),
    }
    assert numbers["signature"] != signed({"company_id": "c" * 40, "page": 3}, KEY)["signature"]


# ----------------------------------------------------------------- links


def test_the_default_link_names_only_documented_parameters_and_is_accepted(mock_api: Api) -> None:
    """A misspelled optional name would be ignored by a lenient server and test nothing."""
    params = link_params(mock_api)
    assert set(params) - {"signature"} <= documented_start_parameters()
    assert {"company_id", "redirect_url", "amount_cents", "last_name", "payment_reference"} <= set(params)
    assert params["company_id"] == mock_api.credentials.company_id and params["redirect_url"] == RETURN_URL
    unsigned = {name: value for name, value in params.items() if name != "signature"}
    assert params["signature"] == signature(unsigned, mock_api.credentials.api_key)
    exchange = start(mock_api, params)  # iDEAL unless told otherwise
    assert exchange.operation == "start_ideal_payment"
    assert exchange.request.url.path == "/api/v2/payments/ideal"
    assert exchange.status == 302 and not back_at_partner(location(exchange)), location(exchange)
    assert sent_without_api_key(exchange)


def test_a_link_starts_the_method_asked_for(mock_api: Api) -> None:
    exchange = start(mock_api, link_params(mock_api), "bancontact")
    assert exchange.operation == "start_bancontact_payment"
    assert exchange.status == 302 and not back_at_partner(location(exchange))
    assert sent_without_api_key(exchange)


def test_link_extras_override_and_none_leaves_a_parameter_out(mock_api: Api) -> None:
    params = link_params(mock_api, amount_cents=250, first_name="Ada", last_name=None)
    assert "last_name" not in params  # not sent as "None"
    assert params["amount_cents"] == "250" and params["first_name"] == "Ada"
    refused = start(mock_api, params)
    assert back_at_partner(location(refused))
    assert query_of(location(refused))["error_details"].split(";") == ["invalid_last_name"]


def test_a_link_signed_with_another_key_is_refused(mock_api: Api) -> None:
    other = secrets.token_hex(20)
    params = link_params(mock_api, key=other)
    unsigned = {name: value for name, value in params.items() if name != "signature"}
    assert params["signature"] == signature(unsigned, other)
    refused = start(mock_api, params)
    assert back_at_partner(location(refused))
    assert query_of(location(refused))["error_details"].split(";") == ["invalid_signature"]


# ----------------------------------------------------------------- status and feed


def started_payment(api: Api) -> str:
    start(api, link_params(api))
    [item] = feed(api).json()
    return str(item["payment_id"])


def test_status_is_a_signed_lookup_of_one_payment(mock_api: Api) -> None:
    payment_id = started_payment(mock_api)
    exchange = status(mock_api, payment_id)
    assert exchange.operation == "get_payment"
    assert exchange.status == 200, exchange.describe()
    assert exchange.json()["payment_id"] == payment_id
    assert sent_without_api_key(exchange)
    assert dict(exchange.request.url.params) == {
        "company_id": mock_api.credentials.company_id,
        "signature": signature(
            {"id": payment_id, "company_id": mock_api.credentials.company_id}, mock_api.credentials.api_key
        ),
    }


def test_status_signs_with_the_key_and_company_given(mock_api: Api) -> None:
    payment_id = started_payment(mock_api)
    other_key = status(mock_api, payment_id, key=secrets.token_hex(20))
    assert (other_key.status, other_key.json()["error_details"]) == (422, "invalid_signature")
    other_company = secrets.token_hex(20)
    elsewhere = status(mock_api, payment_id, company_id=other_company)
    assert elsewhere.request.url.params["company_id"] == other_company
    assert elsewhere.status == 422 and elsewhere.json()["company_id"] == other_company


def test_the_feed_is_signed_and_pages_only_when_asked(mock_api: Api) -> None:
    payment_id = started_payment(mock_api)
    first = feed(mock_api)
    assert first.operation == "list_payment_notifications"
    assert first.status == 200 and [item["payment_id"] for item in first.json()] == [payment_id]
    assert "page" not in first.request.url.params and sent_without_api_key(first)
    page_one = feed(mock_api, 1)
    assert page_one.request.url.params["page"] == "1" and page_one.json() == first.json()
    page_two = feed(mock_api, 2)
    assert page_two.request.url.params["page"] == "2"
    assert (page_two.status, page_two.json()) == (200, [])  # past the end
    wrong_key = feed(mock_api, key=secrets.token_hex(20))
    assert wrong_key.status == 422 and wrong_key.json()["error_details"] == "invalid_signature"


# ----------------------------------------------------------------- results brought back (P4)

RESULT = {
    "company_id": "c" * 40,
    "invoice_id": "i" * 40,
    "external_invoice_number": "EXT-1",
    "payment_id": "p" * 40,
    "payment_method": "ideal",
    "payment_result": "authorized",
}


def test_back_at_partner_means_the_redirect_url() -> None:
    assert back_at_partner(f"{RETURN_URL}&error_code=unprocessable_entity")
    assert not back_at_partner("https://pay.example/checkout/1")


def test_query_of_keeps_blank_values() -> None:
    assert query_of("https://partner.example/return?a=&b=1") == {"a": "", "b": "1"}


def recorded_result_divergences(query: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """(operation, kind, title, detail's first line) of every divergence the result check records.

    The baseline accepts everything, so both checks run and are recorded without raising.
    """
    from urllib.parse import urlencode

    import httpx

    registry = Registry()
    accept_all = [BaselineEntry(operation="*", kind="*", reason="seen")]
    api = Api(
        Target("http://127.0.0.1:9/api/v2", Credentials(KEY, "c" * 40)),
        Recorder("embedded", baseline=accept_all, secrets=[], registry=registry),
    )
    location_ = f"{RETURN_URL}&{urlencode(query)}"
    exchange = Exchange(
        "payment_redirect",
        httpx.Request("GET", location_),
        httpx.Response(302, headers={"location": location_}),
    )
    try:
        assert check_result_signature(api, exchange, location_) == query_of(location_)
    finally:
        api.close()
    return [
        (item.operation, item.kind, item.title, item.detail.splitlines()[0])
        for item in registry.divergences.values()
    ]


def _names(query: dict[str, Any]) -> str:
    return f"location parameters: {sorted(['order', *query])}"


def test_a_rightly_signed_result_has_no_divergence() -> None:
    assert recorded_result_divergences({**RESULT, "signature": signature(RESULT, KEY)}) == []


def test_a_result_with_a_blank_value_is_complete() -> None:
    blank = {**RESULT, "external_invoice_number": ""}
    assert recorded_result_divergences({**blank, "signature": signature(blank, KEY).upper()}) == []


def test_an_unsigned_result_is_reported_with_its_parameters() -> None:
    assert recorded_result_divergences(dict(RESULT)) == [
        (
            "payment_redirect",
            "rule:payment-result-signed",
            "the result appended to redirect_url must carry a valid signature (P4)",
            _names(RESULT),
        )
    ]


def test_a_result_missing_a_name_is_incomplete_even_when_signed_over_the_rest() -> None:
    """The absent name is signed as absent; only completeness fails."""
    partial = {name: value for name, value in RESULT.items() if name != "invoice_id"}
    assert set(RESULT_NAMES) - set(partial) == {"invoice_id"}
    query = {**partial, "signature": signature(partial, KEY)}
    assert recorded_result_divergences(query) == [
        (
            "payment_redirect",
            "rule:payment-result-complete",
            "the result must carry all six documented parameters (P4)",
            _names(query),
        )
    ]
