# Copied from client_addons/__init__.py, do not edit here. Regenerate: python -m generator regen
"""A client library for accessing ClubCollect partner API"""

from ._base_client import DEFAULT_BASE_URL, NOT_GIVEN, NotGiven
from ._client import AsyncClubCollect, ClubCollect
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
from .pages import AsyncPage, AsyncPaginator, SyncPage
from .raw_response import RawResponse
from .runtime.notifications import InvalidNotification, Notification, parse_notification
from .runtime.retry import RetryPolicy
from .types import UNSET, UnknownEnumValue, Unset

__all__ = (
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AsyncClubCollect",
    "AsyncPage",
    "AsyncPaginator",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ClubCollect",
    "ClubCollectError",
    "InternalServerError",
    "InvalidNotification",
    "NotFoundError",
    "NotGiven",
    "Notification",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "RetryPolicy",
    "SyncPage",
    "UnexpectedStatus",
    "UnexpectedStatusError",
    "UnknownEnumValue",
    "UnprocessableEntityError",
    "Unset",
    "parse_notification",
)
