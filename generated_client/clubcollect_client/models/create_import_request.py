# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateImportRequest")


@_attrs_define
class CreateImportRequest:
    """An empty import to open for one of the partner's companies. Optional fields sent as null count as not sent."""

    company_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    title: None | str | Unset = UNSET
    """ Name of the batch as shown to the treasurer. """
    expected_invoices_count: int | None | Unset = UNSET
    """ How many invoices the import will hold; until that many exist the treasurer cannot
    transmit the import from the web interface. Send an integer; the digits of one as a
    string are accepted too, because the vendor's page types the field as a string. Null
    counts as not sent.
     """

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        expected_invoices_count: int | None | Unset
        if isinstance(self.expected_invoices_count, Unset):
            expected_invoices_count = UNSET
        else:
            expected_invoices_count = self.expected_invoices_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "company_id": company_id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if expected_invoices_count is not UNSET:
            field_dict["expected_invoices_count"] = expected_invoices_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        company_id = src_dict["company_id"]
        if not isinstance(company_id, str):
            raise TypeError("company_id: expected str")

        _title_raw = src_dict.get("title", UNSET)
        if not (isinstance(_title_raw, Unset) or isinstance(_title_raw, str) or _title_raw is None):
            raise TypeError("title: unexpected JSON type")
        title = _title_raw

        def _parse_expected_invoices_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                componentsschemas_expected_invoices_count_type_0 = data
                if not (
                    isinstance(componentsschemas_expected_invoices_count_type_0, int)
                    and not isinstance(componentsschemas_expected_invoices_count_type_0, bool)
                ):
                    raise TypeError("/components/schemas/ExpectedInvoicesCount_type_0: expected int")

                return componentsschemas_expected_invoices_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            componentsschemas_expected_invoices_count_type_1 = data
            if not componentsschemas_expected_invoices_count_type_1 is None:
                raise TypeError("/components/schemas/ExpectedInvoicesCount_type_1: expected None")

            return componentsschemas_expected_invoices_count_type_1

        expected_invoices_count = _parse_expected_invoices_count(src_dict.get("expected_invoices_count", UNSET))

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        create_import_request = cls(
            company_id,
            title,
            expected_invoices_count,
        )

        return create_import_request
