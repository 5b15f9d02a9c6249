# Copied from client_addons/payments.py, do not edit here. Regenerate: python -m generator regen
"""Taking payments through ClubCollect: the signed link, the result, notifications, the SSO link.

::

    from clubcollect_client import payments

    url = payments.payment_url(
        api_key=KEY, payment_method="ideal", company_id=COMPANY,
        redirect_url="https://shop.example/paid", amount_cents=2500, last_name="Jansen",
    )                                        # send the payee's browser there
    outcome = payments.verify_redirect(request_url, api_key=KEY)   # on https://shop.example/paid
    change = payments.parse_payment_notification(body, expected_api_key=KEY)  # the webhook
    for payment in payments.iter_payment_feed(client, COMPANY): ...  # catch up, newest first

Links are checked against the docs before any URL exists (:class:`InvalidPaymentRequest`);
results and notifications are authenticated in constant time (:class:`PaymentSignatureError`,
:class:`InvalidPaymentNotification`); a refused link comes back as :class:`PaymentRejected`.
The rules and every choice the docs leave open are in openapi/DECISIONS.md part P.
"""

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NotRequired, Required, TypedDict, TypeVar
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from .models import PaymentMethod, PaymentResult
from .payment_calls import (
    FEED_PAGE_SIZE,
    aget_payment,
    aiter_payment_feed,
    apayment_feed_page,
    get_payment,
    iter_payment_feed,
    payment_feed_page,
)
from .runtime.payment_errors import (
    InvalidPaymentNotification,
    InvalidPaymentRedirect,
    InvalidPaymentRequest,
    InvalidPaymentSignature,
    MissingPaymentSignature,
    PaymentCallRefused,
    PaymentError,
    PaymentRejected,
    PaymentSignatureError,
    split_error_details,
)
from .runtime.payment_signing import (
    netherlands_today,
    reveal,
    sign,
    signature_matches,
    sso_signature,
    texts_equal,
)
from .runtime.redaction import Secret
from .types import UnknownEnumValue

__all__ = [
    "FEED_PAGE_SIZE",
    "PAYMENT_METHODS",
    "PRODUCTION_BASE_URL",
    "RESULT_PARAMETERS",
    "InvalidPaymentNotification",
    "InvalidPaymentRedirect",
    "InvalidPaymentRequest",
    "InvalidPaymentSignature",
    "MissingPaymentSignature",
    "PaymentCallRefused",
    "PaymentError",
    "PaymentLink",
    "PaymentOutcome",
    "PaymentRejected",
    "PaymentSignatureError",
    "aget_payment",
    "aiter_payment_feed",
    "apayment_feed_page",
    "get_payment",
    "iter_payment_feed",
    "parse_payment_notification",
    "payment_feed_page",
    "payment_url",
    "sign",
    "treasurer_sso_url",
    "verify_redirect",
]

PRODUCTION_BASE_URL = "https://app.clubcollect.com/api/v2"


class PaymentLink(TypedDict, total=False):
    """What a start-payment link says, as ``payment_url`` takes it (the key and base URL aside)."""

    payment_method: Required[str]
    company_id: Required[str]
    redirect_url: Required[str]
    amount_cents: NotRequired[int | None]
    last_name: NotRequired[str | None]
    invoice_id: NotRequired[str | None]
    payment_id: NotRequired[str | None]
    payment_reference: NotRequired[str | None]
    first_name: NotRequired[str | None]
    prefix: NotRequired[str | None]
    infix: NotRequired[str | None]
    external_invoice_number: NotRequired[str | None]
    locale: NotRequired[str | None]
    country_code: NotRequired[str | None]
    address1: NotRequired[str | None]
    address2: NotRequired[str | None]
    house_number: NotRequired[str | None]
    zipcode: NotRequired[str | None]
    city: NotRequired[str | None]
    email_address: NotRequired[str | None]
    phone_number: NotRequired[str | None]


#: The methods with a start path (P1).
PAYMENT_METHODS = ("ideal", "bancontact", "credit_card", "paypal", "sofort")
#: What ClubCollect appends to ``redirect_url`` after a checkout, signed (P4).
RESULT_PARAMETERS = (
    "company_id",
    "invoice_id",
    "external_invoice_number",
    "payment_id",
    "payment_method",
    "payment_result",
)
#: What it appends instead when it refuses a link, unsigned in the docs (P4, P5).
REFUSAL_PARAMETERS = ("company_id", "payment_method", "error_code", "error_details")
_VENDOR_NAMES = frozenset({*RESULT_PARAMETERS, *REFUSAL_PARAMETERS, "signature"})
_LITERAL_PATH_NAMES = frozenset({*PAYMENT_METHODS, "notifications"})
_LOCALES = frozenset({"de", "en", "fr", "it", "nl"})
MIN_AMOUNT_CENTS = 100
MAX_AMOUNT_CENTS = 2**31 - 1
MAX_REDIRECT_URL = 2048
MAX_NOTIFICATION_BYTES = 64 * 1024
_MAX_QUERY_FIELDS = 200

_SERVER_ID = re.compile(r"[0-9a-f]{40}")
_PARTNER_PAYMENT_ID = re.compile(r"[A-Za-z0-9_-]{10,50}")
_COUNTRY = re.compile(r"[A-Za-z]{2}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")

# Optional payee strings and their longest allowed length (P17).
_TEXT_LIMITS = {
    "payment_reference": 255,
    "first_name": 255,
    "external_invoice_number": 255,
    "prefix": 255,
    "infix": 255,
    "address1": 255,
    "address2": 255,
    "house_number": 255,
    "zipcode": 15,
    "city": 34,
    "email_address": 255,
    "phone_number": 255,
}


@dataclass(frozen=True)
class PaymentOutcome:
    """A payment's state as a verified redirect or notification reports it.

    ``payment_result`` and ``payment_method`` are members of :class:`PaymentResult` and
    :class:`PaymentMethod` when the spec lists the value, else an :class:`UnknownEnumValue` (a
    value added by the vendor later, kept as sent), as in the generated models.
    ``external_invoice_number`` is None when the partner gave none; ``invoice_id`` and
    ``payment_method`` are None only if the vendor left them out.
    """

    company_id: str
    payment_id: str
    payment_result: PaymentResult | UnknownEnumValue
    invoice_id: str | None
    external_invoice_number: str | None
    payment_method: PaymentMethod | UnknownEnumValue | None

    @property
    def authorized(self) -> bool:
        """The payment went through."""
        return self.payment_result == PaymentResult.AUTHORIZED


EnumT = TypeVar("EnumT", PaymentResult, PaymentMethod)


def _open(kind: type[EnumT], value: str) -> EnumT | UnknownEnumValue:
    # The generated models' reading of an open enum (DECISIONS B1): the member, or the raw value.
    try:
        return kind(value)
    except ValueError:
        return UnknownEnumValue(value)


# ----------------------------------------------------------------------------- payment_url


def _text_value(name: str, value: object) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidPaymentRequest(f"{name} must be a string")
    return value


def _check_redirect_url(redirect_url: object) -> str:
    if not isinstance(redirect_url, str) or not redirect_url:
        raise InvalidPaymentRequest("redirect_url is required")
    parts = urlsplit(redirect_url)
    if parts.scheme not in {"http", "https"} or not parts.netloc or len(redirect_url) > MAX_REDIRECT_URL:
        raise InvalidPaymentRequest(
            f"redirect_url must be an absolute http(s) URL of at most {MAX_REDIRECT_URL} characters"
        )
    clashing = sorted({name for name, _ in parse_qsl(parts.query, keep_blank_values=True)} & _VENDOR_NAMES)
    if clashing:
        # ClubCollect appends these names: the signed value would become ambiguous (P13).
        raise InvalidPaymentRequest(f"redirect_url's query must not use {', '.join(clashing)}")
    return redirect_url


def _check_base_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise InvalidPaymentRequest("base_url must be an absolute http(s) URL")
    return base_url.rstrip("/")


def _check_amount(amount_cents: object) -> int:
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise InvalidPaymentRequest("amount_cents must be an integer number of cents")
    if not MIN_AMOUNT_CENTS <= amount_cents <= MAX_AMOUNT_CENTS:
        raise InvalidPaymentRequest(f"amount_cents must be from {MIN_AMOUNT_CENTS} to {MAX_AMOUNT_CENTS}")
    return amount_cents


def _check_payee_fields(fields: dict[str, str | None]) -> None:
    for name, limit in _TEXT_LIMITS.items():
        value = fields.get(name)
        if value is not None and len(value) > limit:
            raise InvalidPaymentRequest(f"{name} must be at most {limit} characters")
    checks = {
        "email_address": (_EMAIL, "an e-mail address"),
        "phone_number": (_E164, "in E.164 form, e.g. +31612345678"),
        "country_code": (_COUNTRY, "an ISO 3166-1 alpha-2 code"),
    }
    for name, (pattern, what) in checks.items():
        value = fields.get(name)
        if value is not None and not pattern.fullmatch(value):
            raise InvalidPaymentRequest(f"{name} must be {what}")
    locale = fields.get("locale")
    if locale is not None and locale.lower() not in _LOCALES:
        raise InvalidPaymentRequest(f"locale must be one of {', '.join(sorted(_LOCALES))}")


def payment_url(
    *,
    api_key: str | Secret,
    payment_method: str,
    company_id: str,
    redirect_url: str,
    amount_cents: int | None = None,
    last_name: str | None = None,
    invoice_id: str | None = None,
    payment_id: str | None = None,
    payment_reference: str | None = None,
    first_name: str | None = None,
    prefix: str | None = None,
    infix: str | None = None,
    external_invoice_number: str | None = None,
    locale: str | None = None,
    country_code: str | None = None,
    address1: str | None = None,
    address2: str | None = None,
    house_number: str | None = None,
    zipcode: str | None = None,
    city: str | None = None,
    email_address: str | None = None,
    phone_number: str | None = None,
    base_url: str = PRODUCTION_BASE_URL,
) -> str:
    """The signed start-payment link to send the payee's browser to.

    Pay a new amount (``amount_cents`` >= 100 and ``last_name``) or what is due on an existing
    invoice (``invoice_id``; the vendor then ignores the amount and payee fields, so passing
    ``amount_cents`` with it is refused). ``payment_id`` (10-50 of ``A-Z a-z 0-9 - _``) is your
    own id for the payment, for ``get_payment`` later. Anything the docs forbid raises
    :class:`InvalidPaymentRequest` before a URL exists. ``base_url`` is the API base, e.g. the
    sandbox's ``https://sandbox.clubcollect.com/api/v2`` or a local mock's.
    """
    method = str(getattr(payment_method, "value", payment_method))
    if method not in PAYMENT_METHODS:
        raise InvalidPaymentRequest(f"payment_method must be one of {', '.join(PAYMENT_METHODS)}")
    if not isinstance(company_id, str) or not _SERVER_ID.fullmatch(company_id):
        raise InvalidPaymentRequest("company_id must be a company id (40 lowercase hex characters)")
    params: dict[str, str | int | None] = {
        "company_id": company_id,
        "redirect_url": _check_redirect_url(redirect_url),
    }
    invoice = _text_value("invoice_id", invoice_id)
    if invoice is not None:
        if not _SERVER_ID.fullmatch(invoice):
            raise InvalidPaymentRequest("invoice_id must be an invoice id (40 lowercase hex characters)")
        if amount_cents is not None:
            raise InvalidPaymentRequest("amount_cents cannot go with invoice_id: the amount due is charged")
        params["invoice_id"] = invoice
    else:
        params["amount_cents"] = _check_amount(amount_cents)
        name = _text_value("last_name", last_name)
        if name is None:
            raise InvalidPaymentRequest("last_name is required unless invoice_id is given")
        if len(name) > 255:
            raise InvalidPaymentRequest("last_name must be at most 255 characters")
        params["last_name"] = name
    if invoice is not None and last_name:
        params["last_name"] = _text_value("last_name", last_name)
    chosen_id = _text_value("payment_id", payment_id)
    if chosen_id is not None:
        if not _PARTNER_PAYMENT_ID.fullmatch(chosen_id) or chosen_id in _LITERAL_PATH_NAMES:
            raise InvalidPaymentRequest("payment_id must be 10 to 50 letters, digits, '-' or '_' (a UUID fits)")
        params["payment_id"] = chosen_id
    payee = {
        "payment_reference": _text_value("payment_reference", payment_reference),
        "first_name": _text_value("first_name", first_name),
        "prefix": _text_value("prefix", prefix),
        "infix": _text_value("infix", infix),
        "external_invoice_number": _text_value("external_invoice_number", external_invoice_number),
        "locale": _text_value("locale", locale),
        "country_code": _text_value("country_code", country_code),
        "address1": _text_value("address1", address1),
        "address2": _text_value("address2", address2),
        "house_number": _text_value("house_number", house_number),
        "zipcode": _text_value("zipcode", zipcode),
        "city": _text_value("city", city),
        "email_address": _text_value("email_address", email_address),
        "phone_number": _text_value("phone_number", phone_number),
    }
    _check_payee_fields(payee)
    params.update({name: value for name, value in payee.items() if value is not None})
    root = _check_base_url(base_url)
    signature = sign(params, api_key)
    query = [(name, str(params[name])) for name in sorted(params) if params[name] is not None]
    query.append(("signature", signature))
    return f"{root}/payments/{method}?{urlencode(query, quote_via=quote)}"


# ----------------------------------------------------------------------------- verify_redirect

RedirectSource = str | Mapping[str, str | Sequence[str]]


def _pairs(source: object) -> list[tuple[str, str]]:
    """Every (name, value) of a URL, a query string or a query mapping, repeats kept."""
    if isinstance(source, str):
        query = source.split("?", 1)[1] if "?" in source else source
        query = query.split("#", 1)[0]
        try:
            return parse_qsl(query, keep_blank_values=True, max_num_fields=_MAX_QUERY_FIELDS)
        except ValueError:
            raise InvalidPaymentRedirect("the redirect has too many query parameters") from None
    multi_items = getattr(source, "multi_items", None)  # Starlette's QueryParams keeps repeats here
    if callable(multi_items):
        return [(str(name), str(value)) for name, value in multi_items()]
    if isinstance(source, Mapping):
        pairs: list[tuple[str, str]] = []
        for name, value in source.items():
            values: Iterable[object] = [value] if isinstance(value, str) else value
            pairs.extend((str(name), item) for item in values if isinstance(item, str))
        return pairs
    raise InvalidPaymentRedirect(f"cannot read redirect parameters from {type(source).__name__}")


def _vendor_values(source: object) -> dict[str, str]:
    values: dict[str, str] = {}
    for name, value in _pairs(source):
        if name not in _VENDOR_NAMES:
            continue  # the partner's own parameters: not signed, not ours to judge
        if name in values:
            raise InvalidPaymentRedirect(f"the redirect carries {name} more than once")
        values[name] = value
    return values


def _refusal(values: dict[str, str], api_key: str | Secret) -> PaymentRejected:
    signature = values.get("signature")
    signed_part = {name: values.get(name) for name in REFUSAL_PARAMETERS}
    if signature and not signature_matches(signed_part, signature, api_key):
        raise InvalidPaymentSignature("the refusal's signature does not match its parameters")
    return PaymentRejected(
        error_code=values["error_code"],
        error_details=split_error_details(values.get("error_details")),
        company_id=values.get("company_id") or None,
        payment_method=values.get("payment_method") or None,
        signed=bool(signature),
    )


def verify_redirect(url_or_query: RedirectSource, *, api_key: str | Secret) -> PaymentOutcome:
    """Check the result ClubCollect appended to your ``redirect_url`` and return it.

    Pass the full URL the payee arrived on, its query string, or the query as a mapping. Only
    ClubCollect's parameters are read and verified (your own stay untouched and unsigned). A
    missing or wrong signature raises :class:`PaymentSignatureError`; a refused link raises
    :class:`PaymentRejected`; a repeated or missing parameter :class:`InvalidPaymentRedirect`.
    """
    reveal(api_key, "api_key")  # a configuration mistake surfaces even for a refusal
    values = _vendor_values(url_or_query)
    if "error_code" in values:
        raise _refusal(values, api_key)
    signature = values.get("signature")
    if not signature:
        raise MissingPaymentSignature("the payment result carries no signature")
    if not signature_matches({name: values.get(name) for name in RESULT_PARAMETERS}, signature, api_key):
        raise InvalidPaymentSignature("the payment result's signature does not match its parameters")
    return _outcome(values, InvalidPaymentRedirect)


def _outcome(values: Mapping[str, object], error: type[PaymentError]) -> PaymentOutcome:
    def required(name: str) -> str:
        value = values.get(name)
        if not isinstance(value, str) or not value:
            raise error(f"{name} is missing or empty")
        return value

    def optional(name: str) -> str | None:
        value = values.get(name)
        if value is not None and not isinstance(value, str):
            raise error(f"{name} is not a string")
        return value or None

    return PaymentOutcome(
        company_id=required("company_id"),
        payment_id=required("payment_id"),
        payment_result=_open(PaymentResult, required("payment_result")),
        invoice_id=optional("invoice_id"),
        external_invoice_number=optional("external_invoice_number"),
        payment_method=_open(PaymentMethod, method) if (method := optional("payment_method")) else None,
    )


# ----------------------------------------------------------------------------- notifications


def parse_payment_notification(
    body: bytes | str | Mapping[str, object], *, expected_api_key: str | Secret
) -> PaymentOutcome:
    """Authenticate a payment notification body (raw or decoded JSON) and return its payment.

    The echoed ``api_key`` is compared with yours in constant time before anything else is
    read; a mismatch or a malformed body raises :class:`InvalidPaymentNotification`, whose
    message never contains the key.
    """
    expected = reveal(expected_api_key, "expected_api_key")
    document = _decode_notification(body)
    received = document.get("api_key")
    if not isinstance(received, str) or not received:
        raise InvalidPaymentNotification("payment notification api_key is missing or not a string")
    if not texts_equal(received, expected):
        raise InvalidPaymentNotification("payment notification api_key does not match")
    return _outcome(document, InvalidPaymentNotification)


def _decode_notification(body: bytes | str | Mapping[str, object]) -> Mapping[str, object]:
    if isinstance(body, Mapping):
        return body
    if not isinstance(body, bytes | bytearray | str):
        raise InvalidPaymentNotification(f"payment notification body has unsupported type {type(body).__name__}")
    if len(body) > MAX_NOTIFICATION_BYTES:
        raise InvalidPaymentNotification("payment notification body is too large")
    try:
        document = json.loads(body if isinstance(body, str) else bytes(body).decode("utf-8"))
    except (ValueError, RecursionError):
        document = None
        unreadable = True
    else:
        unreadable = False
    if unreadable:
        # Raised outside the handler: the decode error keeps the body, and so the key, in its .doc,
        # and "from None" would still leave it reachable as __context__.
        raise InvalidPaymentNotification("payment notification body is not valid UTF-8 JSON")
    if not isinstance(document, dict):
        raise InvalidPaymentNotification("payment notification body is not a JSON object")
    return document


# ----------------------------------------------------------------------------- SSO


def treasurer_sso_url(
    company_id: str,
    *,
    salt: str | Secret,
    key: str | Secret,
    today: date | None = None,
    base_url: str = PRODUCTION_BASE_URL,
) -> str:
    """The single-sign-on link into the company's treasurer pages (P14).

    ``salt`` and ``key`` are the SSO secrets ClubCollect issues (not the API key). The link is
    valid on the day it is made: ``today`` defaults to the current date in the Netherlands.
    ``base_url`` is the API base; its scheme and host are used.
    """
    if not isinstance(company_id, str) or not _SERVER_ID.fullmatch(company_id):
        raise InvalidPaymentRequest("company_id must be a company id (40 lowercase hex characters)")
    parts = urlsplit(_check_base_url(base_url))
    signature = sso_signature(today or netherlands_today(), company_id, salt, key)
    query = urlencode({"company_uuid": company_id, "signature": signature})
    return f"{parts.scheme}://{parts.netloc}/treasurer/sso?{query}"
