"""The tolerant reader of the pages' JSON examples: what it accepts, what it refuses and where.

The examples are JSON only in spirit; drift compares their fields and values with the spec, so a
value misread (a float read as an int, an alternative dropped, a member lost) is a false finding
or a missed one, and a refusal must say where the example went wrong.
"""

from __future__ import annotations

import pytest

from clubcollect_docs.tolerant_json import (
    Alternatives,
    ExampleSyntaxError,
    JsonValue,
    field_paths,
    members_at,
    parse_example,
    string_values,
)

# ----------------------------------------------------------------- values

SCALARS: dict[str, JsonValue] = {
    "0": 0,
    "-12": -12,
    "1.5": 1.5,
    "-0.25": -0.25,
    "1e3": 1000.0,
    "2E-2": 0.02,
    "true": True,
    "false": False,
    "null": None,
    '"text"': "text",
    '"say \\"hi\\""': 'say "hi"',
    '"caf\\u00e9"': "café",
    '  \n\t"padded"\n ': "padded",
}


@pytest.mark.parametrize(("text", "expected"), SCALARS.items(), ids=SCALARS.keys())
def test_a_scalar_example_reads_as_its_value_and_type(text: str, expected: JsonValue) -> None:
    value = parse_example(text)
    assert (value, type(value)) == (expected, type(expected))


def test_objects_and_lists_nest() -> None:
    value = parse_example('{"a": {"b": [1, {"c": "d"}, []]}, "e": {}}')
    assert value == {"a": {"b": [1, {"c": "d"}, []]}, "e": {}}


def test_commas_are_optional_and_stray_ones_ignored() -> None:
    assert parse_example('{"a": 1 "b": 2,, "c": 3,}') == {"a": 1, "b": 2, "c": 3}
    assert parse_example("[, 1,, 2 3,]") == [1, 2, 3]
    assert parse_example('{,"a": [,],}') == {"a": []}


def test_alternatives_keep_every_option_in_order() -> None:
    assert parse_example("1|2.5|null") == Alternatives((1, 2.5, None))
    assert parse_example('{"paid": true | false, "who": null|"name"}') == {
        "paid": Alternatives((True, False)),
        "who": Alternatives((None, "name")),
    }
    assert parse_example('[{"a": 1}|{"b": 2}]') == [Alternatives(({"a": 1}, {"b": 2}))]


def test_a_braceless_member_list_reads_as_one_object() -> None:
    assert parse_example('"a": 1') == {"a": 1}
    assert parse_example('"a": [1] "b": {"c": true}') == {"a": [1], "b": {"c": True}}


def test_a_lone_string_or_a_short_list_is_not_a_member_list() -> None:
    assert parse_example('"a"') == "a"
    assert parse_example("[1]") == [1]
    assert parse_example('["a", "b"]') == ["a", "b"]


# ----------------------------------------------------------------- refusals, each with its place

REFUSALS = {
    "empty": ("", "empty example"),
    "only blanks": (" \n\t ", "empty example"),
    "an unknown word": ('{"a": nonsense_words}', "unexpected 'nonsense_wor' at offset 6"),
    "a word at the start": ("maybe", "unexpected 'maybe' at offset 0"),
    "a missing colon": ('{"a" 1}', "expected ':', found '1' at offset 5"),
    "a number as member name": ('{"a": 1, 2: 3}', "expected a member name, found '2' at offset 9"),
    "an unclosed object": ('{"a": 1', "example ends too early"),
    "an unclosed list": ("[1, 2", "example ends too early"),
    "a member without value": ('{"a":', "example ends too early"),
    "a closing bracket alone": ("]", "unexpected ']' at offset 0"),
    "a list closed by a brace": ("[1}", "unexpected '}' at offset 2"),
    "an object closed by a bracket": ('{"a": 1]', "expected a member name, found ']' at offset 7"),
    "a second value": ('{"a": 1} {"b": 2}', "unexpected '{' after the example at offset 9"),
    "a comma after a string": ('"a", "b"', "unexpected ',' after the example at offset 3"),
    "an alternative without its second value": ("1 |", "example ends too early"),
}


@pytest.mark.parametrize(("text", "message"), REFUSALS.values(), ids=REFUSALS.keys())
def test_what_is_not_json_even_in_spirit_is_refused_saying_where(text: str, message: str) -> None:
    with pytest.raises(ExampleSyntaxError) as raised:
        parse_example(text)
    assert str(raised.value) == message


# ----------------------------------------------------------------- field paths and string values


def test_members_in_order_with_dotted_paths_and_list_markers() -> None:
    value = parse_example('{"a": {"b": 1}, "c": [{"d": 2}, {"e": [[{"f": 3}]]}], "g": null}')
    assert members_at(value) == [
        ("a", {"b": 1}),
        ("a.b", 1),
        ("c", [{"d": 2}, {"e": [[{"f": 3}]]}]),
        ("c[].d", 2),
        ("c[].e", [[{"f": 3}]]),
        ("c[].e[][].f", 3),
        ("g", None),
    ]
    assert members_at(value, "invoice")[:2] == [("invoice.a", {"b": 1}), ("invoice.a.b", 1)]


def test_every_alternative_contributes_its_members() -> None:
    value = parse_example('{"x": {"a": 1} | {"b": {"c": 2}}}')
    assert field_paths(value) == {"x", "x.a", "x.b", "x.b.c"}
    assert members_at(parse_example('{"a": 1} | {"b": 2}')) == [("a", 1), ("b", 2)]


def test_a_scalar_has_no_members() -> None:
    assert members_at(parse_example('"text"')) == []
    assert field_paths(parse_example("[1, 2]")) == set()


STRING_VALUES: dict[str, list[str]] = {
    '"EUR"': ["EUR"],
    '"EUR|GBP"': ["EUR", "GBP"],
    '"EUR | GBP |"': ["EUR", "GBP"],
    '"EUR" | "GBP"': ["EUR", "GBP"],
    '"A|B" | null | "C"': ["A", "B", "C"],
    '"two words"': ["two words"],
    "1": [],
    '["EUR"]': [],
}


@pytest.mark.parametrize(("text", "expected"), STRING_VALUES.items(), ids=STRING_VALUES.keys())
def test_every_concrete_string_a_value_offers(text: str, expected: list[str]) -> None:
    assert string_values(parse_example(text)) == expected
