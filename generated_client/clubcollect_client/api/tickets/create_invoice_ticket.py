# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_invoice_ticket_not_found_error import CreateInvoiceTicketNotFoundError
from ...models.create_invoice_ticket_unprocessable_error import CreateInvoiceTicketUnprocessableError
from ...models.create_ticket_request import CreateTicketRequest
from ...models.invalid_json_error import InvalidJsonError
from ...models.request_too_large_error import RequestTooLargeError
from ...models.ticket import Ticket
from ...models.unauthorized_error import UnauthorizedError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    invoice_id: str,
    *,
    body: CreateTicketRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoice_id}/tickets".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
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
) -> (
    CreateInvoiceTicketNotFoundError
    | CreateInvoiceTicketUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
    | Ticket
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        return read_model(
            Ticket.from_dict,
            response,
            operation="create_invoice_ticket",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 400:
        return read_model(
            InvalidJsonError.from_dict,
            response,
            operation="create_invoice_ticket",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="create_invoice_ticket",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            CreateInvoiceTicketNotFoundError.from_dict,
            response,
            operation="create_invoice_ticket",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 413:
        return read_model(
            RequestTooLargeError.from_dict,
            response,
            operation="create_invoice_ticket",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            CreateInvoiceTicketUnprocessableError.from_dict,
            response,
            operation="create_invoice_ticket",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateInvoiceTicketNotFoundError
    | CreateInvoiceTicketUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
    | Ticket
    | UnauthorizedError
]:
    return Response(
        status_code=errors.http_status(response, secrets=_secrets(client)),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateTicketRequest,
) -> Response[
    CreateInvoiceTicketNotFoundError
    | CreateInvoiceTicketUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
    | Ticket
    | UnauthorizedError
]:
    """Post a ticket on an invoice

     Adds a message from the company to the invoice's ticket thread. The new ticket's sender
    is always `COMPANY`, which makes the thread `answered`.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CreateTicketRequest): A message from the company to the customer about the invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInvoiceTicketNotFoundError | CreateInvoiceTicketUnprocessableError | InvalidJsonError | RequestTooLargeError | Ticket | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateTicketRequest,
) -> (
    CreateInvoiceTicketNotFoundError
    | CreateInvoiceTicketUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
    | Ticket
    | UnauthorizedError
    | None
):
    """Post a ticket on an invoice

     Adds a message from the company to the invoice's ticket thread. The new ticket's sender
    is always `COMPANY`, which makes the thread `answered`.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CreateTicketRequest): A message from the company to the customer about the invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInvoiceTicketNotFoundError | CreateInvoiceTicketUnprocessableError | InvalidJsonError | RequestTooLargeError | Ticket | UnauthorizedError
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateTicketRequest,
) -> Response[
    CreateInvoiceTicketNotFoundError
    | CreateInvoiceTicketUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
    | Ticket
    | UnauthorizedError
]:
    """Post a ticket on an invoice

     Adds a message from the company to the invoice's ticket thread. The new ticket's sender
    is always `COMPANY`, which makes the thread `answered`.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CreateTicketRequest): A message from the company to the customer about the invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInvoiceTicketNotFoundError | CreateInvoiceTicketUnprocessableError | InvalidJsonError | RequestTooLargeError | Ticket | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateTicketRequest,
) -> (
    CreateInvoiceTicketNotFoundError
    | CreateInvoiceTicketUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
    | Ticket
    | UnauthorizedError
    | None
):
    """Post a ticket on an invoice

     Adds a message from the company to the invoice's ticket thread. The new ticket's sender
    is always `COMPANY`, which makes the thread `answered`.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CreateTicketRequest): A message from the company to the customer about the invoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInvoiceTicketNotFoundError | CreateInvoiceTicketUnprocessableError | InvalidJsonError | RequestTooLargeError | Ticket | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
