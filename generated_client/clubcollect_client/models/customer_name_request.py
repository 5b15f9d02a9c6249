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
    prefix: str | Unset = UNSET
    """ Salutation, such as Mr or Ms. """
    first_name: str | Unset = UNSET
    infix: str | Unset = UNSET
    """ Name particle such as "van der". """
    organization: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        last_name = self.last_name

        prefix = self.prefix

        first_name = self.first_name

        infix = self.infix

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
        d = dict(src_dict)
        last_name = d.pop("last_name")

        prefix = d.pop("prefix", UNSET)

        first_name = d.pop("first_name", UNSET)

        infix = d.pop("infix", UNSET)

        organization = d.pop("organization", UNSET)

        customer_name_request = cls(
            last_name=last_name,
            prefix=prefix,
            first_name=first_name,
            infix=infix,
            organization=organization,
        )

        return customer_name_request
