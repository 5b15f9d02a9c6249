# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class LineSubtype(StrEnum):
    ADMINISTRATIVE_FEE = "ADMINISTRATIVE_FEE"
    DONATION = "DONATION"
    DONATION_LOWERCASE = "donation"
    JSF = "jsf"
    SURCHARGE = "SURCHARGE"

    def __str__(self) -> str:
        return str(self.value)
