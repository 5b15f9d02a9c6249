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
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
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


def _secrets(client: AuthenticatedClient | Client) -> tuple[str, ...]:
    # The key to redact from every error built from an answer (an echoed key stays out of it).
    return (client.token,) if isinstance(client, AuthenticatedClient) else ()


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
        return read_model(
            Invoice.from_dict,
            response,
            operation="credit_and_retract_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 400:
        return read_model(
            InvalidJsonError.from_dict,
            response,
            operation="credit_and_retract_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 401:
        return read_model(
            UnauthorizedError.from_dict,
            response,
            operation="credit_and_retract_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 404:
        return read_model(
            CreditAndRetractInvoiceNotFoundError.from_dict,
            response,
            operation="credit_and_retract_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 413:
        return read_model(
            RequestTooLargeError.from_dict,
            response,
            operation="credit_and_retract_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if response.status_code == 422:
        return read_model(
            CreditAndRetractInvoiceUnprocessableError.from_dict,
            response,
            operation="credit_and_retract_invoice",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
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
        status_code=errors.http_status(response, secrets=_secrets(client)),
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
