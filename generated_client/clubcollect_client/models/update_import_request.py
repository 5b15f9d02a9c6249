# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateImportRequest")


@_attrs_define
class UpdateImportRequest:
    """Changes to an open import; every field is optional."""

    expected_invoices_count: int | Unset = UNSET
    """ How many invoices the import will hold; until that many exist the treasurer cannot
    transmit the import from the web interface. An integer, not a string.
     """

    def to_dict(self) -> dict[str, Any]:
        expected_invoices_count = self.expected_invoices_count

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expected_invoices_count is not UNSET:
            field_dict["expected_invoices_count"] = expected_invoices_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expected_invoices_count = d.pop("expected_invoices_count", UNSET)

        update_import_request = cls(
            expected_invoices_count=expected_invoices_count,
        )

        return update_import_request
