# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerPhone")


@_attrs_define
class CustomerPhone:
    """The recipient's phone contact."""

    phone_number: None | str
    country_code: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number: None | str
        phone_number = self.phone_number

        country_code: None | str
        country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone_number": phone_number,
                "country_code": country_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _phone_number_raw = src_dict["phone_number"]
        if not (isinstance(_phone_number_raw, str) or _phone_number_raw is None):
            raise TypeError("phone_number: unexpected JSON type")
        phone_number = _phone_number_raw

        _country_code_raw = src_dict["country_code"]
        if not (isinstance(_country_code_raw, str) or _country_code_raw is None):
            raise TypeError("country_code: unexpected JSON type")
        country_code = _country_code_raw

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        customer_phone = cls(
            phone_number,
            country_code,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _CUSTOMERPHONE_KEYS:
            customer_phone.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _CUSTOMERPHONE_KEYS
            }
        return customer_phone

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


# The members CustomerPhone declares; anything else in an answer goes to additional_properties.
_CUSTOMERPHONE_KEYS: frozenset[str] = frozenset(
    (
        "phone_number",
        "country_code",
    )
)
