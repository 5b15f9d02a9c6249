# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_subtype import LineSubtype
from ..models.line_type import LineType
from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

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
    type_: LineType | str | Unset = UNSET
    subtype: LineSubtype | None | str | Unset = UNSET
    payment_method: None | PaymentMethod | str | Unset = UNSET
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
        d = dict(src_dict)
        invoice_line_id = d.pop("invoice_line_id")

        amount_cents = d.pop("amount_cents")

        description = cast("None | str", d.pop("description"))

        date = datetime.datetime.fromisoformat(d.pop("date"))

        _type__raw = d.pop("type", UNSET)
        type_ = cast(
            "LineType | str | Unset",
            LineType._value2member_map_.get(_type__raw, _type__raw) if isinstance(_type__raw, str) else _type__raw,
        )

        _subtype_raw = d.pop("subtype", UNSET)
        subtype = cast(
            "LineSubtype | None | str | Unset",
            LineSubtype._value2member_map_.get(_subtype_raw, _subtype_raw)
            if isinstance(_subtype_raw, str)
            else _subtype_raw,
        )

        _payment_method_raw = d.pop("payment_method", UNSET)
        payment_method = cast(
            "None | PaymentMethod | str | Unset",
            PaymentMethod._value2member_map_.get(_payment_method_raw, _payment_method_raw)
            if isinstance(_payment_method_raw, str)
            else _payment_method_raw,
        )

        invoice_line = cls(
            invoice_line_id=invoice_line_id,
            amount_cents=amount_cents,
            description=description,
            date=date,
            type_=type_,
            subtype=subtype,
            payment_method=payment_method,
        )

        invoice_line.additional_properties = d
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
