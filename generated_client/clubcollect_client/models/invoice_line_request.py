# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLineRequest")


@_attrs_define
class InvoiceLineRequest:
    """One amount on a new invoice. The server decides its `type`, so none is sent. Positive
    amounts are charges, negative amounts are deductions.

    """

    amount_cents: int
    """ Amount in cents; negative for a deduction. """
    invoice_line_id: None | str | Unset = UNSET
    """ Optional id chosen by the partner; it must never have been used for another line of
    the partner. Without it the server makes one.
     """
    description: None | str | Unset = UNSET
    """ What the amount is for, shown to the customer; null in responses when left out. """
    date: datetime.datetime | None | Unset = UNSET
    """ Date of the line; the creation time when left out. """

    def to_dict(self) -> dict[str, Any]:
        amount_cents = self.amount_cents

        invoice_line_id: None | str | Unset
        if isinstance(self.invoice_line_id, Unset):
            invoice_line_id = UNSET
        else:
            invoice_line_id = self.invoice_line_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "amount_cents": amount_cents,
            }
        )
        if invoice_line_id is not UNSET:
            field_dict["invoice_line_id"] = invoice_line_id
        if description is not UNSET:
            field_dict["description"] = description
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        amount_cents = src_dict["amount_cents"]
        if not (isinstance(amount_cents, int) and not isinstance(amount_cents, bool)):
            raise TypeError("amount_cents: expected int")

        _invoice_line_id_raw = src_dict.get("invoice_line_id", UNSET)
        if not (
            isinstance(_invoice_line_id_raw, Unset)
            or isinstance(_invoice_line_id_raw, str)
            or _invoice_line_id_raw is None
        ):
            raise TypeError("invoice_line_id: unexpected JSON type")
        invoice_line_id = _invoice_line_id_raw

        _description_raw = src_dict.get("description", UNSET)
        if not (isinstance(_description_raw, Unset) or isinstance(_description_raw, str) or _description_raw is None):
            raise TypeError("description: unexpected JSON type")
        description = _description_raw

        _date_raw = src_dict.get("date", UNSET)
        date: datetime.datetime | None | Unset
        if isinstance(_date_raw, str):
            date = datetime.datetime.fromisoformat(_date_raw)
        elif isinstance(_date_raw, Unset) or _date_raw is None:
            date = _date_raw
        else:
            raise TypeError("date: unexpected JSON type")

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        invoice_line_request = cls(
            amount_cents,
            invoice_line_id,
            description,
            date,
        )

        return invoice_line_request
