# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class CompanyCountryCode(StrEnum):
    AT = "AT"
    BE = "BE"
    CH = "CH"
    DE = "DE"
    GB = "GB"
    IE = "IE"
    NL = "NL"

    def __str__(self) -> str:
        return str(self.value)
