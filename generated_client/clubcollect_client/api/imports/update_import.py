# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_ import Import
from ...models.invalid_json_error import InvalidJsonError
from ...models.request_too_large_error import RequestTooLargeError
from ...models.unauthorized_error import UnauthorizedError
from ...models.update_import_not_found_error import UpdateImportNotFoundError
from ...models.update_import_request import UpdateImportRequest
from ...models.update_import_unprocessable_error import UpdateImportUnprocessableError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    import_id: str,
    *,
    body: UpdateImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/imports/{import_id}".format(
            import_id=quote(str(import_id), safe=""),
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
    Import
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateImportNotFoundError
    | UpdateImportUnprocessableError
    | None
):
    if response.status_code == 200:
        return read_model(
            Import.from_dict,
            response,
            operation="update_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 400:
        return read_model(
            InvalidJsonError.from_dict,
            response,
            operation="update_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="update_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            UpdateImportNotFoundError.from_dict,
            response,
            operation="update_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 413:
        return read_model(
            RequestTooLargeError.from_dict,
            response,
            operation="update_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            UpdateImportUnprocessableError.from_dict,
            response,
            operation="update_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Import
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateImportNotFoundError
    | UpdateImportUnprocessableError
]:
    return Response(
        status_code=errors.http_status(response, secrets=_secrets(client)),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateImportRequest,
) -> Response[
    Import
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateImportNotFoundError
    | UpdateImportUnprocessableError
]:
    """Change an open import

     Changes the expected number of invoices of an import that has not been transmitted yet.
    Every field is optional; an empty object changes nothing and returns the import.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (UpdateImportRequest): Changes to an open import; every field is optional, and null
            counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError | UpdateImportNotFoundError | UpdateImportUnprocessableError]
    """

    kwargs = _get_kwargs(
        import_id=import_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateImportRequest,
) -> (
    Import
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateImportNotFoundError
    | UpdateImportUnprocessableError
    | None
):
    """Change an open import

     Changes the expected number of invoices of an import that has not been transmitted yet.
    Every field is optional; an empty object changes nothing and returns the import.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (UpdateImportRequest): Changes to an open import; every field is optional, and null
            counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError | UpdateImportNotFoundError | UpdateImportUnprocessableError
    """

    return sync_detailed(
        import_id=import_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateImportRequest,
) -> Response[
    Import
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateImportNotFoundError
    | UpdateImportUnprocessableError
]:
    """Change an open import

     Changes the expected number of invoices of an import that has not been transmitted yet.
    Every field is optional; an empty object changes nothing and returns the import.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (UpdateImportRequest): Changes to an open import; every field is optional, and null
            counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError | UpdateImportNotFoundError | UpdateImportUnprocessableError]
    """

    kwargs = _get_kwargs(
        import_id=import_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    import_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateImportRequest,
) -> (
    Import
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateImportNotFoundError
    | UpdateImportUnprocessableError
    | None
):
    """Change an open import

     Changes the expected number of invoices of an import that has not been transmitted yet.
    Every field is optional; an empty object changes nothing and returns the import.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (UpdateImportRequest): Changes to an open import; every field is optional, and null
            counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Import | InvalidJsonError | RequestTooLargeError | UnauthorizedError | UpdateImportNotFoundError | UpdateImportUnprocessableError
    """

    return (
        await asyncio_detailed(
            import_id=import_id,
            client=client,
            body=body,
        )
    ).parsed
