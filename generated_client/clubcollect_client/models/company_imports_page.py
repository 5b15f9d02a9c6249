# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.company_import import CompanyImport
    from ..models.page import Page


T = TypeVar("T", bound="CompanyImportsPage")


@_attrs_define
class CompanyImportsPage:
    """One page of a company's imports, oldest first."""

    imports: list[CompanyImport]
    page: Page
    """ Position of a page in a list. `total_pages` is `total_entries / page_size` rounded up,
    zero for an empty list. The imports list's example shows only `page_number` and
    `total_pages`, so a reader must not count on the other two.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imports = []
        for imports_item_data in self.imports:
            imports_item = imports_item_data.to_dict()
            imports.append(imports_item)

        page = self.page.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imports": imports,
                "page": page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_import import CompanyImport  # noqa: PLC0415
        from ..models.page import Page  # noqa: PLC0415

        d = dict(src_dict)
        _imports = d.pop("imports")
        if not isinstance(_imports, list):
            raise TypeError("imports: expected an array")
        imports = []
        for imports_item_data in _imports:
            _imports_item = imports_item_data
            if not isinstance(_imports_item, dict):
                raise TypeError("imports_item: expected an object")
            imports_item = CompanyImport.from_dict(_imports_item)

            imports.append(imports_item)

        _page = d.pop("page")
        if not isinstance(_page, dict):
            raise TypeError("page: expected an object")
        page = Page.from_dict(_page)

        company_imports_page = cls(
            imports=imports,
            page=page,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        company_imports_page.additional_properties = additional_properties
        return company_imports_page

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
