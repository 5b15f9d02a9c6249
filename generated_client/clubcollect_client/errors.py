# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""Exceptions of the ClubCollect client.

Every class derives from :class:`ClubCollectError`. Error answers raise an
:class:`APIStatusError` carrying ``status_code``, ``error_code``, ``body``, ``headers``,
``method`` and ``path``: the class of the documented error code (``InvalidImportId`` for
``invalid_import_id``...), which also derives from its status class (``NotFoundError``), or the
``Unexpected...`` twin of the status class for anything the spec does not document.
No answer at all raises :class:`APIConnectionError` (:class:`APITimeoutError` when too slow);
an answer the client cannot read raises :class:`ResponseValidationError`.

``UnexpectedStatus`` is the former name of :class:`UnexpectedStatusError` and stays importable.
"""

from collections.abc import Iterable
from http import HTTPStatus
from types import MappingProxyType

import httpx

from .runtime.errors import (
    APIConnectionError,
    ApiError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClubCollectError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnexpectedAuthenticationError,
    UnexpectedBadRequestError,
    UnexpectedInternalServerError,
    UnexpectedNotFoundError,
    UnexpectedPermissionDeniedError,
    UnexpectedRateLimitError,
    UnexpectedStatusError,
    UnexpectedUnprocessableEntityError,
    UnprocessableEntityError,
    unexpected_status_error,
)
from .runtime.redaction import Secret

#: The former name of :class:`UnexpectedStatusError`.
UnexpectedStatus = UnexpectedStatusError


def unexpected_status(response: httpx.Response, *, secrets: Iterable[str | Secret] = ()) -> UnexpectedStatusError:
    """The exception for an answer the spec does not document.

    Its body and headers have ``secrets`` (the calling client's API key) and any ``ApiKey``/
    ``api_key=`` credential redacted.
    """
    return unexpected_status_error(response, secrets=secrets)


def http_status(response: httpx.Response, *, secrets: Iterable[str | Secret] = ()) -> HTTPStatus:
    """The answer's status as an HTTPStatus; a status outside the IANA list raises UnexpectedStatus."""
    try:
        return HTTPStatus(response.status_code)
    except ValueError:
        pass
    # Raised outside the handler, so no other exception is reachable from it as __context__.
    raise unexpected_status(response, secrets=secrets)


class AlreadyRetracted(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``already_retracted``."""

    code = "already_retracted"
    statuses = frozenset({422})


class DuplicateInvoiceLineId(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``duplicate_invoice_line_id``."""

    code = "duplicate_invoice_line_id"
    statuses = frozenset({422})


class ImportAlreadyTransmitted(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``import_already_transmitted``."""

    code = "import_already_transmitted"
    statuses = frozenset({422})


class InvalidAction(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_action``."""

    code = "invalid_action"
    statuses = frozenset({422})


class InvalidAmountTotalCents(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_amount_total_cents``."""

    code = "invalid_amount_total_cents"
    statuses = frozenset({422})


class InvalidCompanyId(ApiError):
    """The server answered with error code ``invalid_company_id`` (documented with 404, 422)."""

    code = "invalid_company_id"
    statuses = frozenset({404, 422})


class InvalidCompanyIdNotFound(InvalidCompanyId, NotFoundError):
    """``invalid_company_id`` answered with 404."""


class InvalidCompanyIdUnprocessableEntity(InvalidCompanyId, UnprocessableEntityError):
    """``invalid_company_id`` answered with 422."""


InvalidCompanyId.status_variants = MappingProxyType(
    {
        404: InvalidCompanyIdNotFound,
        422: InvalidCompanyIdUnprocessableEntity,
    }
)


class InvalidContentType(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_content_type``."""

    code = "invalid_content_type"
    statuses = frozenset({422})


class InvalidCustomerAddress(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_customer_address``."""

    code = "invalid_customer_address"
    statuses = frozenset({422})


class InvalidCustomerEmail(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_customer_email``."""

    code = "invalid_customer_email"
    statuses = frozenset({422})


class InvalidCustomerLastName(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_customer_last_name``."""

    code = "invalid_customer_last_name"
    statuses = frozenset({422})


class InvalidCustomerPhone(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_customer_phone``."""

    code = "invalid_customer_phone"
    statuses = frozenset({422})


class InvalidDescription(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_description``."""

    code = "invalid_description"
    statuses = frozenset({422})


class InvalidExternalInvoiceNumber(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_external_invoice_number``."""

    code = "invalid_external_invoice_number"
    statuses = frozenset({422})


class InvalidImportId(ApiError):
    """The server answered with error code ``invalid_import_id`` (documented with 404, 422)."""

    code = "invalid_import_id"
    statuses = frozenset({404, 422})


class InvalidImportIdNotFound(InvalidImportId, NotFoundError):
    """``invalid_import_id`` answered with 404."""


class InvalidImportIdUnprocessableEntity(InvalidImportId, UnprocessableEntityError):
    """``invalid_import_id`` answered with 422."""


InvalidImportId.status_variants = MappingProxyType(
    {
        404: InvalidImportIdNotFound,
        422: InvalidImportIdUnprocessableEntity,
    }
)


class InvalidInvoiceId(ApiError, NotFoundError):
    """The server answered 404 with error code ``invalid_invoice_id``."""

    code = "invalid_invoice_id"
    statuses = frozenset({404})


class InvalidJson(ApiError, BadRequestError):
    """The server answered 400 with error code ``invalid_json``."""

    code = "invalid_json"
    statuses = frozenset({400})


class InvalidMessage(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_message``."""

    code = "invalid_message"
    statuses = frozenset({422})


class InvalidParams(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_params``."""

    code = "invalid_params"
    statuses = frozenset({422})


class InvalidRequest(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invalid_request``."""

    code = "invalid_request"
    statuses = frozenset({422})


class InvoiceAlreadyTransmitted(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``invoice_already_transmitted``."""

    code = "invoice_already_transmitted"
    statuses = frozenset({422})


class NotFound(ApiError, NotFoundError):
    """The server answered 404 with error code ``not_found``."""

    code = "not_found"
    statuses = frozenset({404})


class PaymentInProgress(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``payment_in_progress``."""

    code = "payment_in_progress"
    statuses = frozenset({422})


class RequestTooLarge(ApiError):
    """The server answered 413 with error code ``request_too_large``."""

    code = "request_too_large"
    statuses = frozenset({413})


class Unauthorized(ApiError, AuthenticationError):
    """The server answered 401 with error code ``unauthorized``."""

    code = "unauthorized"
    statuses = frozenset({401})


class UnprocessableEntity(ApiError, UnprocessableEntityError):
    """The server answered 422 with error code ``unprocessable_entity``."""

    code = "unprocessable_entity"
    statuses = frozenset({422})


#: Error code -> exception class (the class to catch; see ``ApiError.status_variants``).
ERROR_CLASSES: dict[str, type[ApiError]] = {
    "already_retracted": AlreadyRetracted,
    "duplicate_invoice_line_id": DuplicateInvoiceLineId,
    "import_already_transmitted": ImportAlreadyTransmitted,
    "invalid_action": InvalidAction,
    "invalid_amount_total_cents": InvalidAmountTotalCents,
    "invalid_company_id": InvalidCompanyId,
    "invalid_content_type": InvalidContentType,
    "invalid_customer_address": InvalidCustomerAddress,
    "invalid_customer_email": InvalidCustomerEmail,
    "invalid_customer_last_name": InvalidCustomerLastName,
    "invalid_customer_phone": InvalidCustomerPhone,
    "invalid_description": InvalidDescription,
    "invalid_external_invoice_number": InvalidExternalInvoiceNumber,
    "invalid_import_id": InvalidImportId,
    "invalid_invoice_id": InvalidInvoiceId,
    "invalid_json": InvalidJson,
    "invalid_message": InvalidMessage,
    "invalid_params": InvalidParams,
    "invalid_request": InvalidRequest,
    "invoice_already_transmitted": InvoiceAlreadyTransmitted,
    "not_found": NotFound,
    "payment_in_progress": PaymentInProgress,
    "request_too_large": RequestTooLarge,
    "unauthorized": Unauthorized,
    "unprocessable_entity": UnprocessableEntity,
}

__all__ = [
    "ERROR_CLASSES",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AuthenticationError",
    "BadRequestError",
    "ClubCollectError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "UnexpectedAuthenticationError",
    "UnexpectedBadRequestError",
    "UnexpectedInternalServerError",
    "UnexpectedNotFoundError",
    "UnexpectedPermissionDeniedError",
    "UnexpectedRateLimitError",
    "UnexpectedStatus",
    "UnexpectedStatusError",
    "UnexpectedUnprocessableEntityError",
    "UnprocessableEntityError",
    "http_status",
    "unexpected_status",
    "AlreadyRetracted",
    "DuplicateInvoiceLineId",
    "ImportAlreadyTransmitted",
    "InvalidAction",
    "InvalidAmountTotalCents",
    "InvalidCompanyId",
    "InvalidCompanyIdNotFound",
    "InvalidCompanyIdUnprocessableEntity",
    "InvalidContentType",
    "InvalidCustomerAddress",
    "InvalidCustomerEmail",
    "InvalidCustomerLastName",
    "InvalidCustomerPhone",
    "InvalidDescription",
    "InvalidExternalInvoiceNumber",
    "InvalidImportId",
    "InvalidImportIdNotFound",
    "InvalidImportIdUnprocessableEntity",
    "InvalidInvoiceId",
    "InvalidJson",
    "InvalidMessage",
    "InvalidParams",
    "InvalidRequest",
    "InvoiceAlreadyTransmitted",
    "NotFound",
    "PaymentInProgress",
    "RequestTooLarge",
    "Unauthorized",
    "UnprocessableEntity",
]
