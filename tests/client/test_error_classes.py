"""The generated exception classes: one per documented code, under the status it is documented with."""

from __future__ import annotations

import httpx
import pytest

import clubcollect_client
from clubcollect_client import errors
from clubcollect_client.runtime.errors import error_from_response


def answer(status: int, body: bytes) -> httpx.Response:
    return httpx.Response(status, content=body, request=httpx.Request("GET", "https://x.test/api/v2/x"))


@pytest.mark.parametrize(
    ("cls", "status_class"),
    [
        (errors.InvalidInvoiceId, errors.NotFoundError),
        (errors.NotFound, errors.NotFoundError),
        (errors.Unauthorized, errors.AuthenticationError),
        (errors.InvalidJson, errors.BadRequestError),
        (errors.InvalidAmountTotalCents, errors.UnprocessableEntityError),
        (errors.AlreadyRetracted, errors.UnprocessableEntityError),
    ],
)
def test_a_code_class_derives_from_the_status_class_it_is_documented_under(
    cls: type[errors.ApiError], status_class: type[errors.APIStatusError]
) -> None:
    assert issubclass(cls, status_class) and issubclass(cls, errors.ApiError)
    (status,) = cls.statuses
    body = b'{"error": "%s"}' % str(cls.code).encode()
    raised = error_from_response(answer(status, body), errors.ERROR_CLASSES)
    assert type(raised) is cls


def test_a_code_documented_under_two_statuses_has_one_class_per_status() -> None:
    as_404 = error_from_response(answer(404, b'{"errors": "invalid_import_id"}'), errors.ERROR_CLASSES)
    as_422 = error_from_response(answer(422, b'{"error": "invalid_import_id"}'), errors.ERROR_CLASSES)
    assert type(as_404) is errors.InvalidImportIdNotFound
    assert type(as_422) is errors.InvalidImportIdUnprocessableEntity
    assert isinstance(as_404, errors.InvalidImportId) and isinstance(as_404, errors.NotFoundError)
    assert isinstance(as_422, errors.InvalidImportId) and isinstance(as_422, errors.UnprocessableEntityError)
    assert not isinstance(as_404, errors.UnprocessableEntityError)


def test_413_has_a_code_class_but_no_status_class() -> None:
    raised = error_from_response(answer(413, b'{"error": "request_too_large"}'), errors.ERROR_CLASSES)
    assert type(raised) is errors.RequestTooLarge
    assert isinstance(raised, errors.APIStatusError)


def test_every_code_class_is_registered_and_exported() -> None:
    for code, cls in errors.ERROR_CLASSES.items():
        assert cls.code == code and cls.statuses
        assert getattr(errors, cls.__name__) is cls
        assert cls.__name__ in errors.__all__
        for variant in cls.status_variants.values():
            assert issubclass(variant, cls) and variant.__name__ in errors.__all__


def test_today_names_keep_working() -> None:
    assert errors.UnexpectedStatus is errors.UnexpectedStatusError
    for name in ("ApiError", "ClubCollectError", "UnexpectedStatus", "UnexpectedStatusError"):
        assert getattr(clubcollect_client, name) is getattr(errors, name)


@pytest.mark.parametrize(
    "name",
    [
        "ClubCollectError",
        "APIConnectionError",
        "APITimeoutError",
        "ResponseValidationError",
        "APIStatusError",
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
    ],
)
def test_the_tree_is_importable_from_the_package_and_from_errors(name: str) -> None:
    assert getattr(clubcollect_client, name) is getattr(errors, name)
    assert issubclass(getattr(errors, name), errors.ClubCollectError)
