# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.locale import Locale
from ...models.start_payment_unprocessable_error import StartPaymentUnprocessableError
from ...response_schemas import RESPONSE_SCHEMAS
from ...runtime.reading import read_model
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    company_id: str,
    redirect_url: str,
    signature: str,
    invoice_id: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    amount_cents: int | Unset = UNSET,
    payment_id: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    external_invoice_number: str | Unset = UNSET,
    locale: Locale | Unset = UNSET,
    prefix: str | Unset = UNSET,
    infix: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    address1: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    house_number: str | Unset = UNSET,
    zipcode: str | Unset = UNSET,
    city: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["company_id"] = company_id

    params["redirect_url"] = redirect_url

    params["signature"] = signature

    params["invoice_id"] = invoice_id

    params["last_name"] = last_name

    params["amount_cents"] = amount_cents

    params["payment_id"] = payment_id

    params["payment_reference"] = payment_reference

    params["first_name"] = first_name

    params["external_invoice_number"] = external_invoice_number

    json_locale: str | Unset = UNSET
    if not isinstance(locale, Unset):
        json_locale = locale.value

    params["locale"] = json_locale

    params["prefix"] = prefix

    params["infix"] = infix

    params["country_code"] = country_code

    params["address1"] = address1

    params["address2"] = address2

    params["house_number"] = house_number

    params["zipcode"] = zipcode

    params["city"] = city

    params["email_address"] = email_address

    params["phone_number"] = phone_number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments/bancontact",
        "params": params,
    }

    return _kwargs


def _secrets(client: AuthenticatedClient | Client) -> tuple[str, ...]:
    # The key to redact from every error built from an answer (an echoed key stays out of it).
    return (client.token,) if isinstance(client, AuthenticatedClient) else ()


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | StartPaymentUnprocessableError | None:
    if response.status_code == 302:
        response_302 = None

        return response_302

    if response.status_code == 422:
        return read_model(
            StartPaymentUnprocessableError.from_dict,
            response,
            operation="start_bancontact_payment",
            schemas=RESPONSE_SCHEMAS,
            secrets=_secrets(client),
        )

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response, secrets=_secrets(client))
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | StartPaymentUnprocessableError]:
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
    redirect_url: str,
    signature: str,
    invoice_id: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    amount_cents: int | Unset = UNSET,
    payment_id: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    external_invoice_number: str | Unset = UNSET,
    locale: Locale | Unset = UNSET,
    prefix: str | Unset = UNSET,
    infix: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    address1: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    house_number: str | Unset = UNSET,
    zipcode: str | Unset = UNSET,
    city: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
) -> Response[Any | StartPaymentUnprocessableError]:
    """Start a payment with Bancontact

     A browser navigation, not an API call: the partner sends the payee here with a signed
    link (`clubcollect_client.payments.payment_url` builds it). ClubCollect creates an
    invoice for the payee in the company's monthly payments import, or pays the amount due
    on `invoice_id`, and answers 302 to the payment page. When the payee is done, the
    browser is sent to `redirect_url` with the signed result (see the `payment_redirect`
    webhook); a refused link is sent there too, with `error_code` and `error_details`.
    Only when there is no usable `redirect_url` does the refusal come back here as 422.
    The signature covers every query parameter sent except `signature` itself.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        redirect_url (str):
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.
        invoice_id (str | Unset): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        last_name (str | Unset):
        amount_cents (int | Unset):
        payment_id (str | Unset): A payment id chosen by the partner: 10 to 50 letters, digits,
            `-` or `_`, unique within
            the company. The names of the literal `/payments/...` paths are excluded, so every id
            can be looked up with `get_payment`.
        payment_reference (str | Unset):
        first_name (str | Unset):
        external_invoice_number (str | Unset):
        locale (Locale | Unset): Language of the communication with the customer.
        prefix (str | Unset):
        infix (str | Unset):
        country_code (str | Unset):
        address1 (str | Unset):
        address2 (str | Unset):
        house_number (str | Unset):
        zipcode (str | Unset):
        city (str | Unset):
        email_address (str | Unset):
        phone_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | StartPaymentUnprocessableError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        redirect_url=redirect_url,
        signature=signature,
        invoice_id=invoice_id,
        last_name=last_name,
        amount_cents=amount_cents,
        payment_id=payment_id,
        payment_reference=payment_reference,
        first_name=first_name,
        external_invoice_number=external_invoice_number,
        locale=locale,
        prefix=prefix,
        infix=infix,
        country_code=country_code,
        address1=address1,
        address2=address2,
        house_number=house_number,
        zipcode=zipcode,
        city=city,
        email_address=email_address,
        phone_number=phone_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    company_id: str,
    redirect_url: str,
    signature: str,
    invoice_id: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    amount_cents: int | Unset = UNSET,
    payment_id: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    external_invoice_number: str | Unset = UNSET,
    locale: Locale | Unset = UNSET,
    prefix: str | Unset = UNSET,
    infix: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    address1: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    house_number: str | Unset = UNSET,
    zipcode: str | Unset = UNSET,
    city: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
) -> Any | StartPaymentUnprocessableError | None:
    """Start a payment with Bancontact

     A browser navigation, not an API call: the partner sends the payee here with a signed
    link (`clubcollect_client.payments.payment_url` builds it). ClubCollect creates an
    invoice for the payee in the company's monthly payments import, or pays the amount due
    on `invoice_id`, and answers 302 to the payment page. When the payee is done, the
    browser is sent to `redirect_url` with the signed result (see the `payment_redirect`
    webhook); a refused link is sent there too, with `error_code` and `error_details`.
    Only when there is no usable `redirect_url` does the refusal come back here as 422.
    The signature covers every query parameter sent except `signature` itself.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        redirect_url (str):
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.
        invoice_id (str | Unset): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        last_name (str | Unset):
        amount_cents (int | Unset):
        payment_id (str | Unset): A payment id chosen by the partner: 10 to 50 letters, digits,
            `-` or `_`, unique within
            the company. The names of the literal `/payments/...` paths are excluded, so every id
            can be looked up with `get_payment`.
        payment_reference (str | Unset):
        first_name (str | Unset):
        external_invoice_number (str | Unset):
        locale (Locale | Unset): Language of the communication with the customer.
        prefix (str | Unset):
        infix (str | Unset):
        country_code (str | Unset):
        address1 (str | Unset):
        address2 (str | Unset):
        house_number (str | Unset):
        zipcode (str | Unset):
        city (str | Unset):
        email_address (str | Unset):
        phone_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | StartPaymentUnprocessableError
    """

    return sync_detailed(
        client=client,
        company_id=company_id,
        redirect_url=redirect_url,
        signature=signature,
        invoice_id=invoice_id,
        last_name=last_name,
        amount_cents=amount_cents,
        payment_id=payment_id,
        payment_reference=payment_reference,
        first_name=first_name,
        external_invoice_number=external_invoice_number,
        locale=locale,
        prefix=prefix,
        infix=infix,
        country_code=country_code,
        address1=address1,
        address2=address2,
        house_number=house_number,
        zipcode=zipcode,
        city=city,
        email_address=email_address,
        phone_number=phone_number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    company_id: str,
    redirect_url: str,
    signature: str,
    invoice_id: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    amount_cents: int | Unset = UNSET,
    payment_id: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    external_invoice_number: str | Unset = UNSET,
    locale: Locale | Unset = UNSET,
    prefix: str | Unset = UNSET,
    infix: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    address1: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    house_number: str | Unset = UNSET,
    zipcode: str | Unset = UNSET,
    city: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
) -> Response[Any | StartPaymentUnprocessableError]:
    """Start a payment with Bancontact

     A browser navigation, not an API call: the partner sends the payee here with a signed
    link (`clubcollect_client.payments.payment_url` builds it). ClubCollect creates an
    invoice for the payee in the company's monthly payments import, or pays the amount due
    on `invoice_id`, and answers 302 to the payment page. When the payee is done, the
    browser is sent to `redirect_url` with the signed result (see the `payment_redirect`
    webhook); a refused link is sent there too, with `error_code` and `error_details`.
    Only when there is no usable `redirect_url` does the refusal come back here as 422.
    The signature covers every query parameter sent except `signature` itself.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        redirect_url (str):
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.
        invoice_id (str | Unset): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        last_name (str | Unset):
        amount_cents (int | Unset):
        payment_id (str | Unset): A payment id chosen by the partner: 10 to 50 letters, digits,
            `-` or `_`, unique within
            the company. The names of the literal `/payments/...` paths are excluded, so every id
            can be looked up with `get_payment`.
        payment_reference (str | Unset):
        first_name (str | Unset):
        external_invoice_number (str | Unset):
        locale (Locale | Unset): Language of the communication with the customer.
        prefix (str | Unset):
        infix (str | Unset):
        country_code (str | Unset):
        address1 (str | Unset):
        address2 (str | Unset):
        house_number (str | Unset):
        zipcode (str | Unset):
        city (str | Unset):
        email_address (str | Unset):
        phone_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | StartPaymentUnprocessableError]
    """

    kwargs = _get_kwargs(
        company_id=company_id,
        redirect_url=redirect_url,
        signature=signature,
        invoice_id=invoice_id,
        last_name=last_name,
        amount_cents=amount_cents,
        payment_id=payment_id,
        payment_reference=payment_reference,
        first_name=first_name,
        external_invoice_number=external_invoice_number,
        locale=locale,
        prefix=prefix,
        infix=infix,
        country_code=country_code,
        address1=address1,
        address2=address2,
        house_number=house_number,
        zipcode=zipcode,
        city=city,
        email_address=email_address,
        phone_number=phone_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    company_id: str,
    redirect_url: str,
    signature: str,
    invoice_id: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    amount_cents: int | Unset = UNSET,
    payment_id: str | Unset = UNSET,
    payment_reference: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    external_invoice_number: str | Unset = UNSET,
    locale: Locale | Unset = UNSET,
    prefix: str | Unset = UNSET,
    infix: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    address1: str | Unset = UNSET,
    address2: str | Unset = UNSET,
    house_number: str | Unset = UNSET,
    zipcode: str | Unset = UNSET,
    city: str | Unset = UNSET,
    email_address: str | Unset = UNSET,
    phone_number: str | Unset = UNSET,
) -> Any | StartPaymentUnprocessableError | None:
    """Start a payment with Bancontact

     A browser navigation, not an API call: the partner sends the payee here with a signed
    link (`clubcollect_client.payments.payment_url` builds it). ClubCollect creates an
    invoice for the payee in the company's monthly payments import, or pays the amount due
    on `invoice_id`, and answers 302 to the payment page. When the payee is done, the
    browser is sent to `redirect_url` with the signed result (see the `payment_redirect`
    webhook); a refused link is sent there too, with `error_code` and `error_details`.
    Only when there is no usable `redirect_url` does the refusal come back here as 422.
    The signature covers every query parameter sent except `signature` itself.

    Args:
        company_id (str): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        redirect_url (str):
        signature (str): A request or result signature, 64 lower-case hexadecimal characters.
        invoice_id (str | Unset): An id made by ClubCollect, 40 lowercase hexadecimal characters.
        last_name (str | Unset):
        amount_cents (int | Unset):
        payment_id (str | Unset): A payment id chosen by the partner: 10 to 50 letters, digits,
            `-` or `_`, unique within
            the company. The names of the literal `/payments/...` paths are excluded, so every id
            can be looked up with `get_payment`.
        payment_reference (str | Unset):
        first_name (str | Unset):
        external_invoice_number (str | Unset):
        locale (Locale | Unset): Language of the communication with the customer.
        prefix (str | Unset):
        infix (str | Unset):
        country_code (str | Unset):
        address1 (str | Unset):
        address2 (str | Unset):
        house_number (str | Unset):
        zipcode (str | Unset):
        city (str | Unset):
        email_address (str | Unset):
        phone_number (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | StartPaymentUnprocessableError
    """

    return (
        await asyncio_detailed(
            client=client,
            company_id=company_id,
            redirect_url=redirect_url,
            signature=signature,
            invoice_id=invoice_id,
            last_name=last_name,
            amount_cents=amount_cents,
            payment_id=payment_id,
            payment_reference=payment_reference,
            first_name=first_name,
            external_invoice_number=external_invoice_number,
            locale=locale,
            prefix=prefix,
            infix=infix,
            country_code=country_code,
            address1=address1,
            address2=address2,
            house_number=house_number,
            zipcode=zipcode,
            city=city,
            email_address=email_address,
            phone_number=phone_number,
        )
    ).parsed
