"""What counts as one of the mock's ids (DECISIONS A4: 40 lower-case hex digits), and the row an
invoice id names only when it is one."""

from __future__ import annotations

import pytest

from clubcollect_mock.ids import invoice_seq_of, is_id, new_id, new_invoice_ids

# The last: digits Python's int() reads as hex too (ARABIC-INDIC DIGIT ZERO), which no id has.
NOT_IDS = ["g" * 40, "A" * 40, "a" * 39 + "G", "a" * 39, "a" * 41, "a" * 39 + " ", "", "\u0660" * 40]


def test_a_made_id_is_one() -> None:
    assert is_id(new_id()) and is_id("0123456789abcdef" * 2 + "01234567")


@pytest.mark.parametrize("value", NOT_IDS)
def test_forty_characters_that_are_not_lower_case_hex_are_no_id(value: str) -> None:
    assert not is_id(value)


@pytest.mark.parametrize("value", NOT_IDS)
def test_an_invoice_id_of_another_form_names_no_row(value: str) -> None:
    assert invoice_seq_of(value) is None


def test_an_upper_case_invoice_id_names_no_row() -> None:
    invoice_id, _ = new_invoice_ids(7, 0)
    assert invoice_seq_of(invoice_id) == 7
    assert invoice_seq_of(invoice_id.upper()) is None
