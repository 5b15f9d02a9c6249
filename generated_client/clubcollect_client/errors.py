# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
"""Exceptions of the ClubCollect client.

Every class derives from :class:`ClubCollectError`, which carries ``status_code``, ``error_code``,
``method`` and ``path``. Documented error codes each have their own class (``InvalidImportId``
for ``invalid_import_id``...), raised when the client is built with ``raise_on_error=True``;
:class:`UnexpectedStatus` is raised for answers the spec does not document.
"""

from http import HTTPStatus

import httpx

from .runtime.errors import ApiError, ClubCollectError, UnexpectedStatusError, error_code_of


class UnexpectedStatus(UnexpectedStatusError):
    """The server answered with a status the spec does not document for this operation."""


def unexpected_status(response: httpx.Response) -> UnexpectedStatus:
    """The exception for an answer the spec does not document."""
    return UnexpectedStatus(
        status_code=response.status_code,
        error_code=error_code_of(response.content),
        method=response.request.method,
        path=response.request.url.path,
        content=response.content,
    )


def http_status(response: httpx.Response) -> HTTPStatus:
    """The answer's status as an HTTPStatus; a status outside the IANA list raises UnexpectedStatus."""
    try:
        return HTTPStatus(response.status_code)
    except ValueError:
        raise unexpected_status(response) from None


class AlreadyRetracted(ApiError):
    """The server answered with error code ``already_retracted``."""

    code = "already_retracted"


class DuplicateInvoiceLineId(ApiError):
    """The server answered with error code ``duplicate_invoice_line_id``."""

    code = "duplicate_invoice_line_id"


class ImportAlreadyTransmitted(ApiError):
    """The server answered with error code ``import_already_transmitted``."""

    code = "import_already_transmitted"


class InvalidAction(ApiError):
    """The server answered with error code ``invalid_action``."""

    code = "invalid_action"


class InvalidAmountTotalCents(ApiError):
    """The server answered with error code ``invalid_amount_total_cents``."""

    code = "invalid_amount_total_cents"


class InvalidCompanyId(ApiError):
    """The server answered with error code ``invalid_company_id``."""

    code = "invalid_company_id"


class InvalidContentType(ApiError):
    """The server answered with error code ``invalid_content_type``."""

    code = "invalid_content_type"


class InvalidCustomerAddress(ApiError):
    """The server answered with error code ``invalid_customer_address``."""

    code = "invalid_customer_address"


class InvalidCustomerEmail(ApiError):
    """The server answered with error code ``invalid_customer_email``."""

    code = "invalid_customer_email"


class InvalidCustomerLastName(ApiError):
    """The server answered with error code ``invalid_customer_last_name``."""

    code = "invalid_customer_last_name"


class InvalidCustomerPhone(ApiError):
    """The server answered with error code ``invalid_customer_phone``."""

    code = "invalid_customer_phone"


class InvalidDescription(ApiError):
    """The server answered with error code ``invalid_description``."""

    code = "invalid_description"


class InvalidExternalInvoiceNumber(ApiError):
    """The server answered with error code ``invalid_external_invoice_number``."""

    code = "invalid_external_invoice_number"


class InvalidImportId(ApiError):
    """The server answered with error code ``invalid_import_id``."""

    code = "invalid_import_id"


class InvalidInvoiceId(ApiError):
    """The server answered with error code ``invalid_invoice_id``."""

    code = "invalid_invoice_id"


class InvalidJson(ApiError):
    """The server answered with error code ``invalid_json``."""

    code = "invalid_json"


class InvalidMessage(ApiError):
    """The server answered with error code ``invalid_message``."""

    code = "invalid_message"


class InvalidParams(ApiError):
    """The server answered with error code ``invalid_params``."""

    code = "invalid_params"


class InvalidRequest(ApiError):
    """The server answered with error code ``invalid_request``."""

    code = "invalid_request"


class InvoiceAlreadyTransmitted(ApiError):
    """The server answered with error code ``invoice_already_transmitted``."""

    code = "invoice_already_transmitted"


class NotFound(ApiError):
    """The server answered with error code ``not_found``."""

    code = "not_found"


class PaymentInProgress(ApiError):
    """The server answered with error code ``payment_in_progress``."""

    code = "payment_in_progress"


class RequestTooLarge(ApiError):
    """The server answered with error code ``request_too_large``."""

    code = "request_too_large"


class Unauthorized(ApiError):
    """The server answered with error code ``unauthorized``."""

    code = "unauthorized"


class UnprocessableEntity(ApiError):
    """The server answered with error code ``unprocessable_entity``."""

    code = "unprocessable_entity"


#: Error code -> exception class, used by the ``raise_on_error`` mode.
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
    "ApiError",
    "ClubCollectError",
    "UnexpectedStatus",
    "http_status",
    "unexpected_status",
    "AlreadyRetracted",
    "DuplicateInvoiceLineId",
    "ImportAlreadyTransmitted",
    "InvalidAction",
    "InvalidAmountTotalCents",
    "InvalidCompanyId",
    "InvalidContentType",
    "InvalidCustomerAddress",
    "InvalidCustomerEmail",
    "InvalidCustomerLastName",
    "InvalidCustomerPhone",
    "InvalidDescription",
    "InvalidExternalInvoiceNumber",
    "InvalidImportId",
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
