# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.brand import Brand
from ..models.company_country_code import CompanyCountryCode
from ..models.currency import Currency
from ..models.locale import Locale
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompanyRequest")


@_attrs_define
class CompanyRequest:
    """A company's details, sent in full on creation and again on every update. Strings are at
    most 255 characters; an optional field sent as null counts as not sent.

    """

    name: str
    """ Name of the club or organisation. """
    brand: Brand
    """ The ClubCollect brand (white label) the company is served under. """
    email: str
    """ The company's contact e-mail address. """
    locale: Locale
    """ Language of the communication with the customer. """
    country_code: CompanyCountryCode
    """ ISO 3166-1 alpha-2 country of a company. """
    currency: Currency
    """ ISO 4217 currency code. """
    address1: None | str | Unset = UNSET
    """ Street. """
    address2: None | str | Unset = UNSET
    """ Extra address line. """
    house_number: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    vat_percentage: float | None | Unset = UNSET
    """ VAT rate applied to the company, in percent. """
    partnership_page_url: None | str | Unset = UNSET
    """ Address of the club's page about the partnership. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        brand = self.brand.value

        email = self.email

        locale = self.locale.value

        country_code = self.country_code.value

        currency = self.currency.value

        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        house_number: None | str | Unset
        if isinstance(self.house_number, Unset):
            house_number = UNSET
        else:
            house_number = self.house_number

        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
            zipcode = self.zipcode

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
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

        field_dict.update(
            {
                "name": name,
                "brand": brand,
                "email": email,
                "locale": locale,
                "country_code": country_code,
                "currency": currency,
            }
        )
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if house_number is not UNSET:
            field_dict["house_number"] = house_number
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if city is not UNSET:
            field_dict["city"] = city
        if vat_percentage is not UNSET:
            field_dict["vat_percentage"] = vat_percentage
        if partnership_page_url is not UNSET:
            field_dict["partnership_page_url"] = partnership_page_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict["name"]
        if not isinstance(name, str):
            raise TypeError("name: expected str")

        brand = Brand(src_dict["brand"])

        email = src_dict["email"]
        if not isinstance(email, str):
            raise TypeError("email: expected str")

        locale = Locale(src_dict["locale"])

        country_code = CompanyCountryCode(src_dict["country_code"])

        currency = Currency(src_dict["currency"])

        _address1_raw = src_dict.get("address1", UNSET)
        if not (isinstance(_address1_raw, Unset) or isinstance(_address1_raw, str) or _address1_raw is None):
            raise TypeError("address1: unexpected JSON type")
        address1 = _address1_raw

        _address2_raw = src_dict.get("address2", UNSET)
        if not (isinstance(_address2_raw, Unset) or isinstance(_address2_raw, str) or _address2_raw is None):
            raise TypeError("address2: unexpected JSON type")
        address2 = _address2_raw

        _house_number_raw = src_dict.get("house_number", UNSET)
        if not (
            isinstance(_house_number_raw, Unset) or isinstance(_house_number_raw, str) or _house_number_raw is None
        ):
            raise TypeError("house_number: unexpected JSON type")
        house_number = _house_number_raw

        _zipcode_raw = src_dict.get("zipcode", UNSET)
        if not (isinstance(_zipcode_raw, Unset) or isinstance(_zipcode_raw, str) or _zipcode_raw is None):
            raise TypeError("zipcode: unexpected JSON type")
        zipcode = _zipcode_raw

        _city_raw = src_dict.get("city", UNSET)
        if not (isinstance(_city_raw, Unset) or isinstance(_city_raw, str) or _city_raw is None):
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
        company_request = cls(
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

        return company_request
