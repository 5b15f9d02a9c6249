# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerNameRequest")


@_attrs_define
class CustomerNameRequest:
    """Parts of the recipient's name; only the last name is required."""

    last_name: str
    prefix: None | str | Unset = UNSET
    """ Salutation, such as Mr or Ms. """
    first_name: None | str | Unset = UNSET
    infix: None | str | Unset = UNSET
    """ Name particle such as "van der". """
    organization: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        last_name = self.last_name

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        infix: None | str | Unset
        if isinstance(self.infix, Unset):
            infix = UNSET
        else:
            infix = self.infix

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "last_name": last_name,
            }
        )
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if infix is not UNSET:
            field_dict["infix"] = infix
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        last_name = src_dict["last_name"]
        if not isinstance(last_name, str):
            raise TypeError("last_name: expected str")

        _prefix_raw = src_dict.get("prefix", UNSET)
        if not (isinstance(_prefix_raw, Unset) or isinstance(_prefix_raw, str) or _prefix_raw is None):
            raise TypeError("prefix: unexpected JSON type")
        prefix = _prefix_raw

        _first_name_raw = src_dict.get("first_name", UNSET)
        if not (isinstance(_first_name_raw, Unset) or isinstance(_first_name_raw, str) or _first_name_raw is None):
            raise TypeError("first_name: unexpected JSON type")
        first_name = _first_name_raw

        _infix_raw = src_dict.get("infix", UNSET)
        if not (isinstance(_infix_raw, Unset) or isinstance(_infix_raw, str) or _infix_raw is None):
            raise TypeError("infix: unexpected JSON type")
        infix = _infix_raw

        _organization_raw = src_dict.get("organization", UNSET)
        if not (
            isinstance(_organization_raw, Unset) or isinstance(_organization_raw, str) or _organization_raw is None
        ):
            raise TypeError("organization: unexpected JSON type")
        organization = _organization_raw

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        customer_name_request = cls(
            last_name,
            prefix,
            first_name,
            infix,
            organization,
        )

        return customer_name_request
