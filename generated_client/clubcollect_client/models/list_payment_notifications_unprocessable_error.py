# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_payment_notifications_unprocessable_error_code import ListPaymentNotificationsUnprocessableErrorCode
from ..types import UnknownEnumValue

T = TypeVar("T", bound="ListPaymentNotificationsUnprocessableError")


@_attrs_define
class ListPaymentNotificationsUnprocessableError:
    """Body of a 422 answer of `list_payment_notifications`."""

    company_id: None | str
    """ The company id as sent, null when missing. """
    error_code: ListPaymentNotificationsUnprocessableErrorCode | UnknownEnumValue
    error_details: str
    """ Why a payment request was refused: one or more reasons separated by `;`, each
    `invalid_` followed by the parameter at fault (`invalid_amount_cents`...), or
    `invalid_signature`, `invalid_partner` (no such company), `invalid_params`-level
    reasons of the status and feed calls (`invalid_company_id`, `invalid_payment_id`,
    `invalid_page`), or `invalid_redirect_url`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id: None | str
        company_id = self.company_id

        error_code: str
        if isinstance(self.error_code, ListPaymentNotificationsUnprocessableErrorCode):
            error_code = self.error_code.value
        else:
            error_code = self.error_code

        error_details = self.error_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "error_code": error_code,
                "error_details": error_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _company_id_raw = src_dict["company_id"]
        if not (isinstance(_company_id_raw, str) or _company_id_raw is None):
            raise TypeError("company_id: unexpected JSON type")
        company_id = _company_id_raw

        _error_code_raw = src_dict["error_code"]
        error_code: ListPaymentNotificationsUnprocessableErrorCode | UnknownEnumValue
        if isinstance(_error_code_raw, str):
            _error_code_member = _LISTPAYMENTNOTIFICATIONSUNPROCESSABLEERRORCODE_BY_VALUE.get(_error_code_raw)
            error_code = _error_code_member if _error_code_member is not None else UnknownEnumValue(_error_code_raw)
        else:
            raise TypeError("error_code: unexpected JSON type")

        error_details = src_dict["error_details"]
        if not isinstance(error_details, str):
            raise TypeError("error_details: expected str")

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        list_payment_notifications_unprocessable_error = cls(
            company_id,
            error_code,
            error_details,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _LISTPAYMENTNOTIFICATIONSUNPROCESSABLEERROR_KEYS:
            list_payment_notifications_unprocessable_error.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key not in _LISTPAYMENTNOTIFICATIONSUNPROCESSABLEERROR_KEYS
            }
        return list_payment_notifications_unprocessable_error

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
_LISTPAYMENTNOTIFICATIONSUNPROCESSABLEERRORCODE_BY_VALUE: dict[str, ListPaymentNotificationsUnprocessableErrorCode] = {
    member.value: member for member in ListPaymentNotificationsUnprocessableErrorCode
}


# The members ListPaymentNotificationsUnprocessableError declares; anything else in an answer goes to additional_properties.
_LISTPAYMENTNOTIFICATIONSUNPROCESSABLEERROR_KEYS: frozenset[str] = frozenset(
    (
        "company_id",
        "error_code",
        "error_details",
    )
)
