# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_invoice_request import CreateInvoiceRequest
from ...models.create_invoice_unprocessable_error import CreateInvoiceUnprocessableError
from ...models.invalid_json_error import InvalidJsonError
from ...models.invoice import Invoice
from ...models.request_too_large_error import RequestTooLargeError
from ...models.unauthorized_error import UnauthorizedError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    *,
    body: CreateInvoiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _secrets(client: AuthenticatedClient | Client) -> tuple[str, ...]:
    # The key to redact from every error built from an answer (an echoed key stays out of it).
    return (client.token,) if isinstance(client, AuthenticatedClient) else ()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError | None:
    if response.status_code == 200:
        return read_model(
            Invoice.from_dict,
            response,
            operation="create_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 400:
        return read_model(
            InvalidJsonError.from_dict,
            response,
            operation="create_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="create_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 413:
        return read_model(
            RequestTooLargeError.from_dict,
            response,
            operation="create_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            CreateInvoiceUnprocessableError.from_dict,
            response,
            operation="create_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError]:
    return Response(
        status_code=errors.http_status(response, secrets=_secrets(client)),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateInvoiceRequest,
) -> Response[CreateInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError]:
    """Add an invoice to an open import

     Creates one invoice, with at least one line, in an import that is still open. Rules
    the server checks beyond the schema:

    - `amount_total_cents` must equal the sum of the lines' `amount_cents`. A total of
      zero leaves nothing to collect; a negative total means the customer is owed money.
    - The customer must be reachable: at least one of a non-empty e-mail address, a
      non-empty phone number, or a postal address with both `address1` and `city`.
    - The server assigns each line its `type` (`INVOICE-LINE` for amounts of zero or more,
      `CREDIT-LINE` for negative amounts); a request line must not carry `type`.
    - A partner-chosen `invoice_line_id` must not have been used before by the partner.
    - An invalid `direct_debit_iban` is dropped (stored as null), not refused.

    Lines cannot be added or removed afterwards; a wrong invoice is corrected with
    `credit_and_retract_invoice`.

    Args:
        body (CreateInvoiceRequest): A new invoice for an open import. Optional fields sent as
            null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateInvoiceRequest,
) -> CreateInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError | None:
    """Add an invoice to an open import

     Creates one invoice, with at least one line, in an import that is still open. Rules
    the server checks beyond the schema:

    - `amount_total_cents` must equal the sum of the lines' `amount_cents`. A total of
      zero leaves nothing to collect; a negative total means the customer is owed money.
    - The customer must be reachable: at least one of a non-empty e-mail address, a
      non-empty phone number, or a postal address with both `address1` and `city`.
    - The server assigns each line its `type` (`INVOICE-LINE` for amounts of zero or more,
      `CREDIT-LINE` for negative amounts); a request line must not carry `type`.
    - A partner-chosen `invoice_line_id` must not have been used before by the partner.
    - An invalid `direct_debit_iban` is dropped (stored as null), not refused.

    Lines cannot be added or removed afterwards; a wrong invoice is corrected with
    `credit_and_retract_invoice`.

    Args:
        body (CreateInvoiceRequest): A new invoice for an open import. Optional fields sent as
            null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateInvoiceRequest,
) -> Response[CreateInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError]:
    """Add an invoice to an open import

     Creates one invoice, with at least one line, in an import that is still open. Rules
    the server checks beyond the schema:

    - `amount_total_cents` must equal the sum of the lines' `amount_cents`. A total of
      zero leaves nothing to collect; a negative total means the customer is owed money.
    - The customer must be reachable: at least one of a non-empty e-mail address, a
      non-empty phone number, or a postal address with both `address1` and `city`.
    - The server assigns each line its `type` (`INVOICE-LINE` for amounts of zero or more,
      `CREDIT-LINE` for negative amounts); a request line must not carry `type`.
    - A partner-chosen `invoice_line_id` must not have been used before by the partner.
    - An invalid `direct_debit_iban` is dropped (stored as null), not refused.

    Lines cannot be added or removed afterwards; a wrong invoice is corrected with
    `credit_and_retract_invoice`.

    Args:
        body (CreateInvoiceRequest): A new invoice for an open import. Optional fields sent as
            null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateInvoiceRequest,
) -> CreateInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError | None:
    """Add an invoice to an open import

     Creates one invoice, with at least one line, in an import that is still open. Rules
    the server checks beyond the schema:

    - `amount_total_cents` must equal the sum of the lines' `amount_cents`. A total of
      zero leaves nothing to collect; a negative total means the customer is owed money.
    - The customer must be reachable: at least one of a non-empty e-mail address, a
      non-empty phone number, or a postal address with both `address1` and `city`.
    - The server assigns each line its `type` (`INVOICE-LINE` for amounts of zero or more,
      `CREDIT-LINE` for negative amounts); a request line must not carry `type`.
    - A partner-chosen `invoice_line_id` must not have been used before by the partner.
    - An invalid `direct_debit_iban` is dropped (stored as null), not refused.

    Lines cannot be added or removed afterwards; a wrong invoice is corrected with
    `credit_and_retract_invoice`.

    Args:
        body (CreateInvoiceRequest): A new invoice for an open import. Optional fields sent as
            null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
