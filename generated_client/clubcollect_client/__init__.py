# Copied from client_addons/__init__.py, do not edit here. Regenerate: python -m generator regen
"""A client library for accessing ClubCollect partner API"""

from .client import DEFAULT_TIMEOUT, AuthenticatedClient, Client
from .errors import (
    APIConnectionError,
    ApiError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClubCollectError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnexpectedStatus,
    UnexpectedStatusError,
    UnprocessableEntityError,
)
from .runtime.notifications import InvalidNotification, Notification, parse_notification
from .runtime.retry import RetryPolicy

__all__ = (
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClubCollectError",
    "InternalServerError",
    "InvalidNotification",
    "NotFoundError",
    "Notification",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "UnexpectedStatus",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "parse_notification",
)
