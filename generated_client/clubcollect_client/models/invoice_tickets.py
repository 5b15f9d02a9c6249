# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ticket import Ticket


T = TypeVar("T", bound="InvoiceTickets")


@_attrs_define
class InvoiceTickets:
    """The ticket thread of one invoice, oldest first."""

    tickets: list[Ticket]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tickets = []
        for tickets_item_data in self.tickets:
            tickets_item = tickets_item_data.to_dict()
            tickets.append(tickets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tickets": tickets,
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
            tickets_item = Ticket.from_dict(_tickets_item)

            tickets.append(tickets_item)

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        invoice_tickets = cls(
            tickets,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _INVOICETICKETS_KEYS:
            invoice_tickets.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _INVOICETICKETS_KEYS
            }
        return invoice_tickets

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


# The members InvoiceTickets declares; anything else in an answer goes to additional_properties.
_INVOICETICKETS_KEYS: frozenset[str] = frozenset(("tickets",))


# Imported after the class, not inside from_dict: an import statement there runs the import
# machinery on every call (most of the cost of reading a small object). Models may refer to each
# other, so these cannot go at the top.
from ..models.ticket import Ticket  # noqa: E402
