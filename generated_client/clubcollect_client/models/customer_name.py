# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        prefix = cast("None | str", d.pop("prefix"))

        first_name = cast("None | str", d.pop("first_name"))

        infix = cast("None | str", d.pop("infix"))

        last_name = d.pop("last_name")

        organization = cast("None | str", d.pop("organization"))

        customer_name = cls(
            prefix=prefix,
            first_name=first_name,
            infix=infix,
            last_name=last_name,
            organization=organization,
        )

        customer_name.additional_properties = d
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
