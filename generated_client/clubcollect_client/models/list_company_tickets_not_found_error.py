# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_company_tickets_not_found_error_code import ListCompanyTicketsNotFoundErrorCode
from ..types import UnknownEnumValue

T = TypeVar("T", bound="ListCompanyTicketsNotFoundError")


@_attrs_define
class ListCompanyTicketsNotFoundError:
    """Body of a 404 answer of `list_company_tickets`."""

    error: ListCompanyTicketsNotFoundErrorCode | UnknownEnumValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: str
        if isinstance(self.error, ListCompanyTicketsNotFoundErrorCode):
            error = self.error.value
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _error_raw = src_dict["error"]
        error: ListCompanyTicketsNotFoundErrorCode | UnknownEnumValue
        if isinstance(_error_raw, str):
            _error_member = _LISTCOMPANYTICKETSNOTFOUNDERRORCODE_BY_VALUE.get(_error_raw)
            error = _error_member if _error_member is not None else UnknownEnumValue(_error_raw)
        else:
            raise TypeError("error: unexpected JSON type")

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        list_company_tickets_not_found_error = cls(
            error,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _LISTCOMPANYTICKETSNOTFOUNDERROR_KEYS:
            list_company_tickets_not_found_error.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _LISTCOMPANYTICKETSNOTFOUNDERROR_KEYS
            }
        return list_company_tickets_not_found_error

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
_LISTCOMPANYTICKETSNOTFOUNDERRORCODE_BY_VALUE: dict[str, ListCompanyTicketsNotFoundErrorCode] = {
    member.value: member for member in ListCompanyTicketsNotFoundErrorCode
}


# The members ListCompanyTicketsNotFoundError declares; anything else in an answer goes to additional_properties.
_LISTCOMPANYTICKETSNOTFOUNDERROR_KEYS: frozenset[str] = frozenset(("error",))
