# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_subtype import LineSubtype
from ..models.line_type import LineType
from ..models.payment_method import PaymentMethod
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="InvoiceLine")


@_attrs_define
class InvoiceLine:
    """One amount on an invoice. Positive amounts raise what is outstanding (charges, fees,
    chargebacks), negative amounts lower it (payments, credits). `subtype` and
    `payment_method` may be left out by the server; `payment_method` only concerns payment
    lines.

    """

    invoice_line_id: str
    """ The partner's id for the line, or a server-made id. """
    amount_cents: int
    """ Amount in cents; negative for payments and credits. """
    description: None | str
    """ Only regular invoice lines and credit lines carry a text. """
    date: datetime.datetime
    type_: LineType | UnknownEnumValue | Unset = UNSET
    subtype: LineSubtype | None | UnknownEnumValue | Unset = UNSET
    payment_method: None | PaymentMethod | UnknownEnumValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invoice_line_id = self.invoice_line_id

        amount_cents = self.amount_cents

        description: None | str
        description = self.description

        date = self.date.isoformat()

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LineType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        subtype: None | str | Unset
        if isinstance(self.subtype, Unset):
            subtype = UNSET
        elif isinstance(self.subtype, LineSubtype):
            subtype = self.subtype.value
        else:
            subtype = self.subtype

        payment_method: None | str | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.value
        else:
            payment_method = self.payment_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_line_id": invoice_line_id,
                "amount_cents": amount_cents,
                "description": description,
                "date": date,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        invoice_line_id = src_dict["invoice_line_id"]
        if not isinstance(invoice_line_id, str):
            raise TypeError("invoice_line_id: expected str")

        amount_cents = src_dict["amount_cents"]
        if not (isinstance(amount_cents, int) and not isinstance(amount_cents, bool)):
            raise TypeError("amount_cents: expected int")

        _description_raw = src_dict["description"]
        if not (isinstance(_description_raw, str) or _description_raw is None):
            raise TypeError("description: unexpected JSON type")
        description = _description_raw

        date = datetime.datetime.fromisoformat(src_dict["date"])

        _type__raw = src_dict.get("type", UNSET)
        type_: LineType | UnknownEnumValue | Unset
        if isinstance(_type__raw, str):
            _type__member = _LINETYPE_BY_VALUE.get(_type__raw)
            type_ = _type__member if _type__member is not None else UnknownEnumValue(_type__raw)
        elif isinstance(_type__raw, Unset):
            type_ = _type__raw
        else:
            raise TypeError("type: unexpected JSON type")

        _subtype_raw = src_dict.get("subtype", UNSET)
        subtype: LineSubtype | None | UnknownEnumValue | Unset
        if isinstance(_subtype_raw, str):
            _subtype_member = _LINESUBTYPE_BY_VALUE.get(_subtype_raw)
            subtype = _subtype_member if _subtype_member is not None else UnknownEnumValue(_subtype_raw)
        elif isinstance(_subtype_raw, Unset) or _subtype_raw is None:
            subtype = _subtype_raw
        else:
            raise TypeError("subtype: unexpected JSON type")

        _payment_method_raw = src_dict.get("payment_method", UNSET)
        payment_method: None | PaymentMethod | UnknownEnumValue | Unset
        if isinstance(_payment_method_raw, str):
            _payment_method_member = _PAYMENTMETHOD_BY_VALUE.get(_payment_method_raw)
            payment_method = (
                _payment_method_member if _payment_method_member is not None else UnknownEnumValue(_payment_method_raw)
            )
        elif isinstance(_payment_method_raw, Unset) or _payment_method_raw is None:
            payment_method = _payment_method_raw
        else:
            raise TypeError("payment_method: unexpected JSON type")

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        invoice_line = cls(
            invoice_line_id,
            amount_cents,
            description,
            date,
            type_,
            subtype,
            payment_method,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _INVOICELINE_KEYS:
            invoice_line.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _INVOICELINE_KEYS
            }
        return invoice_line

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
_LINETYPE_BY_VALUE: dict[str, LineType] = {member.value: member for member in LineType}
_LINESUBTYPE_BY_VALUE: dict[str, LineSubtype] = {member.value: member for member in LineSubtype}
_PAYMENTMETHOD_BY_VALUE: dict[str, PaymentMethod] = {member.value: member for member in PaymentMethod}


# The members InvoiceLine declares; anything else in an answer goes to additional_properties.
_INVOICELINE_KEYS: frozenset[str] = frozenset(
    (
        "invoice_line_id",
        "amount_cents",
        "description",
        "date",
        "type",
        "subtype",
        "payment_method",
    )
)
