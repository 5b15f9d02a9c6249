"""Python names exactly as openapi-python-client 0.29.1 makes them (``strings.PythonIdentifier`` and
``strings.ClassName``), without importing it: its package import costs seconds in every regen's
post-hook. ``tests/generator/test_facade_generator.py`` checks these against the real functions
for every name in the spec, so a generator upgrade that changes its rules fails there.
"""

from __future__ import annotations

import builtins
import re
from keyword import iskeyword

DELIMITERS = r"\. _-"
RESERVED_WORDS = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def _sanitize(value: str) -> str:
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in DELIMITERS)


def _split_words(value: str) -> list[str]:
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(DELIMITERS)}]+", value)


def _fix_reserved_words(value: str) -> str:
    return f"{value}_" if value in RESERVED_WORDS or iskeyword(value) else value


def snake_case(value: str) -> str:
    return "_".join(_split_words(_sanitize(value))).lower()


def pascal_case(value: str) -> str:
    words = _split_words(_sanitize(value))
    return "".join(word.capitalize() if not word.isupper() else word for word in words)


def python_identifier(value: str, prefix: str) -> str:
    safe_value = _sanitize(value)
    leading_underscore = safe_value.startswith("_")
    safe_value = _fix_reserved_words(snake_case(safe_value))
    if not safe_value.isidentifier() or leading_underscore:
        safe_value = f"{prefix}{safe_value}"
    return safe_value


def class_name(value: str, prefix: str) -> str:
    safe_value = _fix_reserved_words(pascal_case(value))
    if not safe_value.isidentifier():
        safe_value = _fix_reserved_words(pascal_case(f"{prefix}{safe_value}"))
    return safe_value
