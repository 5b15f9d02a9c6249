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
        from ..models.ticket import Ticket  # noqa: PLC0415

        d = dict(src_dict)
        _tickets = d.pop("tickets")
        if not isinstance(_tickets, list):
            raise TypeError("tickets: expected an array")
        tickets = []
        for tickets_item_data in _tickets:
            _tickets_item = tickets_item_data
            if not isinstance(_tickets_item, dict):
                raise TypeError("tickets_item: expected an object")
            tickets_item = Ticket.from_dict(_tickets_item)

            tickets.append(tickets_item)

        invoice_tickets = cls(
            tickets=tickets,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoice_tickets.additional_properties = additional_properties
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
