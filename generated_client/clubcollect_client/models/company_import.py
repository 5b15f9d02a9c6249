# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CompanyImport")


@_attrs_define
class CompanyImport:
    """An import as listed for a company. The vendor's only example of this list writes
    `transmitted` as a string and has a malformed date; readers accept both (see C7).

    """

    company_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    import_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    title: None | str
    transmitted: bool
    """ Whether the import is closed; a JSON boolean. """
    transmitted_at: datetime.datetime | None
    """ When the import was transmitted; null while it is open. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        import_id = self.import_id

        title: None | str
        title = self.title

        transmitted = self.transmitted

        transmitted_at: None | str
        if isinstance(self.transmitted_at, datetime.datetime):
            transmitted_at = self.transmitted_at.isoformat()
        else:
            transmitted_at = self.transmitted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "import_id": import_id,
                "title": title,
                "transmitted": transmitted,
                "transmitted_at": transmitted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")
        if not isinstance(company_id, str):
            raise TypeError("company_id: expected str")

        import_id = d.pop("import_id")
        if not isinstance(import_id, str):
            raise TypeError("import_id: expected str")

        _title_raw = d.pop("title")
        if not (isinstance(_title_raw, str) or _title_raw is None):
            raise TypeError("title: unexpected JSON type")
        title = _title_raw

        transmitted = d.pop("transmitted")
        if not isinstance(transmitted, bool):
            raise TypeError("transmitted: expected bool")

        def _parse_transmitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transmitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return transmitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            transmitted_at_type_1 = data
            if not transmitted_at_type_1 is None:
                raise TypeError("transmitted_at_type_1: expected None")

            return transmitted_at_type_1

        transmitted_at = _parse_transmitted_at(d.pop("transmitted_at"))

        company_import = cls(
            company_id=company_id,
            import_id=import_id,
            title=title,
            transmitted=transmitted,
            transmitted_at=transmitted_at,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        company_import.additional_properties = additional_properties
        return company_import

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
