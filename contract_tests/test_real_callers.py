"""The one public client, replayed: every call the PHP library makes, in the workflows of its own
tests (which its author ran against the vendor sandbox, and which passed there).

Each request has exactly the library's shape (``php_caller``): the key only in ``?api_key=``,
``Accept`` and ``Content-Type: application/json`` on every call, ``null`` for every optional
argument, the customer as ``composeCustomer`` builds it (``zipcode`` null from the ``zip-code``
slip of its tests), lines dated with ``date('c')``, locale ``NL``, no body on transmit and on the
ticket actions, ``page_number`` alone when listing. Each answer must be what the library reads,
with the JSON types it casts to, and the state the docs describe must follow.
"""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from contract_tests.api import Api
from contract_tests.php_caller import (
    COMPANY,
    IMPORT,
    IMPORT_PAGE,
    INVOICE,
    PAGE_INFO,
    TICKET,
    TICKET_LIST,
    TICKET_PAGE,
    PhpAnswer,
    PhpCaller,
    Shape,
    compose_customer,
)

RULE = "real-caller"


@pytest.fixture
def php(api: Api) -> PhpCaller:
    return PhpCaller(api)


def _title() -> str:
    return secrets.token_hex(16)  # bin2hex(random_bytes(16))


def _number() -> str:
    return secrets.token_hex(5)  # bin2hex(random_bytes(5))


def succeeds(php: PhpCaller, answer: PhpAnswer, what: str, reads: Shape | None = None) -> dict[str, Any]:
    """The call must succeed as the library sees it, and hold every key it reads, typed."""
    php.api.expect(answer.ok, answer.exchange, RULE, f"{what}: the PHP library would throw ({answer.error})")
    data = answer.data if isinstance(answer.data, dict) else {}
    if reads is not None:
        problems = reads(answer.data, "$")
        php.api.expect(
            not problems,
            answer.exchange,
            RULE,
            f"{what}: the PHP library cannot read the answer",
            "\n".join(problems),
        )
    return data


def no_content(php: PhpCaller, answer: PhpAnswer, what: str) -> None:
    """Calls the library makes for their effect: ``parseResponseBody`` accepts an empty body only
    with 204, which is also what the docs give for deletes and ticket actions."""
    php.api.expect_status(answer.exchange, 204, RULE, f"{what} (no content)")
    php.api.expect(answer.ok, answer.exchange, RULE, f"{what}: the PHP library would throw ({answer.error})")


def same_for_php(php: PhpCaller, reads: Shape, first: Any, second: PhpAnswer, what: str) -> None:
    """PHPUnit's ``assertEquals`` of two resources, as the library's tests use it."""
    php.api.expect(
        reads.view(first) == reads.view(second.data),
        second.exchange,
        RULE,
        f"{what}: the PHP library reads something else than before",
        f"before: {reads.view(first)}\nnow: {reads.view(second.data)}",
    )


# The customers of the library's tests, as its callers pass them.
JOHN = compose_customer(
    {"first_name": "John", "last_name": "Doe"},
    {
        "address1": "Some Street",
        "house_number": "1",
        "zip-code": "1000",
        "city": "A Big One",
        "country_code": "NL",
    },
    {"email_address": "noreply@setbased.nl"},
    {"phone_number": "+31-6-12345678", "country_code": "NL"},
)
JANE = compose_customer(
    {"first_name": "Jane", "last_name": "Doe"},
    {
        "address1": "Other Street",
        "house_number": "2",
        "zip-code": "2000",
        "city": "A Not So Big One",
        "country_code": "BE",
    },
    {"email_address": "noreply@setbased.nl"},
    {"phone_number": "+32-4-72345678", "country_code": "BE"},
)
TWO_LINES = [
    {"amount_cents": 5000, "description": "Contribution"},
    {"amount_cents": 500, "description": "Extra Contribution"},
]


def _new_import(php: PhpCaller, title: str | None = None, expected: int | None = None) -> dict[str, Any]:
    made = succeeds(php, php.import_create(title or _title(), expected), "import create", IMPORT)
    return made


def _new_invoice(
    php: PhpCaller,
    import_id: str,
    number: str,
    customer: dict[str, Any],
    lines: list[dict[str, Any]],
    total: int,
) -> tuple[dict[str, Any], PhpAnswer]:
    answer = php.invoice_create(import_id, number, None, None, None, None, "NL", customer, lines, total)
    return succeeds(php, answer, "invoice create", INVOICE), answer


def _delete_open_import(php: PhpCaller, import_id: str) -> None:
    no_content(php, php.import_delete(import_id), "import delete")


# -- CompanyTest, ApiTest -------------------------------------------------------------------


def test_company_fetch(php: PhpCaller) -> None:
    answer = php.company_fetch()
    company = succeeds(php, answer, "company fetch", COMPANY)
    php.api.expect(
        company.get("company_id") == php.company_id, answer.exchange, RULE, "another company answered"
    )


@pytest.mark.parametrize("mangle", [lambda cid: cid + "a", lambda cid: "0" + cid], ids=["suffix", "prefix"])
def test_company_fetch_of_an_id_not_ours_fails(php: PhpCaller, mangle: Any) -> None:
    # CompanyTest::testGetInvalid and ApiTest::testIncorrectCompanyId: the library's own id
    # check lets 41 hex characters through; the server must refuse them.
    answer = php.company_fetch(mangle(php.company_id))
    php.api.expect(not answer.ok, answer.exchange, RULE, "an unknown company id must fail")
    php.api.expect_error(answer.exchange, 404, "not_found", RULE, key="errors")


# -- ImportEndpointTest ---------------------------------------------------------------------


def test_import_crud(php: PhpCaller) -> None:
    title = _title()
    created = php.import_create(title)
    first = succeeds(php, created, "import create", IMPORT)
    php.api.expect(
        first.get("transmitted") is False
        and first.get("title") == title
        and first.get("company_id") == php.company_id
        and first.get("invoice_ids") == []
        and first.get("expected_invoices_count") is None,
        created.exchange,
        RULE,
        "a new import is open, empty, with the title given and no expected count",
    )
    import_id = str(first.get("import_id"))
    fetched = php.import_fetch(import_id)
    succeeds(php, fetched, "import fetch", IMPORT)
    same_for_php(php, IMPORT, first, fetched, "import fetch after create")

    updated = php.import_update(import_id, 123)
    third = succeeds(php, updated, "import update", IMPORT)
    php.api.expect(
        third.get("expected_invoices_count") == 123 and IMPORT.view(third) == IMPORT.view(first),
        updated.exchange,
        RULE,
        "the update answers the import with expected_invoices_count 123 and nothing else changed",
    )
    again = php.import_fetch(import_id)
    php.api.expect(
        succeeds(php, again, "import fetch", IMPORT).get("expected_invoices_count") == 123,
        again.exchange,
        RULE,
        "the updated count is kept",
    )

    _delete_open_import(php, import_id)
    gone = php.import_fetch(import_id)
    php.api.expect(not gone.ok, gone.exchange, RULE, "a deleted import must not be found")
    php.api.expect_error(gone.exchange, 404, "invalid_import_id", RULE, key="errors")


def test_import_fetch_all_and_page_info(php: PhpCaller) -> None:
    title = _title()
    made = [_new_import(php, f"{title}-1"), _new_import(php, f"{title}-2")]
    imports, answers = php.import_fetch_all()
    for answer in answers:
        succeeds(php, answer, "import fetchAll page", IMPORT_PAGE)
    listed = [item.get("import_id") for item in imports if isinstance(item, dict)]
    php.api.expect(
        len(imports) >= 2 and all(item["import_id"] in listed for item in made),
        answers[-1].exchange,
        RULE,
        "fetchAll must list both new imports",
    )
    ours = [
        item
        for item in imports
        if isinstance(item, dict) and item.get("import_id") in {m["import_id"] for m in made}
    ]
    php.api.expect(
        all(item.get("company_id") == php.company_id and item.get("transmitted") is False for item in ours),
        answers[-1].exchange,
        RULE,
        "listed imports carry the company id and a boolean transmitted",
    )
    info = php.import_fetch_page_info()
    page = succeeds(php, info, "import fetchPageInfo", PAGE_INFO).get("page") or {}
    php.api.expect("total_pages" in page, info.exchange, RULE, "fetchPageInfo reads page.total_pages")
    for item in made:
        _delete_open_import(php, item["import_id"])


def test_import_transmit(php: PhpCaller) -> None:
    created = php.import_create(_title(), 1)
    first = succeeds(php, created, "import create", IMPORT)
    php.api.expect(
        first.get("transmitted") is False and first.get("expected_invoices_count") == 1,
        created.exchange,
        RULE,
        "a new import with one expected invoice",
    )
    invoice, _ = _new_invoice(php, first["import_id"], "123456", JOHN, TWO_LINES, 5500)
    transmitted = php.import_transmit(first["import_id"])
    second = succeeds(php, transmitted, "import transmit", IMPORT)  # transmit() reads an Import
    php.api.expect_status(transmitted.exchange, 200, RULE, "transmit answers the Import")
    php.api.expect(
        second.get("transmitted") is True
        and second.get("import_id") == first["import_id"]
        and second.get("company_id") == php.company_id
        and second.get("invoice_ids") == [invoice.get("invoice_id")]
        and second.get("expected_invoices_count") == 1
        and second.get("transmitted_at") is not None,
        transmitted.exchange,
        RULE,
        "the transmit answer is the transmitted import with its invoice",
    )
    shown = php.import_fetch(first["import_id"])
    same_for_php(php, IMPORT, second, shown, "import fetch after transmit")


def test_import_expected_count_typed_as_the_docs_type_it(php: PhpCaller) -> None:
    # Not the PHP library (it sends an integer) but a caller following the import page, which
    # types the field as a string: the answer carries the number.
    answer = php.call(
        "POST", ["imports"], {"title": _title(), "company_id": php.company_id, "expected_invoices_count": "3"}
    )
    made = succeeds(php, answer, "import create with a string count", IMPORT)
    php.api.expect(
        made.get("expected_invoices_count") == 3,
        answer.exchange,
        RULE,
        "expected_invoices_count is answered as 3",
    )
    if answer.ok:
        _delete_open_import(php, str(made.get("import_id")))


# -- InvoiceEndpointTest --------------------------------------------------------------------


def _invoice_holds(
    php: PhpCaller, answer: PhpAnswer, invoice: dict[str, Any], expected: dict[str, Any], what: str
) -> None:
    wrong = {key: invoice.get(key) for key, value in expected.items() if invoice.get(key) != value}
    php.api.expect(
        not wrong,
        answer.exchange,
        RULE,
        f"{what}: fields differ from what was sent",
        f"got {wrong}, sent {expected}",
    )


def test_invoice_crud(php: PhpCaller) -> None:
    import_id = _new_import(php)["import_id"]
    number = _number()
    first, created = _new_invoice(php, import_id, number, JOHN, TWO_LINES, 5500)
    customer = first.get("customer") or {}
    _invoice_holds(
        php,
        created,
        first,
        {
            "import_id": import_id,
            "external_invoice_number": number,
            "reference": None,
            "direct_debit_iban": None,
            "federation_membership_number": None,
            "club_membership_number": None,
            "locale": "nl",
            "amount_total_cents": 5500,
            "retracted_at": None,
        },
        "invoice create",
    )
    php.api.expect(
        customer.get("name", {}).get("first_name") == "John"
        and customer.get("address", {}).get("address1") == "Some Street"
        and customer.get("address", {}).get("zipcode") is None
        and [line.get("amount_cents") for line in first.get("invoice_lines") or []] == [5000, 500],
        created.exchange,
        RULE,
        "invoice create: the customer and lines sent are answered",
    )
    invoice_id = str(first.get("invoice_id"))
    fetched = php.invoice_fetch(invoice_id)
    succeeds(php, fetched, "invoice fetch", INVOICE)
    same_for_php(php, INVOICE, first, fetched, "invoice fetch after create")

    updated = php.invoice_update(invoice_id, number, "reference", None, "asso", "club", "NL", JANE)
    third = succeeds(php, updated, "invoice update", INVOICE)
    _invoice_holds(
        php,
        updated,
        third,
        {
            "reference": "reference",
            "federation_membership_number": "asso",
            "club_membership_number": "club",
            "locale": "nl",
            "external_invoice_number": number,
            "amount_total_cents": 5500,
        },
        "invoice update",
    )
    new_customer = third.get("customer") or {}
    php.api.expect(
        new_customer.get("name", {}).get("first_name") == "Jane"
        and new_customer.get("address", {}).get("address1") == "Other Street"
        and new_customer.get("address", {}).get("country_code") == "BE"
        and new_customer.get("phone", {}).get("phone_number") == "+32-4-72345678"
        and third.get("invoice_lines") == first.get("invoice_lines"),
        updated.exchange,
        RULE,
        "invoice update: the new recipient is answered and the lines are untouched",
    )
    same_for_php(php, INVOICE, third, php.invoice_fetch(invoice_id), "invoice fetch after update")

    no_content(php, php.invoice_delete(invoice_id), "invoice delete")
    gone = php.invoice_fetch(invoice_id)
    php.api.expect(not gone.ok, gone.exchange, RULE, "a deleted invoice must not be found")
    php.api.expect_error(gone.exchange, 404, "invalid_invoice_id", RULE)
    _delete_open_import(php, import_id)


@pytest.mark.parametrize(
    ("reason", "show"),
    [("Personal services to treasurer", False), (None, None)],
    ids=["as-its-test", "nulls"],
)
def test_invoice_credit_and_retract(php: PhpCaller, reason: str | None, show: bool | None) -> None:
    import_id = _new_import(php)["import_id"]
    number = _number()
    invoice, _ = _new_invoice(php, import_id, number, JANE, TWO_LINES, 5500)
    answer = php.invoice_credit_and_retract(str(invoice.get("invoice_id")), number, "Payed", reason, show)
    credited = succeeds(php, answer, "invoice creditAndRetract", INVOICE)
    lines = credited.get("invoice_lines") or []
    php.api.expect(
        credited.get("amount_total_cents") == 0 and len(lines) == 3,
        answer.exchange,
        RULE,
        "after credit and retract the total is 0 with three lines (the library's own test)",
    )
    php.api.expect(
        credited.get("retracted_at") is not None
        and credited.get("retraction_reason") == reason
        and credited.get("show_retraction_reason_to_customer") is bool(show)
        and sum(line.get("amount_cents", 0) for line in lines if isinstance(line, dict)) == 0,
        answer.exchange,
        RULE,
        "the invoice is retracted with the reason given, and its lines sum to the total",
    )
    same_for_php(
        php, INVOICE, credited, php.invoice_fetch(str(invoice.get("invoice_id"))), "fetch after credit"
    )
    _delete_open_import(php, import_id)


# -- TicketEndpointTest ---------------------------------------------------------------------


def _of(invoice_id: str, ticket: Any) -> Any:
    """A ticket as the Ticket class reads it: its own invoice_id, else the invoice asked for."""
    if not isinstance(ticket, dict):
        return ticket
    return {**ticket, "invoice_id": ticket.get("invoice_id") or invoice_id}


def test_tickets(php: PhpCaller) -> None:
    import_id = _new_import(php)["import_id"]
    invoice, _ = _new_invoice(
        php, import_id, _number(), JANE, [{"amount_cents": 5500, "description": "Contribution"}], 5500
    )
    invoice_id = str(invoice.get("invoice_id"))
    message = "My name is not Jane"
    created = php.ticket_create(invoice_id, message)
    ticket = succeeds(php, created, "ticket create", TICKET)
    php.api.expect(
        ticket.get("sender") == "COMPANY"
        and ticket.get("message") == message
        and ticket.get("invoice_id", invoice_id) == invoice_id,
        created.exchange,
        RULE,
        "a ticket made through the API is from the COMPANY, on this invoice",
    )
    fetched = php.ticket_fetch(invoice_id)
    listed = succeeds(php, fetched, "ticket fetch", TICKET_LIST).get("tickets") or []
    php.api.expect(
        len(listed) == 1 and TICKET.view(_of(invoice_id, listed[0])) == TICKET.view(_of(invoice_id, ticket)),
        fetched.exchange,
        RULE,
        "the invoice's tickets are exactly the one created",
    )

    no_content(php, php.ticket_assign_to_support(invoice_id), "ticket assignToSupport")
    no_content(php, php.ticket_archive(invoice_id), "ticket archive")

    archived, pages = php.ticket_fetch_all("archived")
    for answer in pages:
        succeeds(php, answer, "ticket fetchAll page", TICKET_PAGE)
    mine = [
        item
        for item in archived
        if isinstance(item, dict) and item.get("ticket_id") == ticket.get("ticket_id")
    ]
    php.api.expect(
        len(mine) == 1 and mine[0].get("invoice_id") == invoice_id,
        pages[-1].exchange,
        RULE,
        "the archived tickets of the company hold the ticket, with its invoice id",
    )
    info = php.ticket_fetch_page_info("archived")
    page = succeeds(php, info, "ticket fetchPageInfo", PAGE_INFO).get("page") or {}
    php.api.expect(
        {"page_size", "total_entries", "total_pages"} <= set(page),
        info.exchange,
        RULE,
        "fetchPageInfo reads page_size, total_entries and total_pages",
    )
    _delete_open_import(php, import_id)


# -- what the library reads after vendor-side events (needs the mock's controls) ------------


@pytest.mark.mock_control
def test_invoice_with_vendor_events_is_readable(php: PhpCaller, mock_control: Any) -> None:
    import_id = _new_import(php)["import_id"]
    invoice, _ = _new_invoice(php, import_id, _number(), JOHN, TWO_LINES, 5500)
    invoice_id = str(invoice.get("invoice_id"))
    mock_control.payment(invoice_id, 500)
    mock_control.fee(invoice_id, "late_payment", 250)
    mock_control.event(invoice_id, "messages", {"type": "EMAIL", "description": "Reminder sent"})
    mock_control.customer_ticket(invoice_id, "I paid already")
    fetched = php.invoice_fetch(invoice_id)
    shown = succeeds(php, fetched, "invoice fetch after vendor events", INVOICE)
    php.api.expect(
        len(shown.get("messages") or []) == 1 and len(shown.get("tickets") or []) == 1,
        fetched.exchange,
        RULE,
        "the vendor's message and the customer's ticket are on the invoice",
    )
    unanswered, pages = php.ticket_fetch_all("unanswered")
    for page in pages:
        succeeds(php, page, "ticket fetchAll page", TICKET_PAGE)
    php.api.expect(
        any(item.get("invoice_id") == invoice_id and item.get("sender") == "CUSTOMER" for item in unanswered),
        pages[-1].exchange,
        RULE,
        "the customer's ticket is listed as unanswered",
    )
