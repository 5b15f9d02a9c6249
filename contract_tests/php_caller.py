"""The one public client of this API (the PHP library ``setbased/club-collect-api-client``, FACTS
6a), replayed request for request: how it builds each call and what it reads from each answer.

Requests follow ``ClubCollectApiClient::performHttpCall``: the key only in ``?api_key=``, the
headers ``Accept`` and ``Content-Type: application/json`` on every call (GET and DELETE too),
the body ``json_encode``d (compact, ``/`` escaped) or absent when the endpoint passes none or
an empty array, and every optional argument sent as JSON ``null``. Answers are read as
``parseResponseBody`` and the ``Resource`` classes read them: an empty body only with 204, a
status of 400 or more is an error, and each resource reads fixed keys with ``Cast`` (a missing
key is a PHP notice, which the library's PHPUnit setup turns into a failure).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from contract_tests.api import Api, Exchange

PHP_HEADERS = {"Accept": "application/json", "Content-Type": "application/json"}


def php_json_encode(body: Mapping[str, Any]) -> bytes:
    """``json_encode`` with PHP's default flags: no spaces, ``\\/`` and ``\\uXXXX`` escapes."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/").encode()


def php_date_c() -> str:
    """``date('c')`` in the library's test time zone (its bootstrap sets Europe/Amsterdam)."""
    try:
        zone: Any = ZoneInfo("Europe/Amsterdam")
    except ZoneInfoNotFoundError:  # no tz database: the local offset is just as valid ISO 8601
        zone = None
    now = datetime.now(zone).astimezone(zone) if zone else datetime.now().astimezone()
    return now.replace(microsecond=0).isoformat()


def compose_customer(
    name: Mapping[str, Any], address: Mapping[str, Any], email: Mapping[str, Any], phone: Mapping[str, Any]
) -> dict[str, Any]:
    """``InvoiceEndpoint::composeCustomer``: every field, null when not given. It reads the
    zip code from ``zip_code`` while the library's own tests pass ``zip-code``, so ``zipcode``
    goes out as null; ``house_number_extension`` is never sent."""
    return {
        "name": {
            key: name.get(key) for key in ("prefix", "first_name", "infix", "last_name", "organization")
        },
        "address": {
            "address1": address.get("address1"),
            "address2": address.get("address2"),
            "locality": address.get("locality"),
            "house_number": _opt_string(address.get("house_number")),
            "state": address.get("state"),
            "zipcode": address.get("zip_code"),
            "city": address.get("city"),
            "country_code": address.get("country_code"),
        },
        "email": {"email_address": email.get("email_address")},
        "phone": {"phone_number": phone.get("phone_number"), "country_code": phone.get("country_code")},
    }


def compose_invoice_lines(lines: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``InvoiceEndpoint::composeInvoiceLines``: the date defaults to ``date('c')``."""
    return [
        {
            "invoice_line_id": line.get("invoice_line_id"),
            "amount_cents": line["amount_cents"],
            "description": line["description"],
            "date": line.get("date") or php_date_c(),
        }
        for line in lines
    ]


def _opt_string(value: Any) -> Any:
    """``Cast::toOptString``: an empty string becomes null."""
    return None if value == "" else value


@dataclass(frozen=True)
class PhpAnswer:
    """One call and what ``parseResponseBody`` made of it."""

    exchange: Exchange
    data: Any  # the decoded array, None for 204 without body
    error: str | None  # why the library would throw, or None

    @property
    def ok(self) -> bool:
        return self.error is None


class PhpCaller:
    """Sends exactly what the PHP library sends, through the suite's recorded ``Api``."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.company_id = api.credentials.company_id

    def call(
        self, method: str, parts: list[str], body: Mapping[str, Any] | None = None, **query: Any
    ) -> PhpAnswer:
        content = php_json_encode(body) if body else None  # composeRequestBody: empty() -> no body
        exchange = self.api.call(
            method,
            "/" + "/".join(parts),
            content=content,
            headers=PHP_HEADERS,
            params=query or None,
            auth="query",
        )
        return PhpAnswer(exchange, *_parse_response_body(exchange))

    # -- CompanyEndpoint ------------------------------------------------------------------

    def company_fetch(self, company_id: str | None = None) -> PhpAnswer:
        return self.call("GET", ["companies", company_id or self.company_id])

    # -- ImportEndpoint -------------------------------------------------------------------

    def import_create(self, title: str | None = None, expected: int | None = None) -> PhpAnswer:
        body = {"title": title, "company_id": self.company_id, "expected_invoices_count": expected}
        return self.call("POST", ["imports"], body)

    def import_fetch(self, import_id: str) -> PhpAnswer:
        return self.call("GET", ["imports", import_id])

    def import_update(self, import_id: str, expected: int | None = None) -> PhpAnswer:
        return self.call("PUT", ["imports", import_id], {"expected_invoices_count": expected})

    def import_transmit(self, import_id: str) -> PhpAnswer:
        return self.call("PUT", ["imports", import_id, "transmit"])

    def import_delete(self, import_id: str) -> PhpAnswer:
        return self.call("DELETE", ["imports", import_id])

    def import_fetch_all(self) -> tuple[list[Any], list[PhpAnswer]]:
        return self._pages(["companies", self.company_id, "imports"], "imports")

    def import_fetch_page_info(self) -> PhpAnswer:
        return self.call("GET", ["companies", self.company_id, "imports"], page_number=1)

    # -- InvoiceEndpoint ------------------------------------------------------------------

    def invoice_create(
        self,
        import_id: str,
        external_invoice_number: str,
        reference: str | None,
        direct_debit_iban: str | None,
        federation_membership_number: str | None,
        club_membership_number: str | None,
        locale: str | None,
        customer: dict[str, Any],
        invoice_lines: Sequence[Mapping[str, Any]],
        amount_total_cents: int,
    ) -> PhpAnswer:
        body = {
            "import_id": import_id,
            "external_invoice_number": external_invoice_number,
            "reference": reference,
            "direct_debit_iban": direct_debit_iban,
            "federation_membership_number": _opt_string(federation_membership_number),
            "club_membership_number": _opt_string(club_membership_number),
            "locale": locale,
            "customer": customer,
            "invoice_lines": compose_invoice_lines(invoice_lines),
            "amount_total_cents": amount_total_cents,
        }
        return self.call("POST", ["invoices"], body)

    def invoice_update(
        self,
        invoice_id: str,
        external_invoice_number: str,
        reference: str | None,
        direct_debit_iban: str | None,
        federation_membership_number: str | None,
        club_membership_number: str | None,
        locale: str | None,
        customer: dict[str, Any],
    ) -> PhpAnswer:
        body = {
            "external_invoice_number": external_invoice_number,
            "reference": reference,
            "direct_debit_iban": direct_debit_iban,
            "federation_membership_number": _opt_string(federation_membership_number),
            "club_membership_number": _opt_string(club_membership_number),
            "locale": locale,
            "customer": customer,
        }
        return self.call("PUT", ["invoices", invoice_id], body)

    def invoice_credit_and_retract(
        self,
        invoice_id: str,
        external_invoice_number: str,
        description: str,
        retraction_reason: str | None,
        show_retraction_reason_to_customer: bool | None,
    ) -> PhpAnswer:
        body = {
            "external_invoice_number": external_invoice_number,
            "description": description,
            "retraction_reason": retraction_reason,
            "show_retraction_reason_to_customer": show_retraction_reason_to_customer,
        }
        return self.call("POST", ["invoices", invoice_id, "credit_and_retract"], body)

    def invoice_fetch(self, invoice_id: str) -> PhpAnswer:
        return self.call("GET", ["invoices", invoice_id])

    def invoice_delete(self, invoice_id: str) -> PhpAnswer:
        return self.call("DELETE", ["invoices", invoice_id])

    # -- TicketEndpoint -------------------------------------------------------------------

    def ticket_create(self, invoice_id: str, message: str) -> PhpAnswer:
        return self.call("POST", ["invoices", invoice_id, "tickets"], {"message": message})

    def ticket_fetch(self, invoice_id: str) -> PhpAnswer:
        return self.call("GET", ["invoices", invoice_id, "tickets"])

    def ticket_archive(self, invoice_id: str) -> PhpAnswer:
        return self.call("POST", ["invoices", invoice_id, "tickets", "actions", "archive"])

    def ticket_assign_to_support(self, invoice_id: str) -> PhpAnswer:
        return self.call("POST", ["invoices", invoice_id, "tickets", "actions", "assign_to_support"])

    def ticket_fetch_all(self, status: str) -> tuple[list[Any], list[PhpAnswer]]:
        return self._pages(["companies", self.company_id, "tickets", status], "tickets")

    def ticket_fetch_page_info(self, status: str) -> PhpAnswer:
        return self.call("GET", ["companies", self.company_id, "tickets", status], page_number=1)

    def _pages(self, parts: list[str], key: str) -> tuple[list[Any], list[PhpAnswer]]:
        """``Endpoint::restGetPages`` without bounds: page 1, then up to ``page.total_pages``."""
        items: list[Any] = []
        answers: list[PhpAnswer] = []
        page = 0
        while True:
            page += 1
            answer = self.call("GET", parts, page_number=page)
            answers.append(answer)
            data = answer.data if isinstance(answer.data, dict) else {}
            items.extend(data.get(key) or [])
            total = (data.get("page") or {}).get("total_pages")
            if not answer.ok or not isinstance(total, int) or page >= total or page >= 1000:
                return items, answers


def _parse_response_body(exchange: Exchange) -> tuple[Any, str | None]:
    raw = exchange.response.content
    if not raw.strip():
        if exchange.status == 204:
            return None, None
        return None, f"no response body with status {exchange.status}"
    try:
        data = json.loads(raw)
    except ValueError:
        return None, "the response body is not JSON"
    if exchange.status >= 400:
        return data, f"error status {exchange.status}"
    return data, None


# -- what the Resource classes read, with Cast's rules, judged strictly on JSON types ----------

Check = Callable[[Any, str], list[str]]


def man_string(value: Any, where: str) -> list[str]:
    ok = isinstance(value, str) and value != ""
    return [] if ok else [f"{where}: a non-empty string is read (Cast::toManString), got {value!r}"]


def opt_string(value: Any, where: str) -> list[str]:
    return (
        []
        if value is None or isinstance(value, str)
        else [f"{where}: a string or null is read, got {value!r}"]
    )


def man_int(value: Any, where: str) -> list[str]:
    ok = isinstance(value, int) and not isinstance(value, bool)
    return [] if ok else [f"{where}: an integer is read (Cast::toManInt), got {value!r}"]


def man_bool(value: Any, where: str) -> list[str]:
    return (
        []
        if isinstance(value, bool)
        else [f"{where}: a JSON boolean is read (Cast::toManBool), got {value!r}"]
    )


def parse_date_time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def man_date_time(value: Any, where: str) -> list[str]:
    ok = parse_date_time(value) is not None
    return [] if ok else [f"{where}: an ISO 8601 date-time with offset is read, got {value!r}"]


def opt_date_time(value: Any, where: str) -> list[str]:
    return [] if value is None else man_date_time(value, where)


class Shape:
    """An object whose listed keys a resource class reads (each must be present unless optional)."""

    def __init__(
        self, fields: Mapping[str, Check | Shape | ListOf], optional: frozenset[str] = frozenset()
    ) -> None:
        self.fields = dict(fields)
        self.optional = optional

    def __call__(self, value: Any, where: str) -> list[str]:
        if not isinstance(value, dict):
            return [f"{where}: an object is read, got {value!r}"]
        found: list[str] = []
        for key, inner in self.fields.items():
            if key not in value:
                if key not in self.optional:
                    found.append(f"{where}.{key}: read by the library but missing")
                continue
            found += inner(value[key], f"{where}.{key}")
        return found

    def view(self, value: Any) -> Any:
        """What PHPUnit's ``assertEquals`` compares of two resources: only the values read,
        dates as instants (two ``DateTime`` objects are equal when they name the same moment)."""
        if not isinstance(value, dict):
            return value
        return {key: _view(inner, value.get(key)) for key, inner in self.fields.items()}


class ListOf:
    def __init__(self, item: Check | Shape) -> None:
        self.item = item

    def __call__(self, value: Any, where: str) -> list[str]:
        if not isinstance(value, list):
            return [f"{where}: a list is read, got {value!r}"]
        return [
            problem for index, inner in enumerate(value) for problem in self.item(inner, f"{where}[{index}]")
        ]

    def view(self, value: Any) -> Any:
        return [_view(self.item, inner) for inner in value] if isinstance(value, list) else value


def _view(reader: Check | Shape | ListOf, value: Any) -> Any:
    if isinstance(reader, Shape | ListOf):
        return reader.view(value)
    return parse_date_time(value) or value if reader in (man_date_time, opt_date_time) else value


COMPANY = Shape(
    {
        "address1": opt_string,
        "address2": opt_string,
        "brand": opt_string,
        "company_id": man_string,
        "currency": man_string,
        "email": man_string,
        "house_number": opt_string,
        "locale": man_string,
        "name": man_string,
        "zipcode": opt_string,
    }
)
IMPORT = Shape(
    {
        "company_id": man_string,
        "import_id": man_string,
        "title": man_string,
        "transmitted": man_bool,
        "transmitted_at": opt_date_time,
        "invoice_ids": ListOf(man_string),
    },
    optional=frozenset({"invoice_ids"}),  # read with ``?? null``
)
TICKET = Shape(
    {
        "date": man_date_time,
        "invoice_id": opt_string,
        "message": man_string,
        "sender": man_string,
        "ticket_id": man_string,
    },
    optional=frozenset({"invoice_id"}),  # read with ``?? null``, the invoice asked for otherwise
)
INVOICE = Shape(
    {
        "amount_total_cents": man_int,
        "club_membership_number": opt_string,
        "direct_debit_iban": opt_string,
        "external_invoice_number": opt_string,
        "federation_membership_number": opt_string,
        "import_id": man_string,
        "invoice_id": man_string,
        "invoice_number": man_string,
        "locale": opt_string,
        "reference": opt_string,
        "retracted_at": opt_date_time,
        "retraction_reason": opt_string,
        "show_retraction_reason_to_customer": man_bool,
        "customer": Shape(
            {
                "address": Shape(
                    {
                        key: opt_string
                        for key in (
                            "address1",
                            "address2",
                            "city",
                            "country_code",
                            "house_number",
                            "locality",
                            "state",
                            "zipcode",
                        )
                    }
                ),
                "email": Shape({"email_address": opt_string}),
                "name": Shape(
                    {
                        "first_name": opt_string,
                        "infix": opt_string,
                        "last_name": man_string,
                        "organization": opt_string,
                        "prefix": opt_string,
                    }
                ),
                "phone": Shape({"country_code": opt_string, "phone_number": opt_string}),
            }
        ),
        "invoice_lines": ListOf(
            Shape(
                {
                    "amount_cents": man_int,
                    "date": man_date_time,
                    "description": opt_string,
                    "invoice_line_id": man_string,
                    "type": man_string,
                }
            )
        ),
        "messages": ListOf(
            Shape(
                {
                    "date": man_date_time,
                    "description": man_string,
                    "message_id": man_string,
                    "type": man_string,
                }
            )
        ),
        "tickets": ListOf(TICKET),
    }
)
# Listed imports are read by the same Import class, whose title is mandatory: a company holding
# an import created without a title (allowed by the docs) makes the library's fetchAll throw.
# That is the library's limit, not the server's, so lists are judged with the title optional.
IMPORT_LISTED = Shape({**IMPORT.fields, "title": opt_string}, IMPORT.optional)
PAGE_INFO = Shape({"page": Shape({"total_pages": man_int})})
IMPORT_PAGE = Shape({"imports": ListOf(IMPORT_LISTED), "page": Shape({"total_pages": man_int})})
TICKET_LIST = Shape({"tickets": ListOf(TICKET)})
TICKET_PAGE = Shape({"tickets": ListOf(TICKET), "page": Shape({"total_pages": man_int})})
