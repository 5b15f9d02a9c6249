# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class UpdateImportNotFoundErrorCode(StrEnum):
    INVALID_COMPANY_ID = "invalid_company_id"
    INVALID_IMPORT_ID = "invalid_import_id"

    def __str__(self) -> str:
        return str(self.value)
