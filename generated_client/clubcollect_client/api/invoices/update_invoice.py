# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invalid_json_error import InvalidJsonError
from ...models.invoice import Invoice
from ...models.request_too_large_error import RequestTooLargeError
from ...models.unauthorized_error import UnauthorizedError
from ...models.update_invoice_not_found_error import UpdateInvoiceNotFoundError
from ...models.update_invoice_request import UpdateInvoiceRequest
from ...models.update_invoice_unprocessable_error import UpdateInvoiceUnprocessableError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    invoice_id: str,
    *,
    body: UpdateInvoiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/invoices/{invoice_id}".format(
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
    InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateInvoiceNotFoundError
    | UpdateInvoiceUnprocessableError
    | None
):
    if response.status_code == 200:
        return read_model(
            Invoice.from_dict,
            response,
            operation="update_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 400:
        return read_model(
            InvalidJsonError.from_dict,
            response,
            operation="update_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="update_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            UpdateInvoiceNotFoundError.from_dict,
            response,
            operation="update_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 413:
        return read_model(
            RequestTooLargeError.from_dict,
            response,
            operation="update_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            UpdateInvoiceUnprocessableError.from_dict,
            response,
            operation="update_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateInvoiceNotFoundError
    | UpdateInvoiceUnprocessableError
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
    body: UpdateInvoiceRequest,
) -> Response[
    InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateInvoiceNotFoundError
    | UpdateInvoiceUnprocessableError
]:
    """Change an invoice's recipient details

     Changes the recipient-related attributes of an invoice; lines, amounts and the import
    cannot be changed. Only the fields sent are changed; inside `customer`, only the parts
    sent are changed. The reachability rule of `create_invoice` must still hold afterwards.
    Allowed after the import is transmitted.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (UpdateInvoiceRequest): Changes to the recipient-related attributes and the locale of
            an invoice. Lines, totals
            and the import cannot be changed here. `external_invoice_number` is sent every time;
            other fields left out, or sent as null, keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError | UpdateInvoiceNotFoundError | UpdateInvoiceUnprocessableError]
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
    body: UpdateInvoiceRequest,
) -> (
    InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateInvoiceNotFoundError
    | UpdateInvoiceUnprocessableError
    | None
):
    """Change an invoice's recipient details

     Changes the recipient-related attributes of an invoice; lines, amounts and the import
    cannot be changed. Only the fields sent are changed; inside `customer`, only the parts
    sent are changed. The reachability rule of `create_invoice` must still hold afterwards.
    Allowed after the import is transmitted.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (UpdateInvoiceRequest): Changes to the recipient-related attributes and the locale of
            an invoice. Lines, totals
            and the import cannot be changed here. `external_invoice_number` is sent every time;
            other fields left out, or sent as null, keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError | UpdateInvoiceNotFoundError | UpdateInvoiceUnprocessableError
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
    body: UpdateInvoiceRequest,
) -> Response[
    InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateInvoiceNotFoundError
    | UpdateInvoiceUnprocessableError
]:
    """Change an invoice's recipient details

     Changes the recipient-related attributes of an invoice; lines, amounts and the import
    cannot be changed. Only the fields sent are changed; inside `customer`, only the parts
    sent are changed. The reachability rule of `create_invoice` must still hold afterwards.
    Allowed after the import is transmitted.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (UpdateInvoiceRequest): Changes to the recipient-related attributes and the locale of
            an invoice. Lines, totals
            and the import cannot be changed here. `external_invoice_number` is sent every time;
            other fields left out, or sent as null, keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError | UpdateInvoiceNotFoundError | UpdateInvoiceUnprocessableError]
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
    body: UpdateInvoiceRequest,
) -> (
    InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateInvoiceNotFoundError
    | UpdateInvoiceUnprocessableError
    | None
):
    """Change an invoice's recipient details

     Changes the recipient-related attributes of an invoice; lines, amounts and the import
    cannot be changed. Only the fields sent are changed; inside `customer`, only the parts
    sent are changed. The reachability rule of `create_invoice` must still hold afterwards.
    Allowed after the import is transmitted.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (UpdateInvoiceRequest): Changes to the recipient-related attributes and the locale of
            an invoice. Lines, totals
            and the import cannot be changed here. `external_invoice_number` is sent every time;
            other fields left out, or sent as null, keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError | UpdateInvoiceNotFoundError | UpdateInvoiceUnprocessableError
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
