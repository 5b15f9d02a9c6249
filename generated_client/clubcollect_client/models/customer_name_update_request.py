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

    prefix: str | Unset = UNSET
    first_name: str | Unset = UNSET
    infix: str | Unset = UNSET
    last_name: str | Unset = UNSET
    organization: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prefix = self.prefix

        first_name = self.first_name

        infix = self.infix

        last_name = self.last_name

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
        prefix = d.pop("prefix", UNSET)

        first_name = d.pop("first_name", UNSET)

        infix = d.pop("infix", UNSET)

        last_name = d.pop("last_name", UNSET)

        organization = d.pop("organization", UNSET)

        customer_name_update_request = cls(
            prefix=prefix,
            first_name=first_name,
            infix=infix,
            last_name=last_name,
            organization=organization,
        )

        return customer_name_update_request
