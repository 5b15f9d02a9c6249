# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditAndRetractRequest")


@_attrs_define
class CreditAndRetractRequest:
    """The credit note to issue for the outstanding amount."""

    external_invoice_number: str
    """ The partner's number for the credit note. """
    description: str
    """ Text of the credit line. """
    retraction_reason: str | Unset = UNSET
    """ Why the invoice is retracted. """
    show_retraction_reason_to_customer: bool | Unset = UNSET
    """ Whether the customer sees the retraction reason. """

    def to_dict(self) -> dict[str, Any]:
        external_invoice_number = self.external_invoice_number

        description = self.description

        retraction_reason = self.retraction_reason

        show_retraction_reason_to_customer = self.show_retraction_reason_to_customer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "external_invoice_number": external_invoice_number,
                "description": description,
            }
        )
        if retraction_reason is not UNSET:
            field_dict["retraction_reason"] = retraction_reason
        if show_retraction_reason_to_customer is not UNSET:
            field_dict["show_retraction_reason_to_customer"] = show_retraction_reason_to_customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_invoice_number = d.pop("external_invoice_number")

        description = d.pop("description")

        retraction_reason = d.pop("retraction_reason", UNSET)

        show_retraction_reason_to_customer = d.pop("show_retraction_reason_to_customer", UNSET)

        credit_and_retract_request = cls(
            external_invoice_number=external_invoice_number,
            description=description,
            retraction_reason=retraction_reason,
            show_retraction_reason_to_customer=show_retraction_reason_to_customer,
        )

        return credit_and_retract_request
