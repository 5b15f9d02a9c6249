# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAddress")


@_attrs_define
class CustomerAddress:
    """The recipient's postal address."""

    address1: None | str
    address2: None | str
    locality: None | str
    house_number: None | str
    state: None | str
    zipcode: None | str
    city: None | str
    country_code: None | str
    house_number_extension: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address1: None | str
        address1 = self.address1

        address2: None | str
        address2 = self.address2

        locality: None | str
        locality = self.locality

        house_number: None | str
        house_number = self.house_number

        state: None | str
        state = self.state

        zipcode: None | str
        zipcode = self.zipcode

        city: None | str
        city = self.city

        country_code: None | str
        country_code = self.country_code

        house_number_extension: None | str | Unset
        if isinstance(self.house_number_extension, Unset):
            house_number_extension = UNSET
        else:
            house_number_extension = self.house_number_extension

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address1": address1,
                "address2": address2,
                "locality": locality,
                "house_number": house_number,
                "state": state,
                "zipcode": zipcode,
                "city": city,
                "country_code": country_code,
            }
        )
        if house_number_extension is not UNSET:
            field_dict["house_number_extension"] = house_number_extension

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address1 = cast("None | str", d.pop("address1"))

        address2 = cast("None | str", d.pop("address2"))

        locality = cast("None | str", d.pop("locality"))

        house_number = cast("None | str", d.pop("house_number"))

        state = cast("None | str", d.pop("state"))

        zipcode = cast("None | str", d.pop("zipcode"))

        city = cast("None | str", d.pop("city"))

        country_code = cast("None | str", d.pop("country_code"))

        house_number_extension = cast("None | str | Unset", d.pop("house_number_extension", UNSET))

        customer_address = cls(
            address1=address1,
            address2=address2,
            locality=locality,
            house_number=house_number,
            state=state,
            zipcode=zipcode,
            city=city,
            country_code=country_code,
            house_number_extension=house_number_extension,
        )

        customer_address.additional_properties = d
        return customer_address

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
