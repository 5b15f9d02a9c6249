# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_import_not_found_error_code import GetImportNotFoundErrorCode
from ..types import UnknownEnumValue

T = TypeVar("T", bound="GetImportNotFoundError")


@_attrs_define
class GetImportNotFoundError:
    """Body of a 404 answer of `get_import`."""

    errors: GetImportNotFoundErrorCode | UnknownEnumValue
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
        _errors_raw = src_dict["errors"]
        errors: GetImportNotFoundErrorCode | UnknownEnumValue
        if isinstance(_errors_raw, str):
            _errors_member = _GETIMPORTNOTFOUNDERRORCODE_BY_VALUE.get(_errors_raw)
            errors = _errors_member if _errors_member is not None else UnknownEnumValue(_errors_raw)
        else:
            raise TypeError("errors: unexpected JSON type")

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        get_import_not_found_error = cls(
            errors,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _GETIMPORTNOTFOUNDERROR_KEYS:
            get_import_not_found_error.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _GETIMPORTNOTFOUNDERROR_KEYS
            }
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


# Value -> member of the open enums read above, typed (Enum._value2member_map_ is not).
_GETIMPORTNOTFOUNDERRORCODE_BY_VALUE: dict[str, GetImportNotFoundErrorCode] = {
    member.value: member for member in GetImportNotFoundErrorCode
}


# The members GetImportNotFoundError declares; anything else in an answer goes to additional_properties.
_GETIMPORTNOTFOUNDERROR_KEYS: frozenset[str] = frozenset(("errors",))
