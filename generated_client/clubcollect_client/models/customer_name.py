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
        d = dict(src_dict)
        _prefix_raw = d.pop("prefix")
        if not (isinstance(_prefix_raw, str) or _prefix_raw is None):
            raise TypeError("prefix: unexpected JSON type")
        prefix = _prefix_raw

        _first_name_raw = d.pop("first_name")
        if not (isinstance(_first_name_raw, str) or _first_name_raw is None):
            raise TypeError("first_name: unexpected JSON type")
        first_name = _first_name_raw

        _infix_raw = d.pop("infix")
        if not (isinstance(_infix_raw, str) or _infix_raw is None):
            raise TypeError("infix: unexpected JSON type")
        infix = _infix_raw

        last_name = d.pop("last_name")
        if not isinstance(last_name, str):
            raise TypeError("last_name: expected str")

        _organization_raw = d.pop("organization")
        if not (isinstance(_organization_raw, str) or _organization_raw is None):
            raise TypeError("organization: unexpected JSON type")
        organization = _organization_raw

        customer_name = cls(
            prefix=prefix,
            first_name=first_name,
            infix=infix,
            last_name=last_name,
            organization=organization,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_name.additional_properties = additional_properties
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
