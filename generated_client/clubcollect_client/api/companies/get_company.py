# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company import Company
from ...models.get_company_not_found_error import GetCompanyNotFoundError
from ...models.unauthorized_error import UnauthorizedError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    company_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/{company_id}".format(
            company_id=quote(str(company_id), safe=""),
        ),
    }

    return _kwargs


def _secrets(client: AuthenticatedClient | Client) -> tuple[str, ...]:
    # The key to redact from every error built from an answer (an echoed key stays out of it).
    return (client.token,) if isinstance(client, AuthenticatedClient) else ()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Company | GetCompanyNotFoundError | UnauthorizedError | None:
    if response.status_code == 200:
        return read_model(
            Company.from_dict,
            response,
            operation="get_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="get_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            GetCompanyNotFoundError.from_dict,
            response,
            operation="get_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Company | GetCompanyNotFoundError | UnauthorizedError]:
    return Response(
        status_code=errors.http_status(response, secrets=_secrets(client)),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Company | GetCompanyNotFoundError | UnauthorizedError]:
    """Fetch a company

     Returns one company of the calling partner. An unknown id (including another partner's
    company, or an id that is not 40 lowercase hex characters) is a 404 whose body uses the
    plural key `errors`, exactly as the vendor documents it for this operation.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Company | GetCompanyNotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: str,
    *,
    client: AuthenticatedClient,
) -> Company | GetCompanyNotFoundError | UnauthorizedError | None:
    """Fetch a company

     Returns one company of the calling partner. An unknown id (including another partner's
    company, or an id that is not 40 lowercase hex characters) is a 404 whose body uses the
    plural key `errors`, exactly as the vendor documents it for this operation.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Company | GetCompanyNotFoundError | UnauthorizedError
    """

    return sync_detailed(
        company_id=company_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    company_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Company | GetCompanyNotFoundError | UnauthorizedError]:
    """Fetch a company

     Returns one company of the calling partner. An unknown id (including another partner's
    company, or an id that is not 40 lowercase hex characters) is a 404 whose body uses the
    plural key `errors`, exactly as the vendor documents it for this operation.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Company | GetCompanyNotFoundError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: str,
    *,
    client: AuthenticatedClient,
) -> Company | GetCompanyNotFoundError | UnauthorizedError | None:
    """Fetch a company

     Returns one company of the calling partner. An unknown id (including another partner's
    company, or an id that is not 40 lowercase hex characters) is a 404 whose body uses the
    plural key `errors`, exactly as the vendor documents it for this operation.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Company | GetCompanyNotFoundError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
        )
    ).parsed
