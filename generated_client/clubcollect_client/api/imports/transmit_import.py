# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_ import Import
from ...models.transmit_import_not_found_error import TransmitImportNotFoundError
from ...models.transmit_import_unprocessable_error import TransmitImportUnprocessableError
from ...models.unauthorized_error import UnauthorizedError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    import_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/imports/{import_id}/transmit".format(
            import_id=quote(str(import_id), safe=""),
        ),
    }

    return _kwargs


def _secrets(client: AuthenticatedClient | Client) -> tuple[str, ...]:
    # The key to redact from every error built from an answer (an echoed key stays out of it).
    return (client.token,) if isinstance(client, AuthenticatedClient) else ()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Import | TransmitImportNotFoundError | TransmitImportUnprocessableError | UnauthorizedError | None:
    if response.status_code == 200:
        return read_model(
            Import.from_dict,
            response,
            operation="transmit_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="transmit_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            TransmitImportNotFoundError.from_dict,
            response,
            operation="transmit_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            TransmitImportUnprocessableError.from_dict,
            response,
            operation="transmit_import",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Import | TransmitImportNotFoundError | TransmitImportUnprocessableError | UnauthorizedError]:
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
) -> Response[Import | TransmitImportNotFoundError | TransmitImportUnprocessableError | UnauthorizedError]:
    """Transmit an import (deprecated)

     Closes the import and starts collection of its invoices; no invoice can be added or
    changed in its lines afterwards. Answers the import as it now stands. The vendor is
    phasing this call out: treasurers are meant to review the settings and transmit from
    the ClubCollect web interface instead. Takes no body.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Import | TransmitImportNotFoundError | TransmitImportUnprocessableError | UnauthorizedError]
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
) -> Import | TransmitImportNotFoundError | TransmitImportUnprocessableError | UnauthorizedError | None:
    """Transmit an import (deprecated)

     Closes the import and starts collection of its invoices; no invoice can be added or
    changed in its lines afterwards. Answers the import as it now stands. The vendor is
    phasing this call out: treasurers are meant to review the settings and transmit from
    the ClubCollect web interface instead. Takes no body.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Import | TransmitImportNotFoundError | TransmitImportUnprocessableError | UnauthorizedError
    """

    return sync_detailed(
        import_id=import_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    import_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Import | TransmitImportNotFoundError | TransmitImportUnprocessableError | UnauthorizedError]:
    """Transmit an import (deprecated)

     Closes the import and starts collection of its invoices; no invoice can be added or
    changed in its lines afterwards. Answers the import as it now stands. The vendor is
    phasing this call out: treasurers are meant to review the settings and transmit from
    the ClubCollect web interface instead. Takes no body.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Import | TransmitImportNotFoundError | TransmitImportUnprocessableError | UnauthorizedError]
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
) -> Import | TransmitImportNotFoundError | TransmitImportUnprocessableError | UnauthorizedError | None:
    """Transmit an import (deprecated)

     Closes the import and starts collection of its invoices; no invoice can be added or
    changed in its lines afterwards. Answers the import as it now stands. The vendor is
    phasing this call out: treasurers are meant to review the settings and transmit from
    the ClubCollect web interface instead. Takes no body.

    Args:
        import_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Import | TransmitImportNotFoundError | TransmitImportUnprocessableError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            import_id=import_id,
            client=client,
        )
    ).parsed
