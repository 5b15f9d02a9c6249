# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod
from ..models.payment_result import PaymentResult
from ..types import UnknownEnumValue

T = TypeVar("T", bound="PaymentNotification")


@_attrs_define
class PaymentNotification:
    """Body of a payment notification: the payment's new state, plus the partner's own API
    key echoed as proof of origin (a secret: never log it). Open to fields added later.

    """

    api_key: str
    """ The partner's own API key, echoed back. """
    company_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    invoice_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    external_invoice_number: None | str
    payment_id: str
    """ A payment's id: 10 to 50 characters chosen by the partner (`PartnerPaymentId`), or a
    hexadecimal id of 40 or more characters made by ClubCollect.
     """
    payment_method: PaymentMethod | UnknownEnumValue
    payment_result: PaymentResult | UnknownEnumValue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        company_id = self.company_id

        invoice_id = self.invoice_id

        external_invoice_number: None | str
        external_invoice_number = self.external_invoice_number

        payment_id = self.payment_id

        payment_method: str
        if isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        payment_result: str
        if isinstance(self.payment_result, PaymentResult):
            payment_result = self.payment_result.value
        else:
            payment_result = self.payment_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "company_id": company_id,
                "invoice_id": invoice_id,
                "external_invoice_number": external_invoice_number,
                "payment_id": payment_id,
                "payment_method": payment_method,
                "payment_result": payment_result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        api_key = src_dict["api_key"]
        if not isinstance(api_key, str):
            raise TypeError("api_key: expected str")

        company_id = src_dict["company_id"]
        if not isinstance(company_id, str):
            raise TypeError("company_id: expected str")

        invoice_id = src_dict["invoice_id"]
        if not isinstance(invoice_id, str):
            raise TypeError("invoice_id: expected str")

        _external_invoice_number_raw = src_dict["external_invoice_number"]
        if not (isinstance(_external_invoice_number_raw, str) or _external_invoice_number_raw is None):
            raise TypeError("external_invoice_number: unexpected JSON type")
        external_invoice_number = _external_invoice_number_raw

        payment_id = src_dict["payment_id"]
        if not isinstance(payment_id, str):
            raise TypeError("payment_id: expected str")

        _payment_method_raw = src_dict["payment_method"]
        payment_method: PaymentMethod | UnknownEnumValue
        if isinstance(_payment_method_raw, str):
            _payment_method_member = _PAYMENTMETHOD_BY_VALUE.get(_payment_method_raw)
            payment_method = (
                _payment_method_member if _payment_method_member is not None else UnknownEnumValue(_payment_method_raw)
            )
        else:
            raise TypeError("payment_method: unexpected JSON type")

        _payment_result_raw = src_dict["payment_result"]
        payment_result: PaymentResult | UnknownEnumValue
        if isinstance(_payment_result_raw, str):
            _payment_result_member = _PAYMENTRESULT_BY_VALUE.get(_payment_result_raw)
            payment_result = (
                _payment_result_member if _payment_result_member is not None else UnknownEnumValue(_payment_result_raw)
            )
        else:
            raise TypeError("payment_result: unexpected JSON type")

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        payment_notification = cls(
            api_key,
            company_id,
            invoice_id,
            external_invoice_number,
            payment_id,
            payment_method,
            payment_result,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _PAYMENTNOTIFICATION_KEYS:
            payment_notification.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PAYMENTNOTIFICATION_KEYS
            }
        return payment_notification

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
_PAYMENTMETHOD_BY_VALUE: dict[str, PaymentMethod] = {member.value: member for member in PaymentMethod}
_PAYMENTRESULT_BY_VALUE: dict[str, PaymentResult] = {member.value: member for member in PaymentResult}


# The members PaymentNotification declares; anything else in an answer goes to additional_properties.
_PAYMENTNOTIFICATION_KEYS: frozenset[str] = frozenset(
    (
        "api_key",
        "company_id",
        "invoice_id",
        "external_invoice_number",
        "payment_id",
        "payment_method",
        "payment_result",
    )
)
