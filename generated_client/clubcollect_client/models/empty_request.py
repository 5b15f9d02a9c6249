# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EmptyRequest")


@_attrs_define
class EmptyRequest:
    """Body of the ticket actions, which carry no data. The server requires the JSON content
    type on these calls and ignores the body: any JSON object will do, and clients send
    `{}`. Servers also accept these calls with the JSON content type and no body at all, as
    the public client makes them; OpenAPI cannot describe a content type without a body.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        empty_request = cls()

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _EMPTYREQUEST_KEYS:
            empty_request.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _EMPTYREQUEST_KEYS
            }
        return empty_request

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


# The members EmptyRequest declares; anything else in an answer goes to additional_properties.
_EMPTYREQUEST_KEYS: frozenset[str] = frozenset(())
