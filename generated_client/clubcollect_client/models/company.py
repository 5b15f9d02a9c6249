# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brand import Brand
from ..models.company_country_code import CompanyCountryCode
from ..models.currency import Currency
from ..models.locale import Locale
from ..types import UNSET, UnknownEnumValue, Unset

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
    brand: Brand | UnknownEnumValue
    email: str
    locale: Locale | UnknownEnumValue
    country_code: CompanyCountryCode | UnknownEnumValue
    currency: Currency | UnknownEnumValue
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
        company_id = src_dict["company_id"]
        if not isinstance(company_id, str):
            raise TypeError("company_id: expected str")

        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError("name: expected str")

        _brand_raw = src_dict["brand"]
        brand: Brand | UnknownEnumValue
        if isinstance(_brand_raw, str):
            _brand_member = _BRAND_BY_VALUE.get(_brand_raw)
            brand = _brand_member if _brand_member is not None else UnknownEnumValue(_brand_raw)
        else:
            raise TypeError("brand: unexpected JSON type")

        email = src_dict["email"]
        if not isinstance(email, str):
            raise TypeError("email: expected str")

        _locale_raw = src_dict["locale"]
        locale: Locale | UnknownEnumValue
        if isinstance(_locale_raw, str):
            _locale_member = _LOCALE_BY_VALUE.get(_locale_raw)
            locale = _locale_member if _locale_member is not None else UnknownEnumValue(_locale_raw)
        else:
            raise TypeError("locale: unexpected JSON type")

        _country_code_raw = src_dict["country_code"]
        country_code: CompanyCountryCode | UnknownEnumValue
        if isinstance(_country_code_raw, str):
            _country_code_member = _COMPANYCOUNTRYCODE_BY_VALUE.get(_country_code_raw)
            country_code = (
                _country_code_member if _country_code_member is not None else UnknownEnumValue(_country_code_raw)
            )
        else:
            raise TypeError("country_code: unexpected JSON type")

        _currency_raw = src_dict["currency"]
        currency: Currency | UnknownEnumValue
        if isinstance(_currency_raw, str):
            _currency_member = _CURRENCY_BY_VALUE.get(_currency_raw)
            currency = _currency_member if _currency_member is not None else UnknownEnumValue(_currency_raw)
        else:
            raise TypeError("currency: unexpected JSON type")

        _address1_raw = src_dict["address1"]
        if not (isinstance(_address1_raw, str) or _address1_raw is None):
            raise TypeError("address1: unexpected JSON type")
        address1 = _address1_raw

        _address2_raw = src_dict["address2"]
        if not (isinstance(_address2_raw, str) or _address2_raw is None):
            raise TypeError("address2: unexpected JSON type")
        address2 = _address2_raw

        _house_number_raw = src_dict["house_number"]
        if not (isinstance(_house_number_raw, str) or _house_number_raw is None):
            raise TypeError("house_number: unexpected JSON type")
        house_number = _house_number_raw

        _zipcode_raw = src_dict["zipcode"]
        if not (isinstance(_zipcode_raw, str) or _zipcode_raw is None):
            raise TypeError("zipcode: unexpected JSON type")
        zipcode = _zipcode_raw

        _city_raw = src_dict["city"]
        if not (isinstance(_city_raw, str) or _city_raw is None):
            raise TypeError("city: unexpected JSON type")
        city = _city_raw

        def _parse_vat_percentage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                    raise TypeError()
                vat_percentage_type_0 = data
                if not (
                    isinstance(vat_percentage_type_0, (int, float)) and not isinstance(vat_percentage_type_0, bool)
                ):
                    raise TypeError("vat_percentage_type_0: expected float")
                vat_percentage_type_0 = float(vat_percentage_type_0)

                return vat_percentage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            vat_percentage_type_1 = data
            if not vat_percentage_type_1 is None:
                raise TypeError("vat_percentage_type_1: expected None")

            return vat_percentage_type_1

        vat_percentage = _parse_vat_percentage(src_dict.get("vat_percentage", UNSET))

        _partnership_page_url_raw = src_dict.get("partnership_page_url", UNSET)
        if not (
            isinstance(_partnership_page_url_raw, Unset)
            or isinstance(_partnership_page_url_raw, str)
            or _partnership_page_url_raw is None
        ):
            raise TypeError("partnership_page_url: unexpected JSON type")
        partnership_page_url = _partnership_page_url_raw

        # Positional, in attribute order (required, then optional, as the class declares them):
        # a third cheaper than keywords, for the same call.
        company = cls(
            company_id,
            name,
            brand,
            email,
            locale,
            country_code,
            currency,
            address1,
            address2,
            house_number,
            zipcode,
            city,
            vat_percentage,
            partnership_page_url,
        )

        # Members the spec does not declare are kept; the common case (none) costs one set test.
        if not src_dict.keys() <= _COMPANY_KEYS:
            company.additional_properties = {key: value for key, value in src_dict.items() if key not in _COMPANY_KEYS}
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


# Value -> member of the open enums read above, typed (Enum._value2member_map_ is not).
_BRAND_BY_VALUE: dict[str, Brand] = {member.value: member for member in Brand}
_LOCALE_BY_VALUE: dict[str, Locale] = {member.value: member for member in Locale}
_COMPANYCOUNTRYCODE_BY_VALUE: dict[str, CompanyCountryCode] = {member.value: member for member in CompanyCountryCode}
_CURRENCY_BY_VALUE: dict[str, Currency] = {member.value: member for member in Currency}


# The members Company declares; anything else in an answer goes to additional_properties.
_COMPANY_KEYS: frozenset[str] = frozenset(
    (
        "company_id",
        "name",
        "brand",
        "email",
        "locale",
        "country_code",
        "currency",
        "address1",
        "address2",
        "house_number",
        "zipcode",
        "city",
        "vat_percentage",
        "partnership_page_url",
    )
)
