# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class DeleteInvoiceNotFoundErrorCode(StrEnum):
    INVALID_INVOICE_ID = "invalid_invoice_id"

    def __str__(self) -> str:
        return str(self.value)
