# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company import Company
from ...models.company_request import CompanyRequest
from ...models.create_company_unprocessable_error import CreateCompanyUnprocessableError
from ...models.invalid_json_error import InvalidJsonError
from ...models.request_too_large_error import RequestTooLargeError
from ...models.unauthorized_error import UnauthorizedError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import Response


def _get_kwargs(
    *,
    body: CompanyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/companies",
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
) -> Company | CreateCompanyUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError | None:
    if response.status_code == 200:
        return read_model(
            Company.from_dict,
            response,
            operation="create_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 400:
        return read_model(
            InvalidJsonError.from_dict,
            response,
            operation="create_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="create_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 413:
        return read_model(
            RequestTooLargeError.from_dict,
            response,
            operation="create_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            CreateCompanyUnprocessableError.from_dict,
            response,
            operation="create_company",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Company | CreateCompanyUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError]:
    return Response(
        status_code=errors.http_status(response, secrets=_secrets(client)),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CompanyRequest,
) -> Response[Company | CreateCompanyUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError]:
    """Register a company

     Registers a new company (club) for the calling partner and returns it with its
    server-made id. The vendor flags the company endpoints as not yet operational and
    subject to change; companies are usually registered through vendor support.
    Success is 200, not 201.

    Args:
        body (CompanyRequest): A company's details, sent in full on creation and again on every
            update. Strings are at
            most 255 characters; an optional field sent as null counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Company | CreateCompanyUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError]
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
    body: CompanyRequest,
) -> Company | CreateCompanyUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError | None:
    """Register a company

     Registers a new company (club) for the calling partner and returns it with its
    server-made id. The vendor flags the company endpoints as not yet operational and
    subject to change; companies are usually registered through vendor support.
    Success is 200, not 201.

    Args:
        body (CompanyRequest): A company's details, sent in full on creation and again on every
            update. Strings are at
            most 255 characters; an optional field sent as null counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Company | CreateCompanyUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CompanyRequest,
) -> Response[Company | CreateCompanyUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError]:
    """Register a company

     Registers a new company (club) for the calling partner and returns it with its
    server-made id. The vendor flags the company endpoints as not yet operational and
    subject to change; companies are usually registered through vendor support.
    Success is 200, not 201.

    Args:
        body (CompanyRequest): A company's details, sent in full on creation and again on every
            update. Strings are at
            most 255 characters; an optional field sent as null counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Company | CreateCompanyUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CompanyRequest,
) -> Company | CreateCompanyUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError | None:
    """Register a company

     Registers a new company (club) for the calling partner and returns it with its
    server-made id. The vendor flags the company endpoints as not yet operational and
    subject to change; companies are usually registered through vendor support.
    Success is 200, not 201.

    Args:
        body (CompanyRequest): A company's details, sent in full on creation and again on every
            update. Strings are at
            most 255 characters; an optional field sent as null counts as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Company | CreateCompanyUnprocessableError | InvalidJsonError | RequestTooLargeError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
