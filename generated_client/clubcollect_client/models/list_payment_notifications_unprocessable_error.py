# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_payment_notifications_unprocessable_error_code import ListPaymentNotificationsUnprocessableErrorCode

T = TypeVar("T", bound="ListPaymentNotificationsUnprocessableError")


@_attrs_define
class ListPaymentNotificationsUnprocessableError:
    """Body of a 422 answer of `list_payment_notifications`."""

    company_id: None | str
    """ The company id as sent, null when missing. """
    error_code: ListPaymentNotificationsUnprocessableErrorCode | str
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
        d = dict(src_dict)
        _company_id_raw = d.pop("company_id")
        if not (isinstance(_company_id_raw, str) or _company_id_raw is None):
            raise TypeError("company_id: unexpected JSON type")
        company_id = _company_id_raw

        _error_code_raw = d.pop("error_code")
        if isinstance(_error_code_raw, str):
            error_code = cast(
                "ListPaymentNotificationsUnprocessableErrorCode | str",
                ListPaymentNotificationsUnprocessableErrorCode._value2member_map_.get(_error_code_raw, _error_code_raw),
            )
        else:
            raise TypeError("error_code: unexpected JSON type")

        error_details = d.pop("error_details")
        if not isinstance(error_details, str):
            raise TypeError("error_details: expected str")

        list_payment_notifications_unprocessable_error = cls(
            company_id=company_id,
            error_code=error_code,
            error_details=error_details,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        list_payment_notifications_unprocessable_error.additional_properties = additional_properties
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
