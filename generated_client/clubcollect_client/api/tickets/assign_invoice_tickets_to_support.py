# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.assign_invoice_tickets_to_support_not_found_error import AssignInvoiceTicketsToSupportNotFoundError
from ...models.assign_invoice_tickets_to_support_unprocessable_error import (
    AssignInvoiceTicketsToSupportUnprocessableError,
)
from ...models.empty_request import EmptyRequest
from ...models.invalid_json_error import InvalidJsonError
from ...models.request_too_large_error import RequestTooLargeError
from ...models.unauthorized_error import UnauthorizedError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    invoice_id: str,
    *,
    body: EmptyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoice_id}/tickets/actions/assign_to_support".format(
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
    Any
    | AssignInvoiceTicketsToSupportNotFoundError
    | AssignInvoiceTicketsToSupportUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | None
):
    if response.status_code == 204:
        response_204 = None

        return response_204

    if response.status_code == 400:
        return read_model(
            InvalidJsonError.from_dict,
            response,
            operation="assign_invoice_tickets_to_support",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="assign_invoice_tickets_to_support",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            AssignInvoiceTicketsToSupportNotFoundError.from_dict,
            response,
            operation="assign_invoice_tickets_to_support",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 413:
        return read_model(
            RequestTooLargeError.from_dict,
            response,
            operation="assign_invoice_tickets_to_support",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            AssignInvoiceTicketsToSupportUnprocessableError.from_dict,
            response,
            operation="assign_invoice_tickets_to_support",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | AssignInvoiceTicketsToSupportNotFoundError
    | AssignInvoiceTicketsToSupportUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
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
    body: EmptyRequest,
) -> Response[
    Any
    | AssignInvoiceTicketsToSupportNotFoundError
    | AssignInvoiceTicketsToSupportUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
]:
    """Hand an invoice's tickets to ClubCollect support

     Passes the invoice's ticket thread to the ClubCollect support team. Nothing visible in
    the API changes. The call carries no data, but the content type must be
    `application/json`, so clients send an empty JSON object (its content is ignored; an empty
    body is accepted too).

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (EmptyRequest): Body of the ticket actions, which carry no data. The server requires
            the JSON content
            type on these calls and ignores the body: any JSON object will do, and clients send
            `{}`. Servers also accept these calls with the JSON content type and no body at all, as
            the public client makes them; OpenAPI cannot describe a content type without a body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignInvoiceTicketsToSupportNotFoundError | AssignInvoiceTicketsToSupportUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError]
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
    body: EmptyRequest,
) -> (
    Any
    | AssignInvoiceTicketsToSupportNotFoundError
    | AssignInvoiceTicketsToSupportUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | None
):
    """Hand an invoice's tickets to ClubCollect support

     Passes the invoice's ticket thread to the ClubCollect support team. Nothing visible in
    the API changes. The call carries no data, but the content type must be
    `application/json`, so clients send an empty JSON object (its content is ignored; an empty
    body is accepted too).

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (EmptyRequest): Body of the ticket actions, which carry no data. The server requires
            the JSON content
            type on these calls and ignores the body: any JSON object will do, and clients send
            `{}`. Servers also accept these calls with the JSON content type and no body at all, as
            the public client makes them; OpenAPI cannot describe a content type without a body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignInvoiceTicketsToSupportNotFoundError | AssignInvoiceTicketsToSupportUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError
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
    body: EmptyRequest,
) -> Response[
    Any
    | AssignInvoiceTicketsToSupportNotFoundError
    | AssignInvoiceTicketsToSupportUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
]:
    """Hand an invoice's tickets to ClubCollect support

     Passes the invoice's ticket thread to the ClubCollect support team. Nothing visible in
    the API changes. The call carries no data, but the content type must be
    `application/json`, so clients send an empty JSON object (its content is ignored; an empty
    body is accepted too).

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (EmptyRequest): Body of the ticket actions, which carry no data. The server requires
            the JSON content
            type on these calls and ignores the body: any JSON object will do, and clients send
            `{}`. Servers also accept these calls with the JSON content type and no body at all, as
            the public client makes them; OpenAPI cannot describe a content type without a body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AssignInvoiceTicketsToSupportNotFoundError | AssignInvoiceTicketsToSupportUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError]
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
    body: EmptyRequest,
) -> (
    Any
    | AssignInvoiceTicketsToSupportNotFoundError
    | AssignInvoiceTicketsToSupportUnprocessableError
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | None
):
    """Hand an invoice's tickets to ClubCollect support

     Passes the invoice's ticket thread to the ClubCollect support team. Nothing visible in
    the API changes. The call carries no data, but the content type must be
    `application/json`, so clients send an empty JSON object (its content is ignored; an empty
    body is accepted too).

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (EmptyRequest): Body of the ticket actions, which carry no data. The server requires
            the JSON content
            type on these calls and ignores the body: any JSON object will do, and clients send
            `{}`. Servers also accept these calls with the JSON content type and no body at all, as
            the public client makes them; OpenAPI cannot describe a content type without a body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AssignInvoiceTicketsToSupportNotFoundError | AssignInvoiceTicketsToSupportUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
