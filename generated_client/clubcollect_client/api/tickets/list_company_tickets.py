# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_tickets_page import CompanyTicketsPage
from ...models.list_company_tickets_not_found_error import ListCompanyTicketsNotFoundError
from ...models.list_company_tickets_unprocessable_error import ListCompanyTicketsUnprocessableError
from ...models.ticket_status import TicketStatus
from ...models.unauthorized_error import UnauthorizedError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import UNSET, Response, Unset


def _get_kwargs(
    company_id: str,
    status: TicketStatus,
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
        "url": "/companies/{company_id}/tickets/{status}".format(
            company_id=quote(str(company_id), safe=""),
            status=quote(str(status), safe=""),
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
    CompanyTicketsPage
    | ListCompanyTicketsNotFoundError
    | ListCompanyTicketsUnprocessableError
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        return read_model(
            CompanyTicketsPage.from_dict,
            response,
            operation="list_company_tickets",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="list_company_tickets",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            ListCompanyTicketsNotFoundError.from_dict,
            response,
            operation="list_company_tickets",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            ListCompanyTicketsUnprocessableError.from_dict,
            response,
            operation="list_company_tickets",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CompanyTicketsPage | ListCompanyTicketsNotFoundError | ListCompanyTicketsUnprocessableError | UnauthorizedError
]:
    return Response(
        status_code=errors.http_status(response, secrets=_secrets(client)),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    company_id: str,
    status: TicketStatus,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[
    CompanyTicketsPage | ListCompanyTicketsNotFoundError | ListCompanyTicketsUnprocessableError | UnauthorizedError
]:
    """List a company's tickets by thread status

     Pages through every ticket of the company's invoice ticket threads that are in the
    given status, oldest first (ties broken by id). A thread is `archived` after the
    archive action until a new ticket arrives; otherwise it is `unanswered` when its newest
    ticket came from the customer and `answered` when it came from the company. A status
    outside the three listed values answers 422 `invalid_action`.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        status (TicketStatus): State of an invoice's ticket thread.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyTicketsPage | ListCompanyTicketsNotFoundError | ListCompanyTicketsUnprocessableError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        status=status,
        page_number=page_number,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    company_id: str,
    status: TicketStatus,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> (
    CompanyTicketsPage
    | ListCompanyTicketsNotFoundError
    | ListCompanyTicketsUnprocessableError
    | UnauthorizedError
    | None
):
    """List a company's tickets by thread status

     Pages through every ticket of the company's invoice ticket threads that are in the
    given status, oldest first (ties broken by id). A thread is `archived` after the
    archive action until a new ticket arrives; otherwise it is `unanswered` when its newest
    ticket came from the customer and `answered` when it came from the company. A status
    outside the three listed values answers 422 `invalid_action`.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        status (TicketStatus): State of an invoice's ticket thread.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyTicketsPage | ListCompanyTicketsNotFoundError | ListCompanyTicketsUnprocessableError | UnauthorizedError
    """

    return sync_detailed(
        company_id=company_id,
        status=status,
        client=client,
        page_number=page_number,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    company_id: str,
    status: TicketStatus,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[
    CompanyTicketsPage | ListCompanyTicketsNotFoundError | ListCompanyTicketsUnprocessableError | UnauthorizedError
]:
    """List a company's tickets by thread status

     Pages through every ticket of the company's invoice ticket threads that are in the
    given status, oldest first (ties broken by id). A thread is `archived` after the
    archive action until a new ticket arrives; otherwise it is `unanswered` when its newest
    ticket came from the customer and `answered` when it came from the company. A status
    outside the three listed values answers 422 `invalid_action`.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        status (TicketStatus): State of an invoice's ticket thread.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyTicketsPage | ListCompanyTicketsNotFoundError | ListCompanyTicketsUnprocessableError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        status=status,
        page_number=page_number,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    company_id: str,
    status: TicketStatus,
    *,
    client: AuthenticatedClient,
    page_number: int | Unset = 1,
    page_size: int | Unset = 30,
) -> (
    CompanyTicketsPage
    | ListCompanyTicketsNotFoundError
    | ListCompanyTicketsUnprocessableError
    | UnauthorizedError
    | None
):
    """List a company's tickets by thread status

     Pages through every ticket of the company's invoice ticket threads that are in the
    given status, oldest first (ties broken by id). A thread is `archived` after the
    archive action until a new ticket arrives; otherwise it is `unanswered` when its newest
    ticket came from the customer and `answered` when it came from the company. A status
    outside the three listed values answers 422 `invalid_action`.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        status (TicketStatus): State of an invoice's ticket thread.
        page_number (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyTicketsPage | ListCompanyTicketsNotFoundError | ListCompanyTicketsUnprocessableError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            company_id=company_id,
            status=status,
            client=client,
            page_number=page_number,
            page_size=page_size,
        )
    ).parsed
