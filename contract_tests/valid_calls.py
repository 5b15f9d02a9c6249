"""A valid request for every operation (creating what it needs first), for auth and error tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from contract_tests.api import Api, AuthMode, Exchange
from contract_tests.factories import invoice_body
from contract_tests.world import company_body, new_invoice, open_import


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    body: Any = None
    params: dict[str, Any] | None = None

    def send(
        self,
        api: Api,
        *,
        auth: AuthMode = "header",
        api_key: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Exchange:
        return api.call(
            self.method,
            self.path,
            body=self.body,
            params=self.params,
            auth=auth,
            api_key=api_key,
            headers=headers,
        )

    def with_body(self, body: Any) -> Call:
        return replace(self, body=body)


def _invoice_id(api: Api) -> str:
    return str(new_invoice(api)["invoice_id"])


BUILDERS: dict[str, Callable[[Api], Call]] = {
    "get_company": lambda api: Call("GET", f"/companies/{api.credentials.company_id}"),
    "create_company": lambda api: Call("POST", "/companies", company_body()),
    "update_company": lambda api: Call("PUT", f"/companies/{api.credentials.company_id}", company_body()),
    "get_import": lambda api: Call("GET", f"/imports/{open_import(api)}"),
    "create_import": lambda api: Call("POST", "/imports", {"company_id": api.credentials.company_id}),
    "update_import": lambda api: Call("PUT", f"/imports/{open_import(api)}", {"expected_invoices_count": 3}),
    "delete_import": lambda api: Call("DELETE", f"/imports/{open_import(api)}"),
    "transmit_import": lambda api: Call("PUT", f"/imports/{open_import(api)}/transmit"),
    "list_company_imports": lambda api: Call("GET", f"/companies/{api.credentials.company_id}/imports"),
    "get_invoice": lambda api: Call("GET", f"/invoices/{_invoice_id(api)}"),
    "create_invoice": lambda api: Call("POST", "/invoices", invoice_body(open_import(api))),
    "update_invoice": lambda api: Call(
        "PUT", f"/invoices/{_invoice_id(api)}", {"external_invoice_number": "EXT-upd", "reference": "changed"}
    ),
    "delete_invoice": lambda api: Call("DELETE", f"/invoices/{_invoice_id(api)}"),
    "credit_and_retract_invoice": lambda api: Call(
        "POST",
        f"/invoices/{_invoice_id(api)}/credit_and_retract",
        {"external_invoice_number": "CR-1", "description": "Full credit"},
    ),
    "list_invoice_lines": lambda api: Call("GET", f"/invoices/{_invoice_id(api)}/lines"),
    "list_invoice_tickets": lambda api: Call("GET", f"/invoices/{_invoice_id(api)}/tickets"),
    "create_invoice_ticket": lambda api: Call(
        "POST", f"/invoices/{_invoice_id(api)}/tickets", {"message": "Hello"}
    ),
    # {} here; the empty body the public client sends is test_tickets' and test_real_callers'.
    "archive_invoice_tickets": lambda api: Call(
        "POST", f"/invoices/{_invoice_id(api)}/tickets/actions/archive", {}
    ),
    "assign_invoice_tickets_to_support": lambda api: Call(
        "POST", f"/invoices/{_invoice_id(api)}/tickets/actions/assign_to_support", {}
    ),
    "list_company_tickets": lambda api: Call(
        "GET", f"/companies/{api.credentials.company_id}/tickets/unanswered"
    ),
}

SUCCESS_STATUS = {
    "delete_import": 204,
    "delete_invoice": 204,
    "archive_invoice_tickets": 204,
    "assign_invoice_tickets_to_support": 204,
}


def valid_call(api: Api, operation_id: str) -> Call:
    return BUILDERS[operation_id](api)


def success_status(operation_id: str) -> int:
    return SUCCESS_STATUS.get(operation_id, 200)


BODY_OPERATIONS = frozenset(
    {
        "create_company",
        "update_company",
        "create_import",
        "update_import",
        "create_invoice",
        "update_invoice",
        "credit_and_retract_invoice",
        "create_invoice_ticket",
        "archive_invoice_tickets",
        "assign_invoice_tickets_to_support",
    }
)
