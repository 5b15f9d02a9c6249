# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_import_request import CreateImportRequest
from ...models.create_import_unprocessable_error import CreateImportUnprocessableError
from ...models.import_ import Import
from ...models.invalid_json_error import InvalidJsonError
from ...models.request_too_large_error import RequestTooLargeError
from ...models.unauthorized_error import UnauthorizedError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    *,
    body: CreateImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/imports",
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
) -> CreateImportUnprocessableError | Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError | None:
    if response.status_code == 200:
        return read_model(
            Import.from_dict,
            response,
            operation="create_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 400:
        return read_model(
            InvalidJsonError.from_dict,
            response,
            operation="create_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="create_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 413:
        return read_model(
            RequestTooLargeError.from_dict,
            response,
            operation="create_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            CreateImportUnprocessableError.from_dict,
            response,
            operation="create_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateImportUnprocessableError | Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError]:
    return Response(
        status_code=errors.http_status(response, secrets=_secrets(client)),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateImportRequest,
) -> Response[CreateImportUnprocessableError | Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError]:
    """Open an empty import

     Opens an empty import (a batch of invoices) for one of the partner's companies. Invoices
    are then added one by one with `create_invoice` until the import is transmitted, after
    which it is closed. With `expected_invoices_count`, the treasurer can only send the
    batch off from the web interface once that many invoices exist.

    Args:
        body (CreateImportRequest): An empty import to open for one of the partner's companies.
            Optional fields sent as null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateImportUnprocessableError | Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError]
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
    body: CreateImportRequest,
) -> CreateImportUnprocessableError | Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError | None:
    """Open an empty import

     Opens an empty import (a batch of invoices) for one of the partner's companies. Invoices
    are then added one by one with `create_invoice` until the import is transmitted, after
    which it is closed. With `expected_invoices_count`, the treasurer can only send the
    batch off from the web interface once that many invoices exist.

    Args:
        body (CreateImportRequest): An empty import to open for one of the partner's companies.
            Optional fields sent as null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateImportUnprocessableError | Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateImportRequest,
) -> Response[CreateImportUnprocessableError | Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError]:
    """Open an empty import

     Opens an empty import (a batch of invoices) for one of the partner's companies. Invoices
    are then added one by one with `create_invoice` until the import is transmitted, after
    which it is closed. With `expected_invoices_count`, the treasurer can only send the
    batch off from the web interface once that many invoices exist.

    Args:
        body (CreateImportRequest): An empty import to open for one of the partner's companies.
            Optional fields sent as null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateImportUnprocessableError | Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateImportRequest,
) -> CreateImportUnprocessableError | Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError | None:
    """Open an empty import

     Opens an empty import (a batch of invoices) for one of the partner's companies. Invoices
    are then added one by one with `create_invoice` until the import is transmitted, after
    which it is closed. With `expected_invoices_count`, the treasurer can only send the
    batch off from the web interface once that many invoices exist.

    Args:
        body (CreateImportRequest): An empty import to open for one of the partner's companies.
            Optional fields sent as null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateImportUnprocessableError | Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
