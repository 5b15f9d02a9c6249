"""Secrets that overlap: one containing another is replaced whole, and the same key given as text
and as a Secret is one secret of the filter."""

from __future__ import annotations

from clubcollect_client.runtime.redaction import REDACTED, RedactingFilter, Secret, redact


def test_a_secret_containing_another_is_replaced_whole() -> None:
    # "xyz" sorts after "axyzb" but is shorter: the longer one must go first, or "a" and "b" show.
    assert redact("key=axyzb;", ["xyz", "axyzb"]) == f"key={REDACTED};"
    assert redact("key=axyzb;", ["axyzb", "xyz"]) == f"key={REDACTED};"
    # Sorted by length alone the shorter one would go first here too.
    assert redact("abcdef", ["abc", "abcdef"]) == REDACTED


def test_a_filter_given_one_key_as_text_and_as_a_secret_holds_it_once() -> None:
    scrubber = RedactingFilter()
    scrubber.add_secret("canary-key")
    scrubber.add_secret(Secret("canary-key"))
    assert scrubber.secret_count == 1
    assert scrubber.redact("x canary-key y") == f"x {REDACTED} y"
