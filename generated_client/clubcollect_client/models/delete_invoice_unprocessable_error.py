# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delete_invoice_unprocessable_error_code import DeleteInvoiceUnprocessableErrorCode
from ..types import UnknownEnumValue

T = TypeVar("T", bound="DeleteInvoiceUnprocessableError")


@_attrs_define
class DeleteInvoiceUnprocessableError:
    """Body of a 422 answer of `delete_invoice`."""

    error: DeleteInvoiceUnprocessableErrorCode | UnknownEnumValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: str
        if isinstance(self.error, DeleteInvoiceUnprocessableErrorCode):
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
        _error_raw = src_dict["error"]
        error: DeleteInvoiceUnprocessableErrorCode | UnknownEnumValue
        if isinstance(_error_raw, str):
            _error_member = _DELETEINVOICEUNPROCESSABLEERRORCODE_BY_VALUE.get(_error_raw)
            error = _error_member if _error_member is not None else UnknownEnumValue(_error_raw)
        else:
            raise TypeError("error: unexpected JSON type")

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        delete_invoice_unprocessable_error = cls(
            error,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _DELETEINVOICEUNPROCESSABLEERROR_KEYS:
            delete_invoice_unprocessable_error.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _DELETEINVOICEUNPROCESSABLEERROR_KEYS
            }
        return delete_invoice_unprocessable_error

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
_DELETEINVOICEUNPROCESSABLEERRORCODE_BY_VALUE: dict[str, DeleteInvoiceUnprocessableErrorCode] = {
    member.value: member for member in DeleteInvoiceUnprocessableErrorCode
}


# The members DeleteInvoiceUnprocessableError declares; anything else in an answer goes to additional_properties.
_DELETEINVOICEUNPROCESSABLEERROR_KEYS: frozenset[str] = frozenset(("error",))
