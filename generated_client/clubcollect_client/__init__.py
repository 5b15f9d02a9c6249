# Copied from client_addons/__init__.py, do not edit here. Regenerate: python -m generator regen
"""A client library for accessing ClubCollect partner API"""

from .client import DEFAULT_TIMEOUT, AuthenticatedClient, Client
from .errors import ApiError, ClubCollectError, UnexpectedStatus
from .runtime.notifications import InvalidNotification, Notification, parse_notification
from .runtime.retry import RetryPolicy

__all__ = (
    "DEFAULT_TIMEOUT",
    "ApiError",
    "AuthenticatedClient",
    "Client",
    "ClubCollectError",
    "InvalidNotification",
    "Notification",
    "RetryPolicy",
    "UnexpectedStatus",
    "parse_notification",
)
