# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class Brand(StrEnum):
    CLUBBASEIO = "clubbaseio"
    CLUBCOLLECT = "clubcollect"
    CLUBCOLLECTDE = "clubcollectde"
    DTB = "dtb"
    KNLTB = "knltb"

    def __str__(self) -> str:
        return str(self.value)
