# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credit_and_retract_invoice_not_found_error import CreditAndRetractInvoiceNotFoundError
from ...models.credit_and_retract_invoice_unprocessable_error import CreditAndRetractInvoiceUnprocessableError
from ...models.credit_and_retract_request import CreditAndRetractRequest
from ...models.invalid_json_error import InvalidJsonError
from ...models.invoice import Invoice
from ...models.request_too_large_error import RequestTooLargeError
from ...models.unauthorized_error import UnauthorizedError
from ...types import Response


def _get_kwargs(
    invoice_id: str,
    *,
    body: CreditAndRetractRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoice_id}/credit_and_retract".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreditAndRetractInvoiceNotFoundError
    | CreditAndRetractInvoiceUnprocessableError
    | InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
    | None
):
    if response.status_code == 200:
        response_200 = Invoice.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = InvalidJsonError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = CreditAndRetractInvoiceNotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = RequestTooLargeError.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreditAndRetractInvoiceUnprocessableError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreditAndRetractInvoiceNotFoundError
    | CreditAndRetractInvoiceUnprocessableError
    | InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
]:
    return Response(
        status_code=errors.http_status(response),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: CreditAndRetractRequest,
) -> Response[
    CreditAndRetractInvoiceNotFoundError
    | CreditAndRetractInvoiceUnprocessableError
    | InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
]:
    """Credit the outstanding amount and retract the invoice

     Works like issuing a credit note for everything still outstanding: one credit line for
    the outstanding amount is appended (so the total becomes zero), outstanding fees are
    credited too, any payment arrangement is cancelled and the invoice is marked retracted.
    No further credit is possible afterwards. Works before and after the import is
    transmitted. This replaces the removed `POST /invoices/{id}/credit` call.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CreditAndRetractRequest): The credit note to issue for the outstanding amount.
            Optional fields sent as null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditAndRetractInvoiceNotFoundError | CreditAndRetractInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: CreditAndRetractRequest,
) -> (
    CreditAndRetractInvoiceNotFoundError
    | CreditAndRetractInvoiceUnprocessableError
    | InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
    | None
):
    """Credit the outstanding amount and retract the invoice

     Works like issuing a credit note for everything still outstanding: one credit line for
    the outstanding amount is appended (so the total becomes zero), outstanding fees are
    credited too, any payment arrangement is cancelled and the invoice is marked retracted.
    No further credit is possible afterwards. Works before and after the import is
    transmitted. This replaces the removed `POST /invoices/{id}/credit` call.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CreditAndRetractRequest): The credit note to issue for the outstanding amount.
            Optional fields sent as null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditAndRetractInvoiceNotFoundError | CreditAndRetractInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: CreditAndRetractRequest,
) -> Response[
    CreditAndRetractInvoiceNotFoundError
    | CreditAndRetractInvoiceUnprocessableError
    | InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
]:
    """Credit the outstanding amount and retract the invoice

     Works like issuing a credit note for everything still outstanding: one credit line for
    the outstanding amount is appended (so the total becomes zero), outstanding fees are
    credited too, any payment arrangement is cancelled and the invoice is marked retracted.
    No further credit is possible afterwards. Works before and after the import is
    transmitted. This replaces the removed `POST /invoices/{id}/credit` call.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CreditAndRetractRequest): The credit note to issue for the outstanding amount.
            Optional fields sent as null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditAndRetractInvoiceNotFoundError | CreditAndRetractInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: CreditAndRetractRequest,
) -> (
    CreditAndRetractInvoiceNotFoundError
    | CreditAndRetractInvoiceUnprocessableError
    | InvalidJsonError
    | Invoice
    | RequestTooLargeError
    | UnauthorizedError
    | None
):
    """Credit the outstanding amount and retract the invoice

     Works like issuing a credit note for everything still outstanding: one credit line for
    the outstanding amount is appended (so the total becomes zero), outstanding fees are
    credited too, any payment arrangement is cancelled and the invoice is marked retracted.
    No further credit is possible afterwards. Works before and after the import is
    transmitted. This replaces the removed `POST /invoices/{id}/credit` call.

    Args:
        invoice_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        body (CreditAndRetractRequest): The credit note to issue for the outstanding amount.
            Optional fields sent as null count as not sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditAndRetractInvoiceNotFoundError | CreditAndRetractInvoiceUnprocessableError | InvalidJsonError | Invoice | RequestTooLargeError | UnauthorizedError
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
        )
    ).parsed
