# Copied from client_runtime/payment_errors.py, do not edit here. Regenerate: python -m generator regen
"""Errors of the payment helpers: bad links, untrustworthy redirects and notifications, refusals.

All derive from :class:`ClubCollectError`, so ``except ClubCollectError`` catches them with every
other client error. Messages name what is wrong, never a key, salt or signature value.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from .errors import ApiError, ClubCollectError, UnprocessableEntityError

__all__ = [
    "InvalidPaymentNotification",
    "InvalidPaymentRedirect",
    "InvalidPaymentRequest",
    "InvalidPaymentSignature",
    "MissingPaymentSignature",
    "PaymentCallRefused",
    "PaymentError",
    "PaymentRejected",
    "PaymentSignatureError",
    "split_error_details",
]


def split_error_details(text: object) -> tuple[str, ...]:
    """``"invalid_signature;invalid_partner"`` as ``("invalid_signature", "invalid_partner")``."""
    if not isinstance(text, str):
        return ()
    return tuple(part.strip() for part in text.split(";") if part.strip())


class PaymentError(ClubCollectError):
    """Base of the payment helpers' own errors (not answers of an HTTP call)."""

    def __init__(self, message: str) -> None:
        # Not ClubCollectError.__init__: these errors have no status, method or path.
        Exception.__init__(self, message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.message,))


class InvalidPaymentRequest(PaymentError, ValueError):
    """``payment_url`` was given something the docs forbid; no URL was built."""


class PaymentSignatureError(PaymentError):
    """A redirect's signature is missing or wrong: its content must not be trusted."""


class MissingPaymentSignature(PaymentSignatureError):
    """A payment result arrived without a signature."""


class InvalidPaymentSignature(PaymentSignatureError):
    """A signature does not match the parameters: tampered with, or another key."""


class InvalidPaymentRedirect(PaymentError):
    """The redirect's parameters are ambiguous (a name given twice) or incomplete."""


class InvalidPaymentNotification(PaymentError, ValueError):
    """A payment notification body is malformed, or its ``api_key`` is not ours."""


class PaymentRejected(PaymentError):
    """ClubCollect refused the payment link and sent the payee back with ``error_code``.

    ``error_details`` lists the reasons (``("invalid_amount_cents",)``). The refusal is unsigned
    in the docs, so ``signed`` says whether it carried a valid signature (it is False for the
    documented form); either way no payment exists.
    """

    def __init__(
        self,
        *,
        error_code: str,
        error_details: tuple[str, ...],
        company_id: str | None,
        payment_method: str | None,
        signed: bool,
    ) -> None:
        self.error_code = error_code
        self.error_details = error_details
        self.company_id = company_id
        self.payment_method = payment_method
        self.signed = signed
        reasons = ", ".join(error_details) or "no details"
        super().__init__(f"ClubCollect refused the payment link: {error_code} ({reasons})")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_rejected, (self.__dict__.copy(),))


def _rebuild_rejected(fields: dict[str, Any]) -> PaymentRejected:
    fields.pop("message", None)
    return PaymentRejected(**fields)


class PaymentCallRefused(ApiError, UnprocessableEntityError):
    """A payment status or feed call answered ``422 {"error_code": "invalid_params", ...}``.

    ``error_details`` holds the reasons, e.g. ``("invalid_payment_id",)`` or
    ``("invalid_signature",)``.
    """

    code: ClassVar[str | None] = "invalid_params"
    statuses: ClassVar[frozenset[int]] = frozenset({422})

    @property
    def error_details(self) -> tuple[str, ...]:
        try:
            body = json.loads(self.content)
        except (ValueError, RecursionError):
            return ()
        return split_error_details(body.get("error_details")) if isinstance(body, dict) else ()

    def _describe(self) -> str:
        reasons = ", ".join(self.error_details)
        return super()._describe() + (f" ({reasons})" if reasons else "")
