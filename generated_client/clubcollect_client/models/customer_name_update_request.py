# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)
        prefix = cast("None | str | Unset", d.pop("prefix", UNSET))

        first_name = cast("None | str | Unset", d.pop("first_name", UNSET))

        infix = cast("None | str | Unset", d.pop("infix", UNSET))

        last_name = cast("None | str | Unset", d.pop("last_name", UNSET))

        organization = cast("None | str | Unset", d.pop("organization", UNSET))

        customer_name_update_request = cls(
            prefix=prefix,
            first_name=first_name,
            infix=infix,
            last_name=last_name,
            organization=organization,
        )

        return customer_name_update_request
