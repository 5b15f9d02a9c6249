"""The quick create reader (msgspec) accepts only what the judge accepts, and reads it the same.

``quick_invoice_create`` answers ``None`` for anything it does not plainly accept, and the judge
(``invoice_create`` after the reference decoder) then decides: so the property checked on every
body here is that whenever the quick reader answers, the judge accepts the same bytes and reads
the very same invoice (compared as values and as the JSON the document is made of, key order
included). The usual bodies must take the quick path, or the property would hold vacuously.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from clubcollect_mock.api.common import parse_object
from clubcollect_mock.config import INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, MAX_LONG_TEXT, MAX_STRING
from clubcollect_mock.errors import ApiError
from clubcollect_mock.schemas.invoice import CUSTOMER_PARTS, InvoiceInput, invoice_create
from clubcollect_mock.schemas.invoice_fast import quick_invoice_create

from .json_paths import json_paths

IMPORT_ID = "0123456789abcdef0123456789abcdef01234567"


def _judge(raw: bytes) -> InvoiceInput | None:
    """The reference reading of a create body, or None when it is refused."""
    try:
        return invoice_create(parse_object(raw))
    except ApiError:
        return None


def _as_json(data: InvoiceInput) -> bytes:
    return orjson.dumps(
        [
            data.import_id,
            data.fields,
            data.customer,
            data.lines,
            data.amount_total_cents,
            data.chosen_line_ids,
        ]
    )


def assert_agree(raw: bytes, *, quick_expected: bool = False) -> None:
    quick = quick_invoice_create(raw)
    if quick_expected:
        assert quick is not None, raw
    if quick is None:
        return
    judged = _judge(raw)
    assert judged is not None, f"the quick reader accepted a body the judge refuses: {raw!r}"
    assert quick == judged
    assert _as_json(quick) == _as_json(judged)


def plain_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "import_id": IMPORT_ID,
        "external_invoice_number": "INV-1",
        "reference": "Season",
        "locale": "NL",
        "direct_debit_iban": "NL91 ABNA 0417 1643 00",
        "customer": {
            "name": {"first_name": "Anna", "last_name": "Jansen", "prefix": None},
            "email": {"email_address": "anna@example.org"},
            "address": {"address1": "Dorpsstraat", "city": "Utrecht"},
        },
        "invoice_lines": [
            {"amount_cents": 1000, "description": "Fee", "date": "2026-01-15T10:00:00+00:00"},
            {"amount_cents": -200, "description": "Discount", "date": "2026-01-15t10:00:00.5z"},
        ],
        "amount_total_cents": 800,
    }
    body.update(changes)
    return body


def _mostly(*values: Any) -> st.SearchStrategy[Any]:
    """One of ``values``, the first two (the valid ones) four times as often as each other."""
    return st.sampled_from([*values[:2] * 4, *values[2:]])


# Text that tests the length limits in characters, with letters outside ASCII and the BMP;
# mostly valid, so that many generated bodies are accepted and both readers really read them.
def _texts(max_size: int) -> st.SearchStrategy[str]:
    return st.text(st.sampled_from("aZ é€😀\u0301"), max_size=8) | st.sampled_from(
        ["x" * max_size, "😀" * max_size, "é" * (max_size + 1)]
    )


optional_text = st.none() | _texts(MAX_STRING)
lines = st.lists(
    st.fixed_dictionaries(
        {
            "amount_cents": st.integers(INT32_MIN, INT32_MAX)
            | st.integers(-5, 5)
            | st.sampled_from([INT32_MIN - 1, INT32_MAX + 1])
        },
        optional={
            "description": st.none() | _texts(MAX_LONG_TEXT),
            "date": st.none()
            | st.sampled_from(["2026-01-15T10:00:00Z", "2026-01-15t10:00:00.123+02:00"])
            | st.sampled_from(["2026-02-30T10:00:00Z", "2026-01-15", "x"]),
            "invoice_line_id": st.none() | st.none() | st.just("L-1"),
        },
    ),
    min_size=0,
    max_size=3,
)
contacts_that_reach = [
    {"email": {"email_address": "a@example.org"}},
    {"phone": {"phone_number": "0612345678"}},
    {"address": {"address1": "Dorpsstraat", "city": "Utrecht"}},
]
contacts = st.sampled_from(contacts_that_reach) | st.sampled_from(
    [
        {"email": {"email_address": "not an address"}},
        {"address": {"zipcode": "1234 AB"}},
        {},
    ]
)
customer_parts = st.builds(
    lambda contact, name, extra: {**extra, "name": name, **contact},
    contacts,
    st.fixed_dictionaries(
        {"last_name": _mostly("Jansen", "é" * MAX_STRING, "")},
        optional={key: optional_text for key in CUSTOMER_PARTS["name"] if key != "last_name"},
    ),
    st.fixed_dictionaries(
        {},
        optional={
            part: st.none() | st.fixed_dictionaries({}, optional=dict.fromkeys(keys, optional_text))
            for part, keys in CUSTOMER_PARTS.items()
            if part != "name"
        },
    ),
)
bodies = st.fixed_dictionaries(
    {
        "import_id": st.just(IMPORT_ID),
        "external_invoice_number": _mostly("E-1", "€" * MAX_STRING, "", "x" * (MAX_STRING + 1)),
        "customer": st.booleans().flatmap(lambda given: customer_parts if given else st.none()),
        "invoice_lines": lines,
    },
    optional={
        "reference": optional_text,
        "member_external_id": optional_text,
        "direct_debit_iban": st.none() | st.sampled_from(["NL91ABNA0417164300", "NL00ABNA0417164300", ""]),
        "locale": _mostly(None, "nl", "EN", "xx", "İt", ""),
    },
)


@given(bodies, st.booleans(), st.integers(-1, 1))
def test_generated_bodies_read_alike(body: dict[str, Any], ascii_only: bool, off_by: int) -> None:
    total = sum(line["amount_cents"] for line in body["invoice_lines"])
    body["amount_total_cents"] = total + off_by if off_by else total
    assert_agree(json.dumps(body, ensure_ascii=ascii_only).encode())


valid_text = st.text(st.sampled_from("aZ é€😀\u0301"), max_size=8) | st.just("😀" * MAX_STRING)
valid_bodies = st.fixed_dictionaries(
    {
        "import_id": st.just(IMPORT_ID),
        "external_invoice_number": st.text(min_size=1, max_size=MAX_STRING),
        "customer": st.builds(
            lambda contact, name, extra: {**extra, "name": name, **contact},
            contacts.filter(lambda contact: contact in contacts_that_reach),
            st.fixed_dictionaries({"last_name": st.text(min_size=1, max_size=9)}),
            st.fixed_dictionaries(
                {}, optional={"phone": st.fixed_dictionaries({}, optional={"country_code": valid_text})}
            ),
        ),
        "invoice_lines": st.lists(
            st.fixed_dictionaries(
                {"amount_cents": st.integers(INT32_MIN, INT32_MAX)},
                optional={
                    "description": st.none() | valid_text,
                    "date": st.none() | st.just("2026-01-15T10:00:00-01:00"),
                    "invoice_line_id": st.none(),
                },
            ),
            min_size=1,
            max_size=3,
        ),
    },
    optional={"reference": st.none() | valid_text, "locale": st.sampled_from(["nl", "En", "DE"])},
)


@given(valid_bodies)
def test_valid_bodies_take_the_quick_path_and_read_alike(body: dict[str, Any]) -> None:
    body["amount_total_cents"] = sum(line["amount_cents"] for line in body["invoice_lines"])
    assert_agree(json.dumps(body, ensure_ascii=False).encode(), quick_expected=True)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([2**63, 2**64, -(2**63) - 1, INT64_MAX, INT64_MIN, 10**30])
    | st.floats(allow_nan=False)
    | st.text(max_size=4),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


@given(st.data(), JSON_VALUES, st.booleans())
def test_a_valid_body_with_one_value_replaced_reads_alike(
    data: st.DataObject, replacement: Any, delete: bool
) -> None:
    body = plain_body()
    path = data.draw(st.sampled_from(json_paths(body)[1:]))
    target = body
    for step in path[:-1]:
        target = target[step]
    if delete and isinstance(target, dict):
        del target[path[-1]]
    else:
        target[path[-1]] = replacement
    assert_agree(json.dumps(body, allow_nan=True).encode())


# Raw text the JSON decoders may read differently, put where a value of the body stands.
RAW_VALUES = [
    b"01", b"-0", b"1.0", b"1e2", b"1E400", b"-1e400", b"NaN", b"Infinity", b"-Infinity", b"+1", b".5",
    b"1.", b"0x10", b"true", b"null", b"[]", b"{}", b"9223372036854775807", b"9223372036854775808",
    b"18446744073709551616", b"-9223372036854775809", b"1" * 25, b'"\\ud800"', b'"\\udc00"',
    b'"\\ud800\\u0041"', b'"\\ud83d\\ude00"', b'"\xed\xa0\x80"', b'"\xff"', b'"\xc3\xa9"', b'"a\x01"',
    b'"\\u0000"', b"'x'", b'"x" /* */', b"\x0c1", b"\xc2\xa01",
]  # fmt: skip
TEMPLATE = (
    b'{"import_id": "%s", "external_invoice_number": "E", "customer": {"name": {"last_name": "J"},'
    b' "email": {"email_address": "a@b.nl"}}, "invoice_lines": [{"amount_cents": 5,'
    b' "description": "d", "date": "2026-01-01T00:00:00Z"}], "amount_total_cents": 5}' % IMPORT_ID.encode()
)
SLOTS = [b'"E"', b'"J"', b"5,", b'"d"', b"5}"]


def test_the_template_takes_the_quick_path() -> None:
    assert_agree(TEMPLATE, quick_expected=True)


@pytest.mark.parametrize("slot", SLOTS)
@pytest.mark.parametrize("value", RAW_VALUES)
def test_raw_values_read_alike(slot: bytes, value: bytes) -> None:
    tail = slot[-1:] if slot[-1:] in b",}" else b""
    assert_agree(TEMPLATE.replace(slot, value + tail, 1))


@pytest.mark.parametrize(
    "raw",
    [
        b"\xef\xbb\xbf" + TEMPLATE,
        TEMPLATE + b" x",
        TEMPLATE + b"\n\t\r ",
        b"\x0c" + TEMPLATE,
        TEMPLATE.replace(b'"E"', b'"E", "external_invoice_number": ""'),  # a repeated key: the last
        TEMPLATE.replace(b'"E"', b'"", "external_invoice_number": "F"'),
        TEMPLATE.replace(b'"import_id"', b'"import\\u005fid"'),
        TEMPLATE.replace(b"}]", b"},]"),
        TEMPLATE.replace(b'"J"}', b'"J", "last_name": null}'),
        b"[" + TEMPLATE + b"]",
        b"",
        b"null",
    ],
)
def test_odd_documents_read_alike(raw: bytes) -> None:
    assert_agree(raw)


@pytest.mark.parametrize(
    "body",
    [
        plain_body(),
        plain_body(customer={"name": {"last_name": "J"}, "phone": {"phone_number": "0612345678"}}),
        plain_body(locale=None, direct_debit_iban=None, reference=None, club_membership_number=None),
        plain_body(
            invoice_lines=[{"invoice_line_id": None, "amount_cents": 5, "description": None, "date": None}],
            amount_total_cents=5,
        ),
        plain_body(
            invoice_lines=[{"amount_cents": INT32_MAX, "description": "é" * MAX_LONG_TEXT}] * 3,
            amount_total_cents=3 * INT32_MAX,
            reference="😀" * MAX_STRING,
        ),
    ],
)
def test_usual_bodies_take_the_quick_path(body: dict[str, Any]) -> None:
    assert_agree(json.dumps(body).encode(), quick_expected=True)
    assert_agree(json.dumps(body, ensure_ascii=False).encode(), quick_expected=True)


def test_a_date_no_earlier_call_has_read_takes_the_quick_path() -> None:
    # Normalised dates are remembered for the whole process (the judge stores them too), so a
    # date fresh to this run shows the quick reader parses a date itself, not only reuses one.
    microseconds = 1 + secrets.randbelow(999_999)
    date = f"2026-05-17T08:30:00.{microseconds:06d}+02:00"
    body = plain_body(invoice_lines=[{"amount_cents": 800, "date": date}], amount_total_cents=800)
    quick = quick_invoice_create(json.dumps(body).encode())
    assert quick is not None
    assert quick.lines[0]["date"] == date


@pytest.mark.parametrize(
    "body",
    [
        plain_body(reference="😀" * (MAX_STRING + 1)),
        plain_body(invoice_lines=[{"amount_cents": 800, "description": "é" * (MAX_LONG_TEXT + 1)}]),
        plain_body(invoice_lines=[{"amount_cents": 800, "invoice_line_id": "L-1"}]),
        plain_body(invoice_lines=[{"amount_cents": 800, "extra": 1}]),
        plain_body(amount_total_cents=801),
        plain_body(locale="xx"),
        plain_body(customer={"name": {"last_name": "J"}}),
        plain_body(customer={"email": {"email_address": "a@example.org"}}),  # no name, so no last name
        plain_body(customer={"name": {"last_name": "J"}, "email": {"email_address": "no"}}),
        plain_body(customer=None),
        plain_body(invoice_lines=[]),
        plain_body(invoice_lines=[{"amount_cents": 800, "date": "2026-02-30T00:00:00Z"}]),
        plain_body(invoice_lines=[{"amount_cents": True}], amount_total_cents=1),
    ],
)
def test_refused_and_left_to_the_judge(body: dict[str, Any]) -> None:
    raw = json.dumps(body).encode()
    assert quick_invoice_create(raw) is None
