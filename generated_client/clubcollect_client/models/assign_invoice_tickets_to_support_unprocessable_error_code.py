# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class AssignInvoiceTicketsToSupportUnprocessableErrorCode(StrEnum):
    INVALID_CONTENT_TYPE = "invalid_content_type"

    def __str__(self) -> str:
        return str(self.value)
