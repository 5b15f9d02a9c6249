# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        _address1_raw = src_dict["address1"]
        if not (isinstance(_address1_raw, str) or _address1_raw is None):
            raise TypeError("address1: unexpected JSON type")
        address1 = _address1_raw

        _address2_raw = src_dict["address2"]
        if not (isinstance(_address2_raw, str) or _address2_raw is None):
            raise TypeError("address2: unexpected JSON type")
        address2 = _address2_raw

        _locality_raw = src_dict["locality"]
        if not (isinstance(_locality_raw, str) or _locality_raw is None):
            raise TypeError("locality: unexpected JSON type")
        locality = _locality_raw

        _house_number_raw = src_dict["house_number"]
        if not (isinstance(_house_number_raw, str) or _house_number_raw is None):
            raise TypeError("house_number: unexpected JSON type")
        house_number = _house_number_raw

        _state_raw = src_dict["state"]
        if not (isinstance(_state_raw, str) or _state_raw is None):
            raise TypeError("state: unexpected JSON type")
        state = _state_raw

        _zipcode_raw = src_dict["zipcode"]
        if not (isinstance(_zipcode_raw, str) or _zipcode_raw is None):
            raise TypeError("zipcode: unexpected JSON type")
        zipcode = _zipcode_raw

        _city_raw = src_dict["city"]
        if not (isinstance(_city_raw, str) or _city_raw is None):
            raise TypeError("city: unexpected JSON type")
        city = _city_raw

        _country_code_raw = src_dict["country_code"]
        if not (isinstance(_country_code_raw, str) or _country_code_raw is None):
            raise TypeError("country_code: unexpected JSON type")
        country_code = _country_code_raw

        _house_number_extension_raw = src_dict.get("house_number_extension", UNSET)
        if not (
            isinstance(_house_number_extension_raw, Unset)
            or isinstance(_house_number_extension_raw, str)
            or _house_number_extension_raw is None
        ):
            raise TypeError("house_number_extension: unexpected JSON type")
        house_number_extension = _house_number_extension_raw

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        customer_address = cls(
            address1,
            address2,
            locality,
            house_number,
            state,
            zipcode,
            city,
            country_code,
            house_number_extension,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _CUSTOMERADDRESS_KEYS:
            customer_address.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _CUSTOMERADDRESS_KEYS
            }
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


# The members CustomerAddress declares; anything else in an answer goes to additional_properties.
_CUSTOMERADDRESS_KEYS: frozenset[str] = frozenset(
    (
        "address1",
        "address2",
        "locality",
        "house_number",
        "state",
        "zipcode",
        "city",
        "country_code",
        "house_number_extension",
    )
)
