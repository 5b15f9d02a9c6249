"""Hand-written runtime support for the generated ClubCollect client.

Retrying transports, typed API errors, lazy pagination, secret redaction and notification
parsing. The modules import only the standard library, httpx and each other, so the generator
can copy them verbatim into the generated package.
"""

from .errors import (
    APIConnectionError,
    ApiError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClubCollectError,
    ErrorRegistry,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnexpectedStatusError,
    UnprocessableEntityError,
    async_raise_for_response_hook,
    error_code_of,
    error_from_response,
    raise_for_response_hook,
    registry_of,
)
from .notifications import InvalidNotification, Notification, parse_notification
from .pagination import aiterate_pages, iterate_pages
from .redaction import HTTP_LOGGER_NAMES, REDACTED, RedactingFilter, Secret, install_log_redaction, redact
from .retry import (
    IDEMPOTENT_METHODS,
    AsyncRetryTransport,
    RetryPolicy,
    RetryTransport,
    backoff_delay,
    parse_retry_after,
    retry_delay,
)

__all__ = [
    "HTTP_LOGGER_NAMES",
    "IDEMPOTENT_METHODS",
    "REDACTED",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ApiError",
    "AsyncRetryTransport",
    "AuthenticationError",
    "BadRequestError",
    "ClubCollectError",
    "ErrorRegistry",
    "InternalServerError",
    "InvalidNotification",
    "NotFoundError",
    "Notification",
    "PermissionDeniedError",
    "RateLimitError",
    "RedactingFilter",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "Secret",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "aiterate_pages",
    "async_raise_for_response_hook",
    "backoff_delay",
    "error_code_of",
    "error_from_response",
    "install_log_redaction",
    "iterate_pages",
    "parse_notification",
    "parse_retry_after",
    "raise_for_response_hook",
    "redact",
    "registry_of",
    "retry_delay",
]
