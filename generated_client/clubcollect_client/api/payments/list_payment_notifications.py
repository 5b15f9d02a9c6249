# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_payment_notifications_unprocessable_error import ListPaymentNotificationsUnprocessableError
from ...models.payment_status import PaymentStatus
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_list, read_model
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    company_id: str,
    page: str | Unset = "1",
    signature: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["company_id"] = company_id

    params["page"] = page

    params["signature"] = signature

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/notifications",
        "params": params,
    }

    return _kwargs


def _secrets(client: AuthenticatedClient | Client) -> tuple[str, ...]:
    # The key to redact from every error built from an answer (an echoed key stays out of it).
    return (client.token,) if isinstance(client, AuthenticatedClient) else ()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPaymentNotificationsUnprocessableError | list[PaymentStatus] | None:
    if response.status_code == 200:
        return read_list(
            PaymentStatus.from_dict,
            response,
            operation="list_payment_notifications",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            ListPaymentNotificationsUnprocessableError.from_dict,
            response,
            operation="list_payment_notifications",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPaymentNotificationsUnprocessableError | list[PaymentStatus]]:
    return Response(
        status_code=errors.http_status(response, secrets=_secrets(client)),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    company_id: str,
    page: str | Unset = "1",
    signature: str,
) -> Response[ListPaymentNotificationsUnprocessableError | list[PaymentStatus]]:
    """Payment status feed

     One page of the company's payments with their current result, newest payment first,
    25 to a page. Partners read it to catch up on payment notifications they missed; a page
    shorter than 25 is the last one, and a page past the end is an empty list. Signed like
    every payment call (see the `PaymentSignature` scheme): the signature covers
    `company_id` and, when sent, `page`.

    This literal path wins over `/payments/{payment_id}`, whose ids can never be
    `notifications`.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        page (str | Unset):  Default: '1'.
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPaymentNotificationsUnprocessableError | list[PaymentStatus]]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page=page,
        signature=signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    company_id: str,
    page: str | Unset = "1",
    signature: str,
) -> ListPaymentNotificationsUnprocessableError | list[PaymentStatus] | None:
    """Payment status feed

     One page of the company's payments with their current result, newest payment first,
    25 to a page. Partners read it to catch up on payment notifications they missed; a page
    shorter than 25 is the last one, and a page past the end is an empty list. Signed like
    every payment call (see the `PaymentSignature` scheme): the signature covers
    `company_id` and, when sent, `page`.

    This literal path wins over `/payments/{payment_id}`, whose ids can never be
    `notifications`.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        page (str | Unset):  Default: '1'.
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPaymentNotificationsUnprocessableError | list[PaymentStatus]
    """

    return sync_detailed(
        client=client,
        company_id=company_id,
        page=page,
        signature=signature,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    company_id: str,
    page: str | Unset = "1",
    signature: str,
) -> Response[ListPaymentNotificationsUnprocessableError | list[PaymentStatus]]:
    """Payment status feed

     One page of the company's payments with their current result, newest payment first,
    25 to a page. Partners read it to catch up on payment notifications they missed; a page
    shorter than 25 is the last one, and a page past the end is an empty list. Signed like
    every payment call (see the `PaymentSignature` scheme): the signature covers
    `company_id` and, when sent, `page`.

    This literal path wins over `/payments/{payment_id}`, whose ids can never be
    `notifications`.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        page (str | Unset):  Default: '1'.
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPaymentNotificationsUnprocessableError | list[PaymentStatus]]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        page=page,
        signature=signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    company_id: str,
    page: str | Unset = "1",
    signature: str,
) -> ListPaymentNotificationsUnprocessableError | list[PaymentStatus] | None:
    """Payment status feed

     One page of the company's payments with their current result, newest payment first,
    25 to a page. Partners read it to catch up on payment notifications they missed; a page
    shorter than 25 is the last one, and a page past the end is an empty list. Signed like
    every payment call (see the `PaymentSignature` scheme): the signature covers
    `company_id` and, when sent, `page`.

    This literal path wins over `/payments/{payment_id}`, whose ids can never be
    `notifications`.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        page (str | Unset):  Default: '1'.
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPaymentNotificationsUnprocessableError | list[PaymentStatus]
    """

    return (
        await asyncio_detailed(
            client=client,
            company_id=company_id,
            page=page,
            signature=signature,
        )
    ).parsed
