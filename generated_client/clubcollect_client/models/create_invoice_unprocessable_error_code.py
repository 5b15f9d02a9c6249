# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class CreateInvoiceUnprocessableErrorCode(StrEnum):
    DUPLICATE_INVOICE_LINE_ID = "duplicate_invoice_line_id"
    IMPORT_ALREADY_TRANSMITTED = "import_already_transmitted"
    INVALID_AMOUNT_TOTAL_CENTS = "invalid_amount_total_cents"
    INVALID_CONTENT_TYPE = "invalid_content_type"
    INVALID_CUSTOMER_ADDRESS = "invalid_customer_address"
    INVALID_CUSTOMER_EMAIL = "invalid_customer_email"
    INVALID_CUSTOMER_LAST_NAME = "invalid_customer_last_name"
    INVALID_CUSTOMER_PHONE = "invalid_customer_phone"
    INVALID_EXTERNAL_INVOICE_NUMBER = "invalid_external_invoice_number"
    INVALID_IMPORT_ID = "invalid_import_id"
    INVALID_REQUEST = "invalid_request"

    def __str__(self) -> str:
        return str(self.value)
