"""What sign() and signature_matches() make of unusual inputs: str-based enums sign as their value,
other types and an empty key are refused word for word, and a signature that is not even
encodable text is a mismatch, not a crash."""

from __future__ import annotations

import enum

import pytest

from clubcollect_client.runtime.payment_signing import sign, signature_matches

KEY = "canary-payment-key-0123456789abcdef"
PARAMS = {"company_id": "477b4e18deb43367449d1ca74dc7f67b91e68ad3", "payment_method": "ideal"}


class ShopMethod(str, enum.Enum):  # noqa: UP042 - the pre-StrEnum idiom partners still write
    """A partner's str-based enum: str() of a member is "ShopMethod.IDEAL", its text is "ideal"."""

    IDEAL = "ideal"


def test_a_str_based_enum_member_signs_as_its_text() -> None:
    assert sign({**PARAMS, "payment_method": ShopMethod.IDEAL}, KEY) == sign(PARAMS, KEY)


def test_a_value_of_another_type_is_named_with_its_type() -> None:
    with pytest.raises(TypeError) as caught:
        sign({**PARAMS, "amount_cents": 25.0}, KEY)  # type: ignore[dict-item]
    assert str(caught.value) == "parameter 'amount_cents' must be a str or an int, not float"


def test_an_empty_key_is_named() -> None:
    with pytest.raises(ValueError, match=r"^api_key must be a non-empty string$"):
        sign(PARAMS, "")


@pytest.mark.parametrize("signature", ["\udcff" * 64, sign(PARAMS, KEY)[:-1] + "\ud800"])
def test_a_signature_that_is_not_encodable_text_is_a_mismatch(signature: str) -> None:
    # A framework that decodes a query with surrogateescape hands such text over.
    assert signature_matches(PARAMS, signature, KEY) is False
