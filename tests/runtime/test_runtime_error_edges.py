"""Status errors at their edges: the largest body whose error code is still read, an error built
without a body, and the exact hint a 404 outside /api/v2 gives."""

from __future__ import annotations

import json

from clubcollect_client.runtime.errors import NotFoundError, decode_body, error_code_of

# The largest body the client parses for an error code (64 KiB), and one byte more.
LIMIT = 64 * 1024


def padded(size: int) -> bytes:
    start = json.dumps({"error": "not_found", "pad": ""}).encode()
    body = json.dumps({"error": "not_found", "pad": "x" * (size - len(start))}).encode()
    assert len(body) == size
    return body


def test_the_error_code_is_read_from_a_body_of_exactly_the_limit() -> None:
    assert error_code_of(padded(LIMIT)) == "not_found"
    assert error_code_of(padded(LIMIT + 1)) is None
    assert isinstance(decode_body(padded(LIMIT)), dict)
    assert isinstance(decode_body(padded(LIMIT + 1)), str)


def test_an_error_built_without_a_body_has_none() -> None:
    error = NotFoundError(status_code=404, error_code=None, method="GET", path="/api/v2/invoices/x")
    assert error.content == b"" and error.body is None


def test_a_404_outside_api_v2_says_how_the_base_url_should_end() -> None:
    error = NotFoundError(status_code=404, error_code=None, method="GET", path="/invoices/x")
    assert str(error).endswith(
        " (the request path has no /api/v2: check the base URL, which normally ends"
        " in /api/v2 as in https://app.clubcollect.com/api/v2)"
    )
