# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.locale import Locale
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_request import CustomerRequest
    from ..models.invoice_line_request import InvoiceLineRequest


T = TypeVar("T", bound="CreateInvoiceRequest")


@_attrs_define
class CreateInvoiceRequest:
    """A new invoice for an open import. Optional fields sent as null count as not sent."""

    import_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    external_invoice_number: str
    """ The partner's own invoice number. """
    customer: CustomerRequest
    """ The invoice recipient. `name.last_name` is required, and at least one way to reach the
    customer must be given: a non-empty e-mail address, a non-empty phone number, or a
    postal address with both `address1` and `city`.
     """
    invoice_lines: list[InvoiceLineRequest]
    amount_total_cents: int
    """ Total in cents; must equal the sum of the lines' `amount_cents`. May be zero or
    negative.
     """
    reference: None | str | Unset = UNSET
    """ Free reference of the partner. """
    direct_debit_iban: None | str | Unset = UNSET
    """ IBAN to collect from by direct debit; silently dropped when it is not a valid IBAN. """
    federation_membership_number: None | str | Unset = UNSET
    club_membership_number: None | str | Unset = UNSET
    member_external_id: None | str | Unset = UNSET
    """ The partner's id of the member. """
    external_membership_number: None | str | Unset = UNSET
    locale: Locale | None | Unset = UNSET
    """ Language of the customer's messages; upper-case codes are accepted too. """

    def to_dict(self) -> dict[str, Any]:
        import_id = self.import_id

        external_invoice_number = self.external_invoice_number

        customer = self.customer.to_dict()

        invoice_lines = []
        for invoice_lines_item_data in self.invoice_lines:
            invoice_lines_item = invoice_lines_item_data.to_dict()
            invoice_lines.append(invoice_lines_item)

        amount_total_cents = self.amount_total_cents

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "import_id": import_id,
                "external_invoice_number": external_invoice_number,
                "customer": customer,
                "invoice_lines": invoice_lines,
                "amount_total_cents": amount_total_cents,
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        import_id = src_dict["import_id"]
        if not isinstance(import_id, str):
            raise TypeError("import_id: expected str")

        external_invoice_number = src_dict["external_invoice_number"]
        if not isinstance(external_invoice_number, str):
            raise TypeError("external_invoice_number: expected str")

        _customer = src_dict["customer"]
        if not isinstance(_customer, dict):
            raise TypeError("customer: expected an object")
        customer = CustomerRequest.from_dict(_customer)

        _invoice_lines = src_dict["invoice_lines"]
        if not isinstance(_invoice_lines, list):
            raise TypeError("invoice_lines: expected an array")
        invoice_lines = []
        for invoice_lines_item_data in _invoice_lines:
            _invoice_lines_item = invoice_lines_item_data
            if not isinstance(_invoice_lines_item, dict):
                raise TypeError("invoice_lines_item: expected an object")
            invoice_lines_item = InvoiceLineRequest.from_dict(_invoice_lines_item)

            invoice_lines.append(invoice_lines_item)

        amount_total_cents = src_dict["amount_total_cents"]
        if not (isinstance(amount_total_cents, int) and not isinstance(amount_total_cents, bool)):
            raise TypeError("amount_total_cents: expected int")

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

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        create_invoice_request = cls(
            import_id,
            external_invoice_number,
            customer,
            invoice_lines,
            amount_total_cents,
            reference,
            direct_debit_iban,
            federation_membership_number,
            club_membership_number,
            member_external_id,
            external_membership_number,
            locale,
        )

        return create_invoice_request


# Value -> member of the open enums read above, typed (Enum._value2member_map_ is not).
_LOCALE_BY_VALUE: dict[str, Locale] = {member.value: member for member in Locale}


# Imported after the class, not inside from_dict: an import statement there runs the import
# machinery on every call (most of the cost of reading a small object). Models may refer to each
# other, so these cannot go at the top.
from ..models.customer_request import CustomerRequest  # noqa: E402
from ..models.invoice_line_request import InvoiceLineRequest  # noqa: E402
