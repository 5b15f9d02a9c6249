# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_type import MessageType

T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """A communication sent to the customer about the invoice."""

    message_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    type_: MessageType | str
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
        d = dict(src_dict)
        message_id = d.pop("message_id")
        if not isinstance(message_id, str):
            raise TypeError("message_id: expected str")

        _type__raw = d.pop("type")
        if isinstance(_type__raw, str):
            type_ = cast("MessageType | str", MessageType._value2member_map_.get(_type__raw, _type__raw))
        else:
            raise TypeError("type: unexpected JSON type")

        _description_raw = d.pop("description")
        if not (isinstance(_description_raw, str) or _description_raw is None):
            raise TypeError("description: unexpected JSON type")
        description = _description_raw

        date = datetime.datetime.fromisoformat(d.pop("date"))

        message = cls(
            message_id=message_id,
            type_=type_,
            description=description,
            date=date,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        message.additional_properties = additional_properties
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
