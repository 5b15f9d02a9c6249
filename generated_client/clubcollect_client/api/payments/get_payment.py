# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_payment_unprocessable_error import GetPaymentUnprocessableError
from ...models.payment_status import PaymentStatus
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import UNSET, Response


def _get_kwargs(
    payment_id: str,
    *,
    company_id: str,
    signature: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["company_id"] = company_id

    params["signature"] = signature

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/{payment_id}".format(
            payment_id=quote(str(payment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _secrets(client: AuthenticatedClient | Client) -> tuple[str, ...]:
    # The key to redact from every error built from an answer (an echoed key stays out of it).
    return (client.token,) if isinstance(client, AuthenticatedClient) else ()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPaymentUnprocessableError | PaymentStatus | None:
    if response.status_code == 200:
        return read_model(
            PaymentStatus.from_dict,
            response,
            operation="get_payment",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            GetPaymentUnprocessableError.from_dict,
            response,
            operation="get_payment",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetPaymentUnprocessableError | PaymentStatus]:
    return Response(
        status_code=errors.http_status(response, secrets=_secrets(client)),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    payment_id: str,
    *,
    client: AuthenticatedClient,
    company_id: str,
    signature: str,
) -> Response[GetPaymentUnprocessableError | PaymentStatus]:
    """Current state of one payment

     The payment's current result, as a fallback when a notification went missing. Use the
    partner's own `payment_id` when one was given at the start, else the one ClubCollect
    made. The signature covers the path's payment id under the name `id`, and
    `company_id`.

    The five payment methods and `notifications` have their own literal paths, which win
    over this template; no payment id can take one of those names.

    Args:
        payment_id (str): A payment's id: 10 to 50 characters chosen by the partner
            (`PartnerPaymentId`), or a
            hexadecimal id of 40 or more characters made by ClubCollect.
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPaymentUnprocessableError | PaymentStatus]
    """

    kwargs = _get_kwargs(
        payment_id=payment_id,
        company_id=company_id,
        signature=signature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    payment_id: str,
    *,
    client: AuthenticatedClient,
    company_id: str,
    signature: str,
) -> GetPaymentUnprocessableError | PaymentStatus | None:
    """Current state of one payment

     The payment's current result, as a fallback when a notification went missing. Use the
    partner's own `payment_id` when one was given at the start, else the one ClubCollect
    made. The signature covers the path's payment id under the name `id`, and
    `company_id`.

    The five payment methods and `notifications` have their own literal paths, which win
    over this template; no payment id can take one of those names.

    Args:
        payment_id (str): A payment's id: 10 to 50 characters chosen by the partner
            (`PartnerPaymentId`), or a
            hexadecimal id of 40 or more characters made by ClubCollect.
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPaymentUnprocessableError | PaymentStatus
    """

    return sync_detailed(
        payment_id=payment_id,
        client=client,
        company_id=company_id,
        signature=signature,
    ).parsed


async def asyncio_detailed(
    payment_id: str,
    *,
    client: AuthenticatedClient,
    company_id: str,
    signature: str,
) -> Response[GetPaymentUnprocessableError | PaymentStatus]:
    """Current state of one payment

     The payment's current result, as a fallback when a notification went missing. Use the
    partner's own `payment_id` when one was given at the start, else the one ClubCollect
    made. The signature covers the path's payment id under the name `id`, and
    `company_id`.

    The five payment methods and `notifications` have their own literal paths, which win
    over this template; no payment id can take one of those names.

    Args:
        payment_id (str): A payment's id: 10 to 50 characters chosen by the partner
            (`PartnerPaymentId`), or a
            hexadecimal id of 40 or more characters made by ClubCollect.
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPaymentUnprocessableError | PaymentStatus]
    """

    kwargs = _get_kwargs(
        payment_id=payment_id,
        company_id=company_id,
        signature=signature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    payment_id: str,
    *,
    client: AuthenticatedClient,
    company_id: str,
    signature: str,
) -> GetPaymentUnprocessableError | PaymentStatus | None:
    """Current state of one payment

     The payment's current result, as a fallback when a notification went missing. Use the
    partner's own `payment_id` when one was given at the start, else the one ClubCollect
    made. The signature covers the path's payment id under the name `id`, and
    `company_id`.

    The five payment methods and `notifications` have their own literal paths, which win
    over this template; no payment id can take one of those names.

    Args:
        payment_id (str): A payment's id: 10 to 50 characters chosen by the partner
            (`PartnerPaymentId`), or a
            hexadecimal id of 40 or more characters made by ClubCollect.
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPaymentUnprocessableError | PaymentStatus
    """

    return (
        await asyncio_detailed(
            payment_id=payment_id,
            client=client,
            company_id=company_id,
            signature=signature,
        )
    ).parsed
