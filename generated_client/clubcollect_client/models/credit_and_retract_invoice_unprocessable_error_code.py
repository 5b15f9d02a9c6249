# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class CreditAndRetractInvoiceUnprocessableErrorCode(StrEnum):
    ALREADY_RETRACTED = "already_retracted"
    INVALID_CONTENT_TYPE = "invalid_content_type"
    INVALID_DESCRIPTION = "invalid_description"
    INVALID_EXTERNAL_INVOICE_NUMBER = "invalid_external_invoice_number"
    INVALID_REQUEST = "invalid_request"
    PAYMENT_IN_PROGRESS = "payment_in_progress"

    def __str__(self) -> str:
        return str(self.value)
