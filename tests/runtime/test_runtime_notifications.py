"""Notification parsing: valid bodies, malformed ones, wrong keys, and messages free of keys."""

from __future__ import annotations

import hmac
import json
import traceback
from collections.abc import Mapping

import pytest

from clubcollect_client.runtime.notifications import (
    MAX_NOTIFICATION_BYTES,
    InvalidNotification,
    Notification,
    parse_notification,
)
from clubcollect_client.runtime.redaction import Secret

CANARY = "canary-0123456789abcdef0123456789abcdef"
OTHER_KEY = "canary-0123456789abcdef0123456789abcdeX"  # differs in the last character only
INVOICE_1 = "0123456789abcdef0123456789abcdef01234567"
INVOICE_2 = "89abcdef0123456789abcdef0123456789abcdef"
IMPORT_1 = "fedcba9876543210fedcba9876543210fedcba98"


def body(**fields: object) -> dict[str, object]:
    return {"api_key": CANARY, "invoice_ids": [INVOICE_1, INVOICE_2], "import_ids": [IMPORT_1], **fields}


def as_bytes(document: Mapping[str, object]) -> bytes:
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    "raw", [as_bytes(body()), as_bytes(body()).decode(), body()], ids=["bytes", "str", "mapping"]
)
def test_valid_batch_in_every_input_form(raw: bytes | str | Mapping[str, object]) -> None:
    notification = parse_notification(raw, expected_api_key=CANARY)
    assert notification == Notification(invoice_ids=(INVOICE_1, INVOICE_2), import_ids=(IMPORT_1,))
    assert isinstance(notification.invoice_ids, tuple)


def test_real_time_body_with_one_invoice() -> None:
    raw = as_bytes({"api_key": CANARY, "invoice_ids": [INVOICE_1], "import_ids": []})
    assert parse_notification(raw, expected_api_key=Secret(CANARY)) == Notification((INVOICE_1,), ())


def test_missing_lists_are_empty_and_extra_fields_ignored() -> None:
    raw = as_bytes({"api_key": CANARY, "invoice_ids": [INVOICE_1], "sent_at": "2024-01-01T00:00:00Z"})
    assert parse_notification(raw, expected_api_key=CANARY) == Notification((INVOICE_1,), ())


def test_notification_is_immutable() -> None:
    notification = parse_notification(body(), expected_api_key=CANARY)
    with pytest.raises(AttributeError):
        notification.invoice_ids = ()  # type: ignore[misc]


def test_vendor_example_id_with_a_non_hex_character_is_accepted_by_default() -> None:
    # FACTS 7.12: the documented example carries an id that is not pure hex.
    odd = "0123456789abcdef0123456789abcdef0123456g"
    assert parse_notification(body(invoice_ids=[odd]), expected_api_key=CANARY).invoice_ids == (odd,)
    with pytest.raises(InvalidNotification, match=r"invoice_ids\[0\] is not a valid id"):
        parse_notification(body(invoice_ids=[odd]), expected_api_key=CANARY, strict_ids=True)
    assert parse_notification(body(), expected_api_key=CANARY, strict_ids=True).import_ids == (IMPORT_1,)


INVALID_BODIES: list[tuple[object, str]] = [
    (b"", "not valid UTF-8 JSON"),
    (b"not json", "not valid UTF-8 JSON"),
    (b'{"api_key": "' + CANARY.encode() + b'", ', "not valid UTF-8 JSON"),
    (b"\xff\xfe{}", "not valid UTF-8 JSON"),
    ("[" * 100_000, "not valid UTF-8 JSON"),
    (b" " * (MAX_NOTIFICATION_BYTES + 1), "too large"),
    (b"[]", "not a JSON object"),
    (b"null", "not a JSON object"),
    (json.dumps(CANARY).encode(), "not a JSON object"),
    (12, "unsupported type"),
    (None, "unsupported type"),
    ({"invoice_ids": []}, "api_key is missing"),
    (body(api_key=None), "api_key is missing"),
    (body(api_key=""), "api_key is missing"),
    (body(api_key=[CANARY]), "api_key is missing"),
    (body(api_key=OTHER_KEY), "does not match"),
    (body(api_key=CANARY.upper()), "does not match"),
    (body(api_key=CANARY + " "), "does not match"),
    (body(api_key="ключ"), "does not match"),  # non-ASCII must not crash compare_digest
    (body(invoice_ids=INVOICE_1), "invoice_ids is not a list"),
    (body(invoice_ids=None), "invoice_ids is not a list"),
    (body(invoice_ids={"id": INVOICE_1}), "invoice_ids is not a list"),
    (body(import_ids=[IMPORT_1, 7]), r"import_ids\[1\] is not a string"),
    (body(import_ids=[[IMPORT_1]]), r"import_ids\[0\] is not a string"),
    (body(invoice_ids=[""]), r"invoice_ids\[0\] is not a valid id"),
    (body(invoice_ids=["../companies/x"]), r"invoice_ids\[0\] is not a valid id"),
    (body(invoice_ids=[INVOICE_1, f"{INVOICE_2}?api_key={CANARY}"]), r"invoice_ids\[1\] is not a valid id"),
    (body(invoice_ids=[f"{INVOICE_1}\n"]), r"invoice_ids\[0\] is not a valid id"),
    (body(invoice_ids=["x" * 256]), r"invoice_ids\[0\] is not a valid id"),
]


@pytest.mark.parametrize(("raw", "message"), INVALID_BODIES)
def test_invalid_bodies_are_refused(raw: object, message: str) -> None:
    with pytest.raises(InvalidNotification, match=message):
        parse_notification(raw, expected_api_key=CANARY)  # type: ignore[arg-type]


@pytest.mark.parametrize(("raw", "message"), INVALID_BODIES)
def test_no_error_message_or_traceback_contains_a_key(raw: object, message: str) -> None:
    with pytest.raises(InvalidNotification) as caught:
        parse_notification(raw, expected_api_key=CANARY)  # type: ignore[arg-type]
    error = caught.value
    rendered = [str(error), repr(error), "".join(traceback.format_exception(error))]
    for text in rendered:
        assert CANARY not in text
        assert OTHER_KEY not in text
        assert CANARY.upper() not in text
    # The JSON decode error (whose .doc holds the whole body) is not chained, not even hidden.
    assert error.__cause__ is None
    assert error.__context__ is None


def test_invalid_notification_is_a_value_error() -> None:
    assert issubclass(InvalidNotification, ValueError)


def test_key_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return a == b

    monkeypatch.setattr(hmac, "compare_digest", spy)
    parse_notification(body(), expected_api_key=CANARY)
    assert calls == [(CANARY.encode(), CANARY.encode())]


def test_key_is_checked_before_the_ids() -> None:
    with pytest.raises(InvalidNotification, match="does not match"):
        parse_notification(body(api_key=OTHER_KEY, invoice_ids="junk"), expected_api_key=CANARY)


@pytest.mark.parametrize("expected", ["", Secret("")])
def test_empty_expected_key_is_a_configuration_error(expected: str | Secret) -> None:
    with pytest.raises(ValueError, match="expected_api_key") as caught:
        parse_notification(body(api_key=""), expected_api_key=expected)
    assert type(caught.value) is ValueError


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b" " * (MAX_NOTIFICATION_BYTES + 1), "notification body is too large"),
        (b"{", "notification body is not valid UTF-8 JSON"),
        # Valid JSON in UTF-16: json.loads would guess the encoding of bytes; a notification is UTF-8.
        (json.dumps(body()).encode("utf-16"), "notification body is not valid UTF-8 JSON"),
        (b"[]", "notification body is not a JSON object"),
        (12, "notification body has unsupported type int"),
        (body(api_key=None), "notification api_key is missing or not a string"),
        (body(api_key=OTHER_KEY), "notification api_key does not match"),
    ],
    ids=["too-large", "not-json", "utf16-json", "array", "int", "no-key", "other-key"],
)
def test_a_refusal_says_exactly_why(raw: object, message: str) -> None:
    with pytest.raises(InvalidNotification) as caught:
        parse_notification(raw, expected_api_key=CANARY)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_a_body_of_exactly_the_size_limit_is_read() -> None:
    raw = as_bytes(body())
    raw += b" " * (MAX_NOTIFICATION_BYTES - len(raw))
    assert parse_notification(raw, expected_api_key=CANARY).import_ids == (IMPORT_1,)


def test_an_empty_expected_key_is_named() -> None:
    with pytest.raises(ValueError, match=r"^expected_api_key must be a non-empty string$"):
        parse_notification(body(), expected_api_key="")
