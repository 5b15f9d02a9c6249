"""The response reader: tolerated forms are read, everything else is one typed error with a path."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest

from clubcollect_client.runtime.errors import ClubCollectError, ResponseValidationError
from clubcollect_client.runtime.reading import ResponseSchemas, json_path, read_model

CANARY = "canary-key-5f2b9c0d8e7a6b4c3d2e1f0a9b8c7d6e5f4a3b2c"

COMPONENTS: dict[str, Any] = {
    "Item": {
        "type": "object",
        "required": ["id", "done"],
        "properties": {
            "id": {"type": "string"},
            "done": {
                "anyOf": [
                    {"type": "boolean"},
                    {"type": "string", "enum": ["true", "false"], "x-read-as": "boolean"},
                ]
            },
            "at": {
                "anyOf": [
                    {"type": "string", "format": "date-time"},
                    {"type": "null"},
                    {"type": "string", "x-read-as": "null"},
                ]
            },
            "count": {"type": ["integer", "null"]},
            "kind": {"type": "string", "enum": ["a", "b"]},
        },
    },
    "Page": {
        "type": "object",
        "required": ["items"],
        "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}},
    },
}
SCHEMAS = ResponseSchemas({"list_items": {200: {"$ref": "#/components/schemas/Page"}}}, COMPONENTS)


def check(value: Any) -> tuple[Any, str | None]:
    checked, problem = SCHEMAS.check("list_items", 200, value)
    return checked, (f"{json_path(problem.path)}: {problem.message}" if problem else None)


def test_a_valid_body_passes_unchanged() -> None:
    body = {"items": [{"id": "x", "done": True, "at": "2026-01-02T03:04:05Z", "count": None}]}
    assert check(body) == (body, None)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"id": "x", "done": "true"}, {"id": "x", "done": True}),
        ({"id": "x", "done": "false"}, {"id": "x", "done": False}),
        ({"id": "x", "done": True, "at": "2019-09-116T15:53:08Z"}, {"id": "x", "done": True, "at": None}),
    ],
)
def test_tolerated_forms_are_read_as_the_documented_type(
    item: dict[str, Any], expected: dict[str, Any]
) -> None:
    checked, problem = check({"items": [item]})
    assert problem is None
    assert checked == {"items": [expected]}


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({}, "$.items: is required but absent"),
        ({"items": {}}, "$.items: expected array, got object"),
        ({"items": [{"id": "x"}]}, "$.items[0].done: is required but absent"),
        ({"items": [{"id": 1, "done": True}]}, "$.items[0].id: expected string, got integer"),
        ({"items": [{"id": "x", "done": "yes"}]}, "$.items[0].done: 'yes' is not one of ['true', 'false']"),
        (
            {"items": [{"id": "x", "done": True, "count": 1.5}]},
            "$.items[0].count: expected integer or null, got number",
        ),
        (
            {"items": [{"id": "x", "done": True, "count": True}]},
            "$.items[0].count: expected integer or null, got boolean",
        ),
        (
            {"items": [{"id": "x", "done": True, "kind": "c"}]},
            "$.items[0].kind: 'c' is not one of ['a', 'b']",
        ),
        (
            {"items": [{"id": "x", "done": True}, {"id": "y", "done": None}]},
            "$.items[1].done: expected boolean, got null",
        ),
    ],
)
def test_the_first_problem_is_named_by_its_json_path(body: dict[str, Any], problem: str) -> None:
    assert check(body)[1] == problem


def test_paths_quote_keys_that_are_not_identifiers() -> None:
    assert json_path(["a b", 0, "c"]) == '$["a b"][0].c'
    assert json_path([]) == "$"


def _response(
    content: bytes, status: int = 200, url: str = "https://api.test/api/v2/items"
) -> httpx.Response:
    request = httpx.Request("GET", f"{url}?api_key={CANARY}")
    return httpx.Response(status, content=content, request=request)


def build(data: dict[str, Any]) -> tuple[str, ...]:
    """A stand-in for a generated from_dict: strict about types, as the templates make them."""
    items = data["items"]
    if not isinstance(items, list):
        raise TypeError("items")
    ids = []
    for item in items:
        if not isinstance(item["done"], bool):
            raise TypeError("done")
        ids.append(item["id"])
    return tuple(ids)


def read(content: bytes, status: int = 200) -> tuple[str, ...]:
    return read_model(
        build, _response(content, status), operation="list_items", schemas=SCHEMAS, secrets=[CANARY]
    )


def test_the_model_is_built_from_a_valid_body() -> None:
    assert read(b'{"items": [{"id": "a", "done": true}]}') == ("a",)


def test_a_tolerated_form_is_rewritten_and_the_model_built_again() -> None:
    assert read(b'{"items": [{"id": "a", "done": "true"}]}') == ("a",)


@pytest.mark.parametrize(
    ("content", "json_path_", "problem"),
    [
        (b"<html>bad gateway</html>", "$", "the body is not JSON (JSONDecodeError)"),
        (b"\xc3\x28", "$", "the body is not JSON (UnicodeDecodeError)"),
        (b"[1, 2]", "$", "expected object, got array"),
        (b"[]", "$", "expected object, got array"),
        (b'{"items": [{"done": true}]}', "$.items[0].id", "is required but absent"),
        (b'{"items": [{"id": "a", "done": 1}]}', "$.items[0].done", "expected boolean, got integer"),
        (
            b'{"items": [{"id": "a", "done": "maybe"}]}',
            "$.items[0].done",
            "'maybe' is not one of ['true', 'false']",
        ),
    ],
)
def test_what_cannot_be_read_is_one_typed_error(content: bytes, json_path_: str, problem: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        read(content)
    error = caught.value
    assert isinstance(error, ClubCollectError)
    assert (error.operation, error.status_code, error.method) == ("list_items", 200, "GET")
    assert (error.json_path, error.problem) == (json_path_, problem)
    assert error.path == "/api/v2/items"
    # Nothing is chained: a decode error kept as __context__ would hold the whole raw body (.doc).
    assert error.__cause__ is None and error.__context__ is None


def test_a_schema_valid_body_the_model_refuses_still_raises_the_typed_error() -> None:
    def refusing(data: dict[str, Any]) -> None:
        raise KeyError("generator and spec disagree")

    with pytest.raises(ResponseValidationError) as caught:
        read_model(refusing, _response(b'{"items": []}'), operation="list_items", schemas=SCHEMAS)
    assert caught.value.json_path == "$"
    assert "could not be built" in caught.value.problem
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_a_member_the_request_names_is_filled_in_from_the_path() -> None:
    components = {
        "Thing": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "id": {"type": "string", "x-default-from-path": "thing_id"},
                "name": {"type": "string"},
            },
        }
    }
    schemas = ResponseSchemas(
        {"update_thing": {200: {"$ref": "#/components/schemas/Thing"}}},
        components,
        {"update_thing": "/things/{thing_id}"},
    )

    def needs_id(data: dict[str, Any]) -> tuple[str, str]:
        return data["id"], data["name"]

    def answer(body: bytes, url: str) -> httpx.Response:
        return httpx.Response(200, content=body, request=httpx.Request("PUT", url))

    read = read_model(
        needs_id,
        answer(b'{"name": "n"}', "https://h/api/v2/things/t%201"),
        operation="update_thing",
        schemas=schemas,
    )
    assert read == ("t 1", "n")
    sent = read_model(
        needs_id,
        answer(b'{"id": "own", "name": "n"}', "https://h/api/v2/things/t"),
        operation="update_thing",
        schemas=schemas,
    )
    assert sent == ("own", "n")  # what the server sends wins
    with pytest.raises(ResponseValidationError):  # no such path parameter: nothing to fill in
        read_model(
            needs_id,
            answer(b'{"name": "n"}', "https://h/api/v2/other"),
            operation="update_thing",
            schemas=schemas,
        )


# An invoice as the slow path sees it: an id the request path can supply, and a tolerated form.
INVOICE_SCHEMAS = ResponseSchemas(
    {"update_invoice": {200: {"$ref": "#/components/schemas/Invoice"}}},
    {
        "Invoice": {
            "type": "object",
            "required": ["paid"],
            "properties": {
                "invoice_id": {"type": "string", "x-default-from-path": "invoice_id"},
                "paid": COMPONENTS["Item"]["properties"]["done"],  # boolean, or "true"/"false"
            },
        }
    },
    {"update_invoice": "/invoices/{invoice_id}"},
)


def _invoice_id_and_paid(data: dict[str, Any]) -> tuple[str, bool]:
    """A stand-in for Invoice.from_dict: the id is required, paid must be a real boolean."""
    invoice_id, paid = data["invoice_id"], data["paid"]
    if not isinstance(invoice_id, str) or not isinstance(paid, bool):
        raise TypeError("invoice")
    return invoice_id, paid


@pytest.mark.parametrize(
    "paid", [b'"true"', b"true"], ids=["slow-path-tolerated-form", "fast-path-documented-form"]
)
def test_the_path_never_overwrites_an_invoice_id_the_answer_carries(paid: bytes) -> None:
    # x-default-from-path fills in an absent member; an id the server did send is the truth.
    answer = httpx.Response(
        200,
        content=b'{"invoice_id": "from-the-body", "paid": %s}' % paid,
        request=httpx.Request("PUT", "https://h/api/v2/invoices/from-the-path"),
    )
    read = read_model(_invoice_id_and_paid, answer, operation="update_invoice", schemas=INVOICE_SCHEMAS)
    assert read == ("from-the-body", True)


def test_the_path_fills_in_an_absent_invoice_id_on_the_slow_path() -> None:
    # The counterpart: with the id left out, a tolerated form elsewhere does not stop the fill-in.
    answer = httpx.Response(
        200,
        content=b'{"paid": "false"}',
        request=httpx.Request("PUT", "https://h/api/v2/invoices/from-the-path"),
    )
    read = read_model(_invoice_id_and_paid, answer, operation="update_invoice", schemas=INVOICE_SCHEMAS)
    assert read == ("from-the-path", False)


def test_the_key_never_appears_in_the_error() -> None:
    body = b'{"items": [{"id": "%s", "done": 7}], "echo": "ApiKey %s"}' % (CANARY.encode(), CANARY.encode())
    with pytest.raises(ResponseValidationError) as caught:
        read(body)
    error = caught.value
    for text in (
        str(error),
        repr(error),
        error.content.decode(),
        repr(pickle.loads(pickle.dumps(error)).content),
    ):
        assert CANARY not in text
    assert b"<redacted>" in error.content


def test_a_problem_quoting_the_key_is_redacted() -> None:
    # The problem text names the offending value ("'...' is not one of"), which can be an echoed key.
    with pytest.raises(ResponseValidationError) as caught:
        read(b'{"items": [{"id": "x", "done": "%s"}]}' % CANARY.encode())
    error = caught.value
    for text in (error.problem, str(error), repr(error), error.content.decode()):
        assert CANARY not in text
    assert "<redacted>" in error.problem
