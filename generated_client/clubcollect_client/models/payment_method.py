# Generated from openapi/clubcollect-v2.yaml, do not edit. Regenerate: python -m generator regen
from enum import StrEnum


class PaymentMethod(StrEnum):
    BACS = "bacs"
    BANCONTACT = "bancontact"
    BANK_TRANSFER = "bank_transfer"
    CREDIT_CARD = "credit_card"
    EXTERNAL = "external"
    IDEAL = "ideal"
    PAYPAL = "paypal"
    SDD = "sdd"
    SOFORT = "sofort"

    def __str__(self) -> str:
        return str(self.value)
