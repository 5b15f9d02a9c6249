# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class InvalidJsonErrorCode(StrEnum):
    INVALID_JSON = "invalid_json"

    def __str__(self) -> str:
        return str(self.value)
