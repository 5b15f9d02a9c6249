# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invoice_line import InvoiceLine


T = TypeVar("T", bound="InvoiceLineList")


@_attrs_define
class InvoiceLineList:
    """Every line of one invoice with the invoice total."""

    import_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    invoice_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    invoice_lines: list[InvoiceLine]
    amount_total_cents: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_id = self.import_id

        invoice_id = self.invoice_id

        invoice_lines = []
        for invoice_lines_item_data in self.invoice_lines:
            invoice_lines_item = invoice_lines_item_data.to_dict()
            invoice_lines.append(invoice_lines_item)

        amount_total_cents = self.amount_total_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "import_id": import_id,
                "invoice_id": invoice_id,
                "invoice_lines": invoice_lines,
                "amount_total_cents": amount_total_cents,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        import_id = src_dict["import_id"]
        if not isinstance(import_id, str):
            raise TypeError("import_id: expected str")

        invoice_id = src_dict["invoice_id"]
        if not isinstance(invoice_id, str):
            raise TypeError("invoice_id: expected str")

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

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        invoice_line_list = cls(
            import_id,
            invoice_id,
            invoice_lines,
            amount_total_cents,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _INVOICELINELIST_KEYS:
            invoice_line_list.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _INVOICELINELIST_KEYS
            }
        return invoice_line_list

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


# The members InvoiceLineList declares; anything else in an answer goes to additional_properties.
_INVOICELINELIST_KEYS: frozenset[str] = frozenset(
    (
        "import_id",
        "invoice_id",
        "invoice_lines",
        "amount_total_cents",
    )
)


# Imported after the class, not inside from_dict: an import statement there runs the import
# machinery on every call (most of the cost of reading a small object). Models may refer to each
# other, so these cannot go at the top.
from ..models.invoice_line import InvoiceLine  # noqa: E402
