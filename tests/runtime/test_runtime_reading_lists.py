"""read_list on an answer the spec says nothing about: the problem names what came instead of an array."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from clubcollect_client.runtime.errors import ResponseValidationError
from clubcollect_client.runtime.reading import ResponseSchemas, read_list

# No schema for this operation's answer: only the model builder can refuse it.
UNDESCRIBED = ResponseSchemas({}, {})


def test_an_object_where_a_list_belongs_is_named_as_an_object() -> None:
    def build_item(data: dict[str, Any]) -> dict[str, Any]:
        return data

    answer = httpx.Response(200, content=b'{"items": []}')
    with pytest.raises(ResponseValidationError) as caught:
        read_list(build_item, answer, operation="list_things", schemas=UNDESCRIBED)
    assert caught.value.problem == "the answer could not be built (TypeError: expected an array, got object)"
