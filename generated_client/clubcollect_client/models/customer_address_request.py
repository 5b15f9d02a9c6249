# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAddressRequest")


@_attrs_define
class CustomerAddressRequest:
    """Postal address; counts as a way to reach the customer when address1 and city are set."""

    address1: None | str | Unset = UNSET
    """ Street. """
    address2: None | str | Unset = UNSET
    locality: None | str | Unset = UNSET
    house_number: None | str | Unset = UNSET
    house_number_extension: None | str | Unset = UNSET
    """ Addition to the house number, such as "A" or "bis". """
    state: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country. """

    def to_dict(self) -> dict[str, Any]:
        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        locality: None | str | Unset
        if isinstance(self.locality, Unset):
            locality = UNSET
        else:
            locality = self.locality

        house_number: None | str | Unset
        if isinstance(self.house_number, Unset):
            house_number = UNSET
        else:
            house_number = self.house_number

        house_number_extension: None | str | Unset
        if isinstance(self.house_number_extension, Unset):
            house_number_extension = UNSET
        else:
            house_number_extension = self.house_number_extension

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
            zipcode = self.zipcode

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if locality is not UNSET:
            field_dict["locality"] = locality
        if house_number is not UNSET:
            field_dict["house_number"] = house_number
        if house_number_extension is not UNSET:
            field_dict["house_number_extension"] = house_number_extension
        if state is not UNSET:
            field_dict["state"] = state
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _address1_raw = src_dict.get("address1", UNSET)
        if not (isinstance(_address1_raw, Unset) or isinstance(_address1_raw, str) or _address1_raw is None):
            raise TypeError("address1: unexpected JSON type")
        address1 = _address1_raw

        _address2_raw = src_dict.get("address2", UNSET)
        if not (isinstance(_address2_raw, Unset) or isinstance(_address2_raw, str) or _address2_raw is None):
            raise TypeError("address2: unexpected JSON type")
        address2 = _address2_raw

        _locality_raw = src_dict.get("locality", UNSET)
        if not (isinstance(_locality_raw, Unset) or isinstance(_locality_raw, str) or _locality_raw is None):
            raise TypeError("locality: unexpected JSON type")
        locality = _locality_raw

        _house_number_raw = src_dict.get("house_number", UNSET)
        if not (
            isinstance(_house_number_raw, Unset) or isinstance(_house_number_raw, str) or _house_number_raw is None
        ):
            raise TypeError("house_number: unexpected JSON type")
        house_number = _house_number_raw

        _house_number_extension_raw = src_dict.get("house_number_extension", UNSET)
        if not (
            isinstance(_house_number_extension_raw, Unset)
            or isinstance(_house_number_extension_raw, str)
            or _house_number_extension_raw is None
        ):
            raise TypeError("house_number_extension: unexpected JSON type")
        house_number_extension = _house_number_extension_raw

        _state_raw = src_dict.get("state", UNSET)
        if not (isinstance(_state_raw, Unset) or isinstance(_state_raw, str) or _state_raw is None):
            raise TypeError("state: unexpected JSON type")
        state = _state_raw

        _zipcode_raw = src_dict.get("zipcode", UNSET)
        if not (isinstance(_zipcode_raw, Unset) or isinstance(_zipcode_raw, str) or _zipcode_raw is None):
            raise TypeError("zipcode: unexpected JSON type")
        zipcode = _zipcode_raw

        _city_raw = src_dict.get("city", UNSET)
        if not (isinstance(_city_raw, Unset) or isinstance(_city_raw, str) or _city_raw is None):
            raise TypeError("city: unexpected JSON type")
        city = _city_raw

        _country_code_raw = src_dict.get("country_code", UNSET)
        if not (
            isinstance(_country_code_raw, Unset) or isinstance(_country_code_raw, str) or _country_code_raw is None
        ):
            raise TypeError("country_code: unexpected JSON type")
        country_code = _country_code_raw

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        customer_address_request = cls(
            address1,
            address2,
            locality,
            house_number,
            house_number_extension,
            state,
            zipcode,
            city,
            country_code,
        )

        return customer_address_request
