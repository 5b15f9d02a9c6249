# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_company_unprocessable_error_code import CreateCompanyUnprocessableErrorCode

T = TypeVar("T", bound="CreateCompanyUnprocessableError")


@_attrs_define
class CreateCompanyUnprocessableError:
    """Body of a 422 answer of `create_company`."""

    error: CreateCompanyUnprocessableErrorCode | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: str
        if isinstance(self.error, CreateCompanyUnprocessableErrorCode):
            error = self.error.value
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _error_raw = d.pop("error")
        if isinstance(_error_raw, str):
            error = cast(
                "CreateCompanyUnprocessableErrorCode | str",
                CreateCompanyUnprocessableErrorCode._value2member_map_.get(_error_raw, _error_raw),
            )
        else:
            raise TypeError("error: unexpected JSON type")

        create_company_unprocessable_error = cls(
            error=error,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        create_company_unprocessable_error.additional_properties = additional_properties
        return create_company_unprocessable_error

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
