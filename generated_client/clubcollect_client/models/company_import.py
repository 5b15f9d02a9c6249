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
        company_id = src_dict["company_id"]
        if not isinstance(company_id, str):
            raise TypeError("company_id: expected str")

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

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        company_import = cls(
            company_id,
            import_id,
            title,
            transmitted,
            transmitted_at,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _COMPANYIMPORT_KEYS:
            company_import.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _COMPANYIMPORT_KEYS
            }
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


# The members CompanyImport declares; anything else in an answer goes to additional_properties.
_COMPANYIMPORT_KEYS: frozenset[str] = frozenset(
    (
        "company_id",
        "import_id",
        "title",
        "transmitted",
        "transmitted_at",
    )
)
