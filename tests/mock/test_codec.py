"""The mock's fast JSON reading and document compression give the same results as the slow ones."""

from __future__ import annotations

import json
import zlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clubcollect_mock import codec
from clubcollect_mock.api.common import _DECODER, _decode
from clubcollect_mock.errors import dumps

INT64 = st.integers(min_value=-(2**63), max_value=2**64 - 1)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | INT64 | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


def _reference(raw: bytes) -> Any:
    return _DECODER.decode(raw.decode("utf-8"))


@given(JSON_VALUES, st.booleans())
def test_fast_decoding_reads_what_the_reference_reads(value: Any, ascii_only: bool) -> None:
    raw = json.dumps(value, ensure_ascii=ascii_only).encode()
    assert _decode(raw) == _reference(raw)


# Random bytes, and strings made of JSON's own characters (so many of them nearly parse).
JSONISH = st.text(alphabet='{}[]",:0123456789.eE+-nulltrfaseNIy\\ud8', max_size=40).map(str.encode)


@given(st.binary(max_size=64) | JSONISH)
def test_fast_decoding_refuses_what_the_reference_refuses(raw: bytes) -> None:
    try:
        expected = _reference(raw)
    except (ValueError, RecursionError):
        with pytest.raises((ValueError, RecursionError)):
            _decode(raw)
        return
    assert _decode(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        b'"\\ud800"',
        b"\xef\xbb\xbf{}",
        b'{"a": NaN}',
        b"1e400",
        b'{"a": 1, "a": 2}',
        b"[" * 2000 + b"]" * 2000,
    ],
)
def test_inputs_orjson_refuses_get_the_reference_answer(raw: bytes) -> None:
    try:
        expected: Any = _reference(raw)
    except (ValueError, RecursionError) as error:
        expected = type(error)
    try:
        got: Any = _decode(raw)
    except (ValueError, RecursionError) as error:
        got = type(error)
    assert got == expected


@pytest.mark.parametrize(
    "raw",
    [
        b"20000000000000000001",
        b"-9223372036854775809",
        b"18446744073709551616",
        b"123456789012345678901234567890",
        b'{"amount_total_cents": 99999999999999999999, "title": "x"}',
    ],
)
def test_integers_past_64_bits_read_exactly(raw: bytes) -> None:
    # orjson alone would read these as rounded floats; the mock reads every integer exactly, so
    # the bounds rules see the real value.
    assert _decode(raw) == _reference(raw)
    assert json.dumps(_decode(raw)).encode() == json.dumps(_reference(raw)).encode()


@given(st.integers(min_value=-(10**40), max_value=10**40), st.sampled_from(["{}", '{{"n": {}}}', "[1, {}]"]))
def test_every_integer_reads_exactly(number: int, template: str) -> None:
    decoded = _decode(template.format(number).encode())
    assert decoded == json.loads(template.format(number))
    inner = (
        decoded if isinstance(decoded, int) else (decoded["n"] if isinstance(decoded, dict) else decoded[1])
    )
    assert type(inner) is int and inner == number


@given(JSON_VALUES)
def test_encoder_output_is_json_for_the_same_value(value: Any) -> None:
    assert json.loads(dumps(value)) == value


def test_encoder_falls_back_for_values_orjson_refuses() -> None:
    assert dumps({"n": 2**70, "s": "\ud800"}) == b'{"n":1180591620717411303424,"s":"\\ud800"}'


DOCUMENT = dumps(
    {
        "invoice_id": "a" * 40,
        "customer": {"name": {"last_name": "Jansen", "prefix": None}},
        "invoice_lines": [{"invoice_line_id": "b" * 40, "type": "INVOICE-LINE", "amount_cents": 1000}] * 3,
        "retracted_at": None,
    }
)


def test_documents_round_trip_and_shrink() -> None:
    store = codec.Codec()
    packed = store.pack(DOCUMENT)
    assert store.unpack(packed) == DOCUMENT
    assert len(packed) < len(DOCUMENT) / 2


def test_documents_of_older_versions_still_read() -> None:
    compressor = zlib.compressobj(1, zlib.DEFLATED, -12, 4, zlib.Z_DEFAULT_STRATEGY, codec._DICTIONARY)
    zlib_stored = b"\x01" + compressor.compress(DOCUMENT) + compressor.flush()
    store = codec.Codec()
    assert store.unpack(zlib_stored) == DOCUMENT
    assert store.unpack(DOCUMENT) == DOCUMENT  # plain JSON, as the first versions stored it
