"""Client for the mock's test-control API (``<root>/_mock/``); not part of the real API."""

from __future__ import annotations

from typing import Any

import httpx

from contract_tests.target import Credentials, random_credentials


class MockControl:
    def __init__(self, root_url: str) -> None:
        self.root_url = root_url.rstrip("/")
        # One pooled client: a new one per call rebuilds its SSL context and connection each time.
        self._http = httpx.Client(timeout=30.0)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> MockControl:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self._http.post(f"{self.root_url}/_mock{path}", json=body or {})
        if response.status_code >= 300:
            # Never echo the request: it may carry a key.
            raise RuntimeError(f"mock control POST {path} answered {response.status_code}")
        return response.json() if response.content else None

    def create_partner(self) -> Credentials:
        """A new partner with one company, with a key we chose (so it can be filtered)."""
        wanted = random_credentials()
        self._post("/partners", {"api_key": wanted.api_key, "company_id": wanted.company_id})
        return wanted

    def payment(self, invoice_id: str, amount_cents: int, payment_method: str = "ideal") -> Any:
        return self._post(
            f"/invoices/{invoice_id}/payments",
            {"amount_cents": amount_cents, "payment_method": payment_method},
        )

    def fee(self, invoice_id: str, kind: str, amount_cents: int) -> Any:
        return self._post(f"/invoices/{invoice_id}/fees", {"kind": kind, "amount_cents": amount_cents})

    def customer_ticket(self, invoice_id: str, message: str) -> Any:
        return self._post(f"/invoices/{invoice_id}/customer-tickets", {"message": message})

    def payment_in_progress(self, invoice_id: str, in_progress: bool) -> Any:
        return self._post(f"/invoices/{invoice_id}/payment-in-progress", {"in_progress": in_progress})

    def event(self, invoice_id: str, kind: str, body: dict[str, Any]) -> Any:
        """A vendor-side event: payments, chargebacks, fees, donations or messages."""
        return self._post(f"/invoices/{invoice_id}/{kind}", body)

    def reset(self) -> None:
        """Back to the seeded state (the partners given at startup, nothing else)."""
        self._post("/reset")
