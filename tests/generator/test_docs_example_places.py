"""Where in an example a field or a value is written, so a finding can cite the example's own line."""

from __future__ import annotations

from clubcollect_docs.model import DocsExample, Where

# Each member on its own line, from line 10 of the page; "api:key" is how rendering wrote api_key.
EXAMPLE = DocsExample(
    "\n".join(
        [
            "{",
            '"invoice_id": "a1",',
            '"page": {',
            '"page_number": 1,',
            '"next_page": {"page_number": 2}',
            "},",
            '"invoice_lines": [',
            '{"type": "FEE"}',
            "],",
            '"api:key": "key",',
            '"status": "open|closed"',
            "}",
        ]
    ),
    Where("invoice.txt", 10),
)


def test_a_top_level_field_is_found_on_its_line() -> None:
    assert EXAMPLE.where_is("invoice_id") == Where("invoice.txt", 11)


def test_a_nested_field_is_found_by_its_last_name() -> None:
    assert EXAMPLE.where_is("page.page_number") == Where("invoice.txt", 13)
    assert EXAMPLE.where_is("page.next_page.page_number") == Where("invoice.txt", 13)  # the first one
    assert EXAMPLE.where_is("invoice_lines[].type") == Where("invoice.txt", 17)


def test_a_list_field_is_found_without_its_item_marker() -> None:
    assert EXAMPLE.where_is("invoice_lines[]") == Where("invoice.txt", 16)


def test_an_underscore_also_matches_the_rendered_colon() -> None:
    assert EXAMPLE.where_is("api_key") == Where("invoice.txt", 19)


def test_a_field_the_example_lacks_is_placed_at_the_example() -> None:
    assert EXAMPLE.where_is("customer.email") == Where("invoice.txt", 10)
    assert EXAMPLE.where_is("key") == Where("invoice.txt", 10)  # only a whole name matches


def test_a_value_is_found_as_a_whole_word() -> None:
    assert EXAMPLE.where_is_value("closed") == Where("invoice.txt", 20)
    assert EXAMPLE.where_is_value("FE") == Where("invoice.txt", 10)


def test_the_value_is_the_example_read_tolerantly() -> None:
    value = EXAMPLE.value()
    assert isinstance(value, dict)
    assert value["page"] == {"page_number": 1, "next_page": {"page_number": 2}}
