# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class ListCompanyTicketsUnprocessableErrorCode(StrEnum):
    INVALID_ACTION = "invalid_action"
    INVALID_REQUEST = "invalid_request"

    def __str__(self) -> str:
        return str(self.value)
