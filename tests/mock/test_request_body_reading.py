"""read_body on ASGI messages given by hand: how it joins chunks, where the 1 MiB limit falls,
that a declared length past it is refused before any chunk is read (DECISIONS A6), and the ASGI
defaults of a message without ``body`` or ``more_body``."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from starlette.requests import ClientDisconnect, Request

from clubcollect_mock.api.common import read_body
from clubcollect_mock.config import MAX_BODY_BYTES
from clubcollect_mock.errors import ApiError

Message = dict[str, Any]


def request_of(messages: list[Message], content_length: int | None = None) -> Request:
    """A POST whose body arrives as ``messages``; asking for one more fails the test."""
    pending = list(messages)

    async def receive() -> Message:
        assert pending, "read_body asked for a message after the last one"
        return pending.pop(0)

    headers = [] if content_length is None else [(b"content-length", str(content_length).encode())]
    scope = {"type": "http", "method": "POST", "path": "/", "query_string": b"", "headers": headers}
    return Request(scope, receive)


def chunks(*parts: bytes) -> list[Message]:
    """One http.request message a part, each but the last saying more follows."""
    return [
        {"type": "http.request", "body": part, "more_body": index < len(parts) - 1}
        for index, part in enumerate(parts)
    ]


def read(request: Request) -> bytes:
    return asyncio.run(read_body(request))


@pytest.mark.parametrize("parts", [(b'{"a": 1}',), (b'{"a"', b": 1}"), (b"{", b'"a": ', b"1}")])
def test_the_chunks_of_a_body_are_joined_in_order(parts: tuple[bytes, ...]) -> None:
    assert read(request_of(chunks(*parts))) == b'{"a": 1}'


def test_a_message_without_body_or_more_body_is_an_empty_last_chunk() -> None:
    # The ASGI defaults: body b"" and more_body False.
    assert read(request_of([{"type": "http.request"}])) == b""


def test_a_body_of_exactly_the_limit_is_read() -> None:
    body = b" " * MAX_BODY_BYTES
    assert read(request_of(chunks(body), content_length=MAX_BODY_BYTES)) == body
    half = MAX_BODY_BYTES // 2
    assert read(request_of(chunks(b" " * half, b" " * (MAX_BODY_BYTES - half)))) == body


def test_a_declared_length_past_the_limit_is_refused_before_reading() -> None:
    with pytest.raises(ApiError) as refusal:
        read(request_of([], content_length=MAX_BODY_BYTES + 1))
    assert (refusal.value.status, refusal.value.code) == (413, "request_too_large")


def test_chunks_that_together_pass_the_limit_are_refused() -> None:
    # No Content-Length (a chunked upload): the count over the chunks read so far decides.
    half = MAX_BODY_BYTES // 2 + 1
    with pytest.raises(ApiError) as refusal:
        read(request_of(chunks(b" " * half, b" " * half, b"never read")))
    assert (refusal.value.status, refusal.value.code) == (413, "request_too_large")


def test_a_disconnect_before_the_last_chunk_ends_the_read() -> None:
    with pytest.raises(ClientDisconnect):
        read(request_of([*chunks(b"{", b"}")[:1], {"type": "http.disconnect"}]))
