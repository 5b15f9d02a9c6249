# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import UNSET, UnknownEnumValue, Unset

T = TypeVar("T", bound="Import")


@_attrs_define
class Import:
    """A batch of invoices. Open (`transmitted` false) while invoices can be added; closed once
    transmitted. Amounts are integer cents in the given currency. `company_id` and
    `expected_invoices_count` are missing from some vendor examples, so a reader must not
    count on them.

    """

    import_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    title: None | str
    """ Name of the batch; null when none was given. """
    transmitted: bool
    """ Whether the import is closed and being collected. """
    transmitted_at: datetime.datetime | None
    """ When the import was transmitted; null while it is open. """
    prepaid_amount_cents: int
    """ Amount already paid in advance, in cents. """
    prepaid_amount_currency: Currency | UnknownEnumValue
    settled_amount_cents: int
    """ Amount paid out to the company so far, in cents. """
    settled_amount_currency: Currency | UnknownEnumValue
    invoice_ids: list[str]
    """ Ids of the invoices in this import. """
    company_id: str | Unset = UNSET
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    expected_invoices_count: int | None | Unset = UNSET
    """ The count announced on creation or update; null when none was given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_id = self.import_id

        title: None | str
        title = self.title

        transmitted = self.transmitted

        transmitted_at: None | str
        if isinstance(self.transmitted_at, datetime.datetime):
            transmitted_at = self.transmitted_at.isoformat()
        else:
            transmitted_at = self.transmitted_at

        prepaid_amount_cents = self.prepaid_amount_cents

        prepaid_amount_currency: str
        if isinstance(self.prepaid_amount_currency, Currency):
            prepaid_amount_currency = self.prepaid_amount_currency.value
        else:
            prepaid_amount_currency = self.prepaid_amount_currency

        settled_amount_cents = self.settled_amount_cents

        settled_amount_currency: str
        if isinstance(self.settled_amount_currency, Currency):
            settled_amount_currency = self.settled_amount_currency.value
        else:
            settled_amount_currency = self.settled_amount_currency

        invoice_ids = self.invoice_ids

        company_id = self.company_id

        expected_invoices_count: int | None | Unset
        if isinstance(self.expected_invoices_count, Unset):
            expected_invoices_count = UNSET
        else:
            expected_invoices_count = self.expected_invoices_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "import_id": import_id,
                "title": title,
                "transmitted": transmitted,
                "transmitted_at": transmitted_at,
                "prepaid_amount_cents": prepaid_amount_cents,
                "prepaid_amount_currency": prepaid_amount_currency,
                "settled_amount_cents": settled_amount_cents,
                "settled_amount_currency": settled_amount_currency,
                "invoice_ids": invoice_ids,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if expected_invoices_count is not UNSET:
            field_dict["expected_invoices_count"] = expected_invoices_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        import_id = src_dict["import_id"]
        if not isinstance(import_id, str):
            raise TypeError("import_id: expected str")

        _title_raw = src_dict["title"]
        if not (isinstance(_title_raw, str) or _title_raw is None):
            raise TypeError("title: unexpected JSON type")
        title = _title_raw

        transmitted = src_dict["transmitted"]
        if not isinstance(transmitted, bool):
            raise TypeError("transmitted: expected bool")

        _transmitted_at_raw = src_dict["transmitted_at"]
        transmitted_at: datetime.datetime | None
        if isinstance(_transmitted_at_raw, str):
            transmitted_at = datetime.datetime.fromisoformat(_transmitted_at_raw)
        elif _transmitted_at_raw is None:
            transmitted_at = _transmitted_at_raw
        else:
            raise TypeError("transmitted_at: unexpected JSON type")

        prepaid_amount_cents = src_dict["prepaid_amount_cents"]
        if not (isinstance(prepaid_amount_cents, int) and not isinstance(prepaid_amount_cents, bool)):
            raise TypeError("prepaid_amount_cents: expected int")

        _prepaid_amount_currency_raw = src_dict["prepaid_amount_currency"]
        prepaid_amount_currency: Currency | UnknownEnumValue
        if isinstance(_prepaid_amount_currency_raw, str):
            _prepaid_amount_currency_member = _CURRENCY_BY_VALUE.get(_prepaid_amount_currency_raw)
            prepaid_amount_currency = (
                _prepaid_amount_currency_member
                if _prepaid_amount_currency_member is not None
                else UnknownEnumValue(_prepaid_amount_currency_raw)
            )
        else:
            raise TypeError("prepaid_amount_currency: unexpected JSON type")

        settled_amount_cents = src_dict["settled_amount_cents"]
        if not (isinstance(settled_amount_cents, int) and not isinstance(settled_amount_cents, bool)):
            raise TypeError("settled_amount_cents: expected int")

        _settled_amount_currency_raw = src_dict["settled_amount_currency"]
        settled_amount_currency: Currency | UnknownEnumValue
        if isinstance(_settled_amount_currency_raw, str):
            _settled_amount_currency_member = _CURRENCY_BY_VALUE.get(_settled_amount_currency_raw)
            settled_amount_currency = (
                _settled_amount_currency_member
                if _settled_amount_currency_member is not None
                else UnknownEnumValue(_settled_amount_currency_raw)
            )
        else:
            raise TypeError("settled_amount_currency: unexpected JSON type")

        _invoice_ids = src_dict["invoice_ids"]
        if not isinstance(_invoice_ids, list):
            raise TypeError("invoice_ids: expected an array")
        invoice_ids = []
        for invoice_ids_item_data in _invoice_ids:
            invoice_ids_item = invoice_ids_item_data
            if not isinstance(invoice_ids_item, str):
                raise TypeError("invoice_ids_item: expected str")

            invoice_ids.append(invoice_ids_item)

        company_id = src_dict.get("company_id", UNSET)
        if not (isinstance(company_id, Unset) or isinstance(company_id, str)):
            raise TypeError("company_id: expected str")

        def _parse_expected_invoices_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, int) and not isinstance(data, bool)):
                    raise TypeError()
                expected_invoices_count_type_0 = data
                if not (
                    isinstance(expected_invoices_count_type_0, int)
                    and not isinstance(expected_invoices_count_type_0, bool)
                ):
                    raise TypeError("expected_invoices_count_type_0: expected int")

                return expected_invoices_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            expected_invoices_count_type_1 = data
            if not expected_invoices_count_type_1 is None:
                raise TypeError("expected_invoices_count_type_1: expected None")

            return expected_invoices_count_type_1

        expected_invoices_count = _parse_expected_invoices_count(src_dict.get("expected_invoices_count", UNSET))

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        import_ = cls(
            import_id,
            title,
            transmitted,
            transmitted_at,
            prepaid_amount_cents,
            prepaid_amount_currency,
            settled_amount_cents,
            settled_amount_currency,
            invoice_ids,
            company_id,
            expected_invoices_count,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _IMPORT_KEYS:
            import_.additional_properties = {key: value for key, value in src_dict.items() if key not in _IMPORT_KEYS}
        return import_

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
_CURRENCY_BY_VALUE: dict[str, Currency] = {member.value: member for member in Currency}


# The members Import declares; anything else in an answer goes to additional_properties.
_IMPORT_KEYS: frozenset[str] = frozenset(
    (
        "import_id",
        "title",
        "transmitted",
        "transmitted_at",
        "prepaid_amount_cents",
        "prepaid_amount_currency",
        "settled_amount_cents",
        "settled_amount_currency",
        "invoice_ids",
        "company_id",
        "expected_invoices_count",
    )
)
