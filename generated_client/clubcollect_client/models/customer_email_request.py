# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerEmailRequest")


@_attrs_define
class CustomerEmailRequest:
    """E-mail contact of the recipient."""

    email_address: None | str | Unset = UNSET
    """ An e-mail address; empty (or null) when the customer has none (A16). """

    def to_dict(self) -> dict[str, Any]:
        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email_address is not UNSET:
            field_dict["email_address"] = email_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _email_address_raw = src_dict.get("email_address", UNSET)
        if not (
            isinstance(_email_address_raw, Unset) or isinstance(_email_address_raw, str) or _email_address_raw is None
        ):
            raise TypeError("email_address: unexpected JSON type")
        email_address = _email_address_raw

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        customer_email_request = cls(
            email_address,
        )

        return customer_email_request
