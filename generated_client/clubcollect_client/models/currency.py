# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class Currency(StrEnum):
    CHF = "CHF"
    EUR = "EUR"
    GBP = "GBP"

    def __str__(self) -> str:
        return str(self.value)
