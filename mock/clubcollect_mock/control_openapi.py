"""The OpenAPI 3.1 description of the ``/_mock/`` control API, served at ``GET /_mock/openapi.json``.

Written by hand from the control code (``control.py``, ``schemas/control.py``,
``payments/routes.py``), not derived from the ClubCollect spec: the mock never loads that. The
vocabularies (payment methods, line targets, fee kinds, faults) are taken from the same constants
the control code checks against, so they cannot drift; tests check that every control route is
described and that each described body has exactly the fields the code accepts.
"""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from typing import Any

from clubcollect_mock.config import INT32_MAX, MAX_LONG_TEXT, MESSAGE_TYPES, PAYMENT_METHODS, FaultConfig
from clubcollect_mock.errors import dumps
from clubcollect_mock.ledger import CHARGEBACK_TYPES, FEE_TYPES, PAYMENT_TYPES
from clubcollect_mock.payments.rules import RESULTS

Json = dict[str, Any]


def _ref(name: str) -> Json:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: Json, description: str) -> Json:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description: str) -> Json:
    return {"$ref": f"#/components/responses/{description}"}


def _body(schema_name: str, description: str, required: bool = False) -> Json:
    return {
        "required": required,
        "description": description,
        "content": {"application/json": {"schema": _ref(schema_name)}},
    }


def _operation(
    operation_id: str,
    tag: str,
    summary: str,
    description: str,
    responses: Json,
    body: Json | None = None,
    parameters: list[Json] | None = None,
) -> Json:
    operation: Json = {
        "operationId": operation_id,
        "tags": [tag],
        "summary": summary,
        "description": description,
        "security": [],  # the control API has no authentication: keep it on the test machine
    }
    if parameters:
        operation["parameters"] = parameters
    if body is not None:
        operation["requestBody"] = body
    operation["responses"] = responses
    return operation


_INVOICE_ID = {"$ref": "#/components/parameters/InvoiceId"}


def _html_refusal(description: str) -> Json:
    return {"description": description, "content": {"text/html": {"schema": {"type": "string"}}}}


_BODY_ERRORS = {"400": _error("InvalidJson"), "413": _error("TooLarge"), "422": _error("InvalidRequest")}


def _invoice_event(operation_id: str, summary: str, description: str, schema: str) -> Json:
    return {
        "post": _operation(
            operation_id,
            "invoice events",
            summary,
            description,
            {
                "200": _json(_ref("Invoice"), "The invoice after the event, as the API now shows it."),
                "404": _error("UnknownInvoice"),
                **_BODY_ERRORS,
            },
            _body(schema, "What happened.", required=True),
            [_INVOICE_ID],
        )
    }


def _amount(description: str) -> Json:
    return {"type": "integer", "minimum": 1, "maximum": INT32_MAX, "description": description}


def _schemas() -> Json:
    fault_fields: Json = {}
    for field in dataclass_fields(FaultConfig):
        kind = "number" if field.name in {"error_rate", "throttle_rate"} else "integer"
        fault_fields[field.name] = {"type": kind, "description": _FAULT_TEXT[field.name]}
    fault_fields["error_rate"] |= {"minimum": 0, "maximum": 1}
    fault_fields["throttle_rate"] |= {"minimum": 0, "maximum": 1}
    fault_fields["latency_ms"] |= {"minimum": 0, "maximum": 60_000}
    fault_fields["error_status"] |= {"minimum": 500, "maximum": 599}
    fault_fields["retry_after"] |= {"minimum": 0, "maximum": 86_400}
    fault_fields["fail_next"] |= {"minimum": 0, "maximum": 1_000_000}
    fault_fields["fail_next_status"] |= {"minimum": 400, "maximum": 599}
    return {
        "ControlError": {
            "type": "object",
            "description": "A refused control call. `error` is a code; `field` names the body field at "
            "fault (a JSON path, or null), `reason` says what was wrong. The same reason is in the "
            "`X-Mock-Reason` header.",
            "required": ["error"],
            "properties": {
                "error": {"type": "string", "description": "The refusal's code."},
                "field": {"type": ["string", "null"], "description": "The field at fault, if one is."},
                "reason": {"type": "string", "description": "What was wrong, in words."},
            },
        },
        "Status": {
            "type": "object",
            "description": "A one-word state.",
            "required": ["status"],
            "properties": {"status": {"type": "string", "description": "`ok` or `reset`."}},
        },
        "NewPartner": {
            "type": "object",
            "additionalProperties": False,
            "description": "A partner to add; what is left out is made up.",
            "properties": {
                "api_key": {
                    "type": ["string", "null"],
                    "minLength": 1,
                    "maxLength": 255,
                    "pattern": "^\\S+$",
                    "description": "Its API key (no whitespace); random when not given.",
                },
                "company_id": {
                    "type": ["string", "null"],
                    "pattern": "^[0-9a-f]{40}$",
                    "description": "The id of the one company it owns; random when not given.",
                },
                "sso_salt": {
                    "type": ["string", "null"],
                    "minLength": 1,
                    "maxLength": 255,
                    "pattern": "^\\S+$",
                    "description": "The salt of its treasurer SSO links; give it with `sso_key` or "
                    "not at all. Never answered back.",
                },
                "sso_key": {
                    "type": ["string", "null"],
                    "minLength": 1,
                    "maxLength": 255,
                    "pattern": "^\\S+$",
                    "description": "The key of its treasurer SSO links; give it with `sso_salt` or "
                    "not at all. Never answered back.",
                },
            },
        },
        "Partner": {
            "type": "object",
            "description": "The partner added, key included (it is a test key the caller chose or "
            "asked for).",
            "required": ["api_key", "company_id"],
            "properties": {
                "api_key": {"type": "string", "description": "Its API key."},
                "company_id": {"type": "string", "description": "Its company's id."},
            },
        },
        "Faults": {
            "type": "object",
            "additionalProperties": False,
            "description": "Faults injected into `/api/v2` requests (never into `/_mock/`). In a PUT "
            "every field is optional and only the ones given change.",
            "properties": fault_fields,
        },
        "PendingNotifications": {
            "type": "object",
            "description": "Ids whose change notification has not been delivered yet.",
            "required": ["invoice_ids", "import_ids"],
            "properties": {
                "invoice_ids": {"type": "array", "items": {"type": "string"}, "description": "Invoices."},
                "import_ids": {"type": "array", "items": {"type": "string"}, "description": "Imports."},
            },
        },
        "Deliveries": {
            "type": "object",
            "description": "One delivery attempt per partner: what was sent (without the key) and "
            "the status the notify URL answered (null when it could not be reached; `error` then "
            "names the failure). Only a 200 marks the ids delivered.",
            "required": ["deliveries"],
            "properties": {
                "deliveries": {
                    "type": "array",
                    "description": "The attempts.",
                    "items": {
                        "type": "object",
                        "properties": {
                            "invoice_ids": {"type": "array", "items": {"type": "string"}},
                            "import_ids": {"type": "array", "items": {"type": "string"}},
                            "status": {"type": ["integer", "null"]},
                            "error": {"type": "string"},
                        },
                    },
                }
            },
        },
        "PaymentDeliveries": {
            "type": "object",
            "description": "One payment notification attempt per changed payment; `status` as in "
            "`Deliveries`.",
            "required": ["deliveries"],
            "properties": {
                "deliveries": {
                    "type": "array",
                    "description": "The attempts.",
                    "items": {
                        "type": "object",
                        "properties": {
                            "payment_id": {"type": "string"},
                            "payment_result": {"type": "string"},
                            "status": {"type": ["integer", "null"]},
                            "error": {"type": "string"},
                        },
                    },
                }
            },
        },
        "Invoice": {
            "type": "object",
            "description": "The invoice document exactly as `GET /api/v2/invoices/{invoice_id}` answers it.",
            "required": ["invoice_id", "import_id", "invoice_lines", "amount_total_cents"],
            "properties": {
                "invoice_id": {"type": "string"},
                "import_id": {"type": "string"},
                "invoice_lines": {"type": "array", "items": {"type": "object"}},
                "amount_total_cents": {"type": "integer"},
            },
        },
        "Payment": {
            "type": "object",
            "additionalProperties": False,
            "description": "Money received for an invoice: a payment line (negative amount) is added.",
            "required": ["amount_cents", "payment_method"],
            "properties": {
                "amount_cents": _amount("What was paid, in cents."),
                "payment_method": {"type": "string", "enum": sorted(PAYMENT_METHODS)},
                "target": {
                    "type": ["string", "null"],
                    "enum": [*sorted(PAYMENT_TYPES), None],
                    "description": "What the money pays for; default `invoice`.",
                },
            },
        },
        "Chargeback": {
            "type": "object",
            "additionalProperties": False,
            "description": "A payment reversed by the bank: a chargeback line (positive amount) is "
            "added and the import's settled amount goes down.",
            "required": ["amount_cents"],
            "properties": {
                "amount_cents": _amount("What was charged back, in cents."),
                "target": {
                    "type": ["string", "null"],
                    "enum": [*sorted(CHARGEBACK_TYPES), None],
                    "description": "What the reversed money had paid for; default `invoice`.",
                },
            },
        },
        "Fee": {
            "type": "object",
            "additionalProperties": False,
            "description": "A fee the vendor charges the customer: a fee line is added.",
            "required": ["amount_cents", "kind"],
            "properties": {
                "amount_cents": _amount("The fee, in cents."),
                "kind": {"type": "string", "enum": sorted(FEE_TYPES)},
            },
        },
        "Donation": {
            "type": "object",
            "additionalProperties": False,
            "description": "A donation the customer adds: an invoice line of subtype DONATION.",
            "required": ["amount_cents"],
            "properties": {
                "amount_cents": _amount("The donation, in cents."),
                "description": {
                    "type": ["string", "null"],
                    "maxLength": MAX_LONG_TEXT,
                    "description": "The line's text; default `Donation`.",
                },
            },
        },
        "Message": {
            "type": "object",
            "additionalProperties": False,
            "description": "A message the vendor sent the customer.",
            "required": ["type", "description"],
            "properties": {
                "type": {"type": "string", "enum": sorted(MESSAGE_TYPES)},
                "description": {"type": "string", "minLength": 1, "maxLength": MAX_LONG_TEXT},
            },
        },
        "CustomerTicket": {
            "type": "object",
            "additionalProperties": False,
            "description": "A question from the customer: the invoice's ticket thread becomes unanswered.",
            "required": ["message"],
            "properties": {"message": {"type": "string", "minLength": 1, "maxLength": MAX_LONG_TEXT}},
        },
        "PaymentInProgress": {
            "type": "object",
            "additionalProperties": False,
            "description": "Whether a payment is under way (credit_and_retract is refused while it is).",
            "required": ["in_progress"],
            "properties": {"in_progress": {"type": "boolean"}},
        },
        "PaymentResult": {
            "type": "object",
            "additionalProperties": False,
            "description": "The outcome to give a started payment.",
            "required": ["payment_result"],
            "properties": {"payment_result": {"type": "string", "enum": list(RESULTS)}},
        },
        "PaymentStatus": {
            "type": "object",
            "description": "A payment as the API's payment status call answers it.",
            "required": ["company_id", "invoice_id", "payment_id", "payment_method", "payment_result"],
            "properties": {
                "company_id": {"type": "string"},
                "invoice_id": {"type": "string"},
                "payment_id": {"type": "string"},
                "payment_method": {"type": "string"},
                "payment_result": {"type": "string"},
                "external_invoice_number": {"type": ["string", "null"]},
                "created_at": {"type": "string", "format": "date-time"},
                "updated_at": {"type": "string", "format": "date-time"},
            },
        },
        "DecidedPayment": {
            "type": "object",
            "description": "The payment after the decision, and the signed URL the payee's browser "
            "would be sent back to.",
            "required": ["payment", "redirect_url"],
            "properties": {
                "payment": _ref("PaymentStatus"),
                "redirect_url": {"type": "string", "format": "uri"},
            },
        },
    }


_FAULT_TEXT = {
    "latency_ms": "Delay before every API request, in milliseconds.",
    "error_rate": "Share of API requests answered `error_status`.",
    "error_status": "The 5xx status of those failures.",
    "throttle_rate": "Share of API requests answered 429 with `Retry-After`.",
    "retry_after": "The `Retry-After` seconds of a 429.",
    "fail_next": "The next N API requests fail with `fail_next_status`, before any rate applies.",
    "fail_next_status": "Their status (4xx or 5xx).",
}


def _responses() -> Json:
    error = {"application/json": {"schema": _ref("ControlError")}}
    reason = {
        "X-Mock-Reason": {
            "description": "What was refused, in words, naming the field.",
            "schema": {"type": "string"},
        }
    }

    def refusal(description: str) -> Json:
        return {"description": description, "headers": reason, "content": error}

    return {
        "InvalidJson": refusal("`invalid_json`: the body is not a JSON object (an empty body is `{}`)."),
        "TooLarge": refusal("`request_too_large`: the body is over 1 MiB."),
        "InvalidRequest": refusal(
            "`invalid_request`: a field is unknown, missing, of the wrong type or out of range; "
            "`field` names it."
        ),
        "UnknownInvoice": refusal("`invalid_invoice_id`: no invoice has this id (any partner's counts)."),
        "NotFound": refusal("`not_found`: no company or payment with these ids."),
        "NoNotifyUrl": refusal("`notify_url_not_set`: the mock was started without `--notify-url`."),
        "Conflict": refusal("`conflict`: a partner already has that key or company id."),
        "InvalidTransition": refusal(
            "`invalid_transition`: a payment's result cannot change that way (a final result stays)."
        ),
        "Page": {"description": "An HTML page.", "content": {"text/html": {"schema": {"type": "string"}}}},
        "PageRefusal": {
            "description": "An HTML page saying what is wrong.",
            "headers": reason,
            "content": {"text/html": {"schema": {"type": "string"}}},
        },
    }


def _paths() -> Json:
    json_ok = "200"
    return {
        "/_mock/openapi.json": {
            "get": _operation(
                "get_control_openapi",
                "server",
                "This document",
                "The OpenAPI 3.1 description of the control API.",
                {json_ok: _json({"type": "object"}, "This document.")},
            )
        },
        "/_mock/health": {
            "get": _operation(
                "get_health",
                "server",
                "Liveness",
                "Answers once the mock serves requests.",
                {json_ok: _json(_ref("Status"), '`{"status": "ok"}`.')},
            )
        },
        "/_mock/reset": {
            "post": _operation(
                "reset",
                "server",
                "Back to the start",
                "Forgets everything made since startup: only the seeded partners stay, faults return "
                "to the startup ones, no notification is pending. No body.",
                {json_ok: _json(_ref("Status"), '`{"status": "reset"}`.')},
            )
        },
        "/_mock/partners": {
            "post": _operation(
                "add_partner",
                "server",
                "Add a partner",
                "A new partner owning one new company (with the seeded company's demo details), so "
                "each test can have its own. An empty body makes both key and id up.",
                {
                    json_ok: _json(_ref("Partner"), "The partner added."),
                    "409": _error("Conflict"),
                    **_BODY_ERRORS,
                },
                _body("NewPartner", "The key and company id to use; both optional."),
            )
        },
        "/_mock/faults": {
            "get": _operation(
                "get_faults",
                "faults",
                "Faults in force",
                "The fault settings now in force.",
                {json_ok: _json(_ref("Faults"), "Every setting.")},
            ),
            "put": _operation(
                "set_faults",
                "faults",
                "Change faults",
                "Changes the given settings and keeps the others; a reset restores the startup ones. "
                "A refused body changes nothing.",
                {json_ok: _json(_ref("Faults"), "Every setting, after the change."), **_BODY_ERRORS},
                _body("Faults", "The settings to change.", required=True),
            ),
        },
        "/_mock/notifications": {
            "get": _operation(
                "get_pending_notifications",
                "notifications",
                "Pending change notifications",
                "Invoices and imports changed by vendor-side events that the partner has not been "
                "notified of yet (across all partners).",
                {json_ok: _json(_ref("PendingNotifications"), "The pending ids.")},
            )
        },
        "/_mock/notifications/flush": {
            "post": _operation(
                "flush_notifications",
                "notifications",
                "Deliver change notifications now",
                "Runs one delivery round to the notify URL instead of waiting for the interval.",
                {json_ok: _json(_ref("Deliveries"), "What was sent."), "409": _error("NoNotifyUrl")},
            )
        },
        "/_mock/invoices/{invoice_id}/payments": _invoice_event(
            "add_payment", "Record a payment", "The customer paid (part of) the invoice.", "Payment"
        ),
        "/_mock/invoices/{invoice_id}/chargebacks": _invoice_event(
            "add_chargeback", "Record a chargeback", "A payment was reversed.", "Chargeback"
        ),
        "/_mock/invoices/{invoice_id}/fees": _invoice_event(
            "add_fee", "Charge a fee", "The vendor charged the customer a fee.", "Fee"
        ),
        "/_mock/invoices/{invoice_id}/donations": _invoice_event(
            "add_donation", "Add a donation", "The customer added a donation.", "Donation"
        ),
        "/_mock/invoices/{invoice_id}/messages": _invoice_event(
            "add_message", "Record a message", "The vendor sent the customer a message.", "Message"
        ),
        "/_mock/invoices/{invoice_id}/customer-tickets": _invoice_event(
            "add_customer_ticket",
            "Customer asks a question",
            "The customer opened or answered a ticket on the invoice.",
            "CustomerTicket",
        ),
        "/_mock/invoices/{invoice_id}/payment-in-progress": _invoice_event(
            "set_payment_in_progress",
            "Mark a payment under way",
            "Sets or clears the payment-in-progress flag (not a notified change).",
            "PaymentInProgress",
        ),
        "/_mock/companies/{company_id}/payments/{payment_id}/result": {
            "post": _operation(
                "set_payment_result",
                "payments",
                "Decide a payment",
                "Gives a started payment its outcome without a browser, or a later one (pending, then "
                "authorized). The payment notification is queued.",
                {
                    json_ok: _json(_ref("DecidedPayment"), "The payment and the signed redirect."),
                    "404": _error("NotFound"),
                    "409": _error("InvalidTransition"),
                    **_BODY_ERRORS,
                },
                _body("PaymentResult", "The outcome.", required=True),
                [
                    {"$ref": "#/components/parameters/CompanyId"},
                    {
                        "name": "payment_id",
                        "in": "path",
                        "required": True,
                        "description": "The payment's id.",
                        "schema": {"type": "string"},
                    },
                ],
            )
        },
        "/_mock/payments/notifications": {
            "get": _operation(
                "get_pending_payment_notifications",
                "payments",
                "Pending payment notifications",
                "Payments whose latest result has not been notified yet, as their status.",
                {
                    json_ok: _json(
                        {"type": "array", "items": _ref("PaymentStatus")},
                        "The payments, oldest change first.",
                    )
                },
            )
        },
        "/_mock/payments/notifications/flush": {
            "post": _operation(
                "flush_payment_notifications",
                "payments",
                "Deliver payment notifications now",
                "Sends every queued payment notification once.",
                {json_ok: _json(_ref("PaymentDeliveries"), "What was sent."), "409": _error("NoNotifyUrl")},
            )
        },
        "/_mock/": {
            "get": _operation(
                "show_inspector",
                "inspector",
                "The inspector",
                "Every partner (keys masked) with its companies, waiting notifications and the "
                "newest delivery attempts, as an HTML page for people. It only reads.",
                {json_ok: {"$ref": "#/components/responses/Page"}},
            )
        },
        "/_mock/companies/{company_id}": {
            "get": _operation(
                "show_company_page",
                "inspector",
                "A company's page",
                "The company, its imports with their invoices, tickets, payments and notifications.",
                {json_ok: {"$ref": "#/components/responses/Page"}, "404": _html_refusal("No such company.")},
                parameters=[{"$ref": "#/components/parameters/CompanyId"}],
            )
        },
        "/_mock/invoices/{invoice_id}": {
            "get": _operation(
                "show_invoice_page",
                "inspector",
                "An invoice's page",
                "One invoice: lines, amount due, payments, tickets, messages.",
                {json_ok: {"$ref": "#/components/responses/Page"}, "404": _html_refusal("No such invoice.")},
                parameters=[_INVOICE_ID],
            )
        },
        "/_mock/checkout/{token}": {
            "get": _operation(
                "show_checkout",
                "payments",
                "The payment page",
                "Where a start-payment link sends the payee: the amount and a choice of outcomes.",
                {json_ok: {"$ref": "#/components/responses/Page"}, "404": _error("PageRefusal")},
                parameters=[{"$ref": "#/components/parameters/Token"}],
            ),
            "post": _operation(
                "choose_checkout_result",
                "payments",
                "Choose an outcome",
                "The page's form: decides the payment and sends the browser to the partner's "
                "`redirect_url` with the signed result.",
                {
                    "303": {
                        "description": "To the partner's `redirect_url` with the result.",
                        "headers": {"Location": {"description": "That URL.", "schema": {"type": "string"}}},
                    },
                    "400": _error("PageRefusal"),
                    "404": _error("PageRefusal"),
                    "409": _error("PageRefusal"),
                },
                {
                    "required": True,
                    "description": "The chosen outcome.",
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["payment_result"],
                                "properties": {"payment_result": {"type": "string", "enum": list(RESULTS)}},
                            }
                        }
                    },
                },
                [{"$ref": "#/components/parameters/Token"}],
            ),
        },
    }


def control_document() -> Json:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "ClubCollect mock: control API",
            "version": "1",
            "description": "Test controls of the local ClubCollect mock, beside the partner API "
            "under `/api/v2`: drive what the vendor does on its own (payments, chargebacks, fees, "
            "customer tickets, notifications), reset the server, add partners and inject faults. "
            "Not part of ClubCollect's API and without authentication: never expose it beyond the "
            "test machine. Every refusal names the field at fault in its body and in `X-Mock-Reason`.",
            "contact": {"name": "The clubcollect-mock distribution (mock/ in clubcollect-toolkit)"},
            "license": {"name": "MIT", "url": "https://opensource.org/license/mit"},
        },
        "servers": [{"url": "http://127.0.0.1:8080", "description": "The mock's default address."}],
        "tags": [  # alphabetical, as Spectral wants
            {"name": "faults", "description": "Latency, errors and throttling injected into `/api/v2`."},
            {"name": "inspector", "description": "HTML pages showing the mock's state to people."},
            {"name": "invoice events", "description": "What happens to an invoice on the vendor's side."},
            {"name": "notifications", "description": "Change notifications to the partner's notify URL."},
            {"name": "payments", "description": "The payment page stand-in and payment outcomes."},
            {"name": "server", "description": "The mock itself: health, reset, partners."},
        ],
        "paths": _paths(),
        "components": {
            "schemas": _schemas(),
            "responses": _responses(),
            "parameters": {
                "InvoiceId": {
                    "name": "invoice_id",
                    "in": "path",
                    "required": True,
                    "description": "An invoice's id (of any partner).",
                    "schema": {"type": "string"},
                },
                "CompanyId": {
                    "name": "company_id",
                    "in": "path",
                    "required": True,
                    "description": "The company the payment belongs to.",
                    "schema": {"type": "string"},
                },
                "Token": {
                    "name": "token",
                    "in": "path",
                    "required": True,
                    "description": "The checkout's token, from the start-payment redirect.",
                    "schema": {"type": "string"},
                },
            },
        },
    }


# Built once: the document does not change while the mock runs.
CONTROL_DOCUMENT_BYTES = dumps(control_document())
