"""The page walkers refuse impossible starting points and sizes with a message saying the bound."""

from __future__ import annotations

import pytest

from clubcollect_client.runtime.pagination import aiterate_pages, iterate_pages


def never_fetched(number: int) -> list[int]:
    raise AssertionError("no page may be fetched")


@pytest.mark.parametrize("walker", [iterate_pages, aiterate_pages])
def test_bad_arguments_are_refused_with_their_bound(walker: object) -> None:
    with pytest.raises(ValueError, match=r"^first_page must be >= 1$"):
        walker(never_fetched, list, first_page=0)  # type: ignore[operator]
    with pytest.raises(ValueError, match=r"^page_size must be >= 1$"):
        walker(never_fetched, list, page_size=0)  # type: ignore[operator]
