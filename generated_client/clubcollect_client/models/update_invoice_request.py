# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.locale import Locale
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_update_request import CustomerUpdateRequest


T = TypeVar("T", bound="UpdateInvoiceRequest")


@_attrs_define
class UpdateInvoiceRequest:
    """Changes to the recipient-related attributes and the locale of an invoice. Lines, totals
    and the import cannot be changed here. `external_invoice_number` is sent every time;
    other fields left out, or sent as null, keep their value.

    """

    external_invoice_number: str
    reference: None | str | Unset = UNSET
    direct_debit_iban: None | str | Unset = UNSET
    federation_membership_number: None | str | Unset = UNSET
    club_membership_number: None | str | Unset = UNSET
    member_external_id: None | str | Unset = UNSET
    external_membership_number: None | str | Unset = UNSET
    locale: Locale | None | Unset = UNSET
    """ Language of the customer's messages; upper-case codes are accepted too. """
    customer: CustomerUpdateRequest | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_update_request import CustomerUpdateRequest  # noqa: PLC0415

        external_invoice_number = self.external_invoice_number

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        direct_debit_iban: None | str | Unset
        if isinstance(self.direct_debit_iban, Unset):
            direct_debit_iban = UNSET
        else:
            direct_debit_iban = self.direct_debit_iban

        federation_membership_number: None | str | Unset
        if isinstance(self.federation_membership_number, Unset):
            federation_membership_number = UNSET
        else:
            federation_membership_number = self.federation_membership_number

        club_membership_number: None | str | Unset
        if isinstance(self.club_membership_number, Unset):
            club_membership_number = UNSET
        else:
            club_membership_number = self.club_membership_number

        member_external_id: None | str | Unset
        if isinstance(self.member_external_id, Unset):
            member_external_id = UNSET
        else:
            member_external_id = self.member_external_id

        external_membership_number: None | str | Unset
        if isinstance(self.external_membership_number, Unset):
            external_membership_number = UNSET
        else:
            external_membership_number = self.external_membership_number

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, Locale):
            locale = self.locale.value
        else:
            locale = self.locale

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CustomerUpdateRequest):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "external_invoice_number": external_invoice_number,
            }
        )
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
        if locale is not UNSET:
            field_dict["locale"] = locale
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        external_invoice_number = src_dict["external_invoice_number"]
        if not isinstance(external_invoice_number, str):
            raise TypeError("external_invoice_number: expected str")

        _reference_raw = src_dict.get("reference", UNSET)
        if not (isinstance(_reference_raw, Unset) or isinstance(_reference_raw, str) or _reference_raw is None):
            raise TypeError("reference: unexpected JSON type")
        reference = _reference_raw

        _direct_debit_iban_raw = src_dict.get("direct_debit_iban", UNSET)
        if not (
            isinstance(_direct_debit_iban_raw, Unset)
            or isinstance(_direct_debit_iban_raw, str)
            or _direct_debit_iban_raw is None
        ):
            raise TypeError("direct_debit_iban: unexpected JSON type")
        direct_debit_iban = _direct_debit_iban_raw

        _federation_membership_number_raw = src_dict.get("federation_membership_number", UNSET)
        if not (
            isinstance(_federation_membership_number_raw, Unset)
            or isinstance(_federation_membership_number_raw, str)
            or _federation_membership_number_raw is None
        ):
            raise TypeError("federation_membership_number: unexpected JSON type")
        federation_membership_number = _federation_membership_number_raw

        _club_membership_number_raw = src_dict.get("club_membership_number", UNSET)
        if not (
            isinstance(_club_membership_number_raw, Unset)
            or isinstance(_club_membership_number_raw, str)
            or _club_membership_number_raw is None
        ):
            raise TypeError("club_membership_number: unexpected JSON type")
        club_membership_number = _club_membership_number_raw

        _member_external_id_raw = src_dict.get("member_external_id", UNSET)
        if not (
            isinstance(_member_external_id_raw, Unset)
            or isinstance(_member_external_id_raw, str)
            or _member_external_id_raw is None
        ):
            raise TypeError("member_external_id: unexpected JSON type")
        member_external_id = _member_external_id_raw

        _external_membership_number_raw = src_dict.get("external_membership_number", UNSET)
        if not (
            isinstance(_external_membership_number_raw, Unset)
            or isinstance(_external_membership_number_raw, str)
            or _external_membership_number_raw is None
        ):
            raise TypeError("external_membership_number: unexpected JSON type")
        external_membership_number = _external_membership_number_raw

        _locale_raw = src_dict.get("locale", UNSET)
        locale: Locale | None | Unset
        if isinstance(_locale_raw, str):
            locale = _LOCALE_BY_VALUE[_locale_raw]
        elif isinstance(_locale_raw, Unset) or _locale_raw is None:
            locale = _locale_raw
        else:
            raise TypeError("locale: unexpected JSON type")

        def _parse_customer(data: object) -> CustomerUpdateRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _customer_type_0 = data
                if not isinstance(_customer_type_0, dict):
                    raise TypeError("customer_type_0: expected an object")
                customer_type_0 = CustomerUpdateRequest.from_dict(_customer_type_0)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            customer_type_1 = data
            if not customer_type_1 is None:
                raise TypeError("customer_type_1: expected None")

            return customer_type_1

        customer = _parse_customer(src_dict.get("customer", UNSET))

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        update_invoice_request = cls(
            external_invoice_number,
            reference,
            direct_debit_iban,
            federation_membership_number,
            club_membership_number,
            member_external_id,
            external_membership_number,
            locale,
            customer,
        )

        return update_invoice_request


# Value -> member of the open enums read above, typed (Enum._value2member_map_ is not).
_LOCALE_BY_VALUE: dict[str, Locale] = {member.value: member for member in Locale}


# Imported after the class, not inside from_dict: an import statement there runs the import
# machinery on every call (most of the cost of reading a small object). Models may refer to each
# other, so these cannot go at the top.
from ..models.customer_update_request import CustomerUpdateRequest  # noqa: E402
