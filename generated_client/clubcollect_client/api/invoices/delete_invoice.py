# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_invoice_not_found_error import DeleteInvoiceNotFoundError
from ...models.delete_invoice_unprocessable_error import DeleteInvoiceUnprocessableError
from ...models.unauthorized_error import UnauthorizedError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    invoice_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/invoices/{invoice_id}".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    return _kwargs


def _secrets(client: AuthenticatedClient | Client) -> tuple[str, ...]:
    # The key to redact from every error built from an answer (an echoed key stays out of it).
    return (client.token,) if isinstance(client, AuthenticatedClient) else ()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteInvoiceNotFoundError | DeleteInvoiceUnprocessableError | UnauthorizedError | None:
    if response.status_code == 204:
        response_204 = None

        return response_204

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="delete_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            DeleteInvoiceNotFoundError.from_dict,
            response,
            operation="delete_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            DeleteInvoiceUnprocessableError.from_dict,
            response,
            operation="delete_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteInvoiceNotFoundError | DeleteInvoiceUnprocessableError | UnauthorizedError]:
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
) -> Response[Any | DeleteInvoiceNotFoundError | DeleteInvoiceUnprocessableError | UnauthorizedError]:
    """Delete an invoice of an open import

     Deletes an invoice whose import has not been transmitted yet.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteInvoiceNotFoundError | DeleteInvoiceUnprocessableError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteInvoiceNotFoundError | DeleteInvoiceUnprocessableError | UnauthorizedError | None:
    """Delete an invoice of an open import

     Deletes an invoice whose import has not been transmitted yet.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteInvoiceNotFoundError | DeleteInvoiceUnprocessableError | UnauthorizedError
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteInvoiceNotFoundError | DeleteInvoiceUnprocessableError | UnauthorizedError]:
    """Delete an invoice of an open import

     Deletes an invoice whose import has not been transmitted yet.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteInvoiceNotFoundError | DeleteInvoiceUnprocessableError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteInvoiceNotFoundError | DeleteInvoiceUnprocessableError | UnauthorizedError | None:
    """Delete an invoice of an open import

     Deletes an invoice whose import has not been transmitted yet.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteInvoiceNotFoundError | DeleteInvoiceUnprocessableError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
        )
    ).parsed
