# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod
from ..models.payment_result import PaymentResult
from ..types import UnknownEnumValue

T = TypeVar("T", bound="PaymentStatus")


@_attrs_define
class PaymentStatus:
    """A payment and its current result. Every field is always present;
    `external_invoice_number` is null when the partner gave none. Open to fields added
    later by the vendor.

    """

    company_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    invoice_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    payment_id: str
    """ A payment's id: 10 to 50 characters chosen by the partner (`PartnerPaymentId`), or a
    hexadecimal id of 40 or more characters made by ClubCollect.
     """
    payment_method: PaymentMethod | UnknownEnumValue
    payment_result: PaymentResult | UnknownEnumValue
    external_invoice_number: None | str
    created_at: datetime.datetime
    """ When the payment was started. """
    updated_at: datetime.datetime
    """ When its result last changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        invoice_id = self.invoice_id

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

        external_invoice_number: None | str
        external_invoice_number = self.external_invoice_number

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "invoice_id": invoice_id,
                "payment_id": payment_id,
                "payment_method": payment_method,
                "payment_result": payment_result,
                "external_invoice_number": external_invoice_number,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        company_id = src_dict["company_id"]
        if not isinstance(company_id, str):
            raise TypeError("company_id: expected str")

        invoice_id = src_dict["invoice_id"]
        if not isinstance(invoice_id, str):
            raise TypeError("invoice_id: expected str")

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

        _external_invoice_number_raw = src_dict["external_invoice_number"]
        if not (isinstance(_external_invoice_number_raw, str) or _external_invoice_number_raw is None):
            raise TypeError("external_invoice_number: unexpected JSON type")
        external_invoice_number = _external_invoice_number_raw

        created_at = datetime.datetime.fromisoformat(src_dict["created_at"])

        updated_at = datetime.datetime.fromisoformat(src_dict["updated_at"])

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        payment_status = cls(
            company_id,
            invoice_id,
            payment_id,
            payment_method,
            payment_result,
            external_invoice_number,
            created_at,
            updated_at,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _PAYMENTSTATUS_KEYS:
            payment_status.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _PAYMENTSTATUS_KEYS
            }
        return payment_status

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


# The members PaymentStatus declares; anything else in an answer goes to additional_properties.
_PAYMENTSTATUS_KEYS: frozenset[str] = frozenset(
    (
        "company_id",
        "invoice_id",
        "payment_id",
        "payment_method",
        "payment_result",
        "external_invoice_number",
        "created_at",
        "updated_at",
    )
)
