"""The response reader around its schema check: a body the model reads is returned as the model
read it (the schema is only consulted when the model refuses), an answer no schema describes
names its JSON type when the model cannot be built, and an answer built by hand (no request
attached) is still read and reported."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from clubcollect_client.runtime.errors import ResponseValidationError
from clubcollect_client.runtime.reading import ResponseSchemas, read_list, read_model

OPERATION = "get_thing"
STRICT = ResponseSchemas(
    {OPERATION: {200: {"type": "object", "properties": {"count": {"type": "integer"}}}}},
    {},
    {OPERATION: "/api/v2/things/{thing_id}"},
)
UNDESCRIBED = ResponseSchemas({}, {})


def keep(data: dict[str, Any]) -> dict[str, Any]:
    return data


def counted(data: dict[str, Any]) -> int:
    return int(data["count"])


def answer(content: bytes) -> httpx.Response:
    request = httpx.Request("GET", "https://app.clubcollect.com/api/v2/things/t-1")
    return httpx.Response(200, content=content, request=request)


def test_a_body_the_model_reads_is_returned_without_the_schemas_verdict() -> None:
    # The model is the tolerant reader: what it builds is the answer, even where the schema is stricter.
    assert read_model(keep, answer(b'{"count": "7"}'), operation=OPERATION, schemas=STRICT) == {"count": "7"}
    assert read_list(keep, answer(b'[{"count": "7"}]'), operation=OPERATION, schemas=UNDESCRIBED) == [
        {"count": "7"}
    ]


@pytest.mark.parametrize(
    ("content", "got"),
    [(b"[1]", "array"), (b'"text"', "string"), (b"null", "null")],
    ids=["array", "string", "null"],
)
def test_an_answer_no_schema_describes_names_what_it_got_instead_of_an_object(
    content: bytes, got: str
) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        read_model(keep, answer(content), operation=OPERATION, schemas=UNDESCRIBED)
    assert caught.value.problem == f"the answer could not be built (TypeError: expected an object, got {got})"


def test_an_answer_built_by_hand_is_read_and_its_failure_has_no_request_to_name() -> None:
    by_hand = httpx.Response(200, content=b'{"count": "seven"}')
    with pytest.raises(ResponseValidationError) as caught:
        # The model refuses too: the schema check runs with no request path to take parameters from.
        read_model(counted, by_hand, operation=OPERATION, schemas=STRICT)
    error = caught.value
    assert (error.method, error.path, error.json_path) == ("?", "?", "$.count")
    assert error.problem == "expected integer, got string"


def test_a_union_with_a_true_alternative_accepts_any_value() -> None:
    # JSON Schema's boolean schema `true` matches everything; it has no x-read-as to apply.
    schemas = ResponseSchemas({OPERATION: {200: {"anyOf": [{"type": "integer"}, True]}}}, {})
    assert schemas.check(OPERATION, 200, "anything") == ("anything", None)
    assert schemas.check(OPERATION, 200, 3) == (3, None)


def test_a_tolerated_form_listed_first_is_tried_last_and_read_as_its_type() -> None:
    # Besides a boolean alternative, the x-read-as lookup reads each option's keywords: listed
    # first, the tolerated form still loses to the documented type and rewrites only what it explains.
    schemas = ResponseSchemas(
        {
            OPERATION: {
                200: {"anyOf": [{"type": "string", "x-read-as": "null"}, {"type": "string", "const": "a"}]}
            }
        },
        {},
    )
    assert schemas.check(OPERATION, 200, "a") == ("a", None)
    assert schemas.check(OPERATION, 200, "") == (None, None)
