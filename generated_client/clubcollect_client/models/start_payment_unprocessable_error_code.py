# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class StartPaymentUnprocessableErrorCode(StrEnum):
    UNPROCESSABLE_ENTITY = "unprocessable_entity"

    def __str__(self) -> str:
        return str(self.value)
