# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class MessageType(StrEnum):
    EMAIL = "EMAIL"
    LETTER = "LETTER"
    SMS = "SMS"

    def __str__(self) -> str:
        return str(self.value)
