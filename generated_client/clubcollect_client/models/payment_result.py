# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class PaymentResult(StrEnum):
    AUTHORIZED = "authorized"
    CANCELLED = "cancelled"
    ERROR = "error"
    PENDING = "pending"
    REFUSED = "refused"

    def __str__(self) -> str:
        return str(self.value)
