# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_imports_page import CompanyImportsPage
from ...models.list_company_imports_not_found_error import ListCompanyImportsNotFoundError
from ...models.list_company_imports_unprocessable_error import ListCompanyImportsUnprocessableError
from ...models.unauthorized_error import UnauthorizedError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import UNSET, Response, Unset


def _get_kwargs(
    company_id: str,
    *,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_number"] = page_number

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/companies/{company_id}/imports".format(
            company_id=quote(str(company_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _secrets(client: AuthenticatedClient | Client) -> tuple[str, ...]:
    # The key to redact from every error built from an answer (an echoed key stays out of it).
    return (client.token,) if isinstance(client, AuthenticatedClient) else ()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CompanyImportsPage
    | ListCompanyImportsNotFoundError
    | ListCompanyImportsUnprocessableError
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        return read_model(
            CompanyImportsPage.from_dict,
            response,
            operation="list_company_imports",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="list_company_imports",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            ListCompanyImportsNotFoundError.from_dict,
            response,
            operation="list_company_imports",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            ListCompanyImportsUnprocessableError.from_dict,
            response,
            operation="list_company_imports",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CompanyImportsPage | ListCompanyImportsNotFoundError | ListCompanyImportsUnprocessableError | UnauthorizedError
]:
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
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[
    CompanyImportsPage | ListCompanyImportsNotFoundError | ListCompanyImportsUnprocessableError | UnauthorizedError
]:
    """List a company's imports

     Pages through the imports of one company, oldest first (ties broken by id). A page
    past the end is an empty list, not an error. The page envelope is the same as for the
    company ticket list.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyImportsPage | ListCompanyImportsNotFoundError | ListCompanyImportsUnprocessableError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: str,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> (
    CompanyImportsPage
    | ListCompanyImportsNotFoundError
    | ListCompanyImportsUnprocessableError
    | UnauthorizedError
    | None
):
    """List a company's imports

     Pages through the imports of one company, oldest first (ties broken by id). A page
    past the end is an empty list, not an error. The page envelope is the same as for the
    company ticket list.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyImportsPage | ListCompanyImportsNotFoundError | ListCompanyImportsUnprocessableError | UnauthorizedError
    """

    return sync_detailed(
        company_id=company_id,
        client=client,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    company_id: str,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[
    CompanyImportsPage | ListCompanyImportsNotFoundError | ListCompanyImportsUnprocessableError | UnauthorizedError
]:
    """List a company's imports

     Pages through the imports of one company, oldest first (ties broken by id). A page
    past the end is an empty list, not an error. The page envelope is the same as for the
    company ticket list.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyImportsPage | ListCompanyImportsNotFoundError | ListCompanyImportsUnprocessableError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: str,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> (
    CompanyImportsPage
    | ListCompanyImportsNotFoundError
    | ListCompanyImportsUnprocessableError
    | UnauthorizedError
    | None
):
    """List a company's imports

     Pages through the imports of one company, oldest first (ties broken by id). A page
    past the end is an empty list, not an error. The page envelope is the same as for the
    company ticket list.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyImportsPage | ListCompanyImportsNotFoundError | ListCompanyImportsUnprocessableError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed
