# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""The ``companies`` resource: ``client.companies`` of ``ClubCollect`` and ``AsyncClubCollect``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Literal

import httpx

from .._base_client import (
    NOT_GIVEN,
    AsyncCore,
    CoreBase,
    NotGiven,
    SyncCore,
    Timeout,
    path_segment,
    request_options,
)
from ..api.companies.create_company import _parse_response as _parse_create_company
from ..api.companies.get_company import _parse_response as _parse_get_company
from ..api.companies.update_company import _parse_response as _parse_update_company
from ..models import Brand, Company, CompanyCountryCode, Currency, Locale
from ..raw_response import RawResponse

__all__ = [
    "Companies",
    "CompaniesWithRawResponse",
    "AsyncCompanies",
    "AsyncCompaniesWithRawResponse",
]


def _read_create_company(_core: CoreBase, _response: httpx.Response) -> Company:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Company"
        try:
            _parsed = _parse_create_company(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Company):
            return _parsed
        raise _core.unreadable("create_company", _response, _problem)
    raise _core.unreadable("create_company", _response, f"status {_response.status_code} is not a documented success")


def _read_get_company(_core: CoreBase, _response: httpx.Response) -> Company:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Company"
        try:
            _parsed = _parse_get_company(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Company):
            return _parsed
        raise _core.unreadable("get_company", _response, _problem)
    raise _core.unreadable("get_company", _response, f"status {_response.status_code} is not a documented success")


def _read_update_company(_core: CoreBase, _response: httpx.Response) -> Company:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Company"
        try:
            _parsed = _parse_update_company(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Company):
            return _parsed
        raise _core.unreadable("update_company", _response, _problem)
    raise _core.unreadable("update_company", _response, f"status {_response.status_code} is not a documented success")


class Companies:
    """``client.companies``: create, get, update."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> CompaniesWithRawResponse:
        """The same methods, returning the HTTP answer (status, headers, ``.parse()``)."""
        return CompaniesWithRawResponse(self._core)

    def create(
        self,
        *,
        name: str,
        brand: Brand | Literal["clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"],
        email: str,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"],
        country_code: CompanyCountryCode | Literal["AT", "BE", "CH", "DE", "GB", "IE", "NL"],
        currency: Currency | Literal["EUR", "GBP", "CHF"],
        address1: str | None = None,
        address2: str | None = None,
        house_number: str | None = None,
        zipcode: str | None = None,
        city: str | None = None,
        vat_percentage: float | None = None,
        partnership_page_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Company:
        """Register a company.

        Calls ``create_company``: ``POST /companies``.

        Args:
            name: Name of the club or organisation.
            brand: The ClubCollect brand (white label) the company is served under.
            email: The company's contact e-mail address.
            locale: Language of the communication with the customer.
            country_code: ISO 3166-1 alpha-2 country of a company.
            currency: ISO 4217 currency code.
            address1: Street.
            address2: Extra address line.
            vat_percentage: VAT rate applied to the company, in percent.
            partnership_page_url: Address of the club's page about the partnership.
        """
        _body: dict[str, object] = {
            "name": name,
            "brand": brand,
            "email": email,
            "locale": locale,
            "country_code": country_code,
            "currency": currency,
        }
        if address1 is not None:
            _body["address1"] = address1
        if address2 is not None:
            _body["address2"] = address2
        if house_number is not None:
            _body["house_number"] = house_number
        if zipcode is not None:
            _body["zipcode"] = zipcode
        if city is not None:
            _body["city"] = city
        if vat_percentage is not None:
            _body["vat_percentage"] = vat_percentage
        if partnership_page_url is not None:
            _body["partnership_page_url"] = partnership_page_url

        _core = self._core
        _response = _core.request(
            "create_company",
            "POST",
            "/companies",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_create_company(_core, _response)

    def get(
        self,
        company_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Company:
        """Fetch a company.

        Calls ``get_company``: ``GET /companies/{company_id}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
        """

        _core = self._core
        _response = _core.request(
            "get_company",
            "GET",
            f"/companies/{path_segment(company_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_get_company(_core, _response)

    def update(
        self,
        company_id: str,
        *,
        name: str,
        brand: Brand | Literal["clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"],
        email: str,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"],
        country_code: CompanyCountryCode | Literal["AT", "BE", "CH", "DE", "GB", "IE", "NL"],
        currency: Currency | Literal["EUR", "GBP", "CHF"],
        address1: str | None = None,
        address2: str | None = None,
        house_number: str | None = None,
        zipcode: str | None = None,
        city: str | None = None,
        vat_percentage: float | None = None,
        partnership_page_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Company:
        """Replace a company's details.

        Calls ``update_company``: ``PUT /companies/{company_id}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
            name: Name of the club or organisation.
            brand: The ClubCollect brand (white label) the company is served under.
            email: The company's contact e-mail address.
            locale: Language of the communication with the customer.
            country_code: ISO 3166-1 alpha-2 country of a company.
            currency: ISO 4217 currency code.
            address1: Street.
            address2: Extra address line.
            vat_percentage: VAT rate applied to the company, in percent.
            partnership_page_url: Address of the club's page about the partnership.
        """
        _body: dict[str, object] = {
            "name": name,
            "brand": brand,
            "email": email,
            "locale": locale,
            "country_code": country_code,
            "currency": currency,
        }
        if address1 is not None:
            _body["address1"] = address1
        if address2 is not None:
            _body["address2"] = address2
        if house_number is not None:
            _body["house_number"] = house_number
        if zipcode is not None:
            _body["zipcode"] = zipcode
        if city is not None:
            _body["city"] = city
        if vat_percentage is not None:
            _body["vat_percentage"] = vat_percentage
        if partnership_page_url is not None:
            _body["partnership_page_url"] = partnership_page_url

        _core = self._core
        _response = _core.request(
            "update_company",
            "PUT",
            f"/companies/{path_segment(company_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_update_company(_core, _response)


class CompaniesWithRawResponse:
    """``client.companies.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        name: str,
        brand: Brand | Literal["clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"],
        email: str,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"],
        country_code: CompanyCountryCode | Literal["AT", "BE", "CH", "DE", "GB", "IE", "NL"],
        currency: Currency | Literal["EUR", "GBP", "CHF"],
        address1: str | None = None,
        address2: str | None = None,
        house_number: str | None = None,
        zipcode: str | None = None,
        city: str | None = None,
        vat_percentage: float | None = None,
        partnership_page_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Company]:
        """Register a company (the HTTP answer; .parse() for the result).

        Calls ``create_company``: ``POST /companies``.

        Args:
            name: Name of the club or organisation.
            brand: The ClubCollect brand (white label) the company is served under.
            email: The company's contact e-mail address.
            locale: Language of the communication with the customer.
            country_code: ISO 3166-1 alpha-2 country of a company.
            currency: ISO 4217 currency code.
            address1: Street.
            address2: Extra address line.
            vat_percentage: VAT rate applied to the company, in percent.
            partnership_page_url: Address of the club's page about the partnership.
        """
        _body: dict[str, object] = {
            "name": name,
            "brand": brand,
            "email": email,
            "locale": locale,
            "country_code": country_code,
            "currency": currency,
        }
        if address1 is not None:
            _body["address1"] = address1
        if address2 is not None:
            _body["address2"] = address2
        if house_number is not None:
            _body["house_number"] = house_number
        if zipcode is not None:
            _body["zipcode"] = zipcode
        if city is not None:
            _body["city"] = city
        if vat_percentage is not None:
            _body["vat_percentage"] = vat_percentage
        if partnership_page_url is not None:
            _body["partnership_page_url"] = partnership_page_url

        _core = self._core
        _response = _core.request(
            "create_company",
            "POST",
            "/companies",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_create_company(_core, _response))

    def get(
        self,
        company_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Company]:
        """Fetch a company (the HTTP answer; .parse() for the result).

        Calls ``get_company``: ``GET /companies/{company_id}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
        """

        _core = self._core
        _response = _core.request(
            "get_company",
            "GET",
            f"/companies/{path_segment(company_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_get_company(_core, _response))

    def update(
        self,
        company_id: str,
        *,
        name: str,
        brand: Brand | Literal["clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"],
        email: str,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"],
        country_code: CompanyCountryCode | Literal["AT", "BE", "CH", "DE", "GB", "IE", "NL"],
        currency: Currency | Literal["EUR", "GBP", "CHF"],
        address1: str | None = None,
        address2: str | None = None,
        house_number: str | None = None,
        zipcode: str | None = None,
        city: str | None = None,
        vat_percentage: float | None = None,
        partnership_page_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Company]:
        """Replace a company's details (the HTTP answer; .parse() for the result).

        Calls ``update_company``: ``PUT /companies/{company_id}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
            name: Name of the club or organisation.
            brand: The ClubCollect brand (white label) the company is served under.
            email: The company's contact e-mail address.
            locale: Language of the communication with the customer.
            country_code: ISO 3166-1 alpha-2 country of a company.
            currency: ISO 4217 currency code.
            address1: Street.
            address2: Extra address line.
            vat_percentage: VAT rate applied to the company, in percent.
            partnership_page_url: Address of the club's page about the partnership.
        """
        _body: dict[str, object] = {
            "name": name,
            "brand": brand,
            "email": email,
            "locale": locale,
            "country_code": country_code,
            "currency": currency,
        }
        if address1 is not None:
            _body["address1"] = address1
        if address2 is not None:
            _body["address2"] = address2
        if house_number is not None:
            _body["house_number"] = house_number
        if zipcode is not None:
            _body["zipcode"] = zipcode
        if city is not None:
            _body["city"] = city
        if vat_percentage is not None:
            _body["vat_percentage"] = vat_percentage
        if partnership_page_url is not None:
            _body["partnership_page_url"] = partnership_page_url

        _core = self._core
        _response = _core.request(
            "update_company",
            "PUT",
            f"/companies/{path_segment(company_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_update_company(_core, _response))


class AsyncCompanies:
    """``client.companies``: create, get, update."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncCompaniesWithRawResponse:
        """The same methods, returning the HTTP answer (status, headers, ``.parse()``)."""
        return AsyncCompaniesWithRawResponse(self._core)

    async def create(
        self,
        *,
        name: str,
        brand: Brand | Literal["clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"],
        email: str,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"],
        country_code: CompanyCountryCode | Literal["AT", "BE", "CH", "DE", "GB", "IE", "NL"],
        currency: Currency | Literal["EUR", "GBP", "CHF"],
        address1: str | None = None,
        address2: str | None = None,
        house_number: str | None = None,
        zipcode: str | None = None,
        city: str | None = None,
        vat_percentage: float | None = None,
        partnership_page_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Company:
        """Register a company.

        Calls ``create_company``: ``POST /companies``.

        Args:
            name: Name of the club or organisation.
            brand: The ClubCollect brand (white label) the company is served under.
            email: The company's contact e-mail address.
            locale: Language of the communication with the customer.
            country_code: ISO 3166-1 alpha-2 country of a company.
            currency: ISO 4217 currency code.
            address1: Street.
            address2: Extra address line.
            vat_percentage: VAT rate applied to the company, in percent.
            partnership_page_url: Address of the club's page about the partnership.
        """
        _body: dict[str, object] = {
            "name": name,
            "brand": brand,
            "email": email,
            "locale": locale,
            "country_code": country_code,
            "currency": currency,
        }
        if address1 is not None:
            _body["address1"] = address1
        if address2 is not None:
            _body["address2"] = address2
        if house_number is not None:
            _body["house_number"] = house_number
        if zipcode is not None:
            _body["zipcode"] = zipcode
        if city is not None:
            _body["city"] = city
        if vat_percentage is not None:
            _body["vat_percentage"] = vat_percentage
        if partnership_page_url is not None:
            _body["partnership_page_url"] = partnership_page_url

        _core = self._core
        _response = await _core.request(
            "create_company",
            "POST",
            "/companies",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_create_company(_core, _response)

    async def get(
        self,
        company_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Company:
        """Fetch a company.

        Calls ``get_company``: ``GET /companies/{company_id}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
        """

        _core = self._core
        _response = await _core.request(
            "get_company",
            "GET",
            f"/companies/{path_segment(company_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_get_company(_core, _response)

    async def update(
        self,
        company_id: str,
        *,
        name: str,
        brand: Brand | Literal["clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"],
        email: str,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"],
        country_code: CompanyCountryCode | Literal["AT", "BE", "CH", "DE", "GB", "IE", "NL"],
        currency: Currency | Literal["EUR", "GBP", "CHF"],
        address1: str | None = None,
        address2: str | None = None,
        house_number: str | None = None,
        zipcode: str | None = None,
        city: str | None = None,
        vat_percentage: float | None = None,
        partnership_page_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Company:
        """Replace a company's details.

        Calls ``update_company``: ``PUT /companies/{company_id}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
            name: Name of the club or organisation.
            brand: The ClubCollect brand (white label) the company is served under.
            email: The company's contact e-mail address.
            locale: Language of the communication with the customer.
            country_code: ISO 3166-1 alpha-2 country of a company.
            currency: ISO 4217 currency code.
            address1: Street.
            address2: Extra address line.
            vat_percentage: VAT rate applied to the company, in percent.
            partnership_page_url: Address of the club's page about the partnership.
        """
        _body: dict[str, object] = {
            "name": name,
            "brand": brand,
            "email": email,
            "locale": locale,
            "country_code": country_code,
            "currency": currency,
        }
        if address1 is not None:
            _body["address1"] = address1
        if address2 is not None:
            _body["address2"] = address2
        if house_number is not None:
            _body["house_number"] = house_number
        if zipcode is not None:
            _body["zipcode"] = zipcode
        if city is not None:
            _body["city"] = city
        if vat_percentage is not None:
            _body["vat_percentage"] = vat_percentage
        if partnership_page_url is not None:
            _body["partnership_page_url"] = partnership_page_url

        _core = self._core
        _response = await _core.request(
            "update_company",
            "PUT",
            f"/companies/{path_segment(company_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_update_company(_core, _response)


class AsyncCompaniesWithRawResponse:
    """``client.companies.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        name: str,
        brand: Brand | Literal["clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"],
        email: str,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"],
        country_code: CompanyCountryCode | Literal["AT", "BE", "CH", "DE", "GB", "IE", "NL"],
        currency: Currency | Literal["EUR", "GBP", "CHF"],
        address1: str | None = None,
        address2: str | None = None,
        house_number: str | None = None,
        zipcode: str | None = None,
        city: str | None = None,
        vat_percentage: float | None = None,
        partnership_page_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Company]:
        """Register a company (the HTTP answer; .parse() for the result).

        Calls ``create_company``: ``POST /companies``.

        Args:
            name: Name of the club or organisation.
            brand: The ClubCollect brand (white label) the company is served under.
            email: The company's contact e-mail address.
            locale: Language of the communication with the customer.
            country_code: ISO 3166-1 alpha-2 country of a company.
            currency: ISO 4217 currency code.
            address1: Street.
            address2: Extra address line.
            vat_percentage: VAT rate applied to the company, in percent.
            partnership_page_url: Address of the club's page about the partnership.
        """
        _body: dict[str, object] = {
            "name": name,
            "brand": brand,
            "email": email,
            "locale": locale,
            "country_code": country_code,
            "currency": currency,
        }
        if address1 is not None:
            _body["address1"] = address1
        if address2 is not None:
            _body["address2"] = address2
        if house_number is not None:
            _body["house_number"] = house_number
        if zipcode is not None:
            _body["zipcode"] = zipcode
        if city is not None:
            _body["city"] = city
        if vat_percentage is not None:
            _body["vat_percentage"] = vat_percentage
        if partnership_page_url is not None:
            _body["partnership_page_url"] = partnership_page_url

        _core = self._core
        _response = await _core.request(
            "create_company",
            "POST",
            "/companies",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_create_company(_core, _response))

    async def get(
        self,
        company_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Company]:
        """Fetch a company (the HTTP answer; .parse() for the result).

        Calls ``get_company``: ``GET /companies/{company_id}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
        """

        _core = self._core
        _response = await _core.request(
            "get_company",
            "GET",
            f"/companies/{path_segment(company_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_get_company(_core, _response))

    async def update(
        self,
        company_id: str,
        *,
        name: str,
        brand: Brand | Literal["clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"],
        email: str,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"],
        country_code: CompanyCountryCode | Literal["AT", "BE", "CH", "DE", "GB", "IE", "NL"],
        currency: Currency | Literal["EUR", "GBP", "CHF"],
        address1: str | None = None,
        address2: str | None = None,
        house_number: str | None = None,
        zipcode: str | None = None,
        city: str | None = None,
        vat_percentage: float | None = None,
        partnership_page_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Company]:
        """Replace a company's details (the HTTP answer; .parse() for the result).

        Calls ``update_company``: ``PUT /companies/{company_id}``.

        Args:
            company_id: Server-made id of a company of the calling partner.
            name: Name of the club or organisation.
            brand: The ClubCollect brand (white label) the company is served under.
            email: The company's contact e-mail address.
            locale: Language of the communication with the customer.
            country_code: ISO 3166-1 alpha-2 country of a company.
            currency: ISO 4217 currency code.
            address1: Street.
            address2: Extra address line.
            vat_percentage: VAT rate applied to the company, in percent.
            partnership_page_url: Address of the club's page about the partnership.
        """
        _body: dict[str, object] = {
            "name": name,
            "brand": brand,
            "email": email,
            "locale": locale,
            "country_code": country_code,
            "currency": currency,
        }
        if address1 is not None:
            _body["address1"] = address1
        if address2 is not None:
            _body["address2"] = address2
        if house_number is not None:
            _body["house_number"] = house_number
        if zipcode is not None:
            _body["zipcode"] = zipcode
        if city is not None:
            _body["city"] = city
        if vat_percentage is not None:
            _body["vat_percentage"] = vat_percentage
        if partnership_page_url is not None:
            _body["partnership_page_url"] = partnership_page_url

        _core = self._core
        _response = await _core.request(
            "update_company",
            "PUT",
            f"/companies/{path_segment(company_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_update_company(_core, _response))
