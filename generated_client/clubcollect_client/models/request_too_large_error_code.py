# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class RequestTooLargeErrorCode(StrEnum):
    REQUEST_TOO_LARGE = "request_too_large"

    def __str__(self) -> str:
        return str(self.value)
