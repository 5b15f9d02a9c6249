# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brand import Brand
from ..models.company_country_code import CompanyCountryCode
from ..models.currency import Currency
from ..models.locale import Locale
from ..types import UNSET, Unset

T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """A company (club) of the partner. Optional details the partner never sent are null.
    `vat_percentage` and `partnership_page_url` appear in no vendor example, so a reader
    must not count on them. Open to fields added later by the vendor.

    """

    company_id: str
    """ An id made by ClubCollect, 40 lowercase hexadecimal characters. """
    name: str
    brand: Brand | str
    email: str
    locale: Locale | str
    country_code: CompanyCountryCode | str
    currency: Currency | str
    address1: None | str
    address2: None | str
    house_number: None | str
    zipcode: None | str
    city: None | str
    vat_percentage: float | None | Unset = UNSET
    partnership_page_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        name = self.name

        brand: str
        if isinstance(self.brand, Brand):
            brand = self.brand.value
        else:
            brand = self.brand

        email = self.email

        locale: str
        if isinstance(self.locale, Locale):
            locale = self.locale.value
        else:
            locale = self.locale

        country_code: str
        if isinstance(self.country_code, CompanyCountryCode):
            country_code = self.country_code.value
        else:
            country_code = self.country_code

        currency: str
        if isinstance(self.currency, Currency):
            currency = self.currency.value
        else:
            currency = self.currency

        address1: None | str
        address1 = self.address1

        address2: None | str
        address2 = self.address2

        house_number: None | str
        house_number = self.house_number

        zipcode: None | str
        zipcode = self.zipcode

        city: None | str
        city = self.city

        vat_percentage: float | None | Unset
        if isinstance(self.vat_percentage, Unset):
            vat_percentage = UNSET
        else:
            vat_percentage = self.vat_percentage

        partnership_page_url: None | str | Unset
        if isinstance(self.partnership_page_url, Unset):
            partnership_page_url = UNSET
        else:
            partnership_page_url = self.partnership_page_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "name": name,
                "brand": brand,
                "email": email,
                "locale": locale,
                "country_code": country_code,
                "currency": currency,
                "address1": address1,
                "address2": address2,
                "house_number": house_number,
                "zipcode": zipcode,
                "city": city,
            }
        )
        if vat_percentage is not UNSET:
            field_dict["vat_percentage"] = vat_percentage
        if partnership_page_url is not UNSET:
            field_dict["partnership_page_url"] = partnership_page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        name = d.pop("name")

        _brand_raw = d.pop("brand")
        brand = cast(
            "Brand | str",
            Brand._value2member_map_.get(_brand_raw, _brand_raw) if isinstance(_brand_raw, str) else _brand_raw,
        )

        email = d.pop("email")

        _locale_raw = d.pop("locale")
        locale = cast(
            "Locale | str",
            Locale._value2member_map_.get(_locale_raw, _locale_raw) if isinstance(_locale_raw, str) else _locale_raw,
        )

        _country_code_raw = d.pop("country_code")
        country_code = cast(
            "CompanyCountryCode | str",
            CompanyCountryCode._value2member_map_.get(_country_code_raw, _country_code_raw)
            if isinstance(_country_code_raw, str)
            else _country_code_raw,
        )

        _currency_raw = d.pop("currency")
        currency = cast(
            "Currency | str",
            Currency._value2member_map_.get(_currency_raw, _currency_raw)
            if isinstance(_currency_raw, str)
            else _currency_raw,
        )

        address1 = cast("None | str", d.pop("address1"))

        address2 = cast("None | str", d.pop("address2"))

        house_number = cast("None | str", d.pop("house_number"))

        zipcode = cast("None | str", d.pop("zipcode"))

        city = cast("None | str", d.pop("city"))

        def _parse_vat_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        vat_percentage = _parse_vat_percentage(d.pop("vat_percentage", UNSET))

        partnership_page_url = cast("None | str | Unset", d.pop("partnership_page_url", UNSET))

        company = cls(
            company_id=company_id,
            name=name,
            brand=brand,
            email=email,
            locale=locale,
            country_code=country_code,
            currency=currency,
            address1=address1,
            address2=address2,
            house_number=house_number,
            zipcode=zipcode,
            city=city,
            vat_percentage=vat_percentage,
            partnership_page_url=partnership_page_url,
        )

        company.additional_properties = d
        return company

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
