# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""Request objects as plain dicts: ``cc.invoices.create(customer={"name": {"last_name": "Jansen"}}, ...)``.

Each ``...Param`` TypedDict matches a request schema of the spec; wherever a method takes one,
it also takes the model class of the same name without the suffix (``CustomerRequest``). A key
left out, or given as ``None``, is not sent.
"""

import datetime
from collections.abc import Sequence
from typing import Literal, Required, TypedDict

from .models import (
    Brand,
    CompanyCountryCode,
    Currency,
    CustomerAddressRequest,
    CustomerEmailRequest,
    CustomerNameRequest,
    CustomerNameUpdateRequest,
    CustomerPhoneRequest,
    CustomerRequest,
    CustomerUpdateRequest,
    InvoiceLineRequest,
    Locale,
)

__all__ = [
    "CompanyRequestParam",
    "CreateImportRequestParam",
    "CustomerNameRequestParam",
    "CustomerAddressRequestParam",
    "CustomerEmailRequestParam",
    "CustomerPhoneRequestParam",
    "CustomerRequestParam",
    "InvoiceLineRequestParam",
    "CreateInvoiceRequestParam",
    "CreateTicketRequestParam",
    "CreditAndRetractRequestParam",
    "CustomerNameUpdateRequestParam",
    "CustomerUpdateRequestParam",
    "UpdateImportRequestParam",
    "UpdateInvoiceRequestParam",
]


class CompanyRequestParam(TypedDict, total=False):
    """A company's details, sent in full on creation and again on every update. Strings are at
    most 255 characters; an optional field sent as null counts as not sent."""

    name: Required[str]
    """Name of the club or organisation."""

    brand: Required[Brand | Literal["clubbaseio", "knltb", "dtb", "clubcollect", "clubcollectde"]]
    """The ClubCollect brand (white label) the company is served under."""

    email: Required[str]
    """The company's contact e-mail address."""

    locale: Required[Locale | Literal["de", "en", "fr", "it", "nl"]]
    """Language of the communication with the customer."""

    country_code: Required[CompanyCountryCode | Literal["AT", "BE", "CH", "DE", "GB", "IE", "NL"]]
    """ISO 3166-1 alpha-2 country of a company."""

    currency: Required[Currency | Literal["EUR", "GBP", "CHF"]]
    """ISO 4217 currency code."""

    address1: str | None
    """Street."""

    address2: str | None
    """Extra address line."""

    house_number: str | None

    zipcode: str | None

    city: str | None

    vat_percentage: float | None
    """VAT rate applied to the company, in percent."""

    partnership_page_url: str | None
    """Address of the club's page about the partnership."""


class CreateImportRequestParam(TypedDict, total=False):
    """An empty import to open for one of the partner's companies. Optional fields sent as null
    count as not sent."""

    company_id: Required[str]
    """An id made by ClubCollect, 40 lowercase hexadecimal characters."""

    title: str | None
    """Name of the batch as shown to the treasurer."""

    expected_invoices_count: int | None
    """How many invoices the import will hold; until that many exist the treasurer cannot
    transmit the import from the web interface. Send an integer; the digits of one as a string
    are accepted too, because the vendor's page types the field as a string. Null counts as
    not sent."""


class CustomerNameRequestParam(TypedDict, total=False):
    """Parts of the recipient's name; only the last name is required."""

    prefix: str | None
    """Salutation, such as Mr or Ms."""

    first_name: str | None

    infix: str | None
    """Name particle such as "van der"."""

    last_name: Required[str]

    organization: str | None


class CustomerAddressRequestParam(TypedDict, total=False):
    """Postal address; counts as a way to reach the customer when address1 and city are set."""

    address1: str | None
    """Street."""

    address2: str | None

    locality: str | None

    house_number: str | None

    house_number_extension: str | None
    """Addition to the house number, such as "A" or "bis"."""

    state: str | None

    zipcode: str | None

    city: str | None

    country_code: str | None
    """ISO 3166-1 alpha-2 country."""


class CustomerEmailRequestParam(TypedDict, total=False):
    """E-mail contact of the recipient."""

    email_address: str | None
    """An e-mail address; empty (or null) when the customer has none (A16)."""


class CustomerPhoneRequestParam(TypedDict, total=False):
    """Phone contact of the recipient."""

    phone_number: str | None

    country_code: str | None
    """ISO 3166-1 alpha-2 country of the number."""


class CustomerRequestParam(TypedDict, total=False):
    """The invoice recipient. `name.last_name` is required, and at least one way to reach the
    customer must be given: a non-empty e-mail address, a non-empty phone number, or a
    postal address with both `address1` and `city`."""

    name: Required[CustomerNameRequestParam | CustomerNameRequest]
    """Parts of the recipient's name; only the last name is required."""

    address: CustomerAddressRequestParam | CustomerAddressRequest | None

    email: CustomerEmailRequestParam | CustomerEmailRequest | None

    phone: CustomerPhoneRequestParam | CustomerPhoneRequest | None


class InvoiceLineRequestParam(TypedDict, total=False):
    """One amount on a new invoice. The server decides its `type`, so none is sent. Positive
    amounts are charges, negative amounts are deductions."""

    invoice_line_id: str | None
    """Optional id chosen by the partner; it must never have been used for another line of the
    partner. Without it the server makes one."""

    amount_cents: Required[int]
    """Amount in cents; negative for a deduction."""

    description: str | None
    """What the amount is for, shown to the customer; null in responses when left out."""

    date: datetime.datetime | str | None
    """Date of the line; the creation time when left out."""


class CreateInvoiceRequestParam(TypedDict, total=False):
    """A new invoice for an open import. Optional fields sent as null count as not sent."""

    import_id: Required[str]
    """An id made by ClubCollect, 40 lowercase hexadecimal characters."""

    external_invoice_number: Required[str]
    """The partner's own invoice number."""

    reference: str | None
    """Free reference of the partner."""

    direct_debit_iban: str | None
    """IBAN to collect from by direct debit; silently dropped when it is not a valid IBAN."""

    federation_membership_number: str | None

    club_membership_number: str | None

    member_external_id: str | None
    """The partner's id of the member."""

    external_membership_number: str | None

    locale: Locale | Literal["de", "en", "fr", "it", "nl"] | None
    """Language of the customer's messages; upper-case codes are accepted too."""

    customer: Required[CustomerRequestParam | CustomerRequest]
    """The invoice recipient. `name.last_name` is required, and at least one way to reach the
    customer must be given: a non-empty e-mail address, a non-empty phone number, or a postal
    address with both `address1` and `city`."""

    invoice_lines: Required[Sequence[InvoiceLineRequestParam | InvoiceLineRequest]]

    amount_total_cents: Required[int]
    """Total in cents; must equal the sum of the lines' `amount_cents`. May be zero or negative."""


class CreateTicketRequestParam(TypedDict, total=False):
    """A message from the company to the customer about the invoice."""

    message: Required[str]


class CreditAndRetractRequestParam(TypedDict, total=False):
    """The credit note to issue for the outstanding amount. Optional fields sent as null count as
    not sent."""

    external_invoice_number: Required[str]
    """The partner's number for the credit note."""

    description: Required[str]
    """Text of the credit line."""

    retraction_reason: str | None
    """Why the invoice is retracted."""

    show_retraction_reason_to_customer: bool | None
    """Whether the customer sees the retraction reason."""


class CustomerNameUpdateRequestParam(TypedDict, total=False):
    """Changes to the recipient's name; the last name cannot be emptied."""

    prefix: str | None

    first_name: str | None

    infix: str | None

    last_name: str | None

    organization: str | None


class CustomerUpdateRequestParam(TypedDict, total=False):
    """Changes to the recipient; only the parts sent are changed. The reachability rule must
    still hold after the change."""

    name: CustomerNameUpdateRequestParam | CustomerNameUpdateRequest | None

    address: CustomerAddressRequestParam | CustomerAddressRequest | None

    email: CustomerEmailRequestParam | CustomerEmailRequest | None

    phone: CustomerPhoneRequestParam | CustomerPhoneRequest | None


class UpdateImportRequestParam(TypedDict, total=False):
    """Changes to an open import; every field is optional, and null counts as not sent."""

    expected_invoices_count: int | None
    """How many invoices the import will hold; until that many exist the treasurer cannot
    transmit the import from the web interface. Send an integer; the digits of one as a string
    are accepted too, because the vendor's page types the field as a string. Null counts as
    not sent."""


class UpdateInvoiceRequestParam(TypedDict, total=False):
    """Changes to the recipient-related attributes and the locale of an invoice. Lines, totals
    and the import cannot be changed here. `external_invoice_number` is sent every time;
    other fields left out, or sent as null, keep their value."""

    external_invoice_number: Required[str]

    reference: str | None

    direct_debit_iban: str | None

    federation_membership_number: str | None

    club_membership_number: str | None

    member_external_id: str | None

    external_membership_number: str | None

    locale: Locale | Literal["de", "en", "fr", "it", "nl"] | None
    """Language of the customer's messages; upper-case codes are accepted too."""

    customer: CustomerUpdateRequestParam | CustomerUpdateRequest | None
