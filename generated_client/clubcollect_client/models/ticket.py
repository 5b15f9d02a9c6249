# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_sender import TicketSender

T = TypeVar("T", bound="Ticket")


@_attrs_define
class Ticket:
    """One message in an invoice's support conversation."""

    ticket_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    message: str
    sender: str | TicketSender
    date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ticket_id = self.ticket_id

        message = self.message

        sender: str
        if isinstance(self.sender, TicketSender):
            sender = self.sender.value
        else:
            sender = self.sender

        date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket_id": ticket_id,
                "message": message,
                "sender": sender,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ticket_id = d.pop("ticket_id")
        if not isinstance(ticket_id, str):
            raise TypeError("ticket_id: expected str")

        message = d.pop("message")
        if not isinstance(message, str):
            raise TypeError("message: expected str")

        _sender_raw = d.pop("sender")
        if isinstance(_sender_raw, str):
            sender = cast("str | TicketSender", TicketSender._value2member_map_.get(_sender_raw, _sender_raw))
        else:
            raise TypeError("sender: unexpected JSON type")

        date = datetime.datetime.fromisoformat(d.pop("date"))

        ticket = cls(
            ticket_id=ticket_id,
            message=message,
            sender=sender,
            date=date,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ticket.additional_properties = additional_properties
        return ticket

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
