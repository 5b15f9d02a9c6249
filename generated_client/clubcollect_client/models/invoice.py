# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.locale import Locale
from ..types import UNSET, UnknownEnumValue, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.invoice_line import InvoiceLine
    from ..models.message import Message
    from ..models.ticket import Ticket


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice with its recipient, lines, messages and tickets. `amount_total_cents` is the
    sum of the lines' amounts in cents. Optional details the partner never sent are null.
    Some vendor examples leave out `invoice_id`, `locale` and the retraction fields, so a
    reader must not count on them.

    """

    invoice_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    import_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    external_invoice_number: None | str
    """ The partner's number; null on an invoice a payment made without one (P11). """
    reference: None | str
    invoice_number: None | str
    """ ClubCollect's own invoice number. """
    direct_debit_iban: None | str
    """ Null when none or no valid IBAN was sent. """
    federation_membership_number: None | str
    club_membership_number: None | str
    member_external_id: None | str
    external_membership_number: None | str
    customer: Customer
    """ The invoice recipient. All four parts are always present; unknown details are null. """
    invoice_lines: list[InvoiceLine]
    amount_total_cents: int
    """ Sum of the lines in cents; what is still outstanding. """
    messages: list[Message]
    tickets: list[Ticket]
    locale: Locale | None | UnknownEnumValue | Unset = UNSET
    retracted_at: datetime.datetime | None | Unset = UNSET
    retraction_reason: None | str | Unset = UNSET
    show_retraction_reason_to_customer: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_id = self.invoice_id

        import_id = self.import_id

        external_invoice_number: None | str
        external_invoice_number = self.external_invoice_number

        reference: None | str
        reference = self.reference

        invoice_number: None | str
        invoice_number = self.invoice_number

        direct_debit_iban: None | str
        direct_debit_iban = self.direct_debit_iban

        federation_membership_number: None | str
        federation_membership_number = self.federation_membership_number

        club_membership_number: None | str
        club_membership_number = self.club_membership_number

        member_external_id: None | str
        member_external_id = self.member_external_id

        external_membership_number: None | str
        external_membership_number = self.external_membership_number

        customer = self.customer.to_dict()

        invoice_lines = []
        for invoice_lines_item_data in self.invoice_lines:
            invoice_lines_item = invoice_lines_item_data.to_dict()
            invoice_lines.append(invoice_lines_item)

        amount_total_cents = self.amount_total_cents

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        tickets = []
        for tickets_item_data in self.tickets:
            tickets_item = tickets_item_data.to_dict()
            tickets.append(tickets_item)

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        elif isinstance(self.locale, Locale):
            locale = self.locale.value
        else:
            locale = self.locale

        retracted_at: None | str | Unset
        if isinstance(self.retracted_at, Unset):
            retracted_at = UNSET
        elif isinstance(self.retracted_at, datetime.datetime):
            retracted_at = self.retracted_at.isoformat()
        else:
            retracted_at = self.retracted_at

        retraction_reason: None | str | Unset
        if isinstance(self.retraction_reason, Unset):
            retraction_reason = UNSET
        else:
            retraction_reason = self.retraction_reason

        show_retraction_reason_to_customer = self.show_retraction_reason_to_customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_id": invoice_id,
                "import_id": import_id,
                "external_invoice_number": external_invoice_number,
                "reference": reference,
                "invoice_number": invoice_number,
                "direct_debit_iban": direct_debit_iban,
                "federation_membership_number": federation_membership_number,
                "club_membership_number": club_membership_number,
                "member_external_id": member_external_id,
                "external_membership_number": external_membership_number,
                "customer": customer,
                "invoice_lines": invoice_lines,
                "amount_total_cents": amount_total_cents,
                "messages": messages,
                "tickets": tickets,
            }
        )
        if locale is not UNSET:
            field_dict["locale"] = locale
        if retracted_at is not UNSET:
            field_dict["retracted_at"] = retracted_at
        if retraction_reason is not UNSET:
            field_dict["retraction_reason"] = retraction_reason
        if show_retraction_reason_to_customer is not UNSET:
            field_dict["show_retraction_reason_to_customer"] = show_retraction_reason_to_customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        invoice_id = src_dict["invoice_id"]
        if not isinstance(invoice_id, str):
            raise TypeError("invoice_id: expected str")

        import_id = src_dict["import_id"]
        if not isinstance(import_id, str):
            raise TypeError("import_id: expected str")

        _external_invoice_number_raw = src_dict["external_invoice_number"]
        if not (isinstance(_external_invoice_number_raw, str) or _external_invoice_number_raw is None):
            raise TypeError("external_invoice_number: unexpected JSON type")
        external_invoice_number = _external_invoice_number_raw

        _reference_raw = src_dict["reference"]
        if not (isinstance(_reference_raw, str) or _reference_raw is None):
            raise TypeError("reference: unexpected JSON type")
        reference = _reference_raw

        _invoice_number_raw = src_dict["invoice_number"]
        if not (isinstance(_invoice_number_raw, str) or _invoice_number_raw is None):
            raise TypeError("invoice_number: unexpected JSON type")
        invoice_number = _invoice_number_raw

        _direct_debit_iban_raw = src_dict["direct_debit_iban"]
        if not (isinstance(_direct_debit_iban_raw, str) or _direct_debit_iban_raw is None):
            raise TypeError("direct_debit_iban: unexpected JSON type")
        direct_debit_iban = _direct_debit_iban_raw

        _federation_membership_number_raw = src_dict["federation_membership_number"]
        if not (isinstance(_federation_membership_number_raw, str) or _federation_membership_number_raw is None):
            raise TypeError("federation_membership_number: unexpected JSON type")
        federation_membership_number = _federation_membership_number_raw

        _club_membership_number_raw = src_dict["club_membership_number"]
        if not (isinstance(_club_membership_number_raw, str) or _club_membership_number_raw is None):
            raise TypeError("club_membership_number: unexpected JSON type")
        club_membership_number = _club_membership_number_raw

        _member_external_id_raw = src_dict["member_external_id"]
        if not (isinstance(_member_external_id_raw, str) or _member_external_id_raw is None):
            raise TypeError("member_external_id: unexpected JSON type")
        member_external_id = _member_external_id_raw

        _external_membership_number_raw = src_dict["external_membership_number"]
        if not (isinstance(_external_membership_number_raw, str) or _external_membership_number_raw is None):
            raise TypeError("external_membership_number: unexpected JSON type")
        external_membership_number = _external_membership_number_raw

        _customer = src_dict["customer"]
        if not isinstance(_customer, dict):
            raise TypeError("customer: expected an object")
        customer = Customer.from_dict(_customer)

        _invoice_lines = src_dict["invoice_lines"]
        if not isinstance(_invoice_lines, list):
            raise TypeError("invoice_lines: expected an array")
        invoice_lines = []
        for invoice_lines_item_data in _invoice_lines:
            _invoice_lines_item = invoice_lines_item_data
            if not isinstance(_invoice_lines_item, dict):
                raise TypeError("invoice_lines_item: expected an object")
            invoice_lines_item = InvoiceLine.from_dict(_invoice_lines_item)

            invoice_lines.append(invoice_lines_item)

        amount_total_cents = src_dict["amount_total_cents"]
        if not (isinstance(amount_total_cents, int) and not isinstance(amount_total_cents, bool)):
            raise TypeError("amount_total_cents: expected int")

        _messages = src_dict["messages"]
        if not isinstance(_messages, list):
            raise TypeError("messages: expected an array")
        messages = []
        for messages_item_data in _messages:
            _messages_item = messages_item_data
            if not isinstance(_messages_item, dict):
                raise TypeError("messages_item: expected an object")
            messages_item = Message.from_dict(_messages_item)

            messages.append(messages_item)

        _tickets = src_dict["tickets"]
        if not isinstance(_tickets, list):
            raise TypeError("tickets: expected an array")
        tickets = []
        for tickets_item_data in _tickets:
            _tickets_item = tickets_item_data
            if not isinstance(_tickets_item, dict):
                raise TypeError("tickets_item: expected an object")
            tickets_item = Ticket.from_dict(_tickets_item)

            tickets.append(tickets_item)

        _locale_raw = src_dict.get("locale", UNSET)
        locale: Locale | None | UnknownEnumValue | Unset
        if isinstance(_locale_raw, str):
            _locale_member = _LOCALE_BY_VALUE.get(_locale_raw)
            locale = _locale_member if _locale_member is not None else UnknownEnumValue(_locale_raw)
        elif isinstance(_locale_raw, Unset) or _locale_raw is None:
            locale = _locale_raw
        else:
            raise TypeError("locale: unexpected JSON type")

        _retracted_at_raw = src_dict.get("retracted_at", UNSET)
        retracted_at: datetime.datetime | None | Unset
        if isinstance(_retracted_at_raw, str):
            retracted_at = datetime.datetime.fromisoformat(_retracted_at_raw)
        elif isinstance(_retracted_at_raw, Unset) or _retracted_at_raw is None:
            retracted_at = _retracted_at_raw
        else:
            raise TypeError("retracted_at: unexpected JSON type")

        _retraction_reason_raw = src_dict.get("retraction_reason", UNSET)
        if not (
            isinstance(_retraction_reason_raw, Unset)
            or isinstance(_retraction_reason_raw, str)
            or _retraction_reason_raw is None
        ):
            raise TypeError("retraction_reason: unexpected JSON type")
        retraction_reason = _retraction_reason_raw

        show_retraction_reason_to_customer = src_dict.get("show_retraction_reason_to_customer", UNSET)
        if not (
            isinstance(show_retraction_reason_to_customer, Unset)
            or isinstance(show_retraction_reason_to_customer, bool)
        ):
            raise TypeError("show_retraction_reason_to_customer: expected bool")

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        invoice = cls(
            invoice_id,
            import_id,
            external_invoice_number,
            reference,
            invoice_number,
            direct_debit_iban,
            federation_membership_number,
            club_membership_number,
            member_external_id,
            external_membership_number,
            customer,
            invoice_lines,
            amount_total_cents,
            messages,
            tickets,
            locale,
            retracted_at,
            retraction_reason,
            show_retraction_reason_to_customer,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _INVOICE_KEYS:
            invoice.additional_properties = {key: value for key, value in src_dict.items() if key not in _INVOICE_KEYS}
        return invoice

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
_LOCALE_BY_VALUE: dict[str, Locale] = {member.value: member for member in Locale}


# The members Invoice declares; anything else in an answer goes to additional_properties.
_INVOICE_KEYS: frozenset[str] = frozenset(
    (
        "invoice_id",
        "import_id",
        "external_invoice_number",
        "reference",
        "invoice_number",
        "direct_debit_iban",
        "federation_membership_number",
        "club_membership_number",
        "member_external_id",
        "external_membership_number",
        "customer",
        "invoice_lines",
        "amount_total_cents",
        "messages",
        "tickets",
        "locale",
        "retracted_at",
        "retraction_reason",
        "show_retraction_reason_to_customer",
    )
)


# Imported after the class, not inside from_dict: an import statement there runs the import
# machinery on every call (most of the cost of reading a small object). Models may refer to each
# other, so these cannot go at the top.
from ..models.customer import Customer  # noqa: E402
from ..models.invoice_line import InvoiceLine  # noqa: E402
from ..models.message import Message  # noqa: E402
from ..models.ticket import Ticket  # noqa: E402
