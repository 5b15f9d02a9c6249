# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class DeleteImportUnprocessableErrorCode(StrEnum):
    IMPORT_ALREADY_TRANSMITTED = "import_already_transmitted"

    def __str__(self) -> str:
        return str(self.value)
