"""What drift reads from the pieces of a page, each with the place it was read from.

Pages are built here from :mod:`clubcollect_docs.model` objects rather than parsed, so each test
states exactly what a page said: parameters by location and the API key, error codes from bullets
and examples, request and response fields, success statuses with or without a body, the values a
spec enum is shown with, and the payloads under a notification heading.
"""

from __future__ import annotations

import pytest

from clubcollect_docs.model import (
    DocsErrorCode,
    DocsExample,
    DocsLineType,
    DocsOperation,
    DocsPage,
    DocsParameter,
    DocsPayload,
    DocsResponse,
    DocsValueList,
    Where,
)
from clubcollect_docs.names import docs_path
from generator.drift.docs_facts import (
    DocsFacts,
    OperationFacts,
    ParsedExample,
    docs_facts,
    enum_for_field,
    is_auth_parameter,
    notification_payloads,
    parameter_choices,
)

PAGE = "api/invoice.md"


def at(line: int, page: str = PAGE) -> Where:
    return Where(page, line)


def parameter(
    name: str, location: str = "query", description: str = "", line: int = 5, required: bool | None = None
) -> DocsParameter:
    return DocsParameter(name, location, required, "string", description, at(line))


def example(text: str, line: int = 20, page: str = PAGE) -> DocsExample:
    return DocsExample(text, at(line, page))


def operation(
    parameters: list[DocsParameter] | None = None,
    responses: list[DocsResponse] | None = None,
    request_examples: list[DocsExample] | None = None,
    error_bullets: list[DocsErrorCode] | None = None,
) -> DocsOperation:
    url = "https://app.clubcollect.com/api/v2/invoices/:id"
    return DocsOperation(
        PAGE,
        "Get Invoice",
        "GET",
        url,
        docs_path(url),
        at(3),
        parameters or [],
        responses or [],
        request_examples or [],
        error_bullets or [],
    )


def facts_of(op: DocsOperation) -> tuple[DocsFacts, OperationFacts]:
    facts = docs_facts([DocsPage(PAGE, "markdown", "Invoice", operations=[op])])
    (found,) = facts.operations
    return facts, found


def enum_values(facts: DocsFacts) -> dict[str, dict[str, set[Where]]]:
    return {enum: dict(values) for enum, values in facts.enum_values.items()}


# Which spec enum a field name draws its values from.


@pytest.mark.parametrize(
    ("path", "enum"),
    [
        ("invoice_lines[].type", "LineType"),
        ("invoice.invoice_lines[].type", "LineType"),
        ("invoice_lines[].subtype", "LineSubtype"),
        ("messages[].type", "MessageType"),
        ("ticket.messages[].type", "MessageType"),
        ("payment_method", "PaymentMethod"),
        ("payments[].payment_method", "PaymentMethod"),
        ("sender", "TicketSender"),
        ("currency", "Currency"),
        ("amount.original_currency", "Currency"),
        ("locale", "Locale"),
        ("brand", "Brand"),
        ("type", None),
        ("lines[].type", None),
        ("messages[].subtype", None),
        ("invoice_lines[].kind", None),
        ("currency_code", None),
        ("currencies", None),
        ("", None),
    ],
)
def test_enum_for_field_by_last_name_and_parent(path: str, enum: str | None) -> None:
    assert enum_for_field(path) == enum


# Parameters: choices, the API key, locations.


@pytest.mark.parametrize(
    ("description", "choices"),
    [
        ("One of: { open closed archived }", ("open", "closed", "archived")),
        ("one of {open, closed}", ("open", "closed")),
        ("From { a|b }", ("a", "b")),
        ("The state (allowed: open, closed)", ("open", "closed")),
        ("The state (ALLOWED:open)", ("open",)),
        ("Free text, anything goes", ()),
        ("one of the states", ()),
    ],
)
def test_parameter_choices_are_the_values_a_description_lists(
    description: str, choices: tuple[str, ...]
) -> None:
    assert parameter_choices(parameter("status", description=description)) == choices


@pytest.mark.parametrize(
    ("name", "location", "description", "is_key"),
    [
        ("Authorization", "header", "", True),
        ("authorization", "header", "", True),
        ("Authorization", "query", "", False),
        ("api_key", "query", "", True),
        ("Api-Key", "header", "", True),
        ("apikey", "path", "", True),
        ("partner_apikey", "query", "", True),
        ("api_key", "body", "", False),
        ("token", "query", "Your API key, as given by ClubCollect", True),
        ("token", "query", "Your API keys", False),
        ("token", "query", "the rapi key", False),
        ("token", "body", "Your API key", False),
        ("key", "query", "", False),
    ],
)
def test_the_api_key_is_the_authorization_header_or_a_key_like_parameter(
    name: str, location: str, description: str, is_key: bool
) -> None:
    assert is_auth_parameter(parameter(name, location, description)) is is_key


def test_parameters_are_filed_by_location_and_the_api_key_apart() -> None:
    key = parameter("api_key", "query", line=4)
    first_page = parameter("page", "query", line=5)
    again = parameter("page", "query", "repeated further down", line=9)
    content_type = parameter("Content-Type", "header", line=6)
    accept = parameter("accept", "header", line=7)
    custom = parameter("X-Request-Id", "header", line=8)
    invoice = parameter("invoice_id", "path", line=10)
    _, found = facts_of(operation(parameters=[key, first_page, again, content_type, accept, custom, invoice]))
    assert found.auth == [key]
    assert found.parameters == {
        "query": {"page": first_page},
        "header": {"X-Request-Id": custom},
        "path": {"invoice_id": invoice},
    }
    assert (found.names("query"), found.names("cookie")) == ({"page"}, set())
    assert (found.page, found.where, found.method, found.endpoint) == (
        PAGE,
        at(3),
        "GET",
        "GET /invoices/{invoice_id}",
    )
    assert found.path.template == "/invoices/{invoice_id}"


def test_a_parameter_s_listed_choices_are_values_of_its_enum() -> None:
    status = parameter("status", description="One of: { open closed }", line=5)
    currency = parameter("currency", description="(allowed: EUR, GBP)", line=6)
    sender = parameter("sender", description="Who wrote it", line=7)
    key = parameter("api_key", description="(allowed: abc)", line=8)
    facts, _ = facts_of(operation(parameters=[status, currency, sender, key]))
    assert enum_values(facts) == {
        "TicketStatus": {"open": {at(5)}, "closed": {at(5)}},
        "Currency": {"EUR": {at(6)}, "GBP": {at(6)}},
    }


# Error codes, fields, success statuses.


def test_error_codes_come_from_bullets_and_error_examples_first_place_kept() -> None:
    bullets = [DocsErrorCode("invalid_invoice_id", at(30)), DocsErrorCode("invalid_invoice_id", at(31))]
    error_body = example('{\n  "error": "not_found",\n  "errors": "invalid_invoice_id | gone"\n}', line=40)
    responses = [DocsResponse(404, at(39), [error_body])]
    _, found = facts_of(operation(error_bullets=bullets, responses=responses))
    assert found.error_codes == {"invalid_invoice_id": at(30), "not_found": at(41), "gone": at(42)}
    assert found.response_fields == {}


def test_request_fields_with_the_line_each_is_first_written() -> None:
    body = example('{\n  "reference": "x",\n  "invoice_lines": [\n    {"amount_cents": 1}\n  ]\n}', line=50)
    second = example('{"reference": "y", "note": "z"}', line=60)
    _, found = facts_of(operation(request_examples=[body, second]))
    assert found.request_fields == {
        "reference": at(51),
        "invoice_lines": at(52),
        "invoice_lines[].amount_cents": at(53),
        "note": at(60),
    }


def test_response_fields_come_from_success_and_statusless_examples_only() -> None:
    ok = example('{"invoice_id": "1"}', line=70)
    unsaid = example('{"total": 3}', line=75)
    refused = example('{"message": "no", "field": "x"}', line=80)
    responses = [
        DocsResponse(200, at(69), [ok]),
        DocsResponse(None, at(74), [unsaid]),
        DocsResponse(422, at(79), [refused]),
    ]
    _, found = facts_of(operation(responses=responses))
    assert found.response_fields == {"invoice_id": at(70), "total": at(75)}
    assert found.error_codes == {}


@pytest.mark.parametrize(
    ("responses", "success"),
    [
        ([DocsResponse(200, at(1), [example("{}")])], {200: True}),
        ([DocsResponse(204, at(1))], {204: False}),
        ([DocsResponse(205, at(1))], {205: False}),
        ([DocsResponse(200, at(1))], {200: None}),
        ([DocsResponse(201, at(1)), DocsResponse(201, at(2), [example("{}")])], {201: True}),
        ([DocsResponse(201, at(1), [example("{}")]), DocsResponse(201, at(2))], {201: True}),
        ([DocsResponse(204, at(1)), DocsResponse(204, at(2))], {204: False}),
        ([DocsResponse(199, at(1)), DocsResponse(300, at(2)), DocsResponse(None, at(3))], {}),
        ([DocsResponse(299, at(1))], {299: None}),
    ],
)
def test_success_statuses_say_whether_the_page_shows_a_body(
    responses: list[DocsResponse], success: dict[int, bool | None]
) -> None:
    _, found = facts_of(operation(responses=responses))
    assert found.success == success


def test_an_unreadable_example_is_a_problem_with_its_place_and_adds_nothing() -> None:
    broken = example('{"reference": ', line=90)
    responses = [DocsResponse(200, at(89), [example("{oops", line=95), example('{"id": 1}', line=97)])]
    facts, found = facts_of(operation(request_examples=[broken], responses=responses))
    assert (found.request_fields, found.response_fields, found.success) == ({}, {"id": at(97)}, {200: True})
    assert [problem.split(": ", 1)[0] for problem in facts.problems] == [f"{PAGE}:90", f"{PAGE}:95"]
    assert all(len(problem.split(": ", 1)[1]) > 0 for problem in facts.problems)


# Parsed examples.


@pytest.mark.parametrize(
    ("text", "is_error"),
    [
        ('{"error": "x"}', True),
        ('{"errors": ["x"]}', True),
        ('{"error": "x", "errors": ["y"]}', True),
        ('{"error": "x", "message": "m"}', False),
        ("{}", False),
        ('["error"]', False),
        ('"error"', False),
    ],
)
def test_an_error_example_has_only_error_members(text: str, is_error: bool) -> None:
    assert ParsedExample(example(text), example(text).value()).is_error is is_error


def test_a_parsed_example_s_fields_use_the_real_names() -> None:
    text = '{"page:number": 1, "lines": [{"amount:cents": 2}]}'
    assert ParsedExample(example(text), example(text).value()).fields() == {
        "page_number",
        "lines",
        "lines[].amount_cents",
    }


def test_a_parsed_example_keeps_the_example_it_was_read_from() -> None:
    """A caller points at the example's places (``where_is``) through the parsed one."""
    shown = example('{"amount": 1}', line=31)
    expected = ParsedExample(shown, {"amount": 1})
    assert DocsFacts().parse(shown) == expected
    assert DocsFacts().parse_quietly(shown) == expected
    assert DocsFacts().parse_quietly(example("{oops")) is None


# Enum values across a page.


def test_enum_values_from_examples_tables_and_value_lists_skip_placeholders() -> None:
    body = example(
        '{\n  "invoice_lines": [{"type": "product", "subtype": "..."}],\n'
        '  "payment_method": "ideal | sdd",\n  "currency": "<currency>",\n  "locale": "nl nl"\n}',
        line=100,
    )
    page = DocsPage(
        PAGE,
        "markdown",
        "Invoice",
        operations=[operation(request_examples=[body])],
        line_types=[DocsLineType("fee", "admin", at(110)), DocsLineType("discount", None, at(111))],
        value_lists=[
            DocsValueList(
                "The `payment:method` is one of:", (("creditcard", at(120)), ("Not A Value", at(121)))
            ),
            DocsValueList("Some sentence about nothing", (("ignored", at(130)),)),
            DocsValueList("The brand or the locale", (("clubcollect", at(140)),)),
        ],
    )
    facts = docs_facts([page])
    assert enum_values(facts) == {
        "LineType": {"product": {at(101)}, "fee": {at(110)}, "discount": {at(111)}},
        "LineSubtype": {"admin": {at(110)}},
        "PaymentMethod": {"ideal": {at(102)}, "sdd": {at(102)}, "creditcard": {at(120)}},
        "Brand": {"clubcollect": {at(140)}},
    }


@pytest.mark.parametrize("value", ["", "...", ".", "two words", "<unique-id>", " lead"])
def test_placeholders_are_not_enum_values(value: str) -> None:
    facts = DocsFacts()
    facts.add_enum_value("Currency", value, at(1))
    assert enum_values(facts) == {}


def test_the_same_value_shown_twice_keeps_both_places() -> None:
    facts = DocsFacts()
    facts.add_enum_value("Currency", "EUR", at(1))
    facts.add_enum_value("Currency", "EUR", at(2))
    assert enum_values(facts) == {"Currency": {"EUR": {at(1), at(2)}}}


# Notifications, links and anchors.


def test_notification_payloads_are_keyed_by_page_and_heading() -> None:
    payment = DocsPayload(
        "Payment Notification", example('{\n  "invoice_id": "1",\n  "amount": 2\n}', line=10)
    )
    unrelated = DocsPayload("Example Import", example('{"import_id": "1"}', line=20))
    broken = DocsPayload("Webhook body", example('{"x": ', line=30, page="guides/payments.md"))
    under_titled = DocsPayload("Body", example('{"event": "paid"}', line=40, page="guides/callbacks.md"))
    pages = [
        DocsPage("guides/payments.md", "markdown", "Payments", payloads=[unrelated, broken, payment]),
        DocsPage("guides/callbacks.md", "markdown", "Callbacks", payloads=[under_titled]),
    ]
    facts = docs_facts(pages)
    assert notification_payloads(facts) == {
        "payments.md#payment-notification": {"invoice_id": at(11), "amount": at(12)},
        "callbacks.md#body": {"event": Where("guides/callbacks.md", 40)},
    }
    assert len(facts.problems) == 1  # read once by docs_facts, quietly by notification_payloads
    assert facts.problems[0].startswith("guides/payments.md:30: ")


def test_links_and_anchors_of_every_page() -> None:
    from clubcollect_docs.model import DocsLink

    link_a = DocsLink("api/invoice.md", "import.md#get-import", at(5))
    link_b = DocsLink("api/import.md", "invoice.md", at(6, "api/import.md"))
    second = operation()
    second.title = "Delete Invoice"
    pages = [
        DocsPage("api/invoice.md", "markdown", operations=[operation(), second], links=[link_a]),
        DocsPage("api/import.md", "markdown", links=[link_b]),
        DocsPage("other/invoice.txt", "text", operations=[operation()]),
    ]
    facts = docs_facts(pages)
    assert facts.links == [link_a, link_b]
    assert facts.anchors == {"invoice": {"get-invoice", "delete-invoice"}, "import": set()}
