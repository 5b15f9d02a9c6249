# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_update_request import CustomerUpdateRequest


T = TypeVar("T", bound="UpdateInvoiceRequest")


@_attrs_define
class UpdateInvoiceRequest:
    """Changes to the recipient-related attributes of an invoice. Lines, totals, the import and
    the locale cannot be changed here.

    """

    external_invoice_number: str | Unset = UNSET
    reference: str | Unset = UNSET
    direct_debit_iban: str | Unset = UNSET
    federation_membership_number: str | Unset = UNSET
    club_membership_number: str | Unset = UNSET
    member_external_id: str | Unset = UNSET
    external_membership_number: str | Unset = UNSET
    customer: CustomerUpdateRequest | Unset = UNSET
    """ Changes to the recipient; only the parts sent are changed. The reachability rule must
    still hold after the change.
     """

    def to_dict(self) -> dict[str, Any]:
        external_invoice_number = self.external_invoice_number

        reference = self.reference

        direct_debit_iban = self.direct_debit_iban

        federation_membership_number = self.federation_membership_number

        club_membership_number = self.club_membership_number

        member_external_id = self.member_external_id

        external_membership_number = self.external_membership_number

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if external_invoice_number is not UNSET:
            field_dict["external_invoice_number"] = external_invoice_number
        if reference is not UNSET:
            field_dict["reference"] = reference
        if direct_debit_iban is not UNSET:
            field_dict["direct_debit_iban"] = direct_debit_iban
        if federation_membership_number is not UNSET:
            field_dict["federation_membership_number"] = federation_membership_number
        if club_membership_number is not UNSET:
            field_dict["club_membership_number"] = club_membership_number
        if member_external_id is not UNSET:
            field_dict["member_external_id"] = member_external_id
        if external_membership_number is not UNSET:
            field_dict["external_membership_number"] = external_membership_number
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_update_request import CustomerUpdateRequest  # noqa: PLC0415

        d = dict(src_dict)
        external_invoice_number = d.pop("external_invoice_number", UNSET)

        reference = d.pop("reference", UNSET)

        direct_debit_iban = d.pop("direct_debit_iban", UNSET)

        federation_membership_number = d.pop("federation_membership_number", UNSET)

        club_membership_number = d.pop("club_membership_number", UNSET)

        member_external_id = d.pop("member_external_id", UNSET)

        external_membership_number = d.pop("external_membership_number", UNSET)

        _customer = d.pop("customer", UNSET)
        customer: CustomerUpdateRequest | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerUpdateRequest.from_dict(_customer)

        update_invoice_request = cls(
            external_invoice_number=external_invoice_number,
            reference=reference,
            direct_debit_iban=direct_debit_iban,
            federation_membership_number=federation_membership_number,
            club_membership_number=club_membership_number,
            member_external_id=member_external_id,
            external_membership_number=external_membership_number,
            customer=customer,
        )

        return update_invoice_request
