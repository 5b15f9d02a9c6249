"""Signed payment requests for the mock's tests, built with the mock's own signer (itself checked
against the vendor's documented example)."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from clubcollect_mock.payments.signing import signature_of

RETURN_URL = "https://shop.example/paid?order=42"


def signed(params: dict[str, Any], key: str) -> dict[str, str]:
    text = {name: str(value) for name, value in params.items()}
    return {**text, "signature": signature_of(text, key)}


def start_params(company_id: str, key: str, **extra: Any) -> dict[str, str]:
    params: dict[str, Any] = {
        "company_id": company_id,
        "redirect_url": RETURN_URL,
        "amount_cents": 2500,
        "last_name": "Jansen",
        **extra,
    }
    return signed({name: value for name, value in params.items() if value is not None}, key)


def query_of(url: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))


def result_is_signed(url: str, key: str) -> bool:
    """The vendor's six result parameters carry a valid signature (the partner's own are not signed)."""
    query = query_of(url)
    names = (
        "company_id",
        "invoice_id",
        "external_invoice_number",
        "payment_id",
        "payment_method",
        "payment_result",
    )
    return query.get("signature") == signature_of({name: query[name] for name in names}, key)


def start(api: httpx.Client, method: str, params: dict[str, str]) -> httpx.Response:
    """GET the start link without following the redirect (a browser would)."""
    return api.get(f"/payments/{method}?{urlencode(params)}")


def checkout(api: httpx.Client, location: str, outcome: str) -> httpx.Response:
    """Pick ``outcome`` on the checkout page the way its form does."""
    return api.post(
        location,
        content=urlencode({"payment_result": outcome}),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )


def pay(
    api: httpx.Client, company_id: str, key: str, outcome: str, method: str = "ideal", **extra: Any
) -> str:
    """Start a payment and pick ``outcome``; returns the URL the payee is sent back to."""
    started = start(api, method, start_params(company_id, key, **extra))
    assert started.status_code == 302, started.text
    decided = checkout(api, started.headers["location"], outcome)
    assert decided.status_code == 303, decided.text
    return decided.headers["location"]


def status(api: httpx.Client, company_id: str, key: str, payment_id: str) -> httpx.Response:
    signature = signature_of({"id": payment_id, "company_id": company_id}, key)
    return api.get(f"/payments/{payment_id}", params={"company_id": company_id, "signature": signature})


def feed(api: httpx.Client, company_id: str, key: str, page: int | None = None) -> httpx.Response:
    params: dict[str, Any] = {"company_id": company_id}
    if page is not None:
        params["page"] = page
    return api.get("/payments/notifications", params=signed(params, key))
