# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_sender import TicketSender
from ..types import UnknownEnumValue

T = TypeVar("T", bound="Ticket")


@_attrs_define
class Ticket:
    """One message in an invoice's support conversation."""

    ticket_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    message: str
    sender: UnknownEnumValue | TicketSender
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
        ticket_id = src_dict["ticket_id"]
        if not isinstance(ticket_id, str):
            raise TypeError("ticket_id: expected str")

        message = src_dict["message"]
        if not isinstance(message, str):
            raise TypeError("message: expected str")

        _sender_raw = src_dict["sender"]
        sender: UnknownEnumValue | TicketSender
        if isinstance(_sender_raw, str):
            _sender_member = _TICKETSENDER_BY_VALUE.get(_sender_raw)
            sender = _sender_member if _sender_member is not None else UnknownEnumValue(_sender_raw)
        else:
            raise TypeError("sender: unexpected JSON type")

        date = datetime.datetime.fromisoformat(src_dict["date"])

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        ticket = cls(
            ticket_id,
            message,
            sender,
            date,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _TICKET_KEYS:
            ticket.additional_properties = {key: value for key, value in src_dict.items() if key not in _TICKET_KEYS}
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


# Value -> member of the open enums read above, typed (Enum._value2member_map_ is not).
_TICKETSENDER_BY_VALUE: dict[str, TicketSender] = {member.value: member for member in TicketSender}


# The members Ticket declares; anything else in an answer goes to additional_properties.
_TICKET_KEYS: frozenset[str] = frozenset(
    (
        "ticket_id",
        "message",
        "sender",
        "date",
    )
)
