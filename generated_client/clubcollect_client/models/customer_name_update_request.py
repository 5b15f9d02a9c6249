# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerNameUpdateRequest")


@_attrs_define
class CustomerNameUpdateRequest:
    """Changes to the recipient's name; the last name cannot be emptied."""

    prefix: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    infix: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    organization: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if infix is not UNSET:
            field_dict["infix"] = infix
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if organization is not UNSET:
            field_dict["organization"] = organization

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        _last_name_raw = src_dict.get("last_name", UNSET)
        if not (isinstance(_last_name_raw, Unset) or isinstance(_last_name_raw, str) or _last_name_raw is None):
            raise TypeError("last_name: unexpected JSON type")
        last_name = _last_name_raw

        _organization_raw = src_dict.get("organization", UNSET)
        if not (
            isinstance(_organization_raw, Unset) or isinstance(_organization_raw, str) or _organization_raw is None
        ):
            raise TypeError("organization: unexpected JSON type")
        organization = _organization_raw

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        customer_name_update_request = cls(
            prefix,
            first_name,
            infix,
            last_name,
            organization,
        )

        return customer_name_update_request
