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

    address1: str | Unset = UNSET
    """ Street. """
    address2: str | Unset = UNSET
    locality: str | Unset = UNSET
    house_number: str | Unset = UNSET
    house_number_extension: str | Unset = UNSET
    """ Addition to the house number, such as "A" or "bis". """
    state: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    city: str | Unset = UNSET
    country_code: str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country. """

    def to_dict(self) -> dict[str, Any]:
        address1 = self.address1

        address2 = self.address2

        locality = self.locality

        house_number = self.house_number

        house_number_extension = self.house_number_extension

        state = self.state

        zipcode = self.zipcode

        city = self.city

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
        d = dict(src_dict)
        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        locality = d.pop("locality", UNSET)

        house_number = d.pop("house_number", UNSET)

        house_number_extension = d.pop("house_number_extension", UNSET)

        state = d.pop("state", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        city = d.pop("city", UNSET)

        country_code = d.pop("country_code", UNSET)

        customer_address_request = cls(
            address1=address1,
            address2=address2,
            locality=locality,
            house_number=house_number,
            house_number_extension=house_number_extension,
            state=state,
            zipcode=zipcode,
            city=city,
            country_code=country_code,
        )

        return customer_address_request
