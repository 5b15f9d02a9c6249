# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class ListPaymentNotificationsUnprocessableErrorCode(StrEnum):
    INVALID_PARAMS = "invalid_params"

    def __str__(self) -> str:
        return str(self.value)
