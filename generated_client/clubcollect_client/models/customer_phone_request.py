# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerPhoneRequest")


@_attrs_define
class CustomerPhoneRequest:
    """Phone contact of the recipient."""

    phone_number: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    """ ISO 3166-1 alpha-2 country of the number. """

    def to_dict(self) -> dict[str, Any]:
        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if country_code is not UNSET:
            field_dict["country_code"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _phone_number_raw = src_dict.get("phone_number", UNSET)
        if not (
            isinstance(_phone_number_raw, Unset) or isinstance(_phone_number_raw, str) or _phone_number_raw is None
        ):
            raise TypeError("phone_number: unexpected JSON type")
        phone_number = _phone_number_raw

        _country_code_raw = src_dict.get("country_code", UNSET)
        if not (
            isinstance(_country_code_raw, Unset) or isinstance(_country_code_raw, str) or _country_code_raw is None
        ):
            raise TypeError("country_code: unexpected JSON type")
        country_code = _country_code_raw

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        customer_phone_request = cls(
            phone_number,
            country_code,
        )

        return customer_phone_request
