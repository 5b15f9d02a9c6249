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
        _imports = src_dict["imports"]
        if not isinstance(_imports, list):
            raise TypeError("imports: expected an array")
        imports = []
        for imports_item_data in _imports:
            _imports_item = imports_item_data
            if not isinstance(_imports_item, dict):
                raise TypeError("imports_item: expected an object")
            imports_item = CompanyImport.from_dict(_imports_item)

            imports.append(imports_item)

        _page = src_dict["page"]
        if not isinstance(_page, dict):
            raise TypeError("page: expected an object")
        page = Page.from_dict(_page)

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        company_imports_page = cls(
            imports,
            page,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _COMPANYIMPORTSPAGE_KEYS:
            company_imports_page.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _COMPANYIMPORTSPAGE_KEYS
            }
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


# The members CompanyImportsPage declares; anything else in an answer goes to additional_properties.
_COMPANYIMPORTSPAGE_KEYS: frozenset[str] = frozenset(
    (
        "imports",
        "page",
    )
)


# Imported after the class, not inside from_dict: an import statement there runs the import
# machinery on every call (most of the cost of reading a small object). Models may refer to each
# other, so these cannot go at the top.
from ..models.company_import import CompanyImport  # noqa: E402
from ..models.page import Page  # noqa: E402
