# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_import_not_found_error import DeleteImportNotFoundError
from ...models.delete_import_unprocessable_error import DeleteImportUnprocessableError
from ...models.unauthorized_error import UnauthorizedError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    import_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/imports/{import_id}".format(
            import_id=quote(str(import_id), safe=""),
        ),
    }

    return _kwargs


def _secrets(client: AuthenticatedClient | Client) -> tuple[str, ...]:
    # The key to redact from every error built from an answer (an echoed key stays out of it).
    return (client.token,) if isinstance(client, AuthenticatedClient) else ()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteImportNotFoundError | DeleteImportUnprocessableError | UnauthorizedError | None:
    if response.status_code == 204:
        response_204 = None

        return response_204

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="delete_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            DeleteImportNotFoundError.from_dict,
            response,
            operation="delete_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            DeleteImportUnprocessableError.from_dict,
            response,
            operation="delete_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteImportNotFoundError | DeleteImportUnprocessableError | UnauthorizedError]:
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
) -> Response[Any | DeleteImportNotFoundError | DeleteImportUnprocessableError | UnauthorizedError]:
    """Delete an open import

     Deletes an import that has not been transmitted yet, together with every invoice created
    in it.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteImportNotFoundError | DeleteImportUnprocessableError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        import_id=import_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    import_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteImportNotFoundError | DeleteImportUnprocessableError | UnauthorizedError | None:
    """Delete an open import

     Deletes an import that has not been transmitted yet, together with every invoice created
    in it.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteImportNotFoundError | DeleteImportUnprocessableError | UnauthorizedError
    """

    return sync_detailed(
        import_id=import_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    import_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteImportNotFoundError | DeleteImportUnprocessableError | UnauthorizedError]:
    """Delete an open import

     Deletes an import that has not been transmitted yet, together with every invoice created
    in it.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteImportNotFoundError | DeleteImportUnprocessableError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        import_id=import_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    import_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteImportNotFoundError | DeleteImportUnprocessableError | UnauthorizedError | None:
    """Delete an open import

     Deletes an import that has not been transmitted yet, together with every invoice created
    in it.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteImportNotFoundError | DeleteImportUnprocessableError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            import_id=import_id,
            client=client,
        )
    ).parsed
