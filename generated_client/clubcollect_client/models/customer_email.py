# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerEmail")


@_attrs_define
class CustomerEmail:
    """The recipient's e-mail contact."""

    email_address: None | str
    """ An e-mail address, or empty or null when there is none (A16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address: None | str
        email_address = self.email_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_address": email_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _email_address_raw = src_dict["email_address"]
        if not (isinstance(_email_address_raw, str) or _email_address_raw is None):
            raise TypeError("email_address: unexpected JSON type")
        email_address = _email_address_raw

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        customer_email = cls(
            email_address,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _CUSTOMEREMAIL_KEYS:
            customer_email.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _CUSTOMEREMAIL_KEYS
            }
        return customer_email

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


# The members CustomerEmail declares; anything else in an answer goes to additional_properties.
_CUSTOMEREMAIL_KEYS: frozenset[str] = frozenset(("email_address",))
