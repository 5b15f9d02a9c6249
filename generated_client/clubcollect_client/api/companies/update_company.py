# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company import Company
from ...models.company_request import CompanyRequest
from ...models.invalid_json_error import InvalidJsonError
from ...models.request_too_large_error import RequestTooLargeError
from ...models.unauthorized_error import UnauthorizedError
from ...models.update_company_not_found_error import UpdateCompanyNotFoundError
from ...models.update_company_unprocessable_error import UpdateCompanyUnprocessableError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    company_id: str,
    *,
    body: CompanyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/companies/{company_id}".format(
            company_id=quote(str(company_id), safe=""),
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
    Company
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateCompanyNotFoundError
    | UpdateCompanyUnprocessableError
    | None
):
    if response.status_code == 200:
        return read_model(
            Company.from_dict,
            response,
            operation="update_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 400:
        return read_model(
            InvalidJsonError.from_dict,
            response,
            operation="update_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="update_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            UpdateCompanyNotFoundError.from_dict,
            response,
            operation="update_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 413:
        return read_model(
            RequestTooLargeError.from_dict,
            response,
            operation="update_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            UpdateCompanyUnprocessableError.from_dict,
            response,
            operation="update_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Company
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateCompanyNotFoundError
    | UpdateCompanyUnprocessableError
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
    body: CompanyRequest,
) -> Response[
    Company
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateCompanyNotFoundError
    | UpdateCompanyUnprocessableError
]:
    """Replace a company's details

     Replaces the details of a company. The body has the same shape as on creation, so every
    required field must be sent again. Unknown ids answer 404 with the singular `error` key.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CompanyRequest): A company's details, sent in full on creation and again on every
            update. Strings are at
            most 255 characters; an optional field sent as null counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Company | InvalidJsonError | RequestTooLargeError | UnauthorizedError | UpdateCompanyNotFoundError | UpdateCompanyUnprocessableError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: str,
    *,
    client: AuthenticatedClient,
    body: CompanyRequest,
) -> (
    Company
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateCompanyNotFoundError
    | UpdateCompanyUnprocessableError
    | None
):
    """Replace a company's details

     Replaces the details of a company. The body has the same shape as on creation, so every
    required field must be sent again. Unknown ids answer 404 with the singular `error` key.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CompanyRequest): A company's details, sent in full on creation and again on every
            update. Strings are at
            most 255 characters; an optional field sent as null counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Company | InvalidJsonError | RequestTooLargeError | UnauthorizedError | UpdateCompanyNotFoundError | UpdateCompanyUnprocessableError
    """

    return sync_detailed(
        company_id=company_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    company_id: str,
    *,
    client: AuthenticatedClient,
    body: CompanyRequest,
) -> Response[
    Company
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateCompanyNotFoundError
    | UpdateCompanyUnprocessableError
]:
    """Replace a company's details

     Replaces the details of a company. The body has the same shape as on creation, so every
    required field must be sent again. Unknown ids answer 404 with the singular `error` key.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CompanyRequest): A company's details, sent in full on creation and again on every
            update. Strings are at
            most 255 characters; an optional field sent as null counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Company | InvalidJsonError | RequestTooLargeError | UnauthorizedError | UpdateCompanyNotFoundError | UpdateCompanyUnprocessableError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: str,
    *,
    client: AuthenticatedClient,
    body: CompanyRequest,
) -> (
    Company
    | InvalidJsonError
    | RequestTooLargeError
    | UnauthorizedError
    | UpdateCompanyNotFoundError
    | UpdateCompanyUnprocessableError
    | None
):
    """Replace a company's details

     Replaces the details of a company. The body has the same shape as on creation, so every
    required field must be sent again. Unknown ids answer 404 with the singular `error` key.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CompanyRequest): A company's details, sent in full on creation and again on every
            update. Strings are at
            most 255 characters; an optional field sent as null counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Company | InvalidJsonError | RequestTooLargeError | UnauthorizedError | UpdateCompanyNotFoundError | UpdateCompanyUnprocessableError
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            client=client,
            body=body,
        )
    ).parsed
