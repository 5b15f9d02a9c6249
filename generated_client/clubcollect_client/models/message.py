# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_type import MessageType
from ..types import UnknownEnumValue

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A communication sent to the customer about the invoice."""

    message_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    type_: MessageType | UnknownEnumValue
    description: None | str
    date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        type_: str
        if isinstance(self.type_, MessageType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        description: None | str
        description = self.description

        date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "type": type_,
                "description": description,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        message_id = src_dict["message_id"]
        if not isinstance(message_id, str):
            raise TypeError("message_id: expected str")

        _type__raw = src_dict["type"]
        type_: MessageType | UnknownEnumValue
        if isinstance(_type__raw, str):
            _type__member = _MESSAGETYPE_BY_VALUE.get(_type__raw)
            type_ = _type__member if _type__member is not None else UnknownEnumValue(_type__raw)
        else:
            raise TypeError("type: unexpected JSON type")

        _description_raw = src_dict["description"]
        if not (isinstance(_description_raw, str) or _description_raw is None):
            raise TypeError("description: unexpected JSON type")
        description = _description_raw

        date = datetime.datetime.fromisoformat(src_dict["date"])

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        message = cls(
            message_id,
            type_,
            description,
            date,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _MESSAGE_KEYS:
            message.additional_properties = {key: value for key, value in src_dict.items() if key not in _MESSAGE_KEYS}
        return message

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
_MESSAGETYPE_BY_VALUE: dict[str, MessageType] = {member.value: member for member in MessageType}


# The members Message declares; anything else in an answer goes to additional_properties.
_MESSAGE_KEYS: frozenset[str] = frozenset(
    (
        "message_id",
        "type",
        "description",
        "date",
    )
)
