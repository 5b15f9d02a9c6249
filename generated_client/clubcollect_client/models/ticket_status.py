# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class TicketStatus(StrEnum):
    ANSWERED = "answered"
    ARCHIVED = "archived"
    UNANSWERED = "unanswered"

    def __str__(self) -> str:
        return str(self.value)
