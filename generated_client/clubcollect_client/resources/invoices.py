# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""The ``invoices`` resource: ``client.invoices`` of ``ClubCollect`` and ``AsyncClubCollect``."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
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
    items_of,
    path_segment,
    request_options,
    to_wire,
)
from ..api.invoices.create_invoice import _parse_response as _parse_create_invoice
from ..api.invoices.credit_and_retract_invoice import _parse_response as _parse_credit_and_retract_invoice
from ..api.invoices.get_invoice import _parse_response as _parse_get_invoice
from ..api.invoices.list_invoice_lines import _parse_response as _parse_list_invoice_lines
from ..api.invoices.update_invoice import _parse_response as _parse_update_invoice
from ..models import (
    CustomerRequest,
    CustomerUpdateRequest,
    Invoice,
    InvoiceLine,
    InvoiceLineList,
    InvoiceLineRequest,
    Locale,
)
from ..params import CustomerRequestParam, CustomerUpdateRequestParam, InvoiceLineRequestParam
from ..raw_response import RawResponse

__all__ = [
    "Invoices",
    "InvoicesWithRawResponse",
    "AsyncInvoices",
    "AsyncInvoicesWithRawResponse",
]


def _read_create_invoice(_core: CoreBase, _response: httpx.Response) -> Invoice:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Invoice"
        try:
            _parsed = _parse_create_invoice(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Invoice):
            return _parsed
        raise _core.unreadable("create_invoice", _response, _problem)
    raise _core.unreadable("create_invoice", _response, f"status {_response.status_code} is not a documented success")


def _read_get_invoice(_core: CoreBase, _response: httpx.Response) -> Invoice:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Invoice"
        try:
            _parsed = _parse_get_invoice(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Invoice):
            return _parsed
        raise _core.unreadable("get_invoice", _response, _problem)
    raise _core.unreadable("get_invoice", _response, f"status {_response.status_code} is not a documented success")


def _read_update_invoice(_core: CoreBase, _response: httpx.Response) -> Invoice:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Invoice"
        try:
            _parsed = _parse_update_invoice(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Invoice):
            return _parsed
        raise _core.unreadable("update_invoice", _response, _problem)
    raise _core.unreadable("update_invoice", _response, f"status {_response.status_code} is not a documented success")


def _read_credit_and_retract_invoice(_core: CoreBase, _response: httpx.Response) -> Invoice:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as Invoice"
        try:
            _parsed = _parse_credit_and_retract_invoice(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, Invoice):
            return _parsed
        raise _core.unreadable("credit_and_retract_invoice", _response, _problem)
    raise _core.unreadable(
        "credit_and_retract_invoice", _response, f"status {_response.status_code} is not a documented success"
    )


def _read_list_invoice_lines(_core: CoreBase, _response: httpx.Response) -> InvoiceLineList:
    if _response.status_code == 200:
        _parsed: object = None
        _problem = "the answer did not read as InvoiceLineList"
        try:
            _parsed = _parse_list_invoice_lines(client=_core.low_level, response=_response)
        except (KeyError, ValueError, TypeError, AttributeError) as _error:
            # A safety net: the operation's reader names the exact place itself where it can.
            # Raised below, outside this handler: the parser's error (whose message can quote an
            # echoed key) must not stay reachable as __context__.
            _problem = _core.describe(_error)
        if isinstance(_parsed, InvoiceLineList):
            return _parsed
        raise _core.unreadable("list_invoice_lines", _response, _problem)
    raise _core.unreadable(
        "list_invoice_lines", _response, f"status {_response.status_code} is not a documented success"
    )


class Invoices:
    """``client.invoices``: create, get, update, credit_and_retract, delete, lines."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> InvoicesWithRawResponse:
        """The same methods, returning the HTTP answer (status, headers, ``.parse()``)."""
        return InvoicesWithRawResponse(self._core)

    def create(
        self,
        *,
        import_id: str,
        external_invoice_number: str,
        customer: CustomerRequestParam | CustomerRequest,
        invoice_lines: Sequence[InvoiceLineRequestParam | InvoiceLineRequest],
        amount_total_cents: int,
        reference: str | None = None,
        direct_debit_iban: str | None = None,
        federation_membership_number: str | None = None,
        club_membership_number: str | None = None,
        member_external_id: str | None = None,
        external_membership_number: str | None = None,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Invoice:
        """Add an invoice to an open import.

        Calls ``create_invoice``: ``POST /invoices``.

        Args:
            import_id: An id made by ClubCollect, 40 lowercase hexadecimal characters.
            external_invoice_number: The partner's own invoice number.
            customer: The invoice recipient. `name.last_name` is required, and at least one way to
                reach the customer must be given: a non-empty e-mail address, a non-empty phone
                number, or a postal address with both `address1` and `city`.
            amount_total_cents: Total in cents; must equal the sum of the lines' `amount_cents`. May be zero or
                negative.
            reference: Free reference of the partner.
            direct_debit_iban: IBAN to collect from by direct debit; silently dropped when it is not a valid
                IBAN.
            member_external_id: The partner's id of the member.
            locale: Language of the customer's messages; upper-case codes are accepted too.
        """
        _body: dict[str, object] = {
            "import_id": import_id,
            "external_invoice_number": external_invoice_number,
            "customer": to_wire(customer),
            "invoice_lines": to_wire(invoice_lines),
            "amount_total_cents": amount_total_cents,
        }
        if reference is not None:
            _body["reference"] = reference
        if direct_debit_iban is not None:
            _body["direct_debit_iban"] = direct_debit_iban
        if federation_membership_number is not None:
            _body["federation_membership_number"] = federation_membership_number
        if club_membership_number is not None:
            _body["club_membership_number"] = club_membership_number
        if member_external_id is not None:
            _body["member_external_id"] = member_external_id
        if external_membership_number is not None:
            _body["external_membership_number"] = external_membership_number
        if locale is not None:
            _body["locale"] = locale

        _core = self._core
        _response = _core.request(
            "create_invoice",
            "POST",
            "/invoices",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_create_invoice(_core, _response)

    def get(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Invoice:
        """Fetch an invoice.

        Calls ``get_invoice``: ``GET /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = _core.request(
            "get_invoice",
            "GET",
            f"/invoices/{path_segment(invoice_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_get_invoice(_core, _response)

    def update(
        self,
        invoice_id: str,
        *,
        external_invoice_number: str,
        reference: str | None = None,
        direct_debit_iban: str | None = None,
        federation_membership_number: str | None = None,
        club_membership_number: str | None = None,
        member_external_id: str | None = None,
        external_membership_number: str | None = None,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"] | None = None,
        customer: CustomerUpdateRequestParam | CustomerUpdateRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Invoice:
        """Change an invoice's recipient details.

        Calls ``update_invoice``: ``PUT /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
            locale: Language of the customer's messages; upper-case codes are accepted too.
        """
        _body: dict[str, object] = {
            "external_invoice_number": external_invoice_number,
        }
        if reference is not None:
            _body["reference"] = reference
        if direct_debit_iban is not None:
            _body["direct_debit_iban"] = direct_debit_iban
        if federation_membership_number is not None:
            _body["federation_membership_number"] = federation_membership_number
        if club_membership_number is not None:
            _body["club_membership_number"] = club_membership_number
        if member_external_id is not None:
            _body["member_external_id"] = member_external_id
        if external_membership_number is not None:
            _body["external_membership_number"] = external_membership_number
        if locale is not None:
            _body["locale"] = locale
        if customer is not None:
            _body["customer"] = to_wire(customer)

        _core = self._core
        _response = _core.request(
            "update_invoice",
            "PUT",
            f"/invoices/{path_segment(invoice_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_update_invoice(_core, _response)

    def credit_and_retract(
        self,
        invoice_id: str,
        *,
        external_invoice_number: str,
        description: str,
        retraction_reason: str | None = None,
        show_retraction_reason_to_customer: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Invoice:
        """Credit the outstanding amount and retract the invoice.

        Calls ``credit_and_retract_invoice``: ``POST /invoices/{invoice_id}/credit_and_retract``.

        Args:
            invoice_id: Server-made id of an invoice.
            external_invoice_number: The partner's number for the credit note.
            description: Text of the credit line.
            retraction_reason: Why the invoice is retracted.
            show_retraction_reason_to_customer: Whether the customer sees the retraction reason.
        """
        _body: dict[str, object] = {
            "external_invoice_number": external_invoice_number,
            "description": description,
        }
        if retraction_reason is not None:
            _body["retraction_reason"] = retraction_reason
        if show_retraction_reason_to_customer is not None:
            _body["show_retraction_reason_to_customer"] = show_retraction_reason_to_customer

        _core = self._core
        _response = _core.request(
            "credit_and_retract_invoice",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/credit_and_retract",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_credit_and_retract_invoice(_core, _response)

    def delete(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete an invoice of an open import.

        Calls ``delete_invoice``: ``DELETE /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = _core.request(
            "delete_invoice",
            "DELETE",
            f"/invoices/{path_segment(invoice_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        del _response
        return None

    def lines(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[InvoiceLine]:
        """List an invoice's lines.

        Calls ``list_invoice_lines``: ``GET /invoices/{invoice_id}/lines``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = _core.request(
            "list_invoice_lines",
            "GET",
            f"/invoices/{path_segment(invoice_id)}/lines",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return items_of(_read_list_invoice_lines(_core, _response).invoice_lines)


class InvoicesWithRawResponse:
    """``client.invoices.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    def create(
        self,
        *,
        import_id: str,
        external_invoice_number: str,
        customer: CustomerRequestParam | CustomerRequest,
        invoice_lines: Sequence[InvoiceLineRequestParam | InvoiceLineRequest],
        amount_total_cents: int,
        reference: str | None = None,
        direct_debit_iban: str | None = None,
        federation_membership_number: str | None = None,
        club_membership_number: str | None = None,
        member_external_id: str | None = None,
        external_membership_number: str | None = None,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Invoice]:
        """Add an invoice to an open import (the HTTP answer; .parse() for the result).

        Calls ``create_invoice``: ``POST /invoices``.

        Args:
            import_id: An id made by ClubCollect, 40 lowercase hexadecimal characters.
            external_invoice_number: The partner's own invoice number.
            customer: The invoice recipient. `name.last_name` is required, and at least one way to
                reach the customer must be given: a non-empty e-mail address, a non-empty phone
                number, or a postal address with both `address1` and `city`.
            amount_total_cents: Total in cents; must equal the sum of the lines' `amount_cents`. May be zero or
                negative.
            reference: Free reference of the partner.
            direct_debit_iban: IBAN to collect from by direct debit; silently dropped when it is not a valid
                IBAN.
            member_external_id: The partner's id of the member.
            locale: Language of the customer's messages; upper-case codes are accepted too.
        """
        _body: dict[str, object] = {
            "import_id": import_id,
            "external_invoice_number": external_invoice_number,
            "customer": to_wire(customer),
            "invoice_lines": to_wire(invoice_lines),
            "amount_total_cents": amount_total_cents,
        }
        if reference is not None:
            _body["reference"] = reference
        if direct_debit_iban is not None:
            _body["direct_debit_iban"] = direct_debit_iban
        if federation_membership_number is not None:
            _body["federation_membership_number"] = federation_membership_number
        if club_membership_number is not None:
            _body["club_membership_number"] = club_membership_number
        if member_external_id is not None:
            _body["member_external_id"] = member_external_id
        if external_membership_number is not None:
            _body["external_membership_number"] = external_membership_number
        if locale is not None:
            _body["locale"] = locale

        _core = self._core
        _response = _core.request(
            "create_invoice",
            "POST",
            "/invoices",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_create_invoice(_core, _response))

    def get(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Invoice]:
        """Fetch an invoice (the HTTP answer; .parse() for the result).

        Calls ``get_invoice``: ``GET /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = _core.request(
            "get_invoice",
            "GET",
            f"/invoices/{path_segment(invoice_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_get_invoice(_core, _response))

    def update(
        self,
        invoice_id: str,
        *,
        external_invoice_number: str,
        reference: str | None = None,
        direct_debit_iban: str | None = None,
        federation_membership_number: str | None = None,
        club_membership_number: str | None = None,
        member_external_id: str | None = None,
        external_membership_number: str | None = None,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"] | None = None,
        customer: CustomerUpdateRequestParam | CustomerUpdateRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Invoice]:
        """Change an invoice's recipient details (the HTTP answer; .parse() for the result).

        Calls ``update_invoice``: ``PUT /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
            locale: Language of the customer's messages; upper-case codes are accepted too.
        """
        _body: dict[str, object] = {
            "external_invoice_number": external_invoice_number,
        }
        if reference is not None:
            _body["reference"] = reference
        if direct_debit_iban is not None:
            _body["direct_debit_iban"] = direct_debit_iban
        if federation_membership_number is not None:
            _body["federation_membership_number"] = federation_membership_number
        if club_membership_number is not None:
            _body["club_membership_number"] = club_membership_number
        if member_external_id is not None:
            _body["member_external_id"] = member_external_id
        if external_membership_number is not None:
            _body["external_membership_number"] = external_membership_number
        if locale is not None:
            _body["locale"] = locale
        if customer is not None:
            _body["customer"] = to_wire(customer)

        _core = self._core
        _response = _core.request(
            "update_invoice",
            "PUT",
            f"/invoices/{path_segment(invoice_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_update_invoice(_core, _response))

    def credit_and_retract(
        self,
        invoice_id: str,
        *,
        external_invoice_number: str,
        description: str,
        retraction_reason: str | None = None,
        show_retraction_reason_to_customer: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Invoice]:
        """Credit the outstanding amount and retract the invoice (the HTTP answer; .parse() for the result).

        Calls ``credit_and_retract_invoice``: ``POST /invoices/{invoice_id}/credit_and_retract``.

        Args:
            invoice_id: Server-made id of an invoice.
            external_invoice_number: The partner's number for the credit note.
            description: Text of the credit line.
            retraction_reason: Why the invoice is retracted.
            show_retraction_reason_to_customer: Whether the customer sees the retraction reason.
        """
        _body: dict[str, object] = {
            "external_invoice_number": external_invoice_number,
            "description": description,
        }
        if retraction_reason is not None:
            _body["retraction_reason"] = retraction_reason
        if show_retraction_reason_to_customer is not None:
            _body["show_retraction_reason_to_customer"] = show_retraction_reason_to_customer

        _core = self._core
        _response = _core.request(
            "credit_and_retract_invoice",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/credit_and_retract",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_credit_and_retract_invoice(_core, _response))

    def delete(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Delete an invoice of an open import (the HTTP answer; .parse() for the result).

        Calls ``delete_invoice``: ``DELETE /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = _core.request(
            "delete_invoice",
            "DELETE",
            f"/invoices/{path_segment(invoice_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: None)

    def lines(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[InvoiceLine]]:
        """List an invoice's lines (the HTTP answer; .parse() for the result).

        Calls ``list_invoice_lines``: ``GET /invoices/{invoice_id}/lines``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = _core.request(
            "list_invoice_lines",
            "GET",
            f"/invoices/{path_segment(invoice_id)}/lines",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: items_of(_read_list_invoice_lines(_core, _response).invoice_lines))


class AsyncInvoices:
    """``client.invoices``: create, get, update, credit_and_retract, delete, lines."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> AsyncInvoicesWithRawResponse:
        """The same methods, returning the HTTP answer (status, headers, ``.parse()``)."""
        return AsyncInvoicesWithRawResponse(self._core)

    async def create(
        self,
        *,
        import_id: str,
        external_invoice_number: str,
        customer: CustomerRequestParam | CustomerRequest,
        invoice_lines: Sequence[InvoiceLineRequestParam | InvoiceLineRequest],
        amount_total_cents: int,
        reference: str | None = None,
        direct_debit_iban: str | None = None,
        federation_membership_number: str | None = None,
        club_membership_number: str | None = None,
        member_external_id: str | None = None,
        external_membership_number: str | None = None,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Invoice:
        """Add an invoice to an open import.

        Calls ``create_invoice``: ``POST /invoices``.

        Args:
            import_id: An id made by ClubCollect, 40 lowercase hexadecimal characters.
            external_invoice_number: The partner's own invoice number.
            customer: The invoice recipient. `name.last_name` is required, and at least one way to
                reach the customer must be given: a non-empty e-mail address, a non-empty phone
                number, or a postal address with both `address1` and `city`.
            amount_total_cents: Total in cents; must equal the sum of the lines' `amount_cents`. May be zero or
                negative.
            reference: Free reference of the partner.
            direct_debit_iban: IBAN to collect from by direct debit; silently dropped when it is not a valid
                IBAN.
            member_external_id: The partner's id of the member.
            locale: Language of the customer's messages; upper-case codes are accepted too.
        """
        _body: dict[str, object] = {
            "import_id": import_id,
            "external_invoice_number": external_invoice_number,
            "customer": to_wire(customer),
            "invoice_lines": to_wire(invoice_lines),
            "amount_total_cents": amount_total_cents,
        }
        if reference is not None:
            _body["reference"] = reference
        if direct_debit_iban is not None:
            _body["direct_debit_iban"] = direct_debit_iban
        if federation_membership_number is not None:
            _body["federation_membership_number"] = federation_membership_number
        if club_membership_number is not None:
            _body["club_membership_number"] = club_membership_number
        if member_external_id is not None:
            _body["member_external_id"] = member_external_id
        if external_membership_number is not None:
            _body["external_membership_number"] = external_membership_number
        if locale is not None:
            _body["locale"] = locale

        _core = self._core
        _response = await _core.request(
            "create_invoice",
            "POST",
            "/invoices",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_create_invoice(_core, _response)

    async def get(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Invoice:
        """Fetch an invoice.

        Calls ``get_invoice``: ``GET /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = await _core.request(
            "get_invoice",
            "GET",
            f"/invoices/{path_segment(invoice_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_get_invoice(_core, _response)

    async def update(
        self,
        invoice_id: str,
        *,
        external_invoice_number: str,
        reference: str | None = None,
        direct_debit_iban: str | None = None,
        federation_membership_number: str | None = None,
        club_membership_number: str | None = None,
        member_external_id: str | None = None,
        external_membership_number: str | None = None,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"] | None = None,
        customer: CustomerUpdateRequestParam | CustomerUpdateRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Invoice:
        """Change an invoice's recipient details.

        Calls ``update_invoice``: ``PUT /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
            locale: Language of the customer's messages; upper-case codes are accepted too.
        """
        _body: dict[str, object] = {
            "external_invoice_number": external_invoice_number,
        }
        if reference is not None:
            _body["reference"] = reference
        if direct_debit_iban is not None:
            _body["direct_debit_iban"] = direct_debit_iban
        if federation_membership_number is not None:
            _body["federation_membership_number"] = federation_membership_number
        if club_membership_number is not None:
            _body["club_membership_number"] = club_membership_number
        if member_external_id is not None:
            _body["member_external_id"] = member_external_id
        if external_membership_number is not None:
            _body["external_membership_number"] = external_membership_number
        if locale is not None:
            _body["locale"] = locale
        if customer is not None:
            _body["customer"] = to_wire(customer)

        _core = self._core
        _response = await _core.request(
            "update_invoice",
            "PUT",
            f"/invoices/{path_segment(invoice_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_update_invoice(_core, _response)

    async def credit_and_retract(
        self,
        invoice_id: str,
        *,
        external_invoice_number: str,
        description: str,
        retraction_reason: str | None = None,
        show_retraction_reason_to_customer: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> Invoice:
        """Credit the outstanding amount and retract the invoice.

        Calls ``credit_and_retract_invoice``: ``POST /invoices/{invoice_id}/credit_and_retract``.

        Args:
            invoice_id: Server-made id of an invoice.
            external_invoice_number: The partner's number for the credit note.
            description: Text of the credit line.
            retraction_reason: Why the invoice is retracted.
            show_retraction_reason_to_customer: Whether the customer sees the retraction reason.
        """
        _body: dict[str, object] = {
            "external_invoice_number": external_invoice_number,
            "description": description,
        }
        if retraction_reason is not None:
            _body["retraction_reason"] = retraction_reason
        if show_retraction_reason_to_customer is not None:
            _body["show_retraction_reason_to_customer"] = show_retraction_reason_to_customer

        _core = self._core
        _response = await _core.request(
            "credit_and_retract_invoice",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/credit_and_retract",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return _read_credit_and_retract_invoice(_core, _response)

    async def delete(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete an invoice of an open import.

        Calls ``delete_invoice``: ``DELETE /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = await _core.request(
            "delete_invoice",
            "DELETE",
            f"/invoices/{path_segment(invoice_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        del _response
        return None

    async def lines(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> builtins.list[InvoiceLine]:
        """List an invoice's lines.

        Calls ``list_invoice_lines``: ``GET /invoices/{invoice_id}/lines``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = await _core.request(
            "list_invoice_lines",
            "GET",
            f"/invoices/{path_segment(invoice_id)}/lines",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return items_of(_read_list_invoice_lines(_core, _response).invoice_lines)


class AsyncInvoicesWithRawResponse:
    """``client.invoices.with_raw_response``: each method returns a ``RawResponse``."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    async def create(
        self,
        *,
        import_id: str,
        external_invoice_number: str,
        customer: CustomerRequestParam | CustomerRequest,
        invoice_lines: Sequence[InvoiceLineRequestParam | InvoiceLineRequest],
        amount_total_cents: int,
        reference: str | None = None,
        direct_debit_iban: str | None = None,
        federation_membership_number: str | None = None,
        club_membership_number: str | None = None,
        member_external_id: str | None = None,
        external_membership_number: str | None = None,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Invoice]:
        """Add an invoice to an open import (the HTTP answer; .parse() for the result).

        Calls ``create_invoice``: ``POST /invoices``.

        Args:
            import_id: An id made by ClubCollect, 40 lowercase hexadecimal characters.
            external_invoice_number: The partner's own invoice number.
            customer: The invoice recipient. `name.last_name` is required, and at least one way to
                reach the customer must be given: a non-empty e-mail address, a non-empty phone
                number, or a postal address with both `address1` and `city`.
            amount_total_cents: Total in cents; must equal the sum of the lines' `amount_cents`. May be zero or
                negative.
            reference: Free reference of the partner.
            direct_debit_iban: IBAN to collect from by direct debit; silently dropped when it is not a valid
                IBAN.
            member_external_id: The partner's id of the member.
            locale: Language of the customer's messages; upper-case codes are accepted too.
        """
        _body: dict[str, object] = {
            "import_id": import_id,
            "external_invoice_number": external_invoice_number,
            "customer": to_wire(customer),
            "invoice_lines": to_wire(invoice_lines),
            "amount_total_cents": amount_total_cents,
        }
        if reference is not None:
            _body["reference"] = reference
        if direct_debit_iban is not None:
            _body["direct_debit_iban"] = direct_debit_iban
        if federation_membership_number is not None:
            _body["federation_membership_number"] = federation_membership_number
        if club_membership_number is not None:
            _body["club_membership_number"] = club_membership_number
        if member_external_id is not None:
            _body["member_external_id"] = member_external_id
        if external_membership_number is not None:
            _body["external_membership_number"] = external_membership_number
        if locale is not None:
            _body["locale"] = locale

        _core = self._core
        _response = await _core.request(
            "create_invoice",
            "POST",
            "/invoices",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_create_invoice(_core, _response))

    async def get(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Invoice]:
        """Fetch an invoice (the HTTP answer; .parse() for the result).

        Calls ``get_invoice``: ``GET /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = await _core.request(
            "get_invoice",
            "GET",
            f"/invoices/{path_segment(invoice_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_get_invoice(_core, _response))

    async def update(
        self,
        invoice_id: str,
        *,
        external_invoice_number: str,
        reference: str | None = None,
        direct_debit_iban: str | None = None,
        federation_membership_number: str | None = None,
        club_membership_number: str | None = None,
        member_external_id: str | None = None,
        external_membership_number: str | None = None,
        locale: Locale | Literal["de", "en", "fr", "it", "nl"] | None = None,
        customer: CustomerUpdateRequestParam | CustomerUpdateRequest | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Invoice]:
        """Change an invoice's recipient details (the HTTP answer; .parse() for the result).

        Calls ``update_invoice``: ``PUT /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
            locale: Language of the customer's messages; upper-case codes are accepted too.
        """
        _body: dict[str, object] = {
            "external_invoice_number": external_invoice_number,
        }
        if reference is not None:
            _body["reference"] = reference
        if direct_debit_iban is not None:
            _body["direct_debit_iban"] = direct_debit_iban
        if federation_membership_number is not None:
            _body["federation_membership_number"] = federation_membership_number
        if club_membership_number is not None:
            _body["club_membership_number"] = club_membership_number
        if member_external_id is not None:
            _body["member_external_id"] = member_external_id
        if external_membership_number is not None:
            _body["external_membership_number"] = external_membership_number
        if locale is not None:
            _body["locale"] = locale
        if customer is not None:
            _body["customer"] = to_wire(customer)

        _core = self._core
        _response = await _core.request(
            "update_invoice",
            "PUT",
            f"/invoices/{path_segment(invoice_id)}",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_update_invoice(_core, _response))

    async def credit_and_retract(
        self,
        invoice_id: str,
        *,
        external_invoice_number: str,
        description: str,
        retraction_reason: str | None = None,
        show_retraction_reason_to_customer: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[Invoice]:
        """Credit the outstanding amount and retract the invoice (the HTTP answer; .parse() for the result).

        Calls ``credit_and_retract_invoice``: ``POST /invoices/{invoice_id}/credit_and_retract``.

        Args:
            invoice_id: Server-made id of an invoice.
            external_invoice_number: The partner's number for the credit note.
            description: Text of the credit line.
            retraction_reason: Why the invoice is retracted.
            show_retraction_reason_to_customer: Whether the customer sees the retraction reason.
        """
        _body: dict[str, object] = {
            "external_invoice_number": external_invoice_number,
            "description": description,
        }
        if retraction_reason is not None:
            _body["retraction_reason"] = retraction_reason
        if show_retraction_reason_to_customer is not None:
            _body["show_retraction_reason_to_customer"] = show_retraction_reason_to_customer

        _core = self._core
        _response = await _core.request(
            "credit_and_retract_invoice",
            "POST",
            f"/invoices/{path_segment(invoice_id)}/credit_and_retract",
            json=_body,
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: _read_credit_and_retract_invoice(_core, _response))

    async def delete(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Delete an invoice of an open import (the HTTP answer; .parse() for the result).

        Calls ``delete_invoice``: ``DELETE /invoices/{invoice_id}``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = await _core.request(
            "delete_invoice",
            "DELETE",
            f"/invoices/{path_segment(invoice_id)}",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: None)

    async def lines(
        self,
        invoice_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[InvoiceLine]]:
        """List an invoice's lines (the HTTP answer; .parse() for the result).

        Calls ``list_invoice_lines``: ``GET /invoices/{invoice_id}/lines``.

        Args:
            invoice_id: Server-made id of an invoice.
        """

        _core = self._core
        _response = await _core.request(
            "list_invoice_lines",
            "GET",
            f"/invoices/{path_segment(invoice_id)}/lines",
            options=request_options(timeout, extra_headers, extra_query, max_retries),
        )
        return RawResponse(_response, lambda: items_of(_read_list_invoice_lines(_core, _response).invoice_lines))
