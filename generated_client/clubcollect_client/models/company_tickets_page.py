# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.company_ticket import CompanyTicket
    from ..models.page import Page


T = TypeVar("T", bound="CompanyTicketsPage")


@_attrs_define
class CompanyTicketsPage:
    """One page of a company's tickets, oldest first."""

    tickets: list[CompanyTicket]
    page: Page
    """ Position of a page in a list. `total_pages` is `total_entries / page_size` rounded up,
    zero for an empty list. The imports list's example shows only `page_number` and
    `total_pages`, so a reader must not count on the other two.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tickets = []
        for tickets_item_data in self.tickets:
            tickets_item = tickets_item_data.to_dict()
            tickets.append(tickets_item)

        page = self.page.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tickets": tickets,
                "page": page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _tickets = src_dict["tickets"]
        if not isinstance(_tickets, list):
            raise TypeError("tickets: expected an array")
        tickets = []
        for tickets_item_data in _tickets:
            _tickets_item = tickets_item_data
            if not isinstance(_tickets_item, dict):
                raise TypeError("tickets_item: expected an object")
            tickets_item = CompanyTicket.from_dict(_tickets_item)

            tickets.append(tickets_item)

        _page = src_dict["page"]
        if not isinstance(_page, dict):
            raise TypeError("page: expected an object")
        page = Page.from_dict(_page)

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        company_tickets_page = cls(
            tickets,
            page,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _COMPANYTICKETSPAGE_KEYS:
            company_tickets_page.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _COMPANYTICKETSPAGE_KEYS
            }
        return company_tickets_page

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


# The members CompanyTicketsPage declares; anything else in an answer goes to additional_properties.
_COMPANYTICKETSPAGE_KEYS: frozenset[str] = frozenset(
    (
        "tickets",
        "page",
    )
)


# Imported after the class, not inside from_dict: an import statement there runs the import
# machinery on every call (most of the cost of reading a small object). Models may refer to each
# other, so these cannot go at the top.
from ..models.company_ticket import CompanyTicket  # noqa: E402
from ..models.page import Page  # noqa: E402
