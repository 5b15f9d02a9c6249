# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_import_not_found_error_code import GetImportNotFoundErrorCode

T = TypeVar("T", bound="GetImportNotFoundError")


@_attrs_define
class GetImportNotFoundError:
    """Body of a 404 answer of `get_import`."""

    errors: GetImportNotFoundErrorCode | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: str
        if isinstance(self.errors, GetImportNotFoundErrorCode):
            errors = self.errors.value
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _errors_raw = d.pop("errors")
        if isinstance(_errors_raw, str):
            errors = cast(
                "GetImportNotFoundErrorCode | str",
                GetImportNotFoundErrorCode._value2member_map_.get(_errors_raw, _errors_raw),
            )
        else:
            raise TypeError("errors: unexpected JSON type")

        get_import_not_found_error = cls(
            errors=errors,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        get_import_not_found_error.additional_properties = additional_properties
        return get_import_not_found_error

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
