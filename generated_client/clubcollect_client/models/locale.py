# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class Locale(StrEnum):
    DE = "de"
    EN = "en"
    FR = "fr"
    IT = "it"
    NL = "nl"

    def __str__(self) -> str:
        return str(self.value)
