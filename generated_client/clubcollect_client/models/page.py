# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Page")


@_attrs_define
class Page:
    """Position of a page in a list. `total_pages` is `total_entries / page_size` rounded up,
    zero for an empty list. The imports list's example shows only `page_number` and
    `total_pages`, so a reader must not count on the other two.

    """

    page_number: int
    total_pages: int
    page_size: int | Unset = UNSET
    total_entries: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_number = self.page_number

        total_pages = self.total_pages

        page_size = self.page_size

        total_entries = self.total_entries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page_number": page_number,
                "total_pages": total_pages,
            }
        )
        if page_size is not UNSET:
            field_dict["page_size"] = page_size
        if total_entries is not UNSET:
            field_dict["total_entries"] = total_entries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        page_number = src_dict["page_number"]
        if not (isinstance(page_number, int) and not isinstance(page_number, bool)):
            raise TypeError("page_number: expected int")

        total_pages = src_dict["total_pages"]
        if not (isinstance(total_pages, int) and not isinstance(total_pages, bool)):
            raise TypeError("total_pages: expected int")

        page_size = src_dict.get("page_size", UNSET)
        if not (isinstance(page_size, Unset) or (isinstance(page_size, int) and not isinstance(page_size, bool))):
            raise TypeError("page_size: expected int")

        total_entries = src_dict.get("total_entries", UNSET)
        if not (
            isinstance(total_entries, Unset) or (isinstance(total_entries, int) and not isinstance(total_entries, bool))
        ):
            raise TypeError("total_entries: expected int")

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        page = cls(
            page_number,
            total_pages,
            page_size,
            total_entries,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _PAGE_KEYS:
            page.additional_properties = {key: value for key, value in src_dict.items() if key not in _PAGE_KEYS}
        return page

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The members Page declares; anything else in an answer goes to additional_properties.
_PAGE_KEYS: frozenset[str] = frozenset(
    (
        "page_number",
        "total_pages",
        "page_size",
        "total_entries",
    )
)
