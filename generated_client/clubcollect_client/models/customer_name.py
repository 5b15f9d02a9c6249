# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerName")


@_attrs_define
class CustomerName:
    """The recipient's name."""

    prefix: None | str
    first_name: None | str
    infix: None | str
    last_name: str
    organization: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefix: None | str
        prefix = self.prefix

        first_name: None | str
        first_name = self.first_name

        infix: None | str
        infix = self.infix

        last_name = self.last_name

        organization: None | str
        organization = self.organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prefix": prefix,
                "first_name": first_name,
                "infix": infix,
                "last_name": last_name,
                "organization": organization,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _prefix_raw = src_dict["prefix"]
        if not (isinstance(_prefix_raw, str) or _prefix_raw is None):
            raise TypeError("prefix: unexpected JSON type")
        prefix = _prefix_raw

        _first_name_raw = src_dict["first_name"]
        if not (isinstance(_first_name_raw, str) or _first_name_raw is None):
            raise TypeError("first_name: unexpected JSON type")
        first_name = _first_name_raw

        _infix_raw = src_dict["infix"]
        if not (isinstance(_infix_raw, str) or _infix_raw is None):
            raise TypeError("infix: unexpected JSON type")
        infix = _infix_raw

        last_name = src_dict["last_name"]
        if not isinstance(last_name, str):
            raise TypeError("last_name: expected str")

        _organization_raw = src_dict["organization"]
        if not (isinstance(_organization_raw, str) or _organization_raw is None):
            raise TypeError("organization: unexpected JSON type")
        organization = _organization_raw

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        customer_name = cls(
            prefix,
            first_name,
            infix,
            last_name,
            organization,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _CUSTOMERNAME_KEYS:
            customer_name.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _CUSTOMERNAME_KEYS
            }
        return customer_name

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


# The members CustomerName declares; anything else in an answer goes to additional_properties.
_CUSTOMERNAME_KEYS: frozenset[str] = frozenset(
    (
        "prefix",
        "first_name",
        "infix",
        "last_name",
        "organization",
    )
)
