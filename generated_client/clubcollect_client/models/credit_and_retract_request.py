# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditAndRetractRequest")


@_attrs_define
class CreditAndRetractRequest:
    """The credit note to issue for the outstanding amount. Optional fields sent as null count as not sent."""

    external_invoice_number: str
    """ The partner's number for the credit note. """
    description: str
    """ Text of the credit line. """
    retraction_reason: None | str | Unset = UNSET
    """ Why the invoice is retracted. """
    show_retraction_reason_to_customer: bool | None | Unset = UNSET
    """ Whether the customer sees the retraction reason. """

    def to_dict(self) -> dict[str, Any]:
        external_invoice_number = self.external_invoice_number

        description = self.description

        retraction_reason: None | str | Unset
        if isinstance(self.retraction_reason, Unset):
            retraction_reason = UNSET
        else:
            retraction_reason = self.retraction_reason

        show_retraction_reason_to_customer: bool | None | Unset
        if isinstance(self.show_retraction_reason_to_customer, Unset):
            show_retraction_reason_to_customer = UNSET
        else:
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
        external_invoice_number = src_dict["external_invoice_number"]
        if not isinstance(external_invoice_number, str):
            raise TypeError("external_invoice_number: expected str")

        description = src_dict["description"]
        if not isinstance(description, str):
            raise TypeError("description: expected str")

        _retraction_reason_raw = src_dict.get("retraction_reason", UNSET)
        if not (
            isinstance(_retraction_reason_raw, Unset)
            or isinstance(_retraction_reason_raw, str)
            or _retraction_reason_raw is None
        ):
            raise TypeError("retraction_reason: unexpected JSON type")
        retraction_reason = _retraction_reason_raw

        def _parse_show_retraction_reason_to_customer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, bool):
                    raise TypeError()
                show_retraction_reason_to_customer_type_0 = data
                if not isinstance(show_retraction_reason_to_customer_type_0, bool):
                    raise TypeError("show_retraction_reason_to_customer_type_0: expected bool")

                return show_retraction_reason_to_customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            show_retraction_reason_to_customer_type_1 = data
            if not show_retraction_reason_to_customer_type_1 is None:
                raise TypeError("show_retraction_reason_to_customer_type_1: expected None")

            return show_retraction_reason_to_customer_type_1

        show_retraction_reason_to_customer = _parse_show_retraction_reason_to_customer(
            src_dict.get("show_retraction_reason_to_customer", UNSET)
        )

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        credit_and_retract_request = cls(
            external_invoice_number,
            description,
            retraction_reason,
            show_retraction_reason_to_customer,
        )

        return credit_and_retract_request
