"""Read the JSON examples of the vendor's pages, which are JSON only in spirit.

They contain ``true|false`` and ``null | "..."`` alternations, trailing commas, missing commas
between members, and list examples whose outer braces are missing (``"tickets": [...]``).
This parser accepts all of that and keeps alternations as :class:`Alternatives`, so callers see
every value the page offers. Anything else that is not JSON raises :class:`ExampleSyntaxError`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TypeAlias


@dataclass(frozen=True)
class Alternatives:
    """``a|b`` written between two JSON values: the page means "one of these"."""

    options: tuple[JsonValue, ...]


JsonValue: TypeAlias = (
    dict[str, "JsonValue"] | list["JsonValue"] | str | int | float | bool | Alternatives | None
)


class ExampleSyntaxError(ValueError):
    pass


_TOKEN = re.compile(
    r"""\s*(?:
        (?P<string>"(?:[^"\\]|\\.)*")
      | (?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)
      | (?P<literal>true|false|null)\b
      | (?P<punct>[{}\[\]:,|])
    )""",
    re.VERBOSE,
)
_LITERALS: dict[str, JsonValue] = {"true": True, "false": False, "null": None}


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    offset: int


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return tokens
        match = _TOKEN.match(text, pos)
        if match is None or match.lastgroup is None:
            raise ExampleSyntaxError(f"unexpected {text[pos : pos + 12]!r} at offset {pos}")
        tokens.append(_Token(match.lastgroup, match.group(match.lastgroup), match.start(match.lastgroup)))
        pos = match.end()


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, expected: str | None = None) -> _Token:
        token = self.peek()
        if token is None:
            raise ExampleSyntaxError("example ends too early")
        if expected is not None and token.text != expected:
            raise ExampleSyntaxError(f"expected {expected!r}, found {token.text!r} at offset {token.offset}")
        self.pos += 1
        return token

    def value(self) -> JsonValue:
        options = [self.single()]
        while (token := self.peek()) is not None and token.text == "|":
            self.take()
            options.append(self.single())
        return options[0] if len(options) == 1 else Alternatives(tuple(options))

    def single(self) -> JsonValue:
        token = self.take()
        if token.kind == "string":
            return _string(token)
        if token.kind == "number":
            return float(token.text) if any(c in token.text for c in ".eE") else int(token.text)
        if token.kind == "literal":
            return _LITERALS[token.text]
        if token.text == "{":
            members = self.members(closing="}")
            self.take("}")
            return members
        if token.text == "[":
            items: list[JsonValue] = []
            while (nxt := self.peek()) is not None and nxt.text != "]":
                if nxt.text == ",":  # stray or trailing comma
                    self.take()
                    continue
                items.append(self.value())
            self.take("]")
            return items
        raise ExampleSyntaxError(f"unexpected {token.text!r} at offset {token.offset}")

    def members(self, closing: str | None) -> dict[str, JsonValue]:
        """Object members up to ``closing`` (or the end), commas optional."""
        result: dict[str, JsonValue] = {}
        while (token := self.peek()) is not None and token.text != closing:
            if token.text == ",":
                self.take()
                continue
            key = self.take()
            if key.kind != "string":
                raise ExampleSyntaxError(f"expected a member name, found {key.text!r} at offset {key.offset}")
            self.take(":")
            result[_string(key)] = self.value()
        return result


def _string(token: _Token) -> str:
    decoded = json.loads(token.text)
    assert isinstance(decoded, str)
    return decoded


def parse_example(text: str) -> JsonValue:
    """Parse one example; a bare member list (``"a": 1 "b": 2``) reads as an object."""
    parser = _Parser(_tokenize(text))
    if not parser.tokens:
        raise ExampleSyntaxError("empty example")
    first_two = parser.tokens[:2]
    if len(first_two) == 2 and first_two[0].kind == "string" and first_two[1].text == ":":
        return parser.members(closing=None)
    result = parser.value()
    if parser.peek() is not None:
        token = parser.take()
        raise ExampleSyntaxError(f"unexpected {token.text!r} after the example at offset {token.offset}")
    return result


def field_paths(value: JsonValue) -> set[str]:
    """Dotted names of every member, ``[]`` marking list items: ``invoice_lines[].type``."""
    return {path for path, _ in members_at(value)}


def string_values(value: JsonValue) -> list[str]:
    """Every concrete string a value offers: ``"EUR|GBP"`` and ``"EUR" | "GBP"`` both give both."""
    if isinstance(value, Alternatives):
        return [text for option in value.options for text in string_values(option)]
    if isinstance(value, str):
        return [part.strip() for part in value.split("|") if part.strip()]
    return []


def members_at(value: JsonValue, prefix: str = "") -> list[tuple[str, JsonValue]]:
    """(dotted path, value) for every member, in the same notation as :func:`field_paths`."""
    found: list[tuple[str, JsonValue]] = []
    if isinstance(value, Alternatives):
        for option in value.options:
            found += members_at(option, prefix)
    elif isinstance(value, dict):
        for key, member in value.items():
            path = f"{prefix}.{key}" if prefix else key
            found.append((path, member))
            found += members_at(member, path)
    elif isinstance(value, list):
        for item in value:
            found += members_at(item, prefix + "[]")
    return found
